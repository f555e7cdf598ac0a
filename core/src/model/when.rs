//! When an event happens, with the precision its sources give.

use crate::time::{Date, DateTime};

/// A part of the day, for events reported as "on the morning of …" without an hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DayPart {
    /// Before noon.
    Morning,
    /// Noon to early evening.
    Afternoon,
    /// Evening.
    Evening,
}

impl DayPart {
    /// All parts in order.
    pub const ALL: [DayPart; 3] = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening];

    /// The id used in the data format.
    pub fn id(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
        }
    }

    /// The span of the day it covers, in minutes since midnight, for placing it on an axis.
    /// Placement only: the UI never shows these as times.
    pub fn span_minutes(self) -> (u16, u16) {
        match self {
            DayPart::Morning => (8 * 60, 12 * 60),
            DayPart::Afternoon => (12 * 60, 18 * 60),
            DayPart::Evening => (18 * 60, 22 * 60),
        }
    }
}

impl std::str::FromStr for DayPart {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DayPart::ALL.into_iter().find(|p| p.id() == s).ok_or(())
    }
}

/// A point in time as precise as the sources make it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum When {
    /// Date and time (China Standard Time).
    At(DateTime),
    /// A date and a part of the day.
    PartOfDay(Date, DayPart),
    /// A date only.
    Day(Date),
    /// Within the edition, date not announced.
    Undated,
}

impl When {
    /// The calendar date, if announced.
    pub fn date(self) -> Option<Date> {
        match self {
            When::At(dt) => Some(dt.date),
            When::PartOfDay(d, _) | When::Day(d) => Some(d),
            When::Undated => None,
        }
    }

    /// A key that orders by date, then all-day before part-of-day before exact times, then by
    /// time; undated last.
    pub fn sort_key(self) -> (i64, u8, u16) {
        match self {
            When::Day(d) => (d.days_since_epoch(), 0, 0),
            When::PartOfDay(d, p) => (d.days_since_epoch(), 1, p.span_minutes().0),
            When::At(dt) => (dt.date.days_since_epoch(), 1, dt.time.minutes()),
            When::Undated => (i64::MAX, 0, 0),
        }
    }

    /// The earliest minute (since the epoch, CST) this could be, if dated.
    pub fn earliest_minute(self) -> Option<i64> {
        match self {
            When::At(dt) => Some(dt.minutes_since_epoch()),
            When::PartOfDay(d, p) => {
                Some(d.days_since_epoch() * 1440 + i64::from(p.span_minutes().0))
            }
            When::Day(d) => Some(d.days_since_epoch() * 1440),
            When::Undated => None,
        }
    }

    /// The latest minute (since the epoch, CST) this could be, if dated.
    pub fn latest_minute(self) -> Option<i64> {
        match self {
            When::At(dt) => Some(dt.minutes_since_epoch()),
            When::PartOfDay(d, p) => {
                Some(d.days_since_epoch() * 1440 + i64::from(p.span_minutes().1))
            }
            When::Day(d) => Some(d.days_since_epoch() * 1440 + 1439),
            When::Undated => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_keys_order_by_precision_within_a_day() {
        let day: Date = "2020-12-04".parse().unwrap();
        let at = When::At("2020-12-04T09:30".parse().unwrap());
        let morning = When::PartOfDay(day, DayPart::Morning);
        let mut all = [When::Undated, at, morning, When::Day(day)];
        all.sort_by_key(|w| w.sort_key());
        assert_eq!(all, [When::Day(day), morning, at, When::Undated]);
    }

    #[test]
    fn minute_bounds() {
        let day: Date = "2020-12-04".parse().unwrap();
        let whole = When::Day(day);
        assert_eq!(
            whole.latest_minute().unwrap() - whole.earliest_minute().unwrap(),
            1439
        );
        assert_eq!(When::Undated.earliest_minute(), None);
        let at = When::At("2020-12-04T09:30".parse().unwrap());
        assert_eq!(at.earliest_minute(), at.latest_minute());
    }
}
