//! The heights of a long text's chunks in the document view, for its
//! windowed drawing (`components::document_view::window`): only the chunks
//! in and around the view are in the page, the others are empty boxes of
//! their measured (or estimated) height, so the scroll bar and positions
//! stay right.
//!
//! Plain data, built and tested natively (`cargo test --lib web::heights`);
//! the hook that measures the page and moves the window is wasm32-only.

/// How far (a fraction) the measured pixels per code point must move before the
/// chunks not yet measured are estimated again (see [`Heights::measure`]).
const REESTIMATE: f64 = 0.02;

/// Height in pixels of each chunk: measured once drawn, else estimated from
/// its length and the pixels per code point of the chunks measured so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Heights {
    /// Height of each chunk, pixels.
    pub h: Vec<f64>,
    measured: Vec<bool>,
    chars: Vec<usize>,
    /// Pixels per code point the estimates were made at ...
    per: f64,
    /// ... those of the chunks never measured after this one: the view's top
    /// chunk at that re-estimate (those above it kept their estimates).
    from: usize,
}

impl Heights {
    /// Estimates for chunks of `chars` code points each (about 0.3 px a code
    /// point: 16 px text, 1.75 line height, ~90 code points a line).
    pub fn new(chars: &[usize]) -> Heights {
        Heights {
            h: chars.iter().map(|&c| c as f64 * 0.3).collect(),
            measured: vec![false; chars.len()],
            chars: chars.to_vec(),
            per: 0.3,
            from: 0,
        }
    }

    /// Top of chunk `i`, pixels from the top of the text.
    pub fn top(&self, i: usize) -> f64 {
        self.h.iter().take(i).sum()
    }

    /// The chunk at `y` pixels from the top.
    pub fn at(&self, y: f64) -> usize {
        let mut top = 0.0;
        for (i, h) in self.h.iter().enumerate() {
            top += h;
            if top > y {
                return i;
            }
        }
        self.h.len().saturating_sub(1)
    }

    /// The chunks to draw, `[lo, hi)`, for a view `view` pixels high
    /// scrolled to `top`: those in view and a view's height either side.
    pub fn visible(&self, top: f64, view: f64) -> (usize, usize) {
        let lo = self.at((top - view).max(0.0));
        let hi = (self.at(top + 2.0 * view) + 1).min(self.h.len());
        (lo, hi.max(lo + 1).min(self.h.len().max(1)))
    }

    /// Fit to new chunks of `chars` code points each (the text was
    /// re-analysed): unchanged when they have the same lengths, else
    /// re-estimated at the pixels per code point measured so far, so the view
    /// does not jump.
    pub fn refit(&mut self, chars: &[usize]) {
        if self.chars == chars {
            return;
        }
        let (mut px, mut n) = (0.0, 0usize);
        for ((h, m), c) in self.h.iter().zip(&self.measured).zip(&self.chars) {
            if *m {
                px += h;
                n += c;
            }
        }
        let per = if n > 0 { px / n as f64 } else { 0.3 };
        *self = Heights::new(chars);
        self.per = per;
        for (h, c) in self.h.iter_mut().zip(&self.chars) {
            *h = *c as f64 * per;
        }
    }

    /// Record measured heights `(chunk, px)`, then re-estimate the chunks
    /// never measured *after* chunk `anchor` (the one at the top of the
    /// view) from the pixels per code point of those measured: boxes above
    /// the view keep their height until drawn, so the text in view never
    /// moves by a re-estimate. Only when that rate moved by over 2% since the
    /// estimates were made: each re-estimate is a new height on every box below
    /// the view, hundreds in a long text, which the page then restyles and lays
    /// out (issue 17.3: each chunk drawn by a scroll through a 2 MB text moved
    /// the rate by 0.1-0.7%, and writing ~500 heights and laying them out was
    /// ~10 of the scroll's ~35 ms of CPU); the scroll bar's length is an
    /// estimate anyway. Else only the chunks between the view and the top of
    /// the last re-estimate, when the view is above it: they kept an older
    /// rate (after a far jump, those between it and the view went on with the
    /// rate of before it, as long as the rate moved by under 2% more).
    pub fn measure(&mut self, got: &[(usize, f64)], anchor: usize) {
        for &(i, px) in got {
            if let (Some(h), Some(m)) = (self.h.get_mut(i), self.measured.get_mut(i)) {
                *h = px;
                *m = true;
            }
        }
        let (mut px, mut chars) = (0.0, 0usize);
        for ((h, m), c) in self.h.iter().zip(&self.measured).zip(&self.chars) {
            if *m {
                px += h;
                chars += c;
            }
        }
        let per = if chars > 0 {
            px / chars as f64
        } else {
            self.per
        };
        let end = if (per - self.per).abs() > self.per * REESTIMATE {
            self.per = per;
            self.h.len()
        } else if anchor < self.from {
            self.from + 1
        } else {
            return;
        };
        self.from = anchor;
        let later = self
            .h
            .iter_mut()
            .zip(&self.measured)
            .zip(&self.chars)
            .take(end)
            .skip(anchor + 1);
        for ((h, m), c) in later {
            if !*m {
                *h = *c as f64 * per;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Heights;

    /// `n` chunks of 4,000 code points.
    fn even(n: usize) -> Heights {
        Heights::new(&vec![4_000; n])
    }

    /// Chunk `i` measured at `per` pixels a code point.
    fn at_rate(h: &Heights, i: usize, per: f64) -> (usize, f64) {
        (i, h.chars[i] as f64 * per)
    }

    /// The unmeasured chunks after `anchor` whose estimate is off the rate
    /// the measured chunks give by more than `tol` (a fraction).
    fn stale_after(h: &Heights, anchor: usize, tol: f64) -> Vec<usize> {
        let (mut px, mut n) = (0.0, 0usize);
        for i in 0..h.h.len() {
            if h.measured[i] {
                px += h.h[i];
                n += h.chars[i];
            }
        }
        let per = px / n as f64;
        (anchor + 1..h.h.len())
            .filter(|&i| !h.measured[i])
            .filter(|&i| (h.h[i] / h.chars[i] as f64 - per).abs() > per * tol)
            .collect()
    }

    #[test]
    fn the_window_follows_the_scroll_position() {
        let mut h = even(40);
        h.measure(&[(0, 1_000.0)], 0);
        assert_eq!(h.h[3], 1_000.0, "unmeasured chunks re-estimated");
        assert_eq!(h.top(3), 3_000.0);
        assert_eq!(h.at(2_999.0), 2);
        assert_eq!(h.at(3_000.0), 3);
        assert_eq!(h.at(1e9), 39);
        assert_eq!(h.visible(0.0, 600.0), (0, 2));
        assert_eq!(h.visible(h.top(39), 600.0), (38, 40));
    }

    #[test]
    fn a_rate_moved_by_one_percent_leaves_the_estimates_three_percent_redoes_them() {
        // Chunks 0-1 measured at 0.4 px a code point: all later ones estimated at 0.4.
        let mut h = even(20);
        h.measure(&[at_rate(&h, 0, 0.4), at_rate(&h, 1, 0.4)], 0);
        assert_eq!(h.h[5], 1_600.0);
        // Chunk 2 at a rate that moves the mean by 1%: no box gets a new height.
        let before = h.h.clone();
        h.measure(&[at_rate(&h, 2, 0.4 * 1.03)], 1);
        assert_eq!(h.h[3..], before[3..], "a 1% move re-estimated");
        assert!(
            stale_after(&h, 1, 0.009).len() == 17,
            "the mean moved by 1%"
        );
        // Chunk 3 moves it by 3% from where the estimates were made: all redone.
        h.measure(&[at_rate(&h, 3, 0.4 * 1.09)], 2);
        assert!(
            stale_after(&h, 2, 1e-9).is_empty(),
            "a 3% move not re-estimated"
        );
        let per: f64 = (2.0 + 1.03 + 1.09) * 0.4 / 4.0;
        assert!((per / 0.4 - 1.03).abs() < 1e-9);
        assert!((h.h[10] - 4_000.0 * per).abs() < 1e-9);
        // The measured chunks keep their height.
        assert_eq!(h.h[..2], [1_600.0, 1_600.0]);
        assert!((h.h[3] - 4_000.0 * 0.4 * 1.09).abs() < 1e-9);
    }

    #[test]
    fn chunks_above_a_far_jump_are_re_estimated_once_the_view_is_above_them() {
        // Read at the top: 0.40 px a code point.
        let mut h = even(100);
        h.measure(
            &[
                at_rate(&h, 0, 0.4),
                at_rate(&h, 1, 0.4),
                at_rate(&h, 2, 0.4),
            ],
            0,
        );
        // A jump far down, where the text takes 0.50: the mean (0.45) is re-estimated
        // from there down; the chunks between keep 0.40, above the view.
        h.measure(
            &[
                at_rate(&h, 79, 0.5),
                at_rate(&h, 80, 0.5),
                at_rate(&h, 81, 0.5),
            ],
            80,
        );
        assert!((h.h[90] - 4_000.0 * 0.45).abs() < 1e-9);
        assert_eq!(h.h[50], 1_600.0);
        // A jump back up, to the middle, which takes the mean rate: the chunks now
        // below the view, up to the far jump, are estimated at it too.
        h.measure(
            &[
                at_rate(&h, 39, 0.45),
                at_rate(&h, 40, 0.45),
                at_rate(&h, 41, 0.45),
            ],
            40,
        );
        assert_eq!(stale_after(&h, 40, 0.02), Vec::<usize>::new());
    }

    #[test]
    fn a_new_analysis_of_other_lengths_keeps_the_measured_rate() {
        let mut h = even(10);
        h.measure(&[at_rate(&h, 0, 0.5)], 0);
        let same = h.clone();
        h.refit(&[4_000; 10]);
        assert_eq!(h, same, "same lengths: unchanged");
        h.refit(&[2_000; 12]);
        assert_eq!(h.h, vec![1_000.0; 12]);
        assert!(h.measured.iter().all(|m| !m));
    }
}
