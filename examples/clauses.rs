//! Print the tagged words and clauses of a text (stdin), to check the clause
//! stage by eye: `cargo run --example clauses < article.txt`.

use annalist::engine::{clause, pos, text::Doc};
use std::io::Read;

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        return;
    }
    let doc = Doc::new(&text);
    let words = pos::tag(&doc);
    let sp = |s: (usize, usize)| &text[s.0..s.1];
    for c in clause::find(&doc, &words) {
        let tagged: Vec<String> = words
            .range(c.words())
            .map(|w| format!("{}/{}", &text[w.start()..w.end()], w.upos.as_str()))
            .collect();
        println!("[{}] {}", c.sentence, tagged.join(" "));
        let v = &c.verb;
        println!(
            "   subj={:?} ({:?})  verb={:?} lemma={} {:?} {:?} mod={:?} neg={} pass={} chain={:?}",
            c.subject.as_ref().map(|g| sp(g.span(&words))),
            c.subject_source,
            sp(v.span(&words)),
            v.lemma,
            v.tense,
            v.aspect,
            v.modality(),
            v.negated,
            v.passive,
            v.chain()
        );
        let objs: Vec<&str> = c.objects().iter().map(|g| sp(g.span(&words))).collect();
        let preps: Vec<String> = c
            .preps()
            .iter()
            .map(|p| format!("{} {}", sp(p.prep()), sp(p.span(&words))))
            .collect();
        println!("   obj={objs:?} preps={preps:?}");
    }
}
