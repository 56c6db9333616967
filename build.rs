//! Build script: stores the three large lexicon tables (given names, surnames, cities) in the
//! binary front-coded, not as the text files they are kept as in `data/lexicons/`.
//!
//! Front coding: rows sorted so that neighbours share a prefix, each row written as one byte
//! (how many leading bytes it shares with the row before, at most 255), the rest of the row, then
//! `\n`. On the 36k rows this shrinks what the browser downloads (the wasm, gzip -9) by about
//! 30 KB against the plain tables; `src/engine/lexicon.rs` (`front_decoded`) reads it back.
//! Comment rows (`#`) and blank rows are dropped; the order of rows that share a lower-case key
//! (the first column) is kept, so "first row wins" lookups give the same answer.
//!
//! Output: `$OUT_DIR/{given_names.txt,surnames.txt,cities.tsv}.fc.st`: the front-coded table
//! through a static context model over its rows (`src/engine/rowcode.rs`, behind
//! `src/engine/stored.rs`'s mode byte), which takes another ~20 KB gzip off the download.
//!
//! It also stores the two model files with their key tables as byte planes
//! (`src/engine/packed.rs`, compiled in here too), then through the static range-ANS coder
//! (`src/engine/rans.rs`: fixed distributions per stretch of the packed file, 9.3 KB gzip less
//! than the adaptive order-0 coder it replaced and some 30 times faster to decode):
//! `$OUT_DIR/{ner,pos}.bin.packed`, which the loaders decode and unpack (`packed::model`) to the
//! committed bytes. A file whose layout is not the one expected here (a format change) is
//! packed whole, so the build never depends on the layouts.

use std::path::Path;

#[allow(dead_code)]
#[path = "src/engine/packed.rs"]
mod packed;
use packed::Section;

#[allow(dead_code)]
#[path = "src/engine/stored.rs"]
mod stored;

#[allow(dead_code)]
#[path = "src/engine/rans.rs"]
mod rans;

#[allow(dead_code)]
#[path = "src/engine/rowcode.rs"]
mod rowcode;

const TABLES: [&str; 3] = ["given_names.txt", "surnames.txt", "cities.tsv"];

/// How the three tables and the two models are stored (`src/engine/stored.rs`). The tables were
/// stored `Plain` since the NER model shrank by 30 KB (22-bit feature keys): +18.8 KB gzip
/// against the mixed-order coder (app 1,022,362 → 1,041,145 B), and the page's main-thread CPU
/// to its first analysis 249–271 → 217 ms (median of 5, `node bench/startup-cpu.mjs dist`),
/// wall 466–529 → 425 ms. Since session 12 they are stored `Rows` (issue 17): an adaptive bit
/// coder that reads each byte after the one before it in its row (a row's first new byte after
/// the byte it replaces in the row before), decoded at about order-0 speed, natively ~3 ms a
/// table where the mixed coder took ~50 ms: app 1,047,990 → 1,028,998 B gzip
/// (`make dist`).
/// Since session 13 they are stored `RowsStatic` (`src/engine/rowcode.rs`): the same row
/// contexts, counted at build time and stored, range-ANS coded: the three tables 85,925 →
/// 85,675 stored bytes (app 1,043,272 → 1,044,101 B gzip with its decoder, `make dist`),
/// decoded with a table look-up a byte instead of ~50 instructions a bit: a first `annalist
/// extract` of one short document 170.9 M → 85.3 M instructions (`valgrind --tool=callgrind`).
/// The models are stored `Static` (`src/engine/rans.rs`) since session
/// 11: 217,577 → 207,246 stored bytes (app 1,041,271 → 1,032,018 B gzip, `make dist`); a first
/// `annalist extract` of one short document 274 M → 67 M instructions (`valgrind
/// --tool=callgrind`; `cargo run --profile native --example stored_decode`: ~24 → ~2.7 ms to decode
/// both); the page's main-thread CPU to its first analysis 223 → 182–199 ms over http, 266 →
/// 222–246 ms from file (median of 5, `node bench/startup-cpu.mjs`, loaded machine).
const LEXICON_MODE: stored::Mode = stored::Mode::RowsStatic;
const MODEL_MODE: stored::Mode = stored::Mode::Static;

/// The mode `build.rs` stores a kind with in this build: `mode`, except in unoptimised builds
/// (`cargo build`/`cargo test` at `opt-level` 0), where decoding unoptimised code would take
/// ~0.5 s of every test binary and debug run, and size does not matter: there everything is
/// stored `Plain` (the coder itself stays tested by `engine::stored`'s tests).
fn mode_for_build(mode: stored::Mode) -> stored::Mode {
    match std::env::var("OPT_LEVEL").as_deref() {
        Ok("0") => stored::Mode::Plain,
        _ => mode,
    }
}

/// The wasm module's stack, in bytes (Rust's default for wasm32 is 1 MiB). It is part of the
/// linear memory from instantiation on, so of every peak (issue 16.6: a third of the 1.6 MiB
/// the module holds before any analysis). Measured in session 58 (the lowest byte of the
/// stack region written, with the stack first in memory): the engine reaches 25 KB deep on
/// every input tried (1 MiB of text, 20,000 nested brackets, 5,000 capitalised words, 300
/// documents of each of two dev sets), the app's main thread 29 KB (the example, a 30 KB
/// article, a 30-document workspace, an import nested 120 deep, the HTML export). 256 KiB is
/// about nine times that; running out would be a trap, which the app reports (issue 16.5).
const WASM_STACK_BYTES: u32 = 256 * 1024;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-env-changed=CARGO_CFG_TARGET_ARCH");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        // The cdylib only (the module the browser loads): after rustc's own `-z stack-size`,
        // and the last one counts.
        println!("cargo:rustc-link-arg-cdylib=-zstack-size={WASM_STACK_BYTES}");
    }
    strip_comments(Path::new("data"), &Path::new(&out).join("data"));
    for name in TABLES {
        let src = Path::new("data/lexicons").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read_to_string(&src).expect("lexicon table is readable UTF-8");
        std::fs::write(
            Path::new(&out).join(format!("{name}.fc.st")),
            coded(&front_code(&text), mode_for_build(LEXICON_MODE)),
        )
        .expect("OUT_DIR is writable");
    }
    for (name, layout) in [
        ("ner.bin", ner_layout as fn(&[u8]) -> Option<Vec<Section>>),
        ("pos.bin", pos_layout),
    ] {
        let src = Path::new("data/models").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let data = std::fs::read(&src).expect("model file is readable");
        let whole = [Section::Raw(data.len())];
        let packed = layout(&data)
            .and_then(|sections| packed::pack(&data, &sections))
            .filter(|p| packed::unpack(p).as_deref() == Some(&data[..]))
            .or_else(|| packed::pack(&data, &whole))
            .expect("a whole file always packs");
        std::fs::write(
            Path::new(&out).join(format!("{name}.packed")),
            coded(&packed, mode_for_build(MODEL_MODE)),
        )
        .expect("OUT_DIR is writable");
    }
    println!("cargo:rerun-if-changed=src/engine/packed.rs");
    println!("cargo:rerun-if-changed=src/engine/stored.rs");
    println!("cargo:rerun-if-changed=src/engine/rans.rs");
    println!("cargo:rerun-if-changed=src/engine/rowcode.rs");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=OPT_LEVEL");
}

/// `ner.bin` (`src/engine/typing/tagger.rs`): 12 header bytes (magic, `n` as u32 LE at 8),
/// `n` 4-byte key deltas, then the weights.
fn ner_layout(b: &[u8]) -> Option<Vec<Section>> {
    let n = u32::from_le_bytes(b.get(8..12)?.try_into().ok()?) as usize;
    let rest = b.len().checked_sub(12 + 4 * n)?;
    Some(vec![
        Section::Raw(12),
        Section::Planes { width: 4, count: n },
        Section::Raw(rest),
    ])
}

/// `pos.bin` (`src/engine/pos/mod.rs`, "APOS3"): magic, the key-bits byte, the template set
/// (varint of up to 64 bits), 128 level varints, the dictionary (size, key varints, tag bytes), the feature
/// count, `n` key varints, `n` 3-byte masks, then the weights.
fn pos_layout(b: &[u8]) -> Option<Vec<Section>> {
    if b.get(..5)? != b"APOS3" {
        return None;
    }
    let mut at = 6;
    let next = |at: &mut usize| {
        let (v, len) = packed::varint(b, *at)?;
        *at += len;
        Some(v as usize)
    };
    // The template set may pass 32 bits: skip its continuation bytes.
    while *b.get(at)? & 0x80 != 0 {
        at += 1;
    }
    at += 1;
    for _ in 0..128 {
        next(&mut at)?;
    }
    let n_dict = next(&mut at)?;
    for _ in 0..n_dict {
        next(&mut at)?;
    }
    at += n_dict;
    let n = next(&mut at)?;
    let prefix = at;
    for _ in 0..n {
        next(&mut at)?;
    }
    let rest = b.len().checked_sub(at + 3 * n)?;
    Some(vec![
        Section::Raw(prefix),
        Section::Varints(n),
        Section::Planes { width: 3, count: n },
        Section::Raw(rest),
    ])
}

/// `data` stored in `mode` (`src/engine/stored.rs`), checked to decode back.
fn coded(data: &[u8], mode: stored::Mode) -> Vec<u8> {
    let out = match mode {
        // One distribution per stretch of the packed file (its planes and raw sections).
        stored::Mode::Static => stored::encode_static(data, &packed::pieces(data)),
        _ => stored::encode(data, mode),
    };
    assert_eq!(
        stored::decode(&out).as_deref(),
        Some(data),
        "stored round trip"
    );
    out
}

/// Rows sorted by their lower-cased first column (stable: equal keys keep their order), then
/// front-coded.
fn front_code(text: &str) -> Vec<u8> {
    let mut rows: Vec<(String, &str)> = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| (l.split('\t').next().unwrap_or(l).to_lowercase(), l))
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Vec::with_capacity(text.len());
    let mut prev: &[u8] = &[];
    for (_, row) in rows {
        let row = row.as_bytes();
        let shared = prev
            .iter()
            .zip(row)
            .take(255)
            .take_while(|(a, b)| a == b)
            .count();
        out.push(shared as u8);
        out.extend_from_slice(&row[shared..]);
        out.push(b'\n');
        prev = row;
    }
    out
}

/// Copies every word list and table under `data/` (`.txt`, `.tsv`) to `$OUT_DIR/data/` without
/// its comment rows (a `#` in the first column), which every reader skips anyway: the
/// comments document the lists in the repository but cost ~11 KB gzip in the app. Modules
/// include the copies (`include_str!(concat!(env!("OUT_DIR"), "/data/..."))`).
fn strip_comments(src: &Path, dst: &Path) {
    println!("cargo:rerun-if-changed={}", src.display());
    let entries = std::fs::read_dir(src).expect("data/ is readable");
    for e in entries {
        let path = e.expect("data/ entry is readable").path();
        let to = dst.join(path.file_name().expect("an entry has a name"));
        if path.is_dir() {
            strip_comments(&path, &to);
            continue;
        }
        if !matches!(
            path.extension().and_then(|x| x.to_str()),
            Some("txt" | "tsv")
        ) {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("a word list is readable UTF-8");
        let kept: String = text
            .split_inclusive('\n')
            .filter(|l| !l.starts_with('#'))
            .collect();
        std::fs::create_dir_all(dst).expect("OUT_DIR is writable");
        std::fs::write(&to, kept).expect("OUT_DIR is writable");
    }
}
