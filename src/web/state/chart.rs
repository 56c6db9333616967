//! What the timeline's chart draws beside its marks, as plain data (tested natively): which
//! events the "No date" lane holds, and where the event labels go so that none runs over
//! another label or a mark (trial 26). Pure Rust; the component only draws the result.

/// The events with no place on the axis, (document, event) in document order, that the
/// "No date" lane draws: those of the selected document `selected` (the chart is fitted to
/// its events, and the text beside it is its own), or all of them when no document is
/// selected. The others are still rows of the event list below, which names each row's
/// document (trial 26: another document's undated event sat in the lane, unnamed).
pub fn undated_lane(unplaced: &[(usize, usize)], selected: Option<usize>) -> Vec<(usize, usize)> {
    (unplaced.iter())
        .filter(|u| selected.is_none_or(|s| u.0 == s))
        .copied()
        .collect()
}

/// A label the chart would like to draw: from `at` (px) for `width` px, never beyond `max`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Want {
    /// Where the label starts (a bar's start, a dot's left edge).
    pub at: f64,
    /// Its whole width.
    pub width: f64,
    /// The rightmost x it may reach (the chart's edge).
    pub max: f64,
}

impl Want {
    /// The label of a mark at `at`, `width` px long, on a chart ending at `max`: one that
    /// would run past the edge starts further left, to end at it (never left of 2 px), so a
    /// mark near the chart's right end keeps its words (cold trial: in Entities lanes, where
    /// most events sat at the right end, labels were cut to "Blink…" and "China…").
    pub fn new(at: f64, width: f64, max: f64) -> Want {
        Want {
            at: at.min(max - width).max(2.0).min(at),
            width,
            max,
        }
    }
}

/// Room kept between two labels of a row (px).
const GAP: f64 = 8.0;
/// Half the width a numbered disc keeps clear in both rows (px): its radius is at most 14.
const DISC: f64 = 15.0;

/// Where each of `wants` is drawn: `Some((row, width))`, row 0 above the marks and row 1
/// under them (never on the marks' line, where a label ran over the bars and dots it passed),
/// `width` at most its own and at least `min`; `None`: no room, its mark's name and tooltip
/// still give it whole. Labels are laid out by start: each goes into the first row free where
/// it starts; when neither is, the earlier label in the row that keeps more of itself is cut
/// back to end before it (a long bar's label no longer hides every label after it), and when
/// that leaves less than `min` it is not drawn. No label runs into a numbered disc at
/// `discs` (x), which the count fills in both rows, and row 0 starts after `name` (px), the
/// end of the lane's name above it.
pub fn place_labels(wants: &[Want], discs: &[f64], min: f64, name: f64) -> Vec<Option<(u8, f64)>> {
    let mut order: Vec<usize> = (0..wants.len()).collect();
    crate::sort::sort_by(&mut order, |&a, &b| wants[a].at.total_cmp(&wants[b].at));
    let mut out: Vec<Option<(u8, f64)>> = vec![None; wants.len()];
    // Per row: the label last placed in it.
    let mut last: [Option<usize>; 2] = [None, None];
    for i in order {
        let w = wants[i];
        if discs.iter().any(|d| (d - w.at).abs() < DISC) {
            continue;
        }
        let stop = (discs.iter())
            .filter(|&&d| d > w.at)
            .fold(w.max, |s, &d| s.min(d - DISC));
        let width = w.width.min(stop - w.at);
        if width < min {
            continue;
        }
        let end = |j: usize| out[j].map_or(f64::NEG_INFINITY, |(_, wj)| wants[j].at + wj);
        let first = [name, f64::NEG_INFINITY];
        let free = (0..2).find(|&r| last[r].map_or(first[r], end) + GAP <= w.at);
        let row = free.or_else(|| {
            // The row whose last label keeps more of itself when cut to end before this one.
            let kept = |r: usize| last[r].map_or(f64::NEG_INFINITY, |j| w.at - GAP - wants[j].at);
            let r = if kept(0) >= kept(1) { 0 } else { 1 };
            let j = last[r]?;
            (kept(r) >= min).then(|| {
                out[j] = Some((r as u8, kept(r)));
                r
            })
        });
        if let Some(r) = row {
            out[i] = Some((r as u8, width));
            last[r] = Some(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn want(at: f64, width: f64) -> Want {
        Want {
            at,
            width,
            max: 600.0,
        }
    }

    /// No two drawn labels of one row meet.
    fn apart(wants: &[Want], placed: &[Option<(u8, f64)>]) {
        for (i, a) in placed.iter().enumerate() {
            for (j, b) in placed.iter().enumerate().skip(i + 1) {
                if let (Some((ra, wa)), Some((rb, wb))) = (a, b) {
                    if ra == rb {
                        let (a0, a1) = (wants[i].at, wants[i].at + wa);
                        let (b0, b1) = (wants[j].at, wants[j].at + wb);
                        assert!(a1 <= b0 || b1 <= a0, "{i} and {j} overlap: {placed:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_no_date_lane_holds_the_selected_documents_events() {
        let unplaced = [(0, 2), (1, 0), (1, 3), (2, 1)];
        assert_eq!(undated_lane(&unplaced, Some(1)), vec![(1, 0), (1, 3)]);
        // The selected document has none: none (never another document's).
        assert_eq!(undated_lane(&unplaced, Some(3)), vec![]);
        // No document selected: every document's.
        assert_eq!(undated_lane(&unplaced, None), unplaced.to_vec());
    }

    #[test]
    fn a_long_label_then_adjacent_ones_take_the_other_row_or_cut_it_back() {
        // A long bar's label from 10, then three dots' labels close after it.
        let wants = [
            want(10.0, 400.0),
            want(60.0, 120.0),
            want(120.0, 200.0),
            want(200.0, 90.0),
        ];
        let placed = place_labels(&wants, &[], 39.0, 0.0);
        apart(&wants, &placed);
        assert!(placed.iter().all(Option::is_some), "{placed:?}");
        assert_eq!(
            placed[1].map(|p| p.0),
            Some(1),
            "the second goes under the marks"
        );
        // The bar's label was cut back to end before the third label.
        assert_eq!(placed[0], Some((0, 120.0 - GAP - 10.0)));
    }

    #[test]
    fn a_label_near_the_right_edge_ends_there_instead_of_being_cut() {
        let w = Want::new(560.0, 200.0, 600.0);
        assert_eq!(w.at, 400.0);
        assert_eq!(place_labels(&[w], &[], 39.0, 0.0), [Some((0, 200.0))]);
        // One that fits stays at its mark; one longer than the chart starts at 2 px.
        assert_eq!(Want::new(100.0, 200.0, 600.0).at, 100.0);
        assert_eq!(Want::new(500.0, 900.0, 600.0).at, 2.0);
        // A mark left of 2 px (a bar starting off the chart) keeps its place.
        assert_eq!(Want::new(1.0, 20.0, 600.0).at, 1.0);
    }

    #[test]
    fn a_label_with_no_room_is_left_out_and_none_runs_into_a_disc() {
        let wants = [
            want(10.0, 300.0),
            want(12.0, 300.0),
            want(14.0, 300.0),
            want(100.0, 300.0),
        ];
        let placed = place_labels(&wants, &[250.0, 104.0], 39.0, 0.0);
        apart(&wants, &placed);
        // The third starts where neither earlier label can be cut to 39 px.
        assert_eq!(placed[2], None);
        // The fourth starts on a disc.
        assert_eq!(placed[3], None);
        for (w, p) in wants.iter().zip(&placed) {
            if let Some((_, width)) = p {
                assert!(w.at + width <= 104.0 - DISC, "{placed:?}");
            }
        }
        // A label never runs past its edge.
        let edge = [Want {
            at: 500.0,
            width: 300.0,
            max: 590.0,
        }];
        assert_eq!(place_labels(&edge, &[], 39.0, 0.0), vec![Some((0, 90.0))]);
        // Under the lane's name, row 0 is taken.
        assert_eq!(place_labels(&edge, &[], 39.0, 520.0), vec![Some((1, 90.0))]);
    }
}
