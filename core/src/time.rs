//! Calendar dates and times of day in China Standard Time (UTC+8), without a date library.
//!
//! The dataset states local times in China Standard Time; live mode turns the viewer's clock
//! (milliseconds since the Unix epoch) into this calendar whatever the viewer's time zone.

use std::fmt;
use std::str::FromStr;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// A time of day to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

/// A local date and time in China Standard Time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    /// The calendar date.
    pub date: Date,
    /// The time of day.
    pub time: TimeOfDay,
}

/// A date known to the year, the month or the day (for sources and reporting periods).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    /// Only the year is known.
    Year(i32),
    /// The year and month are known.
    Month(i32, u8),
    /// The full date is known.
    Day(Date),
}

/// Why a date or time string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not in the expected shape (e.g. `2020-12-04`).
    Shape {
        /// The expected form.
        expected: &'static str,
    },
    /// Well formed but not a real calendar date (e.g. `2021-02-29`).
    NoSuchDate,
    /// Hour or minute out of range.
    NoSuchTime,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape { expected } => write!(f, "expected the form {expected}"),
            DateError::NoSuchDate => f.write_str("no such calendar date"),
            DateError::NoSuchTime => f.write_str("no such time of day"),
        }
    }
}

/// Milliseconds in a day.
const DAY_MS: i64 = 86_400_000;
/// China Standard Time is UTC+8 all year (no daylight saving since 1991).
const CST_OFFSET_MS: i64 = 8 * 3_600_000;

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }
    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, by Howard Hinnant's `civil_from_days`.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The next calendar day.
    pub fn succ(self) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + 1)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3 when Monday is 0).
        ((self.days_since_epoch() + 3).rem_euclid(7)) as u8
    }
}

impl TimeOfDay {
    /// A time of day, if hour < 24 and minute < 60.
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }
    /// Midnight.
    pub const MIDNIGHT: TimeOfDay = TimeOfDay { hour: 0, minute: 0 };
    /// The hour, 0–23.
    pub fn hour(self) -> u8 {
        self.hour
    }
    /// The minute, 0–59.
    pub fn minute(self) -> u8 {
        self.minute
    }
    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        u16::from(self.hour) * 60 + u16::from(self.minute)
    }
}

impl DateTime {
    /// Minutes since 1970-01-01 00:00 China Standard Time.
    pub fn minutes_since_epoch(self) -> i64 {
        self.date.days_since_epoch() * 1440 + i64::from(self.time.minutes())
    }

    /// The China Standard Time reading of an instant given in milliseconds since the Unix epoch.
    pub fn from_unix_ms_cst(ms: i64) -> DateTime {
        let local = ms + CST_OFFSET_MS;
        let days = local.div_euclid(DAY_MS);
        let minutes = (local.rem_euclid(DAY_MS) / 60_000) as u16;
        DateTime {
            date: Date::from_days_since_epoch(days),
            time: TimeOfDay {
                hour: (minutes / 60) as u8,
                minute: (minutes % 60) as u8,
            },
        }
    }

    /// Milliseconds since the Unix epoch of this China Standard Time reading.
    pub fn to_unix_ms(self) -> i64 {
        self.minutes_since_epoch() * 60_000 - CST_OFFSET_MS
    }
}

impl PartialDate {
    /// The first day the partial date covers.
    pub fn first_day(self) -> Date {
        match self {
            PartialDate::Year(y) => Date::new(y, 1, 1).unwrap_or(Date {
                year: y,
                month: 1,
                day: 1,
            }),
            PartialDate::Month(y, m) => Date::new(y, m, 1).unwrap_or(Date {
                year: y,
                month: m,
                day: 1,
            }),
            PartialDate::Day(d) => d,
        }
    }
}

fn digits<const N: usize>(s: &str) -> Option<u32> {
    (s.len() == N && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for Date {
    type Err = DateError;
    /// Parses `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let shape = DateError::Shape {
            expected: "YYYY-MM-DD",
        };
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(shape);
        };
        let (Some(y), Some(m), Some(d)) = (digits::<4>(y), digits::<2>(m), digits::<2>(d)) else {
            return Err(shape);
        };
        Date::new(y as i32, m as u8, d as u8).ok_or(DateError::NoSuchDate)
    }
}

impl FromStr for TimeOfDay {
    type Err = DateError;
    /// Parses `HH:MM`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let shape = DateError::Shape { expected: "HH:MM" };
        let (h, m) = s.split_once(':').ok_or(shape.clone())?;
        let (Some(h), Some(m)) = (digits::<2>(h), digits::<2>(m)) else {
            return Err(shape);
        };
        TimeOfDay::new(h as u8, m as u8).ok_or(DateError::NoSuchTime)
    }
}

impl FromStr for DateTime {
    type Err = DateError;
    /// Parses `YYYY-MM-DDTHH:MM` (China Standard Time).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (d, t) = s.split_once('T').ok_or(DateError::Shape {
            expected: "YYYY-MM-DDTHH:MM",
        })?;
        Ok(DateTime {
            date: d.parse()?,
            time: t.parse()?,
        })
    }
}

impl FromStr for PartialDate {
    type Err = DateError;
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let shape = DateError::Shape {
            expected: "YYYY, YYYY-MM or YYYY-MM-DD",
        };
        match s.len() {
            4 => digits::<4>(s)
                .map(|y| PartialDate::Year(y as i32))
                .ok_or(shape),
            7 => {
                let (y, m) = s.split_once('-').ok_or(shape.clone())?;
                let (Some(y), Some(m)) = (digits::<4>(y), digits::<2>(m)) else {
                    return Err(shape);
                };
                if (1..=12).contains(&m) && y >= 1 {
                    Ok(PartialDate::Month(y as i32, m as u8))
                } else {
                    Err(DateError::NoSuchDate)
                }
            }
            10 => s.parse().map(PartialDate::Day).map_err(|e| match e {
                DateError::Shape { .. } => shape,
                other => other,
            }),
            _ => Err(shape),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.time)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => d.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_refuses_dates() {
        assert_eq!(d("2020-12-04").to_string(), "2020-12-04");
        assert_eq!("2020-02-29".parse::<Date>().map(|x| x.day()), Ok(29));
        assert_eq!("2021-02-29".parse::<Date>(), Err(DateError::NoSuchDate));
        assert_eq!("2020-13-01".parse::<Date>(), Err(DateError::NoSuchDate));
        assert_eq!("2020-04-31".parse::<Date>(), Err(DateError::NoSuchDate));
        assert!(matches!(
            "2020-1-4".parse::<Date>(),
            Err(DateError::Shape { .. })
        ));
        assert!(matches!(
            "２０２０-12-04".parse::<Date>(),
            Err(DateError::Shape { .. })
        ));
        assert!(matches!(
            "2020-12-04-01".parse::<Date>(),
            Err(DateError::Shape { .. })
        ));
        assert!(matches!("".parse::<Date>(), Err(DateError::Shape { .. })));
    }

    #[test]
    fn parses_times_and_date_times() {
        let t: DateTime = "2020-12-04T09:30".parse().unwrap();
        assert_eq!(t.to_string(), "2020-12-04T09:30");
        assert_eq!("24:00".parse::<TimeOfDay>(), Err(DateError::NoSuchTime));
        assert_eq!("09:60".parse::<TimeOfDay>(), Err(DateError::NoSuchTime));
        assert!("2020-12-04 09:30".parse::<DateTime>().is_err());
    }

    #[test]
    fn partial_dates() {
        assert_eq!("2019".parse::<PartialDate>(), Ok(PartialDate::Year(2019)));
        assert_eq!(
            "2020-10".parse::<PartialDate>(),
            Ok(PartialDate::Month(2020, 10))
        );
        assert_eq!("2020-13".parse::<PartialDate>(), Err(DateError::NoSuchDate));
        assert_eq!(
            "2020-12-05".parse::<PartialDate>(),
            Ok(PartialDate::Day(d("2020-12-05")))
        );
        assert_eq!(
            "2020-02-30".parse::<PartialDate>(),
            Err(DateError::NoSuchDate)
        );
        assert!("20201".parse::<PartialDate>().is_err());
        for s in ["2019", "2020-10", "2020-12-05"] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn epoch_day_arithmetic_round_trips() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(d("2020-12-31").succ(), d("2021-01-01"));
        assert_eq!(d("2020-02-28").succ(), d("2020-02-29"));
    }

    #[test]
    fn weekdays() {
        assert_eq!(d("2020-12-04").weekday(), 4); // a Friday
        assert_eq!(d("1970-01-01").weekday(), 3); // a Thursday
        assert_eq!(d("2018-05-16").weekday(), 2); // a Wednesday
    }

    #[test]
    fn china_standard_time_from_utc() {
        // 2020-12-03T16:30Z is 00:30 the next day in Beijing.
        let utc_ms = (d("2020-12-03").days_since_epoch() * 1440 + 16 * 60 + 30) * 60_000;
        let cst = DateTime::from_unix_ms_cst(utc_ms);
        assert_eq!(cst.to_string(), "2020-12-04T00:30");
        assert_eq!(cst.to_unix_ms(), utc_ms);
        // Before the epoch too.
        assert_eq!(
            DateTime::from_unix_ms_cst(-1).to_string(),
            "1970-01-01T07:59"
        );
    }
}
