//! Redrawing a list in place: which of the items drawn a new list keeps.

/// Which items of the list drawn (`before`) stay when `after` is drawn, and how many items of
/// `after` they are: the longest run of `after`'s first items found in `before` in the same
/// order. The rest of `after` is added behind them. So a list that narrows (typing, a filter
/// that excludes more) keeps every item it still shows; a list that widens or reorders keeps
/// those that stay in front.
pub fn kept<T: PartialEq>(before: &[T], after: &[T]) -> (Vec<bool>, usize) {
    let mut keep = vec![false; before.len()];
    let mut shared = 0;
    for (i, item) in before.iter().enumerate() {
        if after.get(shared) == Some(item) {
            keep[i] = true;
            shared += 1;
        }
    }
    (keep, shared)
}

#[cfg(test)]
mod tests {
    use super::kept;

    /// The list the browser ends up with: the kept items, then the rest of `after`.
    fn redrawn(before: &[u32], after: &[u32]) -> Vec<u32> {
        let (keep, shared) = kept(before, after);
        let mut list: Vec<u32> = before
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(x, _)| *x)
            .collect();
        list.extend_from_slice(&after[shared..]);
        list
    }

    #[test]
    fn every_redraw_ends_with_the_new_list_keeping_what_it_can() {
        // (before, after, items kept)
        let cases: [(&[u32], &[u32], usize); 7] = [
            (&[1, 2, 3, 4], &[1, 3, 4, 7, 9], 3), // narrowing: typing, a filter
            (&[1, 3, 4], &[1, 2, 3, 4], 1),       // widening: 2 comes back, 3 and 4 are redrawn
            (&[1, 2, 3], &[1, 2, 3], 3),          // the same page
            (&[1, 2, 3], &[3, 2, 1], 1),          // another order
            (&[], &[1, 2], 0),                    // the first drawing
            (&[1, 2], &[], 0),                    // nothing found
            (&[5, 6], &[1, 2], 0),                // another page
        ];
        for (before, after, n) in cases {
            assert_eq!(redrawn(before, after), after, "{before:?} → {after:?}");
            assert_eq!(kept(before, after).1, n, "{before:?} → {after:?}");
        }
    }
}
