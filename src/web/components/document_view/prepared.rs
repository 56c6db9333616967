//! What the view of one text and its analysis needs, derived once
//! ([`Prepared`]: spans, code point starts, sentence blocks, chunks of a long
//! text, entity names, the legend) and kept for the last two texts drawn;
//! [`Preparing`] derives it in steps, a task each, for a long text coming from
//! the worker (issue 17.3).

use std::collections::HashMap;
use std::rc::Rc;

use yew::AttrValue;

use super::blocks::{blocks, char_starts, chunks, slice, spans, Block, Chunk, Span};
use super::window::CHUNK_CHARS;
use crate::engine::model::{Analysis, Label};

/// Above this many code points the text box gets a fixed height and CSS
/// containment, so changes elsewhere in the page never re-measure it, and
/// only the chunks near the view are drawn.
pub(super) const LARGE_CHARS: usize = 20_000;

/// Everything derived from one (text, analysis) pair, computed once.
pub struct Prepared {
    pub(super) spans: Vec<Span>,
    pub(super) blocks: Vec<Block>,
    /// Long texts only: the blocks in chunks, drawn only near the view.
    pub(super) chunks: Rc<Vec<Chunk>>,
    pub(super) starts: Vec<usize>,
    pub(super) names: HashMap<String, String>,
    /// Long texts only: each chunk's words, for its empty box (find in page).
    pub(super) plain: Vec<AttrValue>,
    /// The labels highlighted in the text, in the legend's order (sorting
    /// a 2 MB text's labels on every render was tens of ms, issue 14.10).
    pub(super) legend: Vec<&'static str>,
}

impl Prepared {
    fn new(text: &str, analysis: &Analysis) -> Prepared {
        let spans = spans(analysis);
        let starts = char_starts(text);
        let blocks = blocks(starts.len().saturating_sub(1), &analysis.sentences, &spans);
        Prepared::from_parts(text, analysis, spans, starts, blocks)
    }

    /// The rest, from the spans, code point starts and blocks of `text`.
    fn from_parts(
        text: &str,
        analysis: &Analysis,
        spans: Vec<Span>,
        starts: Vec<usize>,
        blocks: Vec<Block>,
    ) -> Prepared {
        let len = starts.len().saturating_sub(1);
        let chunks = if len > LARGE_CHARS {
            chunks(text, &blocks, CHUNK_CHARS)
        } else {
            Vec::new()
        };
        let names = analysis
            .entity_list
            .iter()
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect();
        let legend = legend_labels(&spans);
        let plain = chunks
            .iter()
            .map(|c| AttrValue::from(slice(text, &starts, c.start, c.start + c.chars).to_string()))
            .collect();
        Prepared {
            plain,
            spans,
            blocks,
            chunks: Rc::new(chunks),
            starts,
            names,
            legend,
        }
    }
}

/// The distinct labels of `spans` in the order of `Label::ALL` (others last).
fn legend_labels(spans: &[Span]) -> Vec<&'static str> {
    let mut labels: Vec<&'static str> = Vec::new();
    for s in spans {
        if !labels.contains(&s.label) {
            labels.push(s.label);
        }
    }
    let mut labels: Vec<(usize, &'static str)> = labels
        .into_iter()
        .map(|l| {
            (
                Label::parse(l).map_or(usize::MAX, |x| {
                    Label::ALL.iter().position(|y| *y == x).unwrap_or(0)
                }),
                l,
            )
        })
        .collect();
    crate::sort::sort(&mut labels);
    labels.into_iter().map(|(_, l)| l).collect()
}

/// The last texts drawn, with what was derived from them: switching back to
/// a long document draws it without deriving it again (tens of ms on a
/// 2 MB text, issue 14.10). Keyed by the identity of the text and analysis
/// (both held here, so an address is never reused while kept).
type Kept = (Rc<str>, Rc<Analysis>, Rc<Prepared>);

/// How many [`Kept`] entries: the document shown and the one before.
const KEPT: usize = 2;

thread_local! {
    static KEPT_PREPARED: std::cell::RefCell<Vec<Kept>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Derives what the view of a long `text` and its `analysis` needs in steps,
/// one a [`Preparing::step`] call, and keeps it for the next draw of them, so
/// that the page runs each step in a task of its own and draws in another
/// (the worker's reply, `web::jobs`; issue 17.3: derived in one task, a 2 MB
/// text's view took about 55 ms). `text` may be another `Rc` of the same words.
pub struct Preparing {
    text: Rc<str>,
    analysis: Rc<Analysis>,
    spans: Vec<Span>,
    starts: Vec<usize>,
    blocks: Vec<Block>,
    done: u8,
}

impl Preparing {
    /// Nothing derived yet.
    pub fn new(text: Rc<str>, analysis: Rc<Analysis>) -> Preparing {
        Preparing {
            text,
            analysis,
            spans: Vec::new(),
            starts: Vec::new(),
            blocks: Vec::new(),
            done: 0,
        }
    }

    /// Derives the next part (spans, code point starts, blocks, the rest);
    /// true, deriving nothing, once all is derived and kept for the draw: the
    /// call after the last part, so the caller draws in a task of its own (the
    /// last part and the draw in one task took ~45 ms of CPU for a 2 MB text).
    pub fn step(&mut self) -> bool {
        match self.done {
            0 => self.spans = spans(&self.analysis),
            1 => self.starts = char_starts(&self.text),
            2 => {
                let len = self.starts.len().saturating_sub(1);
                self.blocks = blocks(len, &self.analysis.sentences, &self.spans);
            }
            3 => {
                let prepared = Prepared::from_parts(
                    &self.text,
                    &self.analysis,
                    std::mem::take(&mut self.spans),
                    std::mem::take(&mut self.starts),
                    std::mem::take(&mut self.blocks),
                );
                keep((self.text.clone(), self.analysis.clone(), Rc::new(prepared)));
            }
            _ => return true,
        }
        self.done += 1;
        false
    }
}

/// Keep `entry` as the latest drawn (at most [`KEPT`]).
fn keep(entry: Kept) {
    KEPT_PREPARED.with(|k| {
        let mut kept = k.borrow_mut();
        kept.push(entry);
        if kept.len() > KEPT {
            kept.remove(0);
        }
    });
}

/// [`Prepared`] for `text` and `analysis`, from the last ones drawn (or
/// [`prepare`]d) when it is one of them: the same analysis (by identity) of the
/// same words.
pub(super) fn prepared_for(text: &Rc<str>, analysis: &Rc<Analysis>) -> Rc<Prepared> {
    let found = KEPT_PREPARED.with(|k| {
        let mut kept = k.borrow_mut();
        let at = kept.iter().position(|(t, a, _)| {
            Rc::ptr_eq(a, analysis) && (Rc::ptr_eq(t, text) || **t == **text)
        });
        at.map(|at| kept.remove(at))
    });
    let entry = found.unwrap_or_else(|| {
        (
            text.clone(),
            analysis.clone(),
            Rc::new(Prepared::new(text, analysis)),
        )
    });
    let p = entry.2.clone();
    keep(entry);
    p
}

impl Prepared {
    /// The chunk holding code point `at`.
    pub(super) fn chunk_of(&self, at: usize) -> usize {
        self.chunks
            .partition_point(|c| c.start <= at)
            .saturating_sub(1)
    }
}
