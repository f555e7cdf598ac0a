//! Live mode: what is under way and what comes next, in China Standard Time, claiming no more
//! than the announced times allow; undated events are never current or next.

mod support;

use gba_core::model::DayPart;
use gba_core::time::DateTime;
use gba_core::timeline::live::{live, Mark};
use support::*;

fn at(s: &str) -> DateTime {
    s.parse().unwrap()
}

/// `(now, expected marks as (event id, mark))` over the dataset `d`.
fn check(d: &gba_core::model::Dataset, cases: &[(&str, &[(&str, Mark)])]) {
    for (now, expected) in cases {
        let got: Vec<(&str, Mark)> = live(d, &all(d), at(now))
            .marks
            .iter()
            .map(|&(e, m)| (id(d, e), m))
            .collect();
        assert_eq!(&got, expected, "at {now}");
    }
}

#[test]
fn the_2020_investment_conference_is_this_morning_not_now() {
    let d = bundled();
    let morning = Mark::ThisPart(DayPart::Morning);
    check(
        &d,
        &[
            // Before the first morning: the electronics promotion is next.
            (
                "2020-12-03T07:59",
                &[("ev2020-electronics-promotion", Mark::Next)],
            ),
            // Within its morning: "this morning", and the conference is next.
            (
                "2020-12-03T09:30",
                &[
                    ("ev2020-electronics-promotion", morning),
                    ("ev2020-investment-conference", Mark::Next),
                ],
            ),
            // Across midnight: still next.
            (
                "2020-12-03T23:59",
                &[("ev2020-investment-conference", Mark::Next)],
            ),
            (
                "2020-12-04T00:00",
                &[("ev2020-investment-conference", Mark::Next)],
            ),
            (
                "2020-12-04T09:30",
                &[("ev2020-investment-conference", morning)],
            ),
            // After the last announced part: nothing is claimed; the 11 undated events are
            // never current or next.
            ("2020-12-04T12:01", &[]),
        ],
    );
}

#[test]
fn outside_every_editions_days_nothing_is_live() {
    let d = bundled();
    for now in ["2020-12-02T09:00", "2020-12-05T09:00", "2026-11-27T12:00"] {
        let l = live(&d, &all(&d), at(now));
        assert_eq!(l.edition, None, "{now}");
        assert!(l.marks.is_empty(), "{now}");
    }
    let l = live(&d, &all(&d), at("2018-05-17T10:00"));
    assert_eq!(l.edition.map(|e| e.0), Some(2018));
    assert_eq!(
        l.marks
            .iter()
            .map(|&(e, m)| (id(&d, e), m))
            .collect::<Vec<_>>(),
        [("ev2018-jiangxi-hong-kong", Mark::Today)],
        "the Hong Kong fair runs 16–18 May; its hours were not announced"
    );
}

#[test]
fn times_claim_now_only_between_an_announced_start_and_end() {
    let mut d = empty();
    add(
        &mut d,
        2020,
        0,
        None,
        "2020-12-03T22:00",
        Some("2020-12-04T01:00"),
        false,
    ); // e0 night
    add(&mut d, 2020, 0, None, "2020-12-04T09:30", None, false); // e1 no end
    add(&mut d, 2020, 1, None, "2020-12-04", None, false); // e2 all day
    add(&mut d, 2020, 1, None, "2020-12-04 afternoon", None, false); // e3
    add(&mut d, 2020, 2, None, "2020-12-04T14:00", None, false); // e4 same start as …
    add(
        &mut d,
        2020,
        2,
        None,
        "2020-12-04T14:00",
        Some("2020-12-04T15:00"),
        false,
    ); // e5
    add(&mut d, 2020, 2, None, "-", None, false); // e6 undated
    let afternoon = Mark::ThisPart(DayPart::Afternoon);
    check(
        &d,
        &[
            ("2020-12-03T21:59", &[("e0", Mark::Next)]),
            ("2020-12-03T23:30", &[("e0", Mark::Now), ("e2", Mark::Next)]),
            // Across midnight: the night event still runs, and the new day has begun.
            (
                "2020-12-04T00:30",
                &[("e0", Mark::Now), ("e2", Mark::Today), ("e1", Mark::Next)],
            ),
            (
                "2020-12-04T01:01",
                &[("e2", Mark::Today), ("e1", Mark::Next)],
            ),
            (
                "2020-12-04T10:00",
                &[
                    ("e2", Mark::Today),
                    ("e1", Mark::Started),
                    ("e3", Mark::Next),
                ],
            ),
            (
                "2020-12-04T13:00",
                &[
                    ("e2", Mark::Today),
                    ("e1", Mark::Started),
                    ("e3", afternoon),
                    ("e4", Mark::Next),
                    ("e5", Mark::Next),
                ],
            ),
            (
                "2020-12-04T14:30",
                &[
                    ("e2", Mark::Today),
                    ("e1", Mark::Started),
                    ("e3", afternoon),
                    ("e4", Mark::Started),
                    ("e5", Mark::Now),
                ],
            ),
        ],
    );
}

#[test]
fn the_clock_is_china_standard_time_whatever_the_viewers_zone() {
    let d = bundled();
    // 01:30 UTC on 4 Dec is 09:30 in Beijing.
    let utc_ms = "2020-12-04T01:30"
        .parse::<DateTime>()
        .unwrap()
        .minutes_since_epoch()
        * 60_000;
    let now = DateTime::from_unix_ms_cst(utc_ms);
    assert_eq!(now.to_string(), "2020-12-04T09:30");
    assert_eq!(live(&d, &all(&d), now).marks.len(), 1);
}
