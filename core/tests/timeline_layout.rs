//! The horizontal layout: days on the axis, hours within a day, lanes, rows so that cards do not
//! overlap, and undated events kept off the axis.

mod support;

use gba_core::model::{CityIx, Edition, KindIx};
use gba_core::route::{LaneBy, Zoom};
use gba_core::timeline::axis::DayBox;
use gba_core::timeline::layout::{layout, DayWindow, LaneKey, LayoutOptions, VisitLayout, FULL};
use gba_core::timeline::scope::Scope;
use support::*;

/// A day is at least 16 units wide and a card 8 (half a day: 450 of 900 minutes).
const OPTIONS: LayoutOptions = LayoutOptions {
    day_units: 16,
    card_units: 8,
};

fn dates(l: &VisitLayout) -> Vec<String> {
    l.days.iter().map(|d| d.date.to_string()).collect()
}

#[test]
fn the_2020_visit_has_two_dated_days_and_the_rest_in_the_undated_lane() {
    let d = bundled();
    let scope = Scope::resolve(&d, Zoom::default(), None);
    assert_eq!(
        scope,
        Scope::Visit(Edition(2020)),
        "the latest edition by default"
    );
    let events = scope.events(&d);
    let l = layout(&d, &events, LaneBy::Kind, OPTIONS);
    assert_eq!(dates(&l), ["2020-12-03", "2020-12-04"]);
    let placed: Vec<&str> = l.items.iter().map(|p| id(&d, p.event)).collect();
    assert_eq!(
        placed,
        [
            "ev2020-electronics-promotion",
            "ev2020-investment-conference"
        ]
    );
    // Both are "morning": each card starts at 08:00 of its day (07:00–22:00 shown) and its
    // span covers the morning (08:00–12:00, 240 minutes) and nothing more.
    assert_eq!(l.window, Some(DayWindow::DEFAULT));
    let axis = 2 * 900;
    assert_eq!(l.items[0].left, 60 * 10_000 / axis);
    assert_eq!(l.items[1].left, (900 + 60) * 10_000 / axis);
    assert_eq!(
        l.items[0].width,
        450 * 10_000 / axis,
        "the card is wider than its span"
    );
    assert_eq!(l.items[0].span, 240 * 10_000 / 450);
    assert_eq!(l.rows, 1, "one per day: no overlap");

    let undated: usize = l.undated.iter().map(|(_, e)| e.len()).sum();
    assert_eq!(undated, 11);
    assert_eq!(
        l.items.len() + undated,
        events.len(),
        "every event exactly once"
    );
    for (_, list) in &l.undated {
        for &e in list {
            assert!(d.events[e.ix()].start.date().is_none());
            assert!(l.items.iter().all(|p| p.event != e), "never on the axis");
        }
    }
    let order = l.nav_order(&d).order;
    assert_eq!(order.len(), events.len());
    assert_eq!(&order[..2], &[l.items[0].event, l.items[1].event]);
}

#[test]
fn the_selected_events_edition_is_shown_unless_the_link_names_one() {
    let d = bundled();
    let fair = ix(&d, "ev2018-gan-shen-fair");
    assert_eq!(
        Scope::resolve(&d, Zoom::Visit(None), Some(fair)),
        Scope::Visit(Edition(2018))
    );
    assert_eq!(
        Scope::resolve(&d, Zoom::Visit(Some(Edition(2019))), Some(fair)),
        Scope::Visit(Edition(2019))
    );
    assert_eq!(
        Scope::resolve(&d, Zoom::Visit(Some(Edition(1999))), None),
        Scope::Visit(Edition(2020)),
        "an edition without events falls back"
    );
    assert_eq!(Scope::resolve(&d, Zoom::History, None), Scope::History);
}

#[test]
fn overlapping_cards_in_a_lane_take_rows_and_lanes_follow_the_taxonomy() {
    let mut d = empty();
    let a = add(
        &mut d,
        2020,
        1,
        Some(1),
        "2020-12-04T09:00",
        Some("2020-12-04T10:00"),
        false,
    );
    let b = add(&mut d, 2020, 0, Some(1), "2020-12-04T09:30", None, false);
    let c = add(&mut d, 2020, 1, Some(0), "2020-12-04T09:30", None, false);
    let later = add(&mut d, 2020, 1, Some(1), "2020-12-04T20:00", None, false);
    let l = layout(&d, &all(&d), LaneBy::Kind, OPTIONS);
    let lanes: Vec<(LaneKey, u32, u32)> = l
        .lanes
        .iter()
        .map(|l| (l.key, l.first_row, l.rows))
        .collect();
    assert_eq!(
        lanes,
        [
            (LaneKey::Kind(KindIx(0)), 0, 1),
            (LaneKey::Kind(KindIx(1)), 1, 2)
        ],
        "talk before fair (taxonomy order), fair needs two rows"
    );
    let row = |e| l.items.iter().find(|p| p.event == e).unwrap().row;
    assert_eq!((row(a), row(c), row(later), row(b)), (1, 2, 1, 0));
    assert_eq!(
        l.items.iter().map(|p| p.event).collect::<Vec<_>>(),
        [a, b, c, later],
        "time order; ties in document order"
    );
    let point = l.items.iter().find(|p| p.event == b).unwrap();
    assert_eq!(point.span, 0, "a time without an end is a point");

    let by_city = layout(&d, &all(&d), LaneBy::City, OPTIONS);
    let keys: Vec<LaneKey> = by_city.lanes.iter().map(|l| l.key).collect();
    assert_eq!(
        keys,
        [
            LaneKey::City(Some(CityIx(0))),
            LaneKey::City(Some(CityIx(1)))
        ]
    );
}

#[test]
fn events_over_several_days_span_them_and_gaps_are_counted() {
    let mut d = empty();
    let fair = add(
        &mut d,
        2018,
        1,
        None,
        "2018-05-16",
        Some("2018-05-18"),
        false,
    );
    add(&mut d, 2018, 0, Some(0), "2018-05-21", None, false);
    let l = layout(&d, &all(&d), LaneBy::City, OPTIONS);
    assert_eq!(
        dates(&l),
        ["2018-05-16", "2018-05-17", "2018-05-18", "2018-05-21"]
    );
    let gaps: Vec<u32> = l.days.iter().map(|d| d.gap_before).collect();
    assert_eq!(gaps, [0, 0, 0, 2]);
    let p = l.items.iter().find(|p| p.event == fair).unwrap();
    assert_eq!(
        (p.left, p.width, p.span),
        (0, 7_500, 10_000),
        "three of four days, all of it"
    );
    assert_eq!(
        l.lanes.last().map(|l| l.key),
        Some(LaneKey::City(None)),
        "events without a city come last"
    );
    assert_eq!(l.track_units, 4 * 16);
    // The first day's box reaches as far as the fair; the fair fills it.
    let boxes: Vec<DayBox> = l.days.iter().map(|day| l.day_box(day)).collect();
    assert_eq!(
        boxes.iter().map(|b| (b.left, b.width)).collect::<Vec<_>>(),
        [(0, 7_500), (2_500, 2_500), (5_000, 2_500), (7_500, 2_500)]
    );
    assert_eq!(boxes[0].place(p).left, 0);
    assert_eq!(boxes[0].place(p).width, FULL);
}

/// Every card of a generated edition of 2,000 events, placed in its day's box, lands where it
/// was on the track (within a basis point of the track) and inside the box.
#[test]
fn cards_placed_in_their_days_box_stay_where_they_were_on_the_track() {
    let d = generated(2_000, 7);
    let scope = Scope::resolve(&d, Zoom::default(), None);
    let l = layout(&d, &scope.events(&d), LaneBy::Kind, OPTIONS);
    assert!(l.days.len() > 10 && l.items.len() > 300, "a large edition");
    let mut wider = 0;
    for day in &l.days {
        let b = l.day_box(day);
        assert_eq!(b.left, day.left);
        assert!(b.width >= day.width);
        wider += usize::from(b.width > day.width);
        for p in &l.items[day.items.clone()] {
            let q = b.place(p);
            let back = |x: u32| f64::from(b.left) + f64::from(x) * f64::from(b.width) / 10_000.0;
            assert!(
                (back(q.left) - f64::from(p.left)).abs() <= 1.0,
                "{p:?} → {q:?}"
            );
            let width = f64::from(q.width) * f64::from(b.width) / 10_000.0;
            assert!((width - f64::from(p.width)).abs() <= 1.0, "{p:?} → {q:?}");
            assert!(q.left + q.width <= FULL + 1, "{q:?} outside {b:?}");
            assert_eq!((q.event, q.row, q.span), (p.event, p.row, p.span));
        }
    }
    assert!(wider > 0, "some day's cards reach into the next day");
}

#[test]
fn the_hours_shown_widen_for_early_and_late_times_and_cross_midnight() {
    let mut d = empty();
    add(&mut d, 2020, 0, None, "2020-12-03T06:30", None, false);
    let night = add(
        &mut d,
        2020,
        0,
        None,
        "2020-12-03T22:30",
        Some("2020-12-04T00:30"),
        false,
    );
    let l = layout(&d, &all(&d), LaneBy::Kind, OPTIONS);
    assert_eq!(
        l.window,
        Some(DayWindow {
            from: 0,
            to: 23 * 60
        }),
        "06:30 and 00:30 pull the start to the hour, 22:30 the end"
    );
    assert_eq!(
        dates(&l),
        ["2020-12-03", "2020-12-04"],
        "the night runs into the next day"
    );
    let p = l.items.iter().find(|p| p.event == night).unwrap();
    let axis = 2 * 23 * 60;
    assert_eq!(p.left, (22 * 60 + 30) * 10_000 / axis);
}

#[test]
fn the_now_line_sits_at_its_time_on_its_day() {
    let d = bundled();
    let l = layout(
        &d,
        &Scope::Visit(Edition(2020)).events(&d),
        LaneBy::Kind,
        OPTIONS,
    );
    let at = |s: &str| l.position_of(s.parse().unwrap());
    assert_eq!(at("2020-12-04T09:30"), Some(5_000 + 5_000 * 150 / 900));
    assert_eq!(
        at("2020-12-03T03:00"),
        Some(0),
        "before the hours shown: the day's edge"
    );
    assert_eq!(at("2020-12-05T09:30"), None, "not a day of the axis");
}

#[test]
fn nothing_dated_gives_an_empty_axis() {
    let mut d = empty();
    add(&mut d, 2020, 2, None, "-", None, false);
    let l = layout(&d, &all(&d), LaneBy::Kind, OPTIONS);
    assert!(l.days.is_empty() && l.items.is_empty() && l.window.is_none());
    assert_eq!(l.undated.len(), 1);
    assert_eq!(l.nav_order(&d).order.len(), 1);
}

#[test]
fn days_show_their_parts_and_hours_only_when_some_time_is_known() {
    let d = bundled();
    let l = layout(
        &d,
        &Scope::Visit(Edition(2020)).events(&d),
        LaneBy::Kind,
        OPTIONS,
    );
    let bands: Vec<(u32, u32)> = l.bands().iter().map(|b| (b.left, b.width)).collect();
    // 07:00–22:00: morning 08–12, afternoon 12–18, evening 18–22.
    assert_eq!(bands, [(666, 2667), (3333, 4000), (7333, 2667)]);
    assert!(l.ticks().is_empty(), "no event of 2020 has a clock time");
    let mut t = empty();
    add(&mut t, 2020, 0, None, "2020-12-04T09:30", None, false);
    let l = layout(&t, &all(&t), LaneBy::Kind, OPTIONS);
    let hours: Vec<u8> = l.ticks().iter().map(|t| t.what).collect();
    assert_eq!(hours, [9, 12, 15, 18, 21]);
    assert_eq!(l.ticks()[0].left, 120 * 10_000 / 900);
    // Only 21:00 (93 % of the day) is near its end: on a narrow day its label is hidden.
    let ends: Vec<bool> = l.ticks().iter().map(|t| t.near_end()).collect();
    assert_eq!(ends, [false, false, false, false, true]);
}
