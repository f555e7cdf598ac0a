//! Live mode: during an edition's days, which events are under way and which comes next, in
//! China Standard Time. Only what the sources announce is claimed: an event known only by its
//! part of the day is "this morning", not "now"; one with a start time but no end has "started";
//! undated events are never current or next.

use crate::model::{Dataset, DayPart, Edition, EventIx, When};
use crate::time::DateTime;

/// How an event stands at the moment, as far as its announced times tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// The clock is between its announced start and end times.
    Now,
    /// The clock is within the part of the day it was announced for (the hours were not).
    ThisPart(DayPart),
    /// Today is one of its announced days (the hours were not announced).
    Today,
    /// It started at its announced time earlier today; its end was not announced.
    Started,
    /// It is the next to begin.
    Next,
}

/// The live state of the timeline at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Live {
    /// The edition whose days include the moment; `None` outside every edition's days (then
    /// nothing is marked).
    pub edition: Option<Edition>,
    /// Marked events in time order: the current ones, then the next (several when they start
    /// at the same announced moment).
    pub marks: Vec<(EventIx, Mark)>,
}

impl Live {
    /// The mark of one event.
    pub fn mark(&self, event: EventIx) -> Option<Mark> {
        self.marks
            .iter()
            .find(|(e, _)| *e == event)
            .map(|&(_, m)| m)
    }
}

/// How `event` stands at minute `now` (since the epoch, CST), if it is under way.
fn current(start: When, end: Option<When>, now: i64) -> Option<Mark> {
    let within = |a: Option<i64>, b: Option<i64>| matches!((a, b), (Some(a), Some(b)) if a <= now && now <= b);
    match (start, end) {
        (When::Undated, _) => None,
        (When::At(a), Some(When::At(b))) => {
            within(Some(a.minutes_since_epoch()), Some(b.minutes_since_epoch()))
                .then_some(Mark::Now)
        }
        (When::At(a), None) => {
            let started = a.minutes_since_epoch();
            let end_of_day = When::Day(a.date).latest_minute();
            within(Some(started), end_of_day).then_some(Mark::Started)
        }
        (When::PartOfDay(_, part), None) => {
            within(start.earliest_minute(), start.latest_minute()).then_some(Mark::ThisPart(part))
        }
        _ => {
            let last = end.and_then(When::latest_minute).or(start.latest_minute());
            within(start.earliest_minute(), last).then_some(Mark::Today)
        }
    }
}

/// The live state among `events` at `now`. The moment must fall on or between the first and
/// last announced day of an edition (the edition's days); otherwise nothing is marked.
pub fn live(data: &Dataset, events: &[EventIx], now: DateTime) -> Live {
    let minute = now.minutes_since_epoch();
    let day = now.date.days_since_epoch();
    let edition = super::scope::editions(data).into_iter().find(|&ed| {
        let days = data
            .events
            .iter()
            .filter(|e| e.edition == ed)
            .flat_map(|e| [e.start.date(), e.end.and_then(When::date)])
            .flatten()
            .map(|d| d.days_since_epoch());
        let (lo, hi) = days.fold((i64::MAX, i64::MIN), |(lo, hi), d| (lo.min(d), hi.max(d)));
        lo <= day && day <= hi
    });
    let Some(edition) = edition else {
        return Live::default();
    };
    let mut sorted: Vec<EventIx> = events
        .iter()
        .copied()
        .filter(|ix| data.events[ix.ix()].edition == edition)
        .collect();
    super::order::sort_by(&mut sorted, |ix| {
        super::order::time_key(data.events[ix.ix()].start)
    });
    let mut marks: Vec<(EventIx, Mark)> = sorted
        .iter()
        .filter_map(|&ix| {
            let e = &data.events[ix.ix()];
            current(e.start, e.end, minute).map(|m| (ix, m))
        })
        .collect();
    let upcoming = |ix: &EventIx| {
        let e = &data.events[ix.ix()];
        e.start.earliest_minute().filter(|&m| m > minute)
    };
    if let Some(first) = sorted.iter().filter_map(upcoming).min() {
        marks.extend(
            sorted
                .iter()
                .filter(|ix| upcoming(ix) == Some(first))
                .map(|&ix| (ix, Mark::Next)),
        );
    }
    Live {
        edition: Some(edition),
        marks,
    }
}
