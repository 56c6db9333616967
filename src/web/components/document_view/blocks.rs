//! The document text cut for drawing: mentions and time expressions as
//! sorted, non-overlapping [`Span`]s, the text as sentence and gap
//! [`Block`]s of plain and highlighted [`Piece`]s, and, for long texts,
//! [`Chunk`]s of whole blocks (ending at a paragraph break where there is
//! one) so only the chunks in view are put in the page. Pure functions;
//! offsets are code points, end-exclusive.

use crate::engine::model::{Analysis, TimexType};

/// A highlighted stretch of text, code point offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Start, in code points into the analysed text.
    pub start: usize,
    /// End, in code points, exclusive.
    pub end: usize,
    /// Contract label ("PERSON", "DATE", ...).
    pub label: &'static str,
    /// Entity id for mentions, None for bare time expressions.
    pub entity: Option<String>,
    /// Normalised value for time expressions.
    pub value: Option<String>,
    /// The entity a metonymic mention stands for ("Berlin" acting for Germany).
    pub actor: Option<String>,
}

fn timex_label(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// Mentions and time expressions as sorted, non-overlapping spans. Where a
/// time expression overlaps a mention (a DATE mention of the same words),
/// the mention is kept and takes the time expression's value.
pub fn spans(a: &Analysis) -> Vec<Span> {
    let mentions: Vec<(Span, u8)> = a
        .entities
        .iter()
        .map(|m| {
            (
                Span {
                    start: m.start,
                    end: m.end,
                    label: m.label.as_str(),
                    entity: Some(m.entity.clone()),
                    value: None,
                    actor: m.actor.clone(),
                },
                0,
            )
        })
        .filter(|(s, _)| s.start < s.end)
        .collect();
    let times: Vec<(Span, u8)> = a
        .timex
        .iter()
        .map(|t| {
            (
                Span {
                    start: t.start,
                    end: t.end,
                    label: timex_label(t.kind),
                    entity: None,
                    value: Some(t.value.clone()),
                    actor: None,
                },
                1,
            )
        })
        .filter(|(s, _)| s.start < s.end)
        .collect();
    let all = in_order(mentions, times);
    let mut out: Vec<Span> = Vec::with_capacity(all.len());
    for (s, _) in all {
        match out.last_mut() {
            Some(last) if s.start < last.end => {
                if last.value.is_none() && s.value.is_some() {
                    last.value = s.value;
                }
            }
            _ => out.push(s),
        }
    }
    out
}

/// Span order: by start, the longer first, mentions before time expressions.
fn span_order((x, px): &(Span, u8), (y, py): &(Span, u8)) -> std::cmp::Ordering {
    x.start
        .cmp(&y.start)
        .then(y.end.cmp(&x.end))
        .then(px.cmp(py))
}

/// `mentions` then `times`, stably sorted by [`span_order`]. The engine
/// gives both lists in text order (by start), so only the spans sharing a
/// start are sorted, and the two lists are merged in one pass (sorting a
/// 2 MB document's 60,000 spans whole was most of its first draw, issue
/// 17.3); a list not in text order is sorted whole instead. The result is
/// the same either way: the merge takes a time expression first only when
/// it orders strictly before the mention.
fn in_order(mut mentions: Vec<(Span, u8)>, mut times: Vec<(Span, u8)>) -> Vec<(Span, u8)> {
    if !by_start(&mut mentions) || !by_start(&mut times) {
        let mut all = mentions;
        all.extend(times);
        crate::sort::sort_by(&mut all, span_order);
        return all;
    }
    let mut out = Vec::with_capacity(mentions.len() + times.len());
    let mut times = times.into_iter().peekable();
    for m in mentions {
        while let Some(t) = times.next_if(|t| span_order(t, &m) == std::cmp::Ordering::Less) {
            out.push(t);
        }
        out.push(m);
    }
    out.extend(times);
    out
}

/// When `v` is in order of start, sorts each run of spans sharing a start
/// by [`span_order`] (so all of `v` is) and returns true; false (and `v`
/// untouched) otherwise.
fn by_start(v: &mut [(Span, u8)]) -> bool {
    if !v.windows(2).all(|w| w[0].0.start <= w[1].0.start) {
        return false;
    }
    let mut i = 0;
    while i < v.len() {
        let j = i + v[i..]
            .iter()
            .take_while(|s| s.0.start == v[i].0.start)
            .count();
        if j - i > 1 {
            crate::sort::sort_by(&mut v[i..j], span_order);
        }
        i = j;
    }
    true
}

/// A run of text: a sentence (index into `Analysis::sentences`) or the gap
/// between two; `pieces` cover it exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Index into `Analysis::sentences`; `None` for the text between sentences.
    pub sentence: Option<usize>,
    /// Start, in code points.
    pub start: usize,
    /// End, in code points, exclusive.
    pub end: usize,
    /// Consecutive pieces covering `start..end`.
    pub pieces: Vec<Piece>,
}

/// Part of a [`Block`]: plain text or (part of) a highlighted [`Span`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Piece {
    /// Unmarked text.
    Text {
        /// Start, in code points.
        start: usize,
        /// End, in code points, exclusive.
        end: usize,
    },
    /// Part (or all) of span `span`.
    Mark {
        /// Index of the [`Span`] in the prepared span list.
        span: usize,
        /// Start, in code points.
        start: usize,
        /// End, in code points, exclusive.
        end: usize,
    },
}

/// Splits `0..len` (code points) into sentence and gap blocks, and each
/// block into plain and highlighted pieces. A span crossing a sentence end
/// is split into two marks. Linear in the number of sentences and spans.
pub fn blocks(len: usize, sentences: &[[usize; 2]], spans: &[Span]) -> Vec<Block> {
    let mut bounds: Vec<(Option<usize>, usize, usize)> = Vec::new();
    let mut cursor = 0;
    for (i, s) in sentences.iter().enumerate() {
        let (a, b) = (s[0].min(len), s[1].min(len));
        if a < cursor || b <= a {
            continue; // overlapping or empty: leave it to the gap text
        }
        if a > cursor {
            bounds.push((None, cursor, a));
        }
        bounds.push((Some(i), a, b));
        cursor = b;
    }
    if cursor < len {
        bounds.push((None, cursor, len));
    }
    let mut out = Vec::with_capacity(bounds.len());
    let mut j = 0;
    for (sentence, bs, be) in bounds {
        while spans.get(j).is_some_and(|s| s.end <= bs) {
            j += 1;
        }
        let mut pieces = Vec::new();
        let mut at = bs;
        let mut k = j;
        while let Some(s) = spans.get(k) {
            if s.start >= be {
                break;
            }
            let (ms, me) = (s.start.max(bs), s.end.min(be));
            if ms > at {
                pieces.push(Piece::Text { start: at, end: ms });
            }
            if me > ms.max(at) {
                pieces.push(Piece::Mark {
                    span: k,
                    start: ms.max(at),
                    end: me,
                });
                at = me;
            }
            k += 1;
        }
        if at < be {
            pieces.push(Piece::Text { start: at, end: be });
        }
        out.push(Block {
            sentence,
            start: bs,
            end: be,
            pieces,
        });
    }
    out
}

/// Byte offset of every code point of `text`, plus `text.len()` at the end.
/// (Allocated once at its size: grown as collected, a 2 MB text's list was
/// copied over and over, issue 17.3.)
pub(super) fn char_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.chars().count() + 1);
    out.extend(text.char_indices().map(|(i, _)| i));
    out.push(text.len());
    out
}

pub(super) fn slice<'a>(text: &'a str, starts: &[usize], a: usize, b: usize) -> &'a str {
    match (starts.get(a), starts.get(b)) {
        (Some(&x), Some(&y)) => text.get(x..y).unwrap_or(""),
        _ => "",
    }
}

/// Consecutive blocks drawn (or left out) together: `blocks[first..end]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Chunk {
    /// First block, index into the block list.
    pub first: usize,
    /// One past the last block.
    pub end: usize,
    /// Start of the first block, in code points.
    pub start: usize,
    /// The same start in UTF-16 code units (what a DOM selection counts).
    pub start16: usize,
    /// Code points it covers.
    pub chars: usize,
}

/// Groups `blocks` of `text` into chunks of about `size` code points: a
/// chunk ends at the first gap holding a line break once it has `size`
/// code points, or anywhere after `4 * size` (a text without paragraphs).
/// Linear in the text.
pub fn chunks(text: &str, blocks: &[Block], size: usize) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut chars = text.chars();
    let mut at = 0usize; // code points consumed from `chars`
    let mut at16 = 0usize;
    let mut first = 0usize;
    let mut start = blocks.first().map_or(0, |b| b.start);
    let mut start16 = 0usize;
    for (i, b) in blocks.iter().enumerate() {
        // UTF-16 length up to this block's end; note a line break in a gap.
        let mut newline = false;
        while at < b.end {
            let Some(c) = chars.next() else { break };
            if at >= b.start && c == '\n' {
                newline = true;
            }
            at += 1;
            at16 += c.len_utf16();
        }
        let len = b.end.saturating_sub(start);
        let last = i + 1 == blocks.len();
        let cut = (len >= size && b.sentence.is_none() && newline) || len >= 4 * size;
        if cut || last {
            out.push(Chunk {
                first,
                end: i + 1,
                start,
                start16,
                chars: len,
            });
            first = i + 1;
            start = b.end;
            start16 = at16;
        }
    }
    out
}
