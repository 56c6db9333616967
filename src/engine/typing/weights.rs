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

/// Weights per row: the [`TAGS`] weights padded with zeros to a width the compiler adds as a
/// few vector operations.
pub(super) const LANES: usize = 12;

/// A feature hash's low bits kept per feature; its other (top) bits pick its bucket.
const LOW_BITS: u32 = 8;

/// Buckets: one per value of a hash's top `KEY_BITS - LOW_BITS` bits.
const BUCKETS: usize = 1 << (KEY_BITS - LOW_BITS);

/// Trained weights: for each feature hash, one weight per tag.
///
/// The features grouped into buckets by their hash's top bits, a byte of the hash and a row of
/// weights each (issue 16.6: the open-addressing table of 16-byte slots it replaced, at most
/// half full, with a 32 KB filter, took 1.1 MB for 24,000 features; this takes about 0.4). A look-up reads the bucket's bounds (an empty
/// bucket answers most absent features), then compares a byte per feature of the bucket,
/// about one and a half.
#[derive(Debug)]
pub struct Tagger {
    /// `starts[b]..starts[b + 1]`: the features of bucket `b`. A fixed size (every bucket of a
    /// [`KEY_BITS`]-bit hash and its end), so a look-up reads both bounds unchecked.
    starts: Box<[u32; BUCKETS + 1]>,
    /// Each feature's hash (low [`LOW_BITS`] bits) beside its weights: a look-up checks the
    /// bucket's bounds once and reads the row of the byte it finds.
    features: Vec<Feature>,
    /// The weights of the features whose hashes take few values, by value index (made on
    /// first use by the tagger from the features' hashes: `super::tagger`).
    small: OnceLock<Vec<[i8; LANES]>>,
}

/// One feature of a [`Tagger`]: its hash's low [`LOW_BITS`] bits and its weights (then zeros
/// up to [`LANES`]); 13 bytes, as the two lists it replaced.
#[derive(Debug, Clone, Copy)]
struct Feature {
    low: u8,
    row: [i8; LANES],
}

impl Default for Tagger {
    /// No features: every [`Tagger::row`] is `None`.
    fn default() -> Tagger {
        Tagger {
            starts: Box::new([0; BUCKETS + 1]),
            features: Vec::new(),
            small: OnceLock::new(),
        }
    }
}

/// Errors reading a weight file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("not a name tagger weight file (bad magic or version)")]
    BadMagic,
    #[error("weight file truncated: expected {expected} bytes, got {got}")]
    Truncated { expected: usize, got: usize },
    #[error("weight file hashes not strictly ascending from 1 below 2^22")]
    Unordered,
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
        let mut starts = Box::new([0u32; BUCKETS + 1]);
        let mut features = Vec::with_capacity(n);
        let mut acc = 0u32;
        for k in 0..n {
            let o = 12 + k * 4;
            let d = u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
            // Strictly ascending, non-zero and below 2^KEY_BITS: the features then come in
            // bucket order, and each hash once.
            acc = match acc.checked_add(d) {
                Some(h) if d != 0 && h < 1 << KEY_BITS => h,
                _ => return Err(ModelError::Unordered),
            };
            starts[(acc >> LOW_BITS) as usize + 1] += 1;
            let mut row = [0i8; LANES];
            for (t, v) in row.iter_mut().take(TAGS).enumerate() {
                *v = b[12 + n * 4 + k * TAGS + t] as i8;
            }
            features.push(Feature {
                low: acc as u8,
                row,
            });
        }
        for b in 0..BUCKETS {
            starts[b + 1] += starts[b];
        }
        Ok(Tagger {
            starts,
            features,
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
        self.features.len()
    }

    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
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
        // Feature hashes have KEY_BITS bits (then the bucket and its end index `starts`
        // unchecked: the tagger's hashes are masked, so this test is compiled away).
        if f >> KEY_BITS != 0 {
            return None;
        }
        let b = (f >> LOW_BITS) as usize;
        let (start, end) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        let low = f as u8;
        self.features
            .get(start..end)?
            .iter()
            .find(|x| x.low == low)
            .map(|x| &x.row)
    }
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

    /// Hashes out of order, given twice, zero or wider than the features' are refused: the
    /// table reads the file's rows in order, as its buckets hold them.
    #[test]
    fn hashes_out_of_order_repeated_or_out_of_range_are_refused() {
        let row = |h: u32| (h, [1i8; TAGS]);
        for rows in [
            vec![row(300), row(5)],
            vec![row(5), row(5)],
            vec![row(0), row(5)],
            vec![row(5), row(1 << KEY_BITS)],
        ] {
            let b = Tagger::to_bytes(&rows);
            assert_eq!(Tagger::from_bytes(&b).unwrap_err(), ModelError::Unordered);
        }
        // Two hashes with the same low byte in different buckets, two in one bucket.
        let rows = [(5, [1; TAGS]), (261, [2; TAGS]), (300, [3; TAGS])];
        let t = Tagger::from_bytes(&Tagger::to_bytes(&rows)).unwrap();
        let at = |f: u32| t.row(f).map(|w| w[0]);
        assert_eq!(
            [at(5), at(261), at(300), at(44), at(1 << KEY_BITS)],
            [Some(1), Some(2), Some(3), None, None]
        );
    }

    #[test]
    fn the_shipped_weights_load_and_their_hashes_have_the_extractors_width() {
        let t = tagger();
        assert!(!t.is_empty());
        // Weights written with wider hashes than the features have would never be read.
        let bytes = crate::engine::packed::model(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/ner.bin.packed"
        )));
        let n = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize;
        assert_eq!(t.len(), n, "every feature of the file held once");
        let mut acc = 0u32;
        for k in 0..n {
            let o = 12 + k * 4;
            let d = u32::from_le_bytes([bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]]);
            assert!(k == 0 || d > 0, "hashes ascending");
            acc += d;
            assert!(acc > 0 && acc < 1 << KEY_BITS);
            let w = t.row(acc).expect("held");
            let file = &bytes[12 + n * 4 + k * TAGS..][..TAGS];
            assert!(w[..TAGS].iter().zip(file).all(|(&w, &x)| w == x as i8));
            assert!(w[TAGS..].iter().all(|&w| w == 0));
        }
        assert!(t.row(acc + 1).is_none() && t.row(1 << KEY_BITS).is_none());
    }
}
