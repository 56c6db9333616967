//! The part-of-speech model: reading `pos.bin` (format in [`Tagger::from_bytes`]), the
//! feature index, the tag dictionary, the AUX word list, and the tag-only features scored per
//! tag pair at load time. Decoding is in `super::decode`.

use super::features::{
    right_features, tag_features, WordHashes, DYNAMIC_BY_TAGS, FIRST_RIGHT, N_DYNAMIC, N_RIGHT,
    N_STATIC, N_TAGS, RIGHT_BY_NEXT, RIGHT_BY_PREV_NEXT,
};
use std::sync::OnceLock;

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the magic bytes and version this code reads.
    #[error("not a part-of-speech model (bad magic or version)")]
    BadMagic,
    /// The file ends before `section` is complete.
    #[error("part-of-speech model truncated in {section}")]
    Truncated { section: &'static str },
}

/// Magic bytes and format version of `pos.bin`.
pub const MAGIC: &[u8; 5] = b"APOS3";

/// Open-addressing table from a feature hash to a row number.
#[derive(Debug, Default)]
pub(super) struct Table {
    /// (key, row + 1); row 0 marks an empty slot. Key and row side by side:
    /// one cache line per probe.
    slots: Vec<(u32, u32)>,
    mask: usize,
}

impl Table {
    fn new(keys: &[u32]) -> Table {
        let cap = (keys.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![(0u32, 0u32); cap];
        let mask = cap - 1;
        for (row, &k) in keys.iter().enumerate() {
            let mut s = k as usize & mask;
            while slots[s].1 != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = (k, row as u32 + 1);
        }
        Table { slots, mask }
    }

    #[inline]
    pub(super) fn get(&self, key: u32) -> Option<usize> {
        let mut s = key as usize & self.mask;
        loop {
            let (k, r) = *self.slots.get(s)?;
            if r == 0 {
                return None;
            }
            if k == key {
                return Some(r as usize - 1);
            }
            s = (s + 1) & self.mask;
        }
    }
}

/// The feature rows by (cut) feature hash. Keys of at most [`RANKED_BITS`] bits with fewer
/// than 65,535 rows (the compiled-in model: 18 bits, 13,000 features) are marked in a bit set
/// over every possible key, a rank beside each 32 bits of it: a key's rank among the keys held
/// indexes their rows. About 90 KB for that model, where a flat array of row numbers over every
/// key took 512 KB (issue 16.6), and the same one word to read for an absent key. Anything
/// larger is hashed ([`Table`]). Either answers every look-up alike: the first row stored for
/// a key.
#[derive(Debug)]
enum FeatureIndex {
    /// Per 32 possible keys, one word: its low 32 bits mark the keys held, its high 32 bits
    /// count the keys held before them; `rows[rank]` is the first row of the key of that rank.
    Ranked {
        words: Vec<u64>,
        rows: Vec<u16>,
    },
    Hashed(Table),
}

/// Widest keys [`FeatureIndex::Ranked`] takes (a 256 KB bit set at most).
const RANKED_BITS: u32 = 20;

impl Default for FeatureIndex {
    fn default() -> FeatureIndex {
        FeatureIndex::Hashed(Table::default())
    }
}

impl FeatureIndex {
    /// Index `keys` (row `i` has key `keys[i]`), for look-ups of keys cut to `bits` bits.
    fn new(keys: &[u32], bits: u32) -> FeatureIndex {
        if bits > RANKED_BITS || keys.len() >= usize::from(u16::MAX) {
            return FeatureIndex::Hashed(Table::new(keys));
        }
        // A key wider than the cut is never looked up (it has no word).
        let mut words = vec![0u64; (1 << bits) / 32];
        for &k in keys {
            if let Some(w) = words.get_mut(k as usize / 32) {
                *w |= 1 << (k % 32);
            }
        }
        let mut held = 0u64;
        for w in &mut words {
            *w |= held << 32;
            held += u64::from((*w as u32).count_ones());
        }
        let mut rows = vec![0u16; held as usize];
        // Last row first: a repeated key keeps its first row.
        for (row, &k) in keys.iter().enumerate().rev() {
            if let Some(r) = rank(&words, k).and_then(|r| rows.get_mut(r)) {
                *r = row as u16;
            }
        }
        FeatureIndex::Ranked { words, rows }
    }

    #[inline]
    fn get(&self, key: u32) -> Option<usize> {
        match self {
            FeatureIndex::Ranked { words, rows } => {
                rows.get(rank(words, key)?).map(|&r| usize::from(r))
            }
            FeatureIndex::Hashed(t) => t.get(key),
        }
    }
}

/// The rank of `key` among the keys marked in `words` ([`FeatureIndex::Ranked`]), if marked.
fn rank(words: &[u64], key: u32) -> Option<usize> {
    let w = *words.get(key as usize / 32)?;
    let bit = 1u32 << (key % 32);
    (w as u32 & bit != 0).then(|| (w >> 32) as usize + (w as u32 & (bit - 1)).count_ones() as usize)
}

/// A loaded tagger: quantized weights and the tag dictionary.
#[derive(Debug, Default)]
pub struct Tagger {
    /// Feature hashes are cut to the model's key bits (`hash & key_mask`).
    key_mask: u32,
    /// Bit k set: template k is used (static templates first, then the
    /// tag-dependent ones, in the order of [`super::features`]).
    pub(super) templates: u64,
    features: FeatureIndex,
    /// Per feature row, the tags of its non-zero weights (bit `t`: tag `t`) and where those
    /// weights start in `values`. Stored sparse, as the file has them (issue 16.6: the
    /// compiled-in model has 4.8 non-zero weights of 17 per feature; dense rows of 17 `i16`
    /// took 442 KB of the fixed part, these and `values` 230 KB).
    rows: Vec<(u32, u32)>,
    /// The non-zero weights, dequantized from the file's log-scale codes at load time, row
    /// after row, each row's in tag order.
    values: Vec<i16>,
    pub(super) dict: Table,
    pub(super) dict_tags: Vec<u8>,
    /// Lower-cased hashes of the words that may be AUX (`data/pos/aux.txt`).
    pub(super) aux: Table,
    /// Scores of the features that read only tags, per tag pair (see [`TagScores`]).
    pub(super) by_tags: TagScores,
}

/// Tag values the tag-only features read: the tags, "none yet" (`N_TAGS`) and the sentence
/// start's second previous tag (`N_TAGS + 1`).
pub(super) const TAG_VALUES: usize = N_TAGS + 2;

/// The summed scores of the features that read only tags, computed once per tag pair at load
/// time instead of hashed and looked up per word; each table holds `TAG_VALUES²` rows, row
/// `a * TAG_VALUES + b` for the pair (a, b). Integer sums: the same scores in any order.
#[derive(Debug, Default)]
pub(super) struct TagScores {
    /// [`super::features::DYNAMIC_BY_TAGS`] for (t2, t1).
    pub(super) prev: Vec<[i32; N_TAGS]>,
    /// [`super::features::RIGHT_BY_NEXT`] for (n1, n2).
    pub(super) next: Vec<[i32; N_TAGS]>,
    /// [`super::features::RIGHT_BY_PREV_NEXT`] for (t1, n1).
    pub(super) prev_next: Vec<[i32; N_TAGS]>,
}

/// The lower-cased hashes of the words of `data/pos/aux.txt` (one a line,
/// `#` comments).
fn aux_words() -> Vec<u32> {
    include_str!(concat!(env!("OUT_DIR"), "/data/pos/aux.txt"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| WordHashes::new(l).lower)
        .collect()
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self, section: &'static str) -> Result<u8, ModelError> {
        let v = *self
            .b
            .get(self.at)
            .ok_or(ModelError::Truncated { section })?;
        self.at += 1;
        Ok(v)
    }

    fn varint(&mut self, section: &'static str) -> Result<u32, ModelError> {
        Ok(self.varint64(section)? as u32)
    }

    fn varint64(&mut self, section: &'static str) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte(section)?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::Truncated { section })
    }

    /// `n` keys stored as varint deltas from the previous key.
    fn keys(&mut self, n: usize, section: &'static str) -> Result<Vec<u32>, ModelError> {
        let mut keys = Vec::with_capacity(n.min(self.b.len()));
        let mut prev = 0u32;
        for _ in 0..n {
            prev = prev.wrapping_add(self.varint(section)?);
            keys.push(prev);
        }
        Ok(keys)
    }
}

impl Tagger {
    /// Read a model in the `pos.bin` format:
    /// `"APOS3"`, the number of key bits (one byte, 8..=32), the bit set of
    /// templates in use (varint, up to 64 bits), the value of each weight code 0..=127 (128 varints; a code's
    /// sign is the weight's), dictionary size (varint), its keys (cased word hashes, varint
    /// deltas, ascending), one tag byte each; feature count (varint), feature
    /// hashes (varint deltas, ascending), a 3-byte little-endian mask of the
    /// non-zero tags per feature, then the non-zero `i8` weights in order.
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, ModelError> {
        if b.get(..MAGIC.len()) != Some(&MAGIC[..]) {
            return Err(ModelError::BadMagic);
        }
        let mut r = Reader { b, at: MAGIC.len() };
        let bits = u32::from(r.byte("key bits")?).clamp(8, 32);
        let key_mask = if bits == 32 {
            u32::MAX
        } else {
            (1 << bits) - 1
        };
        let templates = r.varint64("templates")?;
        let mut levels = Vec::with_capacity(128);
        for _ in 0..128 {
            levels.push(r.varint("levels")?.min(i16::MAX as u32) as i16);
        }
        let n_dict = r.varint("dictionary size")? as usize;
        let dict_keys = r.keys(n_dict, "dictionary keys")?;
        let mut dict_tags = Vec::with_capacity(n_dict);
        for _ in 0..n_dict {
            let t = r.byte("dictionary tags")?;
            dict_tags.push(t.min(N_TAGS as u8 - 1));
        }
        let n_feat = r.varint("feature count")? as usize;
        let keys = r.keys(n_feat, "feature keys")?;
        let mut masks = Vec::with_capacity(n_feat);
        for _ in 0..n_feat {
            let m = u32::from(r.byte("masks")?)
                | u32::from(r.byte("masks")?) << 8
                | u32::from(r.byte("masks")?) << 16;
            masks.push(m);
        }
        // Bits for tags past the last are not read (no weight byte is stored for them).
        let masks: Vec<u32> = masks.iter().map(|m| m & ((1 << N_TAGS) - 1)).collect();
        let n_values = masks.iter().map(|m| m.count_ones() as usize).sum::<usize>();
        let mut rows = Vec::with_capacity(n_feat);
        let mut values = Vec::with_capacity(n_values.min(b.len()));
        for m in masks {
            rows.push((m, values.len() as u32));
            for t in 0..N_TAGS {
                if m & (1 << t) != 0 {
                    let code = r.byte("weights")? as i8;
                    let v = levels[usize::from(code.unsigned_abs()).min(127)];
                    values.push(if code < 0 { -v } else { v });
                }
            }
        }
        let mut t = Tagger {
            key_mask,
            templates,
            features: FeatureIndex::new(&keys, bits),
            rows,
            values,
            dict: Table::new(&dict_keys),
            dict_tags,
            aux: Table::new(&aux_words()),
            by_tags: TagScores::default(),
        };
        t.by_tags = t.tag_scores();
        Ok(t)
    }

    /// Score the tag-only features of every tag pair (see [`TagScores`]).
    fn tag_scores(&self) -> TagScores {
        let w = WordHashes::default();
        let (mut dy, mut rt) = ([0u32; N_DYNAMIC], [0u32; N_RIGHT]);
        let mut ts = TagScores::default();
        for a in 0..TAG_VALUES {
            for b in 0..TAG_VALUES {
                tag_features(&w, b, a, &mut dy);
                let mut s = [0i32; N_TAGS];
                for k in DYNAMIC_BY_TAGS {
                    self.add_template(&mut s, N_STATIC + k, dy[k]);
                }
                ts.prev.push(s);
                right_features(&w, 0, a, b, &mut rt);
                let mut s = [0i32; N_TAGS];
                for k in RIGHT_BY_NEXT {
                    self.add_template(&mut s, FIRST_RIGHT + k, rt[k]);
                }
                ts.next.push(s);
                right_features(&w, a, b, 0, &mut rt);
                let mut s = [0i32; N_TAGS];
                for k in RIGHT_BY_PREV_NEXT {
                    self.add_template(&mut s, FIRST_RIGHT + k, rt[k]);
                }
                ts.prev_next.push(s);
            }
        }
        ts
    }

    /// Add feature `f`'s weights to `scores` when the model uses template `k`.
    #[inline]
    pub(super) fn add_template(&self, scores: &mut [i32; N_TAGS], k: usize, f: u32) {
        if self.templates >> k & 1 != 0 {
            self.add(scores, f & self.key_mask);
        }
    }

    /// The compiled-in model (`data/models/pos.bin`, stored packed: `engine::packed`).
    pub fn builtin() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| {
            Tagger::from_bytes(&crate::engine::packed::model(include_bytes!(concat!(
                env!("OUT_DIR"),
                "/pos.bin.packed"
            ))))
            .unwrap_or_default()
        })
    }

    /// Number of weighted features and dictionary words (for reports).
    pub fn size(&self) -> (usize, usize) {
        (self.rows.len(), self.dict_tags.len())
    }

    /// Add feature `f`'s weights to `scores` (its non-zero ones: integer sums, so the same
    /// scores as adding the whole row).
    #[inline]
    pub(super) fn add(&self, scores: &mut [i32; N_TAGS], f: u32) {
        if let Some(&(mut tags, at)) = self.features.get(f).and_then(|r| self.rows.get(r)) {
            let mut weights = self.values.get(at as usize..).unwrap_or_default().iter();
            while tags != 0 {
                if let (Some(s), Some(&w)) = (
                    scores.get_mut(tags.trailing_zeros() as usize),
                    weights.next(),
                ) {
                    *s += i32::from(w);
                }
                tags &= tags - 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_model_bytes_are_errors_not_panics() {
        assert_eq!(
            Tagger::from_bytes(b"nope").unwrap_err(),
            ModelError::BadMagic
        );
        let mut b = MAGIC.to_vec();
        b.push(5);
        assert!(matches!(
            Tagger::from_bytes(&b),
            Err(ModelError::Truncated { .. })
        ));
    }

    #[test]
    fn builtin_model_loads() {
        let (features, dict) = Tagger::builtin().size();
        assert!(features > 1000, "{features} features");
        assert!(dict > 100, "{dict} dictionary words");
    }

    #[test]
    fn the_ranked_feature_index_answers_as_the_hashed_table() {
        // Keys cut to 12 bits, ascending with repeats (the first row wins), plus keys wider
        // than the cut (never looked up): every possible key gets the same answer both ways,
        // and again with the keys in descending order.
        let mut keys: Vec<u32> = (0u32..900)
            .map(|i| i.wrapping_mul(2_654_435_761) >> 20)
            .collect();
        let repeats = keys[..40].to_vec();
        keys.extend(repeats);
        keys.sort_unstable();
        keys.extend([5000, 1 << 20]);
        let descending: Vec<u32> = keys.iter().rev().copied().collect();
        for keys in [&keys, &descending] {
            let ranked = FeatureIndex::new(keys, 12);
            assert!(matches!(ranked, FeatureIndex::Ranked { .. }));
            let hashed = Table::new(keys);
            for k in 0..1u32 << 12 {
                assert_eq!(ranked.get(k), hashed.get(k), "key {k}");
            }
        }
        assert!(
            keys.windows(2).any(|w| w[0] == w[1]),
            "the test has a repeated key"
        );
        assert!(matches!(
            FeatureIndex::new(&keys, 24),
            FeatureIndex::Hashed(_)
        ));
    }

    #[test]
    fn the_aux_list_holds_auxiliaries_and_their_clitics_only() {
        let aux = Table::new(&aux_words());
        for w in ["would", "Was", "'s", "’ll", "ca", "wo"] {
            assert!(aux.get(WordHashes::new(w).lower).is_some(), "{w}");
        }
        for w in ["visit", "Beijing", "said", "to"] {
            assert!(aux.get(WordHashes::new(w).lower).is_none(), "{w}");
        }
    }
}
