//! The plain agenda groups events by day and keeps undated ones in their edition's own group.

use gba_core::model::{Edition, EventIx};
use gba_core::timeline::agenda::{group_by_day, GroupKey};
use gba_core::validate::load_str;

fn dataset() -> gba_core::model::Dataset {
    let text = include_str!("../../public/data/visit.json");
    load_str(text).expect("bundled dataset loads").dataset
}

#[test]
fn bundled_events_group_by_day_with_undated_groups_per_edition() {
    let d = dataset();
    let groups = group_by_day(&d, (0..d.events.len()).map(|i| EventIx(i as u32)));
    let keys: Vec<String> = groups
        .iter()
        .map(|g| match g.key {
            GroupKey::Day(day) => day.to_string(),
            GroupKey::Undated(e) => format!("undated {e}"),
        })
        .collect();
    assert_eq!(
        keys,
        [
            "2018-05-16",
            "2019-06-10",
            "2019-06-11",
            "2020-12-03",
            "2020-12-04",
            "undated 2020"
        ]
    );
    let total: usize = groups.iter().map(|g| g.events.len()).sum();
    assert_eq!(total, d.events.len(), "every event appears exactly once");
    let undated = groups.last().unwrap();
    assert_eq!(undated.edition, Edition(2020));
    assert!(undated
        .events
        .iter()
        .all(|ix| d.events[ix.ix()].start.date().is_none()));
}

#[test]
fn a_subset_keeps_its_order() {
    let d = dataset();
    let groups = group_by_day(&d, [EventIx(5), EventIx(4)]);
    let ids: Vec<&str> = groups
        .iter()
        .flat_map(|g| g.events.iter().map(|ix| d.events[ix.ix()].id.as_ref()))
        .collect();
    assert_eq!(
        ids,
        [
            "ev2020-electronics-promotion",
            "ev2020-investment-conference"
        ]
    );
    assert!(group_by_day(&d, []).is_empty());
}
