//! Redrawing a list in place: which items drawn stay, which go, where new ones go in.

use std::ops::Range;

/// How to turn the list drawn (`before`) into `after` without drawing again what stays.
#[derive(Debug, PartialEq, Eq)]
pub struct Redraw {
    /// For each item drawn: whether it stays.
    pub keep: Vec<bool>,
    /// Runs of `after` to draw, each in front of the drawn item at the first index (the end of
    /// the list when that is `before.len()`), in order.
    pub add: Vec<(usize, Range<usize>)>,
}

/// Plans the redraw: the items of `before` that `after` shows in the same order stay, the rest
/// go, and the items of `after` not drawn yet are drawn in place between them. So a list that
/// narrows (typing, one more filter) or widens (a letter deleted, a filter removed) redraws
/// only what changed; in a list whose order changed, only the items met in order stay.
pub fn plan<T: PartialEq>(before: &[T], after: &[T]) -> Redraw {
    // A page is at most 100 items: looking through it beats building a set, in time and in
    // the app's size (a HashSet cost 0.7 KB brotli).
    let wanted = |item: &T| after.contains(item);
    let mut keep = vec![false; before.len()];
    let mut add: Vec<(usize, Range<usize>)> = Vec::new();
    let mut i = 0;
    for (j, item) in after.iter().enumerate() {
        while i < before.len() && !wanted(&before[i]) {
            i += 1;
        }
        if i < before.len() && before[i] == *item {
            keep[i] = true;
            i += 1;
            continue;
        }
        match add.last_mut() {
            Some((at, run)) if *at == i && run.end == j => run.end = j + 1,
            _ => add.push((i, j..j + 1)),
        }
    }
    Redraw { keep, add }
}

#[cfg(test)]
mod tests {
    use super::plan;

    /// The list the browser ends up with, doing what the plan says.
    fn redrawn(before: &[u32], after: &[u32]) -> Vec<u32> {
        let p = plan(before, after);
        let mut list = Vec::new();
        let mut add = p.add.iter().peekable();
        for i in 0..=before.len() {
            while let Some((_, run)) = add.next_if(|(at, _)| *at == i) {
                list.extend_from_slice(&after[run.clone()]);
            }
            if i < before.len() && p.keep[i] {
                list.push(before[i]);
            }
        }
        list
    }

    fn kept(before: &[u32], after: &[u32]) -> usize {
        plan(before, after).keep.iter().filter(|k| **k).count()
    }

    #[test]
    fn every_redraw_ends_with_the_new_list_keeping_what_it_can() {
        // (before, after, items kept)
        let cases: [(&[u32], &[u32], usize); 8] = [
            (&[1, 2, 3, 4], &[1, 3, 4, 7, 9], 3), // narrowing: typing, a filter
            (&[1, 3, 4], &[1, 2, 3, 4], 3),       // widening: 2 comes back in its place
            (&[3, 4], &[1, 2, 3, 4, 5], 2),       // widening in front and behind
            (&[1, 2, 3], &[1, 2, 3], 3),          // the same page
            (&[1, 2, 3], &[3, 2, 1], 1),          // another order
            (&[], &[1, 2], 0),                    // the first drawing
            (&[1, 2], &[], 0),                    // nothing found
            (&[5, 6], &[1, 2], 0),                // another page
        ];
        for (before, after, n) in cases {
            assert_eq!(redrawn(before, after), after, "{before:?} → {after:?}");
            assert_eq!(kept(before, after), n, "{before:?} → {after:?}");
        }
    }

    #[test]
    fn runs_of_new_items_are_added_in_one_piece() {
        let p = plan(&[3u32, 4], &[1, 2, 3, 4, 5, 6]);
        assert_eq!(p.add, vec![(0, 0..2), (2, 4..6)]);
    }

    #[test]
    fn any_two_lists_redraw_right() {
        // Every pair of short lists of distinct items from 0..5 (pages never repeat a project).
        let lists: Vec<Vec<u32>> = (0u32..4u32.pow(5))
            .map(|code| {
                let mut list = Vec::new();
                let mut c = code;
                for _ in 0..5 {
                    let item = c % 4;
                    c /= 4;
                    if !list.contains(&item) {
                        list.push(item);
                    }
                }
                list.truncate((code % 5) as usize);
                list
            })
            .collect();
        for before in &lists {
            for after in &lists {
                assert_eq!(&redrawn(before, after), after, "{before:?} → {after:?}");
            }
        }
    }
}
