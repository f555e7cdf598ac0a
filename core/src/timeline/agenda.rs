//! Events grouped by day for the plain agenda, undated ones in a group of their edition.

use crate::model::{Dataset, Edition, EventIx};
use crate::time::Date;

/// What a group of the agenda holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GroupKey {
    /// Events on one day.
    Day(Date),
    /// Events of an edition whose date was not announced.
    Undated(Edition),
}

/// One heading of the agenda and its events in time order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The heading.
    pub key: GroupKey,
    /// The edition the group belongs to.
    pub edition: Edition,
    /// Events in time order.
    pub events: Vec<EventIx>,
}

/// Groups `events` (any subset of the dataset's) by day: editions in order, within each the
/// dated days in order, then the edition's undated events.
pub fn group_by_day(data: &Dataset, events: impl IntoIterator<Item = EventIx>) -> Vec<Group> {
    let mut sorted: Vec<EventIx> = events.into_iter().collect();
    sorted.sort_by_key(|&ix| {
        let e = &data.events[ix.ix()];
        (e.edition, e.start.date().is_none(), e.start.sort_key(), ix)
    });
    let mut groups: Vec<Group> = Vec::new();
    for ix in sorted {
        let e = &data.events[ix.ix()];
        let key = match e.start.date() {
            Some(day) => GroupKey::Day(day),
            None => GroupKey::Undated(e.edition),
        };
        match groups.last_mut() {
            Some(last) if last.key == key && last.edition == e.edition => last.events.push(ix),
            _ => groups.push(Group {
                key,
                edition: e.edition,
                events: vec![ix],
            }),
        }
    }
    groups
}
