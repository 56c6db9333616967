//! One stable sort for the whole crate, compiled once.
//!
//! The standard library's sorts are generic: every call with a new element type
//! or comparator compiles another copy of driftsort or ipnsort, about 4.5 KB of
//! wasm each; the crate's two dozen calls cost about 120 KB of wasm code
//! (issue 17, `twiggy top`). Here the sort itself ([`order`], a bottom-up merge
//! sort of indices) and the reordering ([`permute`]) are plain functions taking
//! `dyn` closures, so each call site adds only a few small closures.
//!
//! The result equals `slice::sort_by` with the same comparator: both are stable,
//! so for a comparator that is a total order (every call site's is) the order of
//! the output is fully determined. It is O(n log n) comparisons and allocates
//! two index vectors of `n` entries; the dynamic calls make it slower than the
//! standard sort per comparison, which does not show: no call sorts in a hot
//! loop (the largest sorts one document's mentions once).
//!
//! Architecture invariant: `src/` (outside tests and the native-only binaries)
//! sorts through this module, never `[T]::sort*`.

use std::cmp::Ordering;

/// Sort `v` stably by `cmp` (the same result as `crate::sort::sort_by(&mut v, cmp)`).
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut perm = {
        let v = &*v;
        order(v.len(), &mut |i, j| cmp(&v[i], &v[j]))
    };
    permute(&mut perm, &mut |i, j| v.swap(i, j));
}

/// Sort `v` stably by the key `f` gives (the same result as `crate::sort::sort_by_key(&mut v, f)`).
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sort `v` stably in ascending order (the same result as `crate::sort::sort(&mut v)`, and as
/// `crate::sort::sort(&mut v)`: elements that compare equal are equal).
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Runs shorter than this are sorted by insertion before merging.
const RUN: usize = 12;

/// The stable order of `0..n` under `cmp` on indices: entry `k` is the index of
/// the element that belongs at position `k`. Bottom-up merge sort over
/// insertion-sorted runs.
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    for run in a.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && cmp(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut b = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // Take from the right run only when strictly smaller: stable.
                let right = j < hi && (i >= mid || cmp(a[j], a[i]) == Ordering::Less);
                if right {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Reorder a sequence in place so that position `k` holds what was at
/// `perm[k]`, by following the permutation's cycles with `swap`. `perm` is used
/// up (its entries are overwritten as they are done).
fn permute(perm: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for start in 0..perm.len() {
        let mut cur = start;
        while perm[cur] != DONE {
            let next = perm[cur];
            perm[cur] = DONE;
            if next == start {
                break;
            }
            swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency needed for this).
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        *seed >> 33
    }

    #[test]
    fn equals_the_standard_stable_sort_on_many_inputs() {
        let mut seed = 7;
        for n in (0..70).chain([100, 257, 1000, 4099]) {
            for range in [2, 5, 1000] {
                // (key, original position): the position shows whether ties stay in order.
                let v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % range, i)).collect();
                let mut ours = v.clone();
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                let mut std = v.clone();
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std, "n={n} range={range}");
                let mut ours = v.clone();
                sort_by_key(&mut ours, |x| std::cmp::Reverse(x.0));
                let mut std = v;
                std.sort_by_key(|x| std::cmp::Reverse(x.0));
                assert_eq!(ours, std, "reverse n={n} range={range}");
            }
        }
    }

    #[test]
    fn sorts_owned_values_already_sorted_and_reversed_input() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "kiwi", "pear"]);
        let mut up: Vec<u32> = (0..500).collect();
        sort(&mut up);
        assert!(up.windows(2).all(|w| w[0] < w[1]));
        let mut down: Vec<u32> = (0..500).rev().collect();
        sort(&mut down);
        assert_eq!(down, up);
    }
}
