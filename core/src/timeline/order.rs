//! Every sort of the timeline goes through `sort_by`, which packs keys into `u64` and sorts
//! positions with the catalog's `sort_indices`, so that the standard sort is compiled once (each
//! distinct `sort_by_key` costs kilobytes of wasm).

use crate::catalog::order::sort_indices;
use crate::model::When;

/// A key that orders starts in time: by date; on one day the whole-day events, then part of
/// day and clock times by their (placement) minute; undated last.
pub fn time_key(w: When) -> u64 {
    let (days, precision, minute) = w.sort_key();
    if days == i64::MAX {
        return u64::MAX;
    }
    // Days fit in 40 bits for any year the calendar accepts.
    (((days + (1 << 39)) as u64) << 24) | (u64::from(precision) << 16) | u64::from(minute)
}

/// Sorts by `key`; equal keys keep their order. Positions are sorted by the catalog's
/// `sort_indices`, the one sort the app compiles (each generic sort costs kilobytes of wasm).
pub fn sort_by<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let keys: Vec<u64> = items.iter().map(key).collect();
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_indices(&mut order, &|a, b| {
        keys[a as usize].cmp(&keys[b as usize]).then(a.cmp(&b))
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DayPart;

    #[test]
    fn time_keys_order_like_when_sort_keys() {
        let day = "2020-12-04".parse().unwrap();
        let mut all = [
            When::Undated,
            When::At("2020-12-04T09:30".parse().unwrap()),
            When::PartOfDay(day, DayPart::Morning),
            When::Day(day),
            When::Day("1970-01-01".parse().unwrap()),
            When::Day("1969-12-31".parse().unwrap()),
        ];
        let mut by_sort_key = all;
        by_sort_key.sort_by_key(|w| w.sort_key());
        all.sort_by_key(|w| time_key(*w));
        assert_eq!(all, by_sort_key);
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')];
        sort_by(&mut v, |&(k, _)| k);
        assert_eq!(v, [(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]);
    }
}
