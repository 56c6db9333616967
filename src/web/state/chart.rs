//! What the timeline's chart draws beside its marks, as plain data (tested natively): which
//! events the "No date" lane holds (trial 26). Pure Rust; the component only draws the result.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_no_date_lane_holds_the_selected_documents_events() {
        let unplaced = [(0, 2), (1, 0), (1, 3), (2, 1)];
        assert_eq!(undated_lane(&unplaced, Some(1)), vec![(1, 0), (1, 3)]);
        // The selected document has none: none (never another document's).
        assert_eq!(undated_lane(&unplaced, Some(3)), vec![]);
        // No document selected: every document's.
        assert_eq!(undated_lane(&unplaced, None), unplaced.to_vec());
    }
}
