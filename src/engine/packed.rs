//! Compiled-in model files stored for a smaller download: byte planes.
//!
//! The weights files (`data/models/ner.bin`, `pos.bin`) hold tables of sorted
//! hash keys (deltas, 4-byte or varint) and 3-byte masks. Interleaved, their
//! bytes are nearly random to gzip; stored as *planes* (all first bytes, then all
//! second bytes, ...) the high bytes, mostly zero or small, compress well: the
//! app (wasm, gzip -9) is about 12 KB smaller. `build.rs` packs each file with
//! [`pack`] (checking that [`unpack`] gives back the same bytes, else it stores
//! the file whole), and the loaders read [`unpack`]'s output, byte for byte the
//! committed file. The files themselves, their format and the trainers are
//! unchanged.
//!
//! Packed form: a sequence of sections, each a tag byte and a count (u32 LE):
//! - `0`: `count` bytes copied as they are;
//! - `1 W M`: `count` items of `W` bytes each, stored as `W` planes of `count` bytes;
//! - `2 M`: `count` LEB128 varints (at most 32 bits, minimally encoded), stored as
//!   4 planes of their little-endian u32 values.
//!
//! `M` (`ceil(planes / 8)` bytes) has bit `p % 8` of byte `p / 8` set for each plane `p` that
//! is stored; a plane that is all zeros is left out (the high bytes of `pos.bin`'s key deltas,
//! 84,000 bytes, and of `ner.bin`'s keys, 15,000): the coder after the packing
//! (`engine::stored`) would spend as much time on each zero byte as on any other at the first
//! analysis, for almost no stored bytes.
//!
//! This file is also compiled into `build.rs` (`#[path]`), so the writer and the
//! reader cannot drift apart.
//!
//! Architecture invariant: packing is a pure storage transform; what a loader
//! sees is the committed file.

/// One stretch of a file and how to store it (built by `build.rs` and the tests).
#[allow(dead_code)] // built by build.rs and the tests only
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Bytes stored as they are.
    Raw(usize),
    /// `count` items of `width` bytes, stored as planes.
    Planes {
        /// Bytes per item (1..=255).
        width: usize,
        /// Number of items.
        count: usize,
    },
    /// `count` LEB128 varints (u32), stored as 4 planes.
    Varints(usize),
}

/// The varint at `b[at..]`: (value, bytes read), if it is a minimally encoded u32.
pub fn varint(b: &[u8], at: usize) -> Option<(u32, usize)> {
    let mut v = 0u64;
    for i in 0..5 {
        let x = *b.get(at + i)?;
        v |= u64::from(x & 0x7f) << (7 * i);
        if x & 0x80 == 0 {
            // Minimal: no trailing zero group (except the value 0 itself).
            if i > 0 && x == 0 {
                return None;
            }
            return u32::try_from(v).ok().map(|v| (v, i + 1));
        }
    }
    None
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn header(out: &mut Vec<u8>, tag: u8, count: usize) -> Option<()> {
    out.push(tag);
    out.extend_from_slice(&u32::try_from(count).ok()?.to_le_bytes());
    Some(())
}

/// Writes the mask of stored planes (`M` in the module docs), then the planes that are not
/// all zeros.
fn put_planes(out: &mut Vec<u8>, planes: &[Vec<u8>]) {
    let mut mask = vec![0u8; planes.len().div_ceil(8)];
    for (p, plane) in planes.iter().enumerate() {
        if plane.iter().any(|&b| b != 0) {
            mask[p / 8] |= 1 << (p % 8);
        }
    }
    out.extend_from_slice(&mask);
    for (p, plane) in planes.iter().enumerate() {
        if mask[p / 8] & (1 << (p % 8)) != 0 {
            out.extend_from_slice(plane);
        }
    }
}

/// Reads what [`put_planes`] wrote for `width` planes of `count` bytes at `packed[*at..]`:
/// each plane, `None` for one of zeros; `None` overall if `packed` is too short.
fn get_planes<'a>(
    packed: &'a [u8],
    at: &mut usize,
    width: usize,
    count: usize,
) -> Option<Vec<Option<&'a [u8]>>> {
    let mask = packed.get(*at..*at + width.div_ceil(8))?;
    *at += mask.len();
    let mut planes = Vec::with_capacity(width);
    for p in 0..width {
        if mask[p / 8] & (1 << (p % 8)) != 0 {
            planes.push(Some(packed.get(*at..*at + count)?));
            *at += count;
        } else {
            planes.push(None);
        }
    }
    Some(planes)
}

/// Packs `data` laid out as `sections` (which must cover it exactly). `None`
/// when they do not describe it (a length or a varint does not fit).
#[allow(dead_code)] // used by build.rs and the tests
pub fn pack(data: &[u8], sections: &[Section]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() + 16);
    let mut at = 0;
    for s in sections {
        match *s {
            Section::Raw(n) => {
                header(&mut out, 0, n)?;
                out.extend_from_slice(data.get(at..at + n)?);
                at += n;
            }
            Section::Planes { width, count } => {
                header(&mut out, 1, count)?;
                out.push(u8::try_from(width).ok().filter(|&w| w > 0)?);
                let items = data.get(at..at + width * count)?;
                let planes: Vec<Vec<u8>> = (0..width)
                    .map(|p| items.iter().skip(p).step_by(width).copied().collect())
                    .collect();
                put_planes(&mut out, &planes);
                at += width * count;
            }
            Section::Varints(count) => {
                header(&mut out, 2, count)?;
                let mut values = Vec::with_capacity(count);
                for _ in 0..count {
                    let (v, len) = varint(data, at)?;
                    values.push(v);
                    at += len;
                }
                let planes: Vec<Vec<u8>> = (0..4)
                    .map(|p| values.iter().map(|v| (v >> (8 * p)) as u8).collect())
                    .collect();
                put_planes(&mut out, &planes);
            }
        }
    }
    (at == data.len()).then_some(out)
}

/// The file [`pack`] was given, or `None` for bytes it did not write.
#[allow(dead_code)] // the crate calls it through `model`
pub fn unpack(packed: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(packed.len() + packed.len() / 8);
    let mut at = 0;
    while at < packed.len() {
        let tag = packed[at];
        let count = u32::from_le_bytes(packed.get(at + 1..at + 5)?.try_into().ok()?) as usize;
        at += 5;
        match tag {
            0 => {
                out.extend_from_slice(packed.get(at..at + count)?);
                at += count;
            }
            1 => {
                let width = usize::from(*packed.get(at)?);
                at += 1;
                let planes = get_planes(packed, &mut at, width, count)?;
                for i in 0..count {
                    out.extend(planes.iter().map(|p| p.map_or(0, |p| p[i])));
                }
            }
            2 => {
                let planes = get_planes(packed, &mut at, 4, count)?;
                for i in 0..count {
                    let v = planes.iter().enumerate().fold(0u32, |v, (k, p)| {
                        v | u32::from(p.map_or(0, |p| p[i])) << (8 * k)
                    });
                    put_varint(&mut out, v);
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

/// The lengths of the stretches of a packed file, in order, for the coder after the packing
/// (`super::rans`: one distribution per stretch): each run of section headers and raw bytes
/// stored beside them is one stretch, each raw section's bytes and each stored plane another.
/// One stretch of all of `packed` if it is not what [`pack`] writes.
#[allow(dead_code)] // used by build.rs and the tests
pub fn pieces(packed: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let (mut at, mut from) = (0, 0);
    let cut = |out: &mut Vec<usize>, from: &mut usize, to: usize| {
        if to > *from {
            out.push(to - *from);
            *from = to;
        }
    };
    while at < packed.len() {
        let Some(count) = packed.get(at + 1..at + 5) else {
            return vec![packed.len()];
        };
        let count = u32::from_le_bytes([count[0], count[1], count[2], count[3]]) as usize;
        let tag = packed[at];
        at += 5;
        if tag == 0 {
            cut(&mut out, &mut from, at);
            at += count;
            cut(&mut out, &mut from, at.min(packed.len()));
            continue;
        }
        let width = match tag {
            1 => {
                at += 1;
                packed.get(at - 1).map_or(0, |&w| usize::from(w))
            }
            2 => 4,
            _ => return vec![packed.len()],
        };
        let Some(mask) = packed.get(at..at + width.div_ceil(8)) else {
            return vec![packed.len()];
        };
        at += mask.len();
        for p in 0..width {
            if mask[p / 8] & (1 << (p % 8)) != 0 {
                cut(&mut out, &mut from, at);
                at += count;
                cut(&mut out, &mut from, at.min(packed.len()));
            }
        }
    }
    if at != packed.len() {
        return vec![packed.len()];
    }
    out
}

/// A compiled-in model file (`$OUT_DIR/*.packed`: packed, then coded by [`super::stored`])
/// as the committed bytes; empty
/// (which the loaders refuse, falling back to no model) only if `build.rs` and
/// this module disagreed, which the tests rule out.
pub(crate) fn model(stored: &[u8]) -> Vec<u8> {
    super::stored::decode(stored)
        .and_then(|packed| unpack(&packed))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_section_kind() {
        let mut data = b"HEAD".to_vec();
        for k in 0u32..50 {
            data.extend_from_slice(&(k * 40_503).to_le_bytes());
        }
        let mut varints = Vec::new();
        for v in [0u32, 1, 127, 128, 300, 16_383, 16_384, 1 << 21, u32::MAX] {
            put_varint(&mut varints, v);
        }
        data.extend_from_slice(&varints);
        data.extend_from_slice(b"abcabc-tail");
        let sections = [
            Section::Raw(4),
            Section::Planes {
                width: 4,
                count: 50,
            },
            Section::Varints(9),
            Section::Planes { width: 3, count: 2 },
            Section::Raw(5),
        ];
        let packed = pack(&data, &sections).expect("sections cover the data");
        assert_ne!(packed, data);
        assert_eq!(unpack(&packed), Some(data.clone()));
        // Stretches: header, "HEAD", header + width + mask, three planes of 50, header + mask,
        // four planes of 9, header + width + mask, three planes of 2, header, "-tail".
        assert_eq!(
            pieces(&packed),
            [5, 4, 7, 50, 50, 50, 6, 9, 9, 9, 9, 7, 2, 2, 2, 5, 5]
        );
        assert_eq!(pieces(&packed[..30]), [30], "not what pack writes");
        // The 4-byte items are below 2^21: their last plane is all zeros and not stored.
        // Five headers (25), "HEAD" (4), the items (width, mask, 3 planes of 50), the varints
        // (mask, 4 planes of 9), "abcabc" (width, mask, 3 planes of 2), "-tail" (5).
        assert_eq!(packed.len(), 25 + 4 + (2 + 150) + (1 + 36) + (2 + 6) + 5);
        // Sections that do not cover the data exactly are refused.
        assert_eq!(pack(&data, &sections[..4]), None);
        assert_eq!(pack(&data, &[Section::Raw(data.len() + 1)]), None);
    }

    #[test]
    fn refuses_non_minimal_varints_and_damaged_input() {
        // 0x80 0x00 is 0 written in two bytes: unpacking would give one byte back.
        assert_eq!(pack(&[0x80, 0x00], &[Section::Varints(1)]), None);
        assert_eq!(unpack(&[9, 0, 0, 0, 0]), None);
        assert_eq!(unpack(&[0, 5, 0, 0, 0, 1]), None);
    }

    #[test]
    fn the_compiled_in_models_unpack_to_the_committed_files() {
        let ner = include_bytes!(concat!(env!("OUT_DIR"), "/ner.bin.packed"));
        let pos = include_bytes!(concat!(env!("OUT_DIR"), "/pos.bin.packed"));
        assert_eq!(model(ner), include_bytes!("../../data/models/ner.bin"));
        assert_eq!(model(pos), include_bytes!("../../data/models/pos.bin"));
        let (ner, pos) = (
            super::super::stored::decode(ner),
            super::super::stored::decode(pos),
        );
        // Both were stored with planes, not whole (the point of packing), and the planes of
        // zeros left out: the high byte of every ner key, three of pos's four key planes.
        let (ner, pos) = (ner.expect("coded"), pos.expect("coded"));
        assert_eq!(tags(&ner), [0, 1, 0]);
        assert_eq!(tags(&pos), [0, 2, 1, 0]);
        let ner_file = include_bytes!("../../data/models/ner.bin");
        let pos_file = include_bytes!("../../data/models/pos.bin");
        // ner: `n` 4-byte keys (n at bytes 8..12), of which one plane is not stored.
        let n_ner = u32::from_le_bytes(ner_file[8..12].try_into().unwrap()) as usize;
        assert!(ner.len() < ner_file.len() - n_ner + 40, "{}", ner.len());
        // pos: its key deltas are below 256 (one or two varint bytes each): only the low plane
        // of the four is stored, so the packed form is no longer than the file but for its
        // headers (with all four planes: 3 × n bytes longer).
        assert!(pos.len() < pos_file.len() + 40, "{}", pos.len());
    }

    /// The section tags of a packed file.
    fn tags(packed: &[u8]) -> Vec<u8> {
        let (mut at, mut out) = (0, Vec::new());
        while at < packed.len() {
            let tag = packed[at];
            let count = u32::from_le_bytes(packed[at + 1..at + 5].try_into().unwrap()) as usize;
            out.push(tag);
            at += 5;
            match tag {
                0 => at += count,
                _ => {
                    let width = if tag == 1 {
                        at += 1;
                        usize::from(packed[at - 1])
                    } else {
                        4
                    };
                    get_planes(packed, &mut at, width, count).expect("planes fit");
                }
            }
        }
        out
    }
}
