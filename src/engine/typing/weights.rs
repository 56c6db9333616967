//! The name tagger's weight table: reading and writing `data/models/ner.bin`, and looking
//! a feature's weights up.
//!
//! Input: the bytes of a weight file (format in [`Tagger::from_bytes`]). Output: a [`Tagger`]
//! whose [`Tagger::row`] gives the [`TAGS`] weights of a feature hash, or `None` for a feature
//! the model does not hold. The features are in `super::extract`, the tagging in `super::tagger`.

use std::sync::OnceLock;

/// Number of tags: O, then B- and I- of each class of `super::tags::Class`.
pub const TAGS: usize = 9;

/// Feature hashes have this many bits (`super::extract` masks them; training hashes the same way,
/// so features that share a hash share their weights). With 22 bits instead of 32 the ascending
/// hashes of the weight file differ by about 170, not about 180,000, and the packed model is 30 KB
/// smaller at 24,000 features (session 9, `data/models/SOURCES.md`: pooled F1 of the open dev
/// sets unchanged, wikigold about 0.4 lower from the shared hashes).
pub const KEY_BITS: u32 = 22;

/// Weights per slot: the [`TAGS`] weights padded with zeros to a width the compiler adds as a
/// few vector operations (the slot stays 16 bytes).
pub(super) const LANES: usize = 12;

/// One feature of the weight table: its hash and one weight per tag (then zeros).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    w: [i8; LANES],
}

/// Trained weights: for each feature hash, one weight per tag.
#[derive(Debug)]
pub struct Tagger {
    /// Open-addressing table (linear probing, power-of-two size, at most half full): each
    /// slot holds a feature hash (0 = empty) and its weights, so a lookup reads one cache line.
    slots: Vec<Slot>,
    /// `slots.len() - 1`.
    mask: usize,
    /// Features held.
    n: usize,
    /// One bit per value of a feature hash's top `FILTER_BITS` bits, set for the features
    /// held: most features of a token are absent, and this 32 KB filter answers for them
    /// without touching the table. A fixed-size array: the index of `filter_bit` is in range
    /// by construction, with no bounds check per feature.
    filter: Box<[u64; FILTER_WORDS]>,
    /// The weights of the features whose hashes take few values, by value index (made on
    /// first use by the tagger from the features' hashes: `super::tagger`).
    small: OnceLock<Vec<[i8; LANES]>>,
}

const FILTER_BITS: u32 = 18;
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

impl Default for Tagger {
    /// No features: every [`Tagger::row`] is `None`.
    fn default() -> Tagger {
        Tagger {
            slots: Vec::new(),
            mask: 0,
            n: 0,
            filter: Box::new([0; FILTER_WORDS]),
            small: OnceLock::new(),
        }
    }
}

fn filter_bit(f: u32) -> (usize, u64) {
    let b = (f.wrapping_mul(0x2545_f491) >> (32 - FILTER_BITS)) as usize;
    (b / 64, 1u64 << (b % 64))
}

/// Errors reading a weight file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a name tagger weight file (bad magic or version)")]
    BadMagic,
    #[error("weight file truncated: expected {expected} bytes, got {got}")]
    Truncated { expected: usize, got: usize },
}

const MAGIC: &[u8; 8] = b"ANNER\x00\x02\x09";

impl Tagger {
    /// Reads a weight file: the 8-byte magic `ANNER\0\2\x09` (version 2, 9 tags), a
    /// little-endian u32 count `n`, then `n` feature hashes (u32 little-endian, ascending, below
    /// 2^[`KEY_BITS`],
    /// each stored as the difference to the one before), then `n × 9` weights (i8, one row
    /// per feature, in tag order).
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, ModelError> {
        if b.len() < 12 || &b[..8] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let n = u32::from_le_bytes([b[8], b[9], b[10], b[11]]) as usize;
        let expected = 12 + n * 4 + n * TAGS;
        if b.len() != expected {
            return Err(ModelError::Truncated {
                expected,
                got: b.len(),
            });
        }
        let size = (n * 2).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![Slot::default(); size];
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        let mut acc = 0u32;
        let base = 12 + n * 4;
        for k in 0..n {
            let o = 12 + k * 4;
            acc = acc.wrapping_add(u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]));
            if acc == 0 {
                continue; // never produced by `h`
            }
            let mut slot = slot_of(acc, mask);
            while slots[slot].key != 0 && slots[slot].key != acc {
                slot = (slot + 1) & mask;
            }
            let mut w = [0i8; LANES];
            for (t, v) in w.iter_mut().take(TAGS).enumerate() {
                *v = b[base + k * TAGS + t] as i8;
            }
            slots[slot] = Slot { key: acc, w };
            let (word, bit) = filter_bit(acc);
            filter[word] |= bit;
        }
        Ok(Tagger {
            slots,
            mask,
            n,
            filter,
            small: OnceLock::new(),
        })
    }

    /// Writes the format [`Tagger::from_bytes`] reads. `rows` must be sorted by hash.
    pub fn to_bytes(rows: &[(u32, [i8; TAGS])]) -> Vec<u8> {
        let mut out = Vec::with_capacity(12 + rows.len() * (4 + TAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (hsh, _) in rows {
            out.extend_from_slice(&hsh.wrapping_sub(prev).to_le_bytes());
            prev = *hsh;
        }
        for (_, w) in rows {
            out.extend(w.iter().map(|&v| v as u8));
        }
        out
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// The rows of `hashes` ([`Tagger::row`], zeros where the model lacks the feature), made
    /// on the first call and kept: later calls return the same table whatever they pass.
    pub(super) fn rows_of(&self, hashes: impl FnOnce() -> Vec<u32>) -> &[[i8; LANES]] {
        self.small.get_or_init(|| {
            hashes()
                .into_iter()
                .map(|f| self.row(f).copied().unwrap_or([0; LANES]))
                .collect()
        })
    }

    /// The weights of feature `f` (then zeros up to [`LANES`]), `None` when the model lacks it.
    pub(super) fn row(&self, f: u32) -> Option<&[i8; LANES]> {
        let (word, bit) = filter_bit(f);
        if self.filter[word] & bit == 0 {
            return None;
        }
        let mut slot = slot_of(f, self.mask);
        loop {
            let s = &self.slots[slot];
            if s.key == f {
                return Some(&s.w);
            }
            if s.key == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }
}

fn slot_of(f: u32, mask: usize) -> usize {
    (f.wrapping_mul(0x9e37_79b1) >> 7) as usize & mask
}

/// The weights compiled into the engine (`data/models/ner.bin`, stored packed: `engine::packed`).
pub fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(|| {
        Tagger::from_bytes(&crate::engine::packed::model(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/ner.bin.packed"
        ))))
        .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weight_files_round_trip_and_bad_ones_are_refused() {
        let rows = vec![(3u32, [1i8; TAGS]), (70_000u32, [-2i8; TAGS])];
        let b = Tagger::to_bytes(&rows);
        let t = Tagger::from_bytes(&b).unwrap();
        assert_eq!(t.len(), 2);
        let mut s = [0i32; TAGS];
        for f in [70_000, 3, 5] {
            for (s, w) in s.iter_mut().zip(t.row(f).into_iter().flatten()) {
                *s += i32::from(*w);
            }
        }
        assert_eq!(s, [-1; TAGS]);
        assert!(t.row(5).is_none());
        assert!(matches!(
            Tagger::from_bytes(b"nope"),
            Err(ModelError::BadMagic)
        ));
        assert!(matches!(
            Tagger::from_bytes(&b[..b.len() - 1]),
            Err(ModelError::Truncated { .. })
        ));
    }

    #[test]
    fn the_shipped_weights_load_and_their_hashes_have_the_extractors_width() {
        let t = tagger();
        assert!(!t.is_empty());
        // Weights written with wider hashes than the features have would never be read.
        let held: Vec<u32> = t.slots.iter().map(|s| s.key).filter(|&k| k != 0).collect();
        assert_eq!(held.len(), t.len());
        assert!(held.iter().all(|&k| k < 1 << KEY_BITS));
    }
}
