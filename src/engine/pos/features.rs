//! Feature extraction of the part-of-speech tagger, shared by inference
//! ([`super::Tagger`]) and training (`src/bin/annalist-train-pos.rs`), so the
//! two cannot drift apart.
//!
//! A feature is a 32-bit hash of (template, value). Per word, the hashes of
//! its string parts (lower-cased form, cased form, prefixes and suffixes of
//! 1–4 characters, shape) are computed once into [`WordHashes`]; the context
//! features of a position combine them without allocating. A capitalised word
//! that does not open its sentence ("Beijing", "Said") also gets its prefixes
//! and suffixes under templates of its own, so a name's affixes do not borrow
//! the weights of lower-case words ("be-", "-ing"). The features that
//! depend on the tags already chosen (previous one and two tags) are added
//! during decoding by [`tag_features`].

/// Number of UPOS tags (Universal Dependencies v2).
pub const N_TAGS: usize = 17;

/// Number of static (tag-independent) templates: [`N_PLAIN`] for every word,
/// then [`N_CAP`] more for a capitalised word that does not open its sentence.
pub const N_STATIC: usize = N_PLAIN + N_CAP;
/// Static templates every word has.
pub const N_PLAIN: usize = 21;
/// Static templates only a capitalised non-initial word has (its own
/// prefixes and suffixes of 1–4 characters).
pub const N_CAP: usize = 8;
/// Number of tag-dependent features per position.
pub const N_DYNAMIC: usize = 4;
/// Number of features that read the first pass's tags to the right (used
/// only by the second pass, see [`right_features`]).
pub const N_RIGHT: usize = 4;
/// Template number of the first right-tag feature (the model's template bit
/// set numbers static, then tag-dependent, then right-tag templates).
pub const FIRST_RIGHT: usize = N_STATIC + N_DYNAMIC;

// The model's template bit set is a `u64`.
const _: () = assert!(N_STATIC + N_DYNAMIC + N_RIGHT <= 64);

/// The hashes of one word's string parts (FNV-1a over UTF-8 bytes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordHashes {
    /// Lower-cased form.
    pub lower: u32,
    /// Form as written.
    pub cased: u32,
    /// Prefixes of 1..=4 characters of the lower-cased form.
    pub prefix: [u32; 4],
    /// Suffixes of 1..=4 characters of the lower-cased form.
    pub suffix: [u32; 4],
    /// Word shape: character classes with runs collapsed ("Xx", "d.d", "x-x").
    pub shape: u32,
    /// The first character is upper-case.
    pub capitalised: bool,
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

#[inline]
fn fnv_byte(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(FNV_PRIME)
}

#[inline]
fn fnv_char(mut h: u32, c: char) -> u32 {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = fnv_byte(h, b);
    }
    h
}

/// FNV-1a of the lower-cased characters of `s`; no allocation.
#[inline]
fn hash_lower(s: &str) -> u32 {
    let mut h = FNV_OFFSET;
    for c in s.chars() {
        if c.is_ascii() {
            h = fnv_byte(h, c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                h = fnv_char(h, l);
            }
        }
    }
    h
}

/// [`WordHashes::lower`] of a lower-case ASCII word, at compile time (the ASCII path's
/// hash of it: FNV-1a of its bytes), for the words the tagger's repairs compare with.
pub const fn ascii_lower_hash(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < b.len() {
        h = (h ^ b[i] as u32).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

/// FNV-1a of `s` as written.
#[inline]
fn hash_cased(s: &str) -> u32 {
    s.bytes().fold(FNV_OFFSET, fnv_byte)
}

fn shape_class(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_alphabetic() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else if c == '-' || c == '\'' || c == '’' || c == '.' || c == ',' {
        c as u8 & 0x7f
    } else {
        b'p'
    }
}

/// [`shape_class`] of an ASCII byte (the same class: for ASCII, upper-case, alphabetic and
/// numeric are the ASCII tests).
#[inline]
fn shape_class_ascii(c: u8) -> u8 {
    match c {
        b'A'..=b'Z' => b'X',
        b'a'..=b'z' => b'x',
        b'0'..=b'9' => b'd',
        b'-' | b'\'' | b'.' | b',' => c,
        _ => b'p',
    }
}

/// The word-shape hash, fed one character class at a time: FNV-1a of the classes with a run
/// of the same class cut to its first two ("Xxxxx" hashes as "Xxx").
#[derive(Clone, Copy)]
struct ShapeHash {
    h: u32,
    last: u8,
    run: u8,
}

impl Default for ShapeHash {
    fn default() -> ShapeHash {
        ShapeHash {
            h: FNV_OFFSET,
            last: 0,
            run: 0,
        }
    }
}

impl ShapeHash {
    #[inline]
    fn push(&mut self, k: u8) {
        if k == self.last {
            self.run = self.run.saturating_add(1);
            if self.run >= 2 {
                return;
            }
        } else {
            self.run = 0;
        }
        self.last = k;
        self.h = fnv_byte(self.h, k);
    }
}

impl WordHashes {
    /// Hash the parts of one word.
    pub fn new(word: &str) -> WordHashes {
        if word.is_ascii() {
            WordHashes::ascii(word)
        } else {
            WordHashes::general(word)
        }
    }

    /// [`WordHashes::new`] for an ASCII word in one pass over its bytes: there a character
    /// is a byte and lower-casing is byte by byte, so every hash is the general path's.
    fn ascii(word: &str) -> WordHashes {
        let b = word.as_bytes();
        let n = b.len();
        let (mut lower, mut cased) = (FNV_OFFSET, FNV_OFFSET);
        let mut prefix = [0u32; 4];
        let mut shape = ShapeHash::default();
        for (i, &c) in b.iter().enumerate() {
            lower = fnv_byte(lower, c.to_ascii_lowercase());
            cased = fnv_byte(cased, c);
            if let Some(p) = prefix.get_mut(i) {
                *p = lower;
            }
            shape.push(shape_class_ascii(c));
        }
        // Words shorter than 4 characters repeat their whole form.
        for p in prefix.iter_mut().skip(n) {
            *p = lower ^ 0x5bd1_e995;
        }
        let mut suffix = [lower ^ 0x27d4_eb2f; 4];
        for (k, s) in suffix.iter_mut().enumerate().take(n) {
            *s = b[n - 1 - k..]
                .iter()
                .fold(FNV_OFFSET, |h, c| fnv_byte(h, c.to_ascii_lowercase()));
        }
        WordHashes {
            lower,
            cased,
            prefix,
            suffix,
            shape: shape.h,
            capitalised: b.first().is_some_and(u8::is_ascii_uppercase),
        }
    }

    /// [`WordHashes::new`] for any word, character by character.
    fn general(word: &str) -> WordHashes {
        let lower = hash_lower(word);
        let cased = hash_cased(word);
        let mut prefix = [0u32; 4];
        let mut h = FNV_OFFSET;
        let mut n = 0usize;
        for c in word.chars().take(4) {
            if c.is_ascii() {
                h = fnv_byte(h, c.to_ascii_lowercase() as u8);
            } else {
                for l in c.to_lowercase() {
                    h = fnv_char(h, l);
                }
            }
            prefix[n] = h;
            n += 1;
        }
        // Words shorter than 4 characters repeat their whole form.
        for p in prefix.iter_mut().skip(n) {
            *p = h ^ 0x5bd1_e995;
        }
        let mut suffix = [0u32; 4];
        let mut starts = [0usize; 4];
        let mut m = 0usize;
        for (i, _) in word.char_indices().rev().take(4) {
            starts[m] = i;
            m += 1;
        }
        for (k, s) in suffix.iter_mut().enumerate() {
            *s = if k < m {
                hash_lower(&word[starts[k]..])
            } else {
                lower ^ 0x27d4_eb2f
            };
        }
        let mut shape = ShapeHash::default();
        for c in word.chars() {
            shape.push(shape_class(c));
        }
        WordHashes {
            lower,
            cased,
            prefix,
            suffix,
            shape: shape.h,
            capitalised: word.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// Sentence-boundary pseudo-words.
fn boundary(k: u32) -> WordHashes {
    let v = mix(0xdead_0000 + k, 1);
    WordHashes {
        lower: v,
        cased: v,
        prefix: [v; 4],
        suffix: [v; 4],
        shape: v,
        capitalised: false,
    }
}

/// Combine a template number and a value into a feature hash
/// (murmur3's 32-bit finaliser).
#[inline]
pub fn mix(template: u32, value: u32) -> u32 {
    let mut h = value ^ template.wrapping_mul(0x9e37_79b9);
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h
}

/// The static features of position `i` of a sentence of `words`, written to
/// `out[..n]`; returns `n`: [`N_STATIC`] for a capitalised word after the
/// first, else [`N_PLAIN`] (`out[k]` is template k's feature).
pub fn static_features(words: &[WordHashes], i: usize, out: &mut [u32; N_STATIC]) -> usize {
    let w = words[i];
    let get = |j: isize| -> WordHashes {
        if j < 0 {
            boundary(j.unsigned_abs() as u32)
        } else {
            words
                .get(j as usize)
                .copied()
                .unwrap_or_else(|| boundary(10 + j as u32 - words.len() as u32))
        }
    };
    let cap = w.capitalised && i > 0;
    let i = i as isize;
    let (p1, p2, n1, n2) = (get(i - 1), get(i - 2), get(i + 1), get(i + 2));
    let plain: &mut [u32; N_PLAIN] = (&mut out[..N_PLAIN])
        .try_into()
        .expect("N_PLAIN <= N_STATIC");
    *plain = [
        mix(0, 0),
        mix(1, w.lower),
        mix(2, w.cased),
        mix(3, w.prefix[0]),
        mix(4, w.prefix[1]),
        mix(5, w.prefix[2]),
        mix(6, w.prefix[3]),
        mix(7, w.suffix[0]),
        mix(8, w.suffix[1]),
        mix(9, w.suffix[2]),
        mix(10, w.suffix[3]),
        mix(11, w.shape),
        mix(12, p1.lower),
        mix(13, p1.suffix[2]),
        mix(14, p2.lower),
        mix(15, n1.lower),
        mix(16, n1.suffix[2]),
        mix(17, n2.lower),
        mix(18, n1.shape),
        mix(19, mix(w.shape, u32::from(i == 0))),
        mix(20, mix(p1.lower, w.lower)),
    ];
    if !cap {
        return N_PLAIN;
    }
    for k in 0..4 {
        out[N_PLAIN + k] = mix(21 + k as u32, w.prefix[k]);
        out[N_PLAIN + 4 + k] = mix(25 + k as u32, w.suffix[k]);
    }
    N_STATIC
}

/// The features that depend on the two previous tags (`N_TAGS` = none yet).
#[inline]
pub fn tag_features(w: &WordHashes, t1: usize, t2: usize, out: &mut [u32; N_DYNAMIC]) {
    let (t1, t2) = (t1 as u32, t2 as u32);
    *out = [
        mix(30, t1),
        mix(31, t2 * 32 + t1),
        mix(32, mix(t1, w.lower)),
        // The last two characters after the previous tag ("rose sharply": an unseen "-ly"
        // word after a verb); it replaced the last three (template 33), which read "-ply"
        // of "supply" there.
        mix(38, mix(t1, w.suffix[1])),
    ];
}

/// The outputs of [`tag_features`] that read only the two previous tags, not the word: the
/// tagger scores them once per tag pair at load time.
pub const DYNAMIC_BY_TAGS: [usize; 2] = [0, 1];
/// The outputs of [`right_features`] that read only the next two tags (`n1`, `n2`).
pub const RIGHT_BY_NEXT: [usize; 2] = [0, 1];
/// The outputs of [`right_features`] that read only the previous tag and the next one
/// (`t1`, `n1`).
pub const RIGHT_BY_PREV_NEXT: [usize; 1] = [3];

/// The features of the second pass that read the first pass's tags of the
/// next two words (`n1`, `n2`; `N_TAGS` past the sentence end) and this
/// pass's previous tag `t1`.
#[inline]
pub fn right_features(w: &WordHashes, t1: usize, n1: usize, n2: usize, out: &mut [u32; N_RIGHT]) {
    let (t1, n1, n2) = (t1 as u32, n1 as u32, n2 as u32);
    *out = [
        mix(34, n1),
        mix(35, n1 * 32 + n2),
        mix(36, mix(n1, w.lower)),
        mix(37, t1 * 32 + n1),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_is_folded_for_lower_but_not_cased() {
        let a = WordHashes::new("Ship");
        let b = WordHashes::new("ship");
        assert_eq!(a.lower, b.lower);
        assert_ne!(a.cased, b.cased);
        assert_eq!(a.suffix, b.suffix);
        assert_ne!(a.shape, b.shape);
    }

    #[test]
    fn suffixes_count_characters_not_bytes() {
        let a = WordHashes::new("café");
        let b = WordHashes::new("thé");
        assert_eq!(a.suffix[0], b.suffix[0]); // "é"
        assert_ne!(a.suffix[1], b.suffix[1]); // "fé" vs "hé"
    }

    #[test]
    fn the_ascii_path_hashes_like_the_general_one() {
        for w in [
            "", "a", "ab", "abc", "abcd", "abcde", "Ship", "SHIPS", "U.S.", "1,200", "e-mail",
            "don't", "x--y", "A1b2", "(", "$", "aaaa", "...", "O'Neill", "3.5bn",
        ] {
            assert_eq!(WordHashes::ascii(w), WordHashes::general(w), "{w:?}");
        }
    }

    #[test]
    fn the_compile_time_hash_is_the_lower_cased_hash() {
        for w in ["to", "ing", "ed", "a", ""] {
            assert_eq!(ascii_lower_hash(w), WordHashes::new(w).lower, "{w}");
            assert_eq!(ascii_lower_hash(w), WordHashes::general(w).lower, "{w}");
        }
        assert_eq!(
            WordHashes::new("Booking").suffix[2],
            ascii_lower_hash("ing")
        );
    }

    #[test]
    fn the_ascii_shape_classes_are_the_general_ones() {
        for b in 0u8..128 {
            assert_eq!(shape_class_ascii(b), shape_class(char::from(b)), "{b}");
        }
    }

    #[test]
    fn the_tag_only_features_read_only_the_tags_they_name() {
        let (a, b) = (WordHashes::new("ship"), WordHashes::new("Sweden"));
        let (mut x, mut y) = ([0u32; N_DYNAMIC], [0u32; N_DYNAMIC]);
        let (mut r, mut s) = ([0u32; N_RIGHT], [0u32; N_RIGHT]);
        for t1 in 0..N_TAGS + 2 {
            for t2 in 0..N_TAGS + 2 {
                tag_features(&a, t1, t2, &mut x);
                tag_features(&b, t1, t2, &mut y);
                for k in DYNAMIC_BY_TAGS {
                    assert_eq!(x[k], y[k]);
                }
                // As (n1, n2), with a different word and previous tag.
                right_features(&a, 3, t1, t2, &mut r);
                right_features(&b, 7, t1, t2, &mut s);
                for k in RIGHT_BY_NEXT {
                    assert_eq!(r[k], s[k]);
                }
                // As (t1, n1), with a different word and second next tag.
                right_features(&a, t1, t2, 3, &mut r);
                right_features(&b, t1, t2, 9, &mut s);
                for k in RIGHT_BY_PREV_NEXT {
                    assert_eq!(r[k], s[k]);
                }
            }
        }
    }

    #[test]
    fn boundaries_differ_from_words_and_each_other() {
        let ws = [WordHashes::new("ok")];
        let mut f = [0u32; N_STATIC];
        static_features(&ws, 0, &mut f);
        assert_ne!(f[12], f[15]); // previous and next are different boundaries
    }

    #[test]
    fn only_capitalised_words_after_the_first_get_their_own_affixes() {
        let ws = [
            WordHashes::new("Being"),
            WordHashes::new("being"),
            WordHashes::new("Beijing"),
        ];
        let mut f = [0u32; N_STATIC];
        assert_eq!(static_features(&ws, 0, &mut f), N_PLAIN);
        assert_eq!(static_features(&ws, 1, &mut f), N_PLAIN);
        assert_eq!(static_features(&ws, 2, &mut f), N_STATIC);
        let mut g = [0u32; N_STATIC];
        static_features(&ws, 1, &mut g);
        // "Beijing" shares "be" with "being" in the plain templates, not in its own.
        assert_eq!(f[4], g[4]);
        assert!(!g[..N_PLAIN].contains(&f[N_PLAIN + 1]));
    }
}

// proptest is a native-only dev-dependency (see Cargo.toml).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::WordHashes;
    use proptest::prelude::*;

    proptest! {
        /// Any ASCII word hashes the same through the one-pass path and the general one.
        #[test]
        fn ascii_and_general_paths_agree(w in "[ -~]{0,12}") {
            prop_assert_eq!(WordHashes::ascii(&w), WordHashes::general(&w));
        }
    }
}
