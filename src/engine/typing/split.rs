//! Splitting a candidate where it holds several names or a title ("Chinese President Xi
//! Jinping" → NORP, role, PERSON) and typing each part with a [`Scorer`].

use super::features::{features, key_of, title_at, title_before, word_entry, Sports};
use super::*;

pub(super) fn mention(doc: &Doc, range: Range<usize>, end: usize, label: Label) -> TypedMention {
    TypedMention {
        start: doc.tokens[range.start].start(),
        end,
        label,
        role: None,
        country: None,
        capital_of: None,
        confidence: 0.5,
        tokens: range,
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn split_and_type(
    doc: &Doc,
    lx: &Lexicon,
    c: &Candidate,
    scorer: &dyn Scorer,
    sports: Sports,
    out: &mut Vec<TypedMention>,
    key: &mut String,
    buf: &mut String,
) {
    let r = c.tokens.clone();
    if r.is_empty() {
        return;
    }
    let tok_end = |i: usize| {
        if i + 1 == r.end {
            c.end
        } else {
            doc.tokens[i].end()
        }
    };
    let mut k = r.start;
    // 1. A leading country or nationality before a title: "Chinese President Xi Jinping".
    for len in (1..=3.min(r.len())).rev() {
        if k + len >= r.end {
            continue;
        }
        key_of(doc, k..k + len, doc.tokens[k + len - 1].end(), key, buf);
        let place = lx.get(key).is_some_and(|e| {
            e.country.is_some()
                || e.demonym.is_some()
                || e.city.is_some()
                || e.known.is_some_and(|(l, _)| l == Label::Norp)
        });
        let person_next = r.end - (k + len) >= 2
            && word_entry(lx, doc, k + len, buf).is_some_and(|e| e.given && !e.stop)
            && word_entry(lx, doc, r.end - 1, buf).is_none_or(|e| e.designator.is_none());
        // "German Foreign Ministry", "Panamanian Boxing Association": a nationality before a
        // public body is its own name.
        let nationality = lx
            .get(key)
            .is_some_and(|e| e.demonym.is_some() || e.known.is_some_and(|(l, _)| l == Label::Norp));
        let body_next = nationality
            && r.end - (k + len) >= 2
            && words()
                .body_heads
                .contains(&lower(doc.tok_text(r.end - 1), buf));
        if place && (person_next || body_next || title_at(doc, lx, k + len, r.end, key, buf) > 0) {
            let mut f = features(doc, lx, k..k + len, tok_end(k + len - 1), c.caps, key, buf);
            f.sports = sports.any;
            f.team_sports = sports.team;
            if let Some(RuleLabel {
                label,
                country: cc,
                confidence: conf,
            }) = scorer.label(&f)
            {
                let mut m = mention(doc, k..k + len, tok_end(k + len - 1), label);
                m.country = cc;
                m.capital_of = f.capital;
                m.confidence = conf;
                out.push(m);
            }
            k += len;
            break;
        }
    }
    // 2. A title: "President", "Secretary of State", "Mr"; the last one before a person-like
    // rest, so that "General Motors Chief Executive Mary Barra" splits at "Chief Executive".
    let mut role: Option<String> = None;
    key_of(doc, k..r.end, c.end, key, buf);
    let whole_known = lx
        .get(key)
        .is_some_and(|e| e.known.is_some() || e.country.is_some() || e.city.is_some());
    // A designator or a firm's legal form ends the run: "Falcon Crest General Trading FZE" is one
    // firm, not a general's name.
    let last_designator = word_entry(lx, doc, r.end - 1, buf)
        .is_some_and(|e| e.designator.is_some())
        || crate::engine::lexicon::words::is_org_suffix(doc.tok_text(r.end - 1));
    let mut split: Option<(usize, usize, usize)> = None; // (title start, title len, rest)
    if !whole_known && !last_designator {
        for p in k..r.end {
            let starts = word_entry(lx, doc, p, buf).is_some_and(|e| e.title_start)
                || words()
                    .title_modifiers
                    .contains(&lower(doc.tok_text(p), buf));
            // Inside the title already found: "Financial Secretary" stays one title.
            let inside = split.is_some_and(|(q, ql, _)| p < q + ql);
            if !starts || inside {
                continue;
            }
            let tl = title_at(doc, lx, p, r.end, key, buf);
            if tl == 0 || p + tl >= r.end {
                continue;
            }
            let mut rest = p + tl;
            while rest < r.end && matches!(doc.tok_text(rest), "of" | "and" | "for" | ".") {
                rest += 1;
            }
            // A person's name of at most four words, or eight with a particle only people's
            // names hold ("Sheikh Tahnoun bin Zayed Al Nahyan").
            let particled =
                (rest..r.end).any(|i| words().strong_person_particles.contains(&doc.tok_text(i)));
            if rest < r.end && (r.end - rest <= 4 || particled && r.end - rest <= 8) {
                split = Some((p, tl, rest));
            }
        }
    }
    if let Some((p, tl, rest)) = split {
        let mut role_start = p;
        if p > k {
            // What precedes the title: a name of its own ("Federal Reserve Governor", "Bosnian
            // President") or part of the role ("Education Minister").
            let mut f = features(doc, lx, k..p, doc.tokens[p - 1].end(), c.caps, key, buf);
            f.sports = sports.any;
            f.team_sports = sports.team;
            let own_name = f.known.is_some()
                || f.country.is_some()
                || f.demonym.is_some()
                || f.city.is_some()
                || f.region
                || f.suffix_designator.is_some()
                || (f.prefix_designator.is_some() && f.has_of)
                || (f.words == 1 && f.all_caps && f.words > 0);
            if is_party(doc, k..p) {
                role_start = k;
            }
            if own_name {
                if let Some(RuleLabel {
                    label,
                    country: cc,
                    confidence: conf,
                }) = scorer.label(&f)
                {
                    let mut m = mention(doc, k..p, doc.tokens[p - 1].end(), label);
                    m.country = cc;
                    m.capital_of = if label == Label::Gpe { f.capital } else { None };
                    // A name of its own before a title and a person's name ("ESA Director
                    // General Ann Lee", "Bosnian President X"): the frame types it as surely as
                    // a designator does; the tagger, reading the whole run, often drops it.
                    m.confidence = if c.caps {
                        conf.min(0.6)
                    } else {
                        conf.max(super::reconcile::POLICY.keep_rule)
                    };
                    out.push(m);
                }
            } else {
                role_start = k;
            }
        }
        // A party word before the title ("Conservative MP", "Republican senator") belongs to
        // the role too, also when step 1 typed it as a name of its own.
        if role_start == k && k > r.start && is_party(doc, r.start..k) {
            role_start = r.start;
        }
        // A run of titles before a name (hostile text: "Deputy Minister Deputy Minister ...
        // Maren Holt") is no role of thousands of words: at most the last
        // MAX_NAME_TOKENS tokens up to the title's end, the rest left as text (issue 16.8).
        let role_start = role_start.max((p + tl).saturating_sub(super::tagger::MAX_NAME_TOKENS));
        let t = doc.slice(doc.tokens[role_start].start(), doc.tokens[p + tl - 1].end());
        if !words().honorifics.contains(&t.to_lowercase().as_str()) {
            role = Some(t.to_string());
        }
        k = rest;
    } else {
        let tl = title_at(doc, lx, k, r.end, key, buf);
        if tl > 0 && k + tl == r.end {
            return; // a title alone ("President") is not an entity
        }
    }
    if role.is_none() {
        if let Some(t) = title_before(doc, lx, k, key, buf) {
            // "Republican senator Dale Harkness": the party word before the title joins it.
            let start = (1..=2)
                .rev()
                .filter_map(|n| t.start.checked_sub(n))
                .find(|&s| {
                    doc.sentence_of(s) == doc.sentence_of(t.start) && is_party(doc, s..t.start)
                })
                .unwrap_or(t.start);
            role = Some(
                doc.slice(doc.tokens[start].start(), doc.tokens[t.end - 1].end())
                    .to_string(),
            );
        }
    }
    let end = c.end;
    if k >= r.end {
        return;
    }
    let mut f = features(doc, lx, k..r.end, end, c.caps, key, buf);
    f.titled = role.is_some();
    f.sports = sports.any;
    f.team_sports = sports.team;
    let Some(RuleLabel {
        label,
        country: cc,
        confidence: conf,
    }) = scorer.label(&f)
    else {
        return;
    };
    let mut m = mention(doc, k..r.end, end, label);
    m.country = cc;
    m.capital_of = if label == Label::Gpe { f.capital } else { None };
    m.confidence = if c.caps && !(f.dateline && label == Label::Gpe) {
        conf.min(0.6)
    } else {
        conf
    };
    if label == Label::Person {
        m.role = role;
    }
    out.push(m);
}

/// Are the tokens `range` a party word ("Conservative", "Liberal Democrat";
/// `data/lexicons/context_words.txt`, `[party_words]`)?
fn is_party(doc: &Doc, range: std::ops::Range<usize>) -> bool {
    if range.is_empty() {
        return false;
    }
    let text = doc.slice(
        doc.tokens[range.start].start(),
        doc.tokens[range.end - 1].end(),
    );
    words().party_words.contains(&text.to_lowercase().as_str())
}
