//! The lexicon's key → [`Entry`] table, stored compactly and queried in place (issue 16.6).
//!
//! A `HashMap<Box<str>, Entry>` of the ~40k lexicon keys took about 4.4 MB natively: 48-byte
//! slots at most 7/8 full, and one heap block per key. Here the keys are one byte block
//! (`keys`, with `ends[i]` the end of key `i`), each key names one of the few distinct entries
//! (`entry_of`, `entries`: most keys are just a given name, a surname or a city of one
//! country), and an open-addressing table (`slots`, linear probing, at most 3/4 full) holds
//! for each key its number and a part of its hash, so a probe compares text only when the
//! hash parts agree. About 1.2 MB, and no allocation per key while the lexicons are parsed.
//!
//! Architecture invariant: the table only grows while [`Table::entry_mut`] is called (the
//! lexicon's build), then [`Table::finish`] dedupes the entries once; after that it is read
//! only ([`Table::get`]). Look-up results do not depend on insertion order.

use super::{Entry, KeyHasher};
use std::collections::HashMap;
use std::hash::Hasher;

/// Keys, their entries and the hash index over them.
#[derive(Debug, Default)]
pub(super) struct Table {
    /// Every key's bytes, one after another.
    keys: Vec<u8>,
    /// End of key `i` in `keys` (its start is the end of key `i - 1`, or 0).
    ends: Vec<u32>,
    /// After [`Table::finish`], the index into `entries` of key `i`'s entry (empty while
    /// building, when key `i`'s entry is `entries[i]`). Two bytes: the shipped lexicons have a
    /// few thousand distinct entries (a test checks they fit).
    entry_of: Vec<u16>,
    /// While building, one entry per key; after [`Table::finish`], the distinct entries.
    entries: Vec<Entry>,
    /// Open addressing over 2^`bits` slots: 0 is empty, else the low `bits` bits are key
    /// number + 1 (less than the number of slots, which is at least 4/3 of the keys) and the
    /// rest are bits of the key's hash ([`Table::tag`]).
    slots: Vec<u32>,
    /// log2 of the number of slots.
    bits: u32,
}

/// The key's hash: [`KeyHasher`], 64 bits on every target (the same table natively and in
/// wasm).
#[inline]
fn hash(key: &[u8]) -> u64 {
    let mut h = KeyHasher::default();
    h.write(key);
    h.finish()
}

impl Table {
    /// Slot where the probe for hash `h` starts: its top bits (the multiplicative hash mixes
    /// best into the high bits).
    #[inline]
    fn home(&self, h: u64) -> usize {
        (h >> (64 - self.bits)) as usize
    }

    /// The hash's part kept in a slot, above the key number: bits the slot index does not use.
    #[inline]
    fn tag(&self, h: u64) -> u32 {
        ((h as u32) >> self.bits) << self.bits
    }

    /// Slot content for key number `i` with hash `h`.
    #[inline]
    fn slot(&self, i: usize, h: u64) -> u32 {
        self.tag(h) | (i as u32 + 1)
    }

    fn key(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.keys[start..self.ends[i] as usize]
    }

    /// The number of `key`, if present, or the empty slot where it would go.
    fn find(&self, key: &[u8], h: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let want = self.tag(h);
        let mut s = self.home(h);
        loop {
            let slot = self.slots[s];
            if slot == 0 {
                return Err(s);
            }
            if slot & !(mask as u32) == want {
                let i = ((slot & mask as u32) - 1) as usize;
                if self.key(i) == key {
                    return Ok(i);
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// An empty table with room for `keys` keys of `bytes` bytes in all before it grows.
    pub(super) fn with_capacity(keys: usize, bytes: usize) -> Table {
        let mut t = Table {
            keys: Vec::with_capacity(bytes),
            ends: Vec::with_capacity(keys),
            entry_of: Vec::new(),
            entries: Vec::with_capacity(keys),
            slots: Vec::new(),
            bits: 0,
        };
        while t.slots.len() * 3 < keys * 4 {
            t.grow();
        }
        t
    }

    /// The entry of lower-case `key`, added (empty) if new. Only before [`Table::finish`].
    pub(super) fn entry_mut(&mut self, key: &str) -> &mut Entry {
        if (self.ends.len() + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let key = key.as_bytes();
        let h = hash(key);
        let i = match self.find(key, h) {
            Ok(i) => i,
            Err(s) => {
                let i = self.ends.len();
                self.keys.extend_from_slice(key);
                self.ends.push(self.keys.len() as u32);
                self.entries.push(Entry::default());
                self.slots[s] = self.slot(i, h);
                i
            }
        };
        &mut self.entries[i]
    }

    /// Twice the slots (at least 1024), every key placed again.
    fn grow(&mut self) {
        self.bits = (self.bits + 1).max(10);
        self.slots = vec![0; 1 << self.bits];
        for i in 0..self.ends.len() {
            let h = hash(self.key(i));
            if let Err(s) = self.find(self.key(i), h) {
                self.slots[s] = self.slot(i, h);
            }
        }
    }

    /// Ends the build: keys with equal entries share one stored entry, and unused capacity is
    /// given back.
    pub(super) fn finish(&mut self) {
        let per_key = std::mem::take(&mut self.entries);
        self.entry_of = Vec::with_capacity(per_key.len());
        let mut seen: HashMap<&Entry, u16, super::FxBuild> = HashMap::default();
        // Keys of one table come one after another, mostly with equal entries (given names,
        // surnames): the previous key's entry is tried before hashing.
        let mut last: Option<(&Entry, u16)> = None;
        for e in &per_key {
            let k = match last {
                Some((l, k)) if l == e => k,
                _ => {
                    let next = self.entries.len() as u16;
                    *seen.entry(e).or_insert_with(|| {
                        self.entries.push(e.clone());
                        next
                    })
                }
            };
            last = Some((e, k));
            self.entry_of.push(k);
        }
        self.keys.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.entries.shrink_to_fit();
    }

    /// The entry of lower-case `key`.
    #[inline]
    pub(super) fn get(&self, key: &str) -> Option<&Entry> {
        if self.slots.is_empty() {
            return None;
        }
        let key = key.as_bytes();
        let i = self.find(key, hash(key)).ok()?;
        self.entries.get(usize::from(*self.entry_of.get(i)?))
    }

    /// Number of keys.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Number of distinct stored entries.
    #[cfg(test)]
    pub(super) fn distinct(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compiled-in lexicons' distinct entries are numbered in two bytes, with room to grow.
    #[test]
    fn the_shipped_entries_fit_two_byte_numbers() {
        let map = &super::super::lexicon().map;
        assert!(map.len() > 30_000, "{} keys", map.len());
        assert!(
            map.distinct() < 1 << 15,
            "{} distinct entries",
            map.distinct()
        );
        assert_eq!(map.entry_of.len(), map.len());
    }

    /// Every key added is found with its own entry, through growth and after the entries are
    /// shared; keys that were not added (a prefix, an extension, an empty key) are not.
    #[test]
    fn keys_find_their_entries_through_growth_and_sharing() {
        // Grown from empty, and with room reserved for fewer keys than are added.
        for mut t in [Table::default(), Table::with_capacity(3000, 100)] {
            assert!(t.get("anything").is_none());
            let keys: Vec<String> = (0..5000).map(|i| format!("key {i}")).collect();
            for (i, k) in keys.iter().enumerate() {
                let e = t.entry_mut(k);
                e.given = i % 2 == 0;
                e.surname = i % 3 == 0;
            }
            // Updating an existing key changes its entry, not the number of keys.
            t.entry_mut("key 7").stop = true;
            assert_eq!(t.len(), keys.len());
            t.finish();
            assert_eq!(t.distinct(), 5, "4 flag pairs and the stop-word entry");
            for (i, k) in keys.iter().enumerate() {
                let e = t.get(k).unwrap_or_else(|| panic!("{k}"));
                assert_eq!((e.given, e.surname), (i % 2 == 0, i % 3 == 0), "{k}");
                assert_eq!(e.stop, i == 7, "{k}");
            }
            for k in ["key", "key 5000", "key 12 ", "", "ke"] {
                assert!(t.get(k).is_none(), "{k:?}");
            }
        }
    }
}
