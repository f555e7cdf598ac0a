//! Filtering by kind, city and participant, with counts; the history columns; composed texts.

mod support;

use gba_core::model::{DayPart, Edition, When, Who};
use gba_core::route::{TimelineRoute, WhoRef};
use gba_core::text::Lang;
use gba_core::timeline::filter::{who_ref, Filter};
use gba_core::timeline::history::{columns, nav_order};
use gba_core::timeline::labels::{figure_value, short_when, shown};
use gba_core::timeline::scope::Scope;
use support::*;

fn route(kinds: &[&str], cities: &[&str], who: &[&str]) -> TimelineRoute {
    TimelineRoute {
        kinds: kinds.iter().map(|s| s.to_string()).collect(),
        cities: cities.iter().map(|s| s.to_string()).collect(),
        who: who.iter().filter_map(|s| s.parse().ok()).collect(),
        ..TimelineRoute::default()
    }
}

#[test]
fn facets_combine_and_values_within_a_facet_are_alternatives() {
    let d = bundled();
    let scope = Scope::Visit(Edition(2020)).events(&d);
    // (kinds, cities, who, events shown)
    type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str], usize);
    let cases: [Case; 7] = [
        (&[], &[], &[], 13),
        (&["promotion"], &[], &[], 4),
        (&["promotion", "meeting"], &[], &[], 9),
        (&["promotion"], &["guangzhou"], &[], 0),
        (&["meeting"], &["guangzhou"], &[], 2),
        (&[], &[], &["person:liu-qi"], 4),
        (&["unknown-kind"], &["atlantis"], &["org:nobody"], 13),
    ];
    for (kinds, cities, who, n) in cases {
        let f = Filter::from_route(&d, &route(kinds, cities, who));
        assert_eq!(f.apply(&d, &scope).len(), n, "{kinds:?} {cities:?} {who:?}");
    }
}

#[test]
fn counts_say_what_each_choice_would_show() {
    let d = bundled();
    let scope = Scope::Visit(Edition(2020)).events(&d);
    let f = Filter::from_route(&d, &route(&["promotion"], &[], &[]));
    let c = f.counts(&d, &scope);
    let kind = |id: &str| {
        c.kinds
            .iter()
            .find(|(k, _)| &*d.event_kinds[k.ix()].id == id)
            .map(|&(_, n)| n)
    };
    // The kind facet ignores its own choice: every kind keeps its full count.
    assert_eq!(kind("promotion"), Some(4));
    assert_eq!(kind("meeting"), Some(5));
    assert_eq!(kind("fair"), None, "no 2020 fair: not offered");
    // Other facets count within the chosen kinds.
    let cities: Vec<(&str, usize)> = c
        .cities
        .iter()
        .map(|&(ix, n)| (&*d.cities[ix.ix()].id, n))
        .collect();
    assert_eq!(cities, [("shenzhen", 4)]);
    let liu = c
        .who
        .iter()
        .find(|(w, _)| who_ref(&d, *w) == WhoRef::Person("liu-qi".into()))
        .map(|&(_, n)| n);
    assert_eq!(liu, Some(1));
    // A chosen value stays listed even with nothing to show, so it can be removed.
    let none = Filter::from_route(&d, &route(&["promotion"], &["guangzhou"], &[]));
    let c = none.counts(&d, &scope);
    assert!(c
        .cities
        .iter()
        .any(|(ix, n)| &*d.cities[ix.ix()].id == "guangzhou" && *n == 0));
}

#[test]
fn participants_count_once_per_event() {
    let mut d = empty();
    let e = add(&mut d, 2020, 0, None, "-", None, true);
    let dup = d.events[e.ix()].participants[0].clone();
    d.events[e.ix()].participants.push(dup);
    let c = Filter::default().counts(&d, &all(&d));
    assert_eq!(c.who, [(Who::Person(gba_core::model::PersonIx(0)), 1)]);
}

#[test]
fn history_columns_put_the_editions_side_by_side() {
    let d = bundled();
    let cols = columns(&d, &all(&d));
    let summary: Vec<(u16, Option<String>, usize, usize, usize)> = cols
        .iter()
        .map(|c| {
            (
                c.edition.0,
                c.dates.map(|(a, b)| format!("{a}..{b}")),
                c.total,
                c.dated.len(),
                c.undated.len(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (2018, Some("2018-05-16..2018-05-18".into()), 2, 2, 0),
            (2019, Some("2019-06-10..2019-06-14".into()), 2, 2, 0),
            (2020, Some("2020-12-03..2020-12-04".into()), 13, 2, 11),
        ]
    );
    // Figures of the edition's events come first, every figure belongs to its edition.
    for c in &cols {
        assert!(!c.figures.is_empty());
        let first = &d.figures[c.figures[0]];
        assert!(first.event.is_some(), "{}: {}", c.edition, first.id);
        for &f in &c.figures {
            let f = &d.figures[f];
            let ed = f.edition.or(f.event.map(|e| d.events[e.ix()].edition));
            assert_eq!(ed, Some(c.edition), "{}", f.id);
        }
    }
    let figures_2019: Vec<&str> = cols[1]
        .figures
        .iter()
        .take(2)
        .map(|&f| &*d.figures[f].id)
        .collect();
    assert_eq!(figures_2019, ["f2019-projects", "f2019-investment"]);
    // The filter narrows events, never figures or totals.
    let f = Filter::from_route(&d, &route(&["fair"], &[], &[]));
    let narrowed = columns(&d, &f.apply(&d, &all(&d)));
    assert_eq!(narrowed[0].dated.len(), 2);
    assert_eq!(narrowed[2].dated.len() + narrowed[2].undated.len(), 0);
    assert_eq!(narrowed[2].figures, cols[2].figures);
    assert_eq!(narrowed[2].total, 13);
    // Keys move edition by edition; each edition's undated events are a day of their own.
    let nav = nav_order(&d, &cols);
    assert_eq!(nav.order.len(), d.events.len());
    assert_eq!(id(&d, nav.order[0]), "ev2018-gan-shen-fair");
    assert_ne!(
        nav.groups[5], nav.groups[6],
        "2020's dated days, then its undated group"
    );
}

#[test]
fn cards_show_the_time_at_its_precision_and_never_invent_hours() {
    let cases: [(&str, Option<&str>, Lang, &str); 9] = [
        (
            "2020-12-04T09:30",
            Some("2020-12-04T11:00"),
            Lang::En,
            "4 Dec, 09:30–11:00",
        ),
        ("2020-12-04T09:30", None, Lang::Zh, "12月4日 09:30"),
        ("2020-12-04 morning", None, Lang::Zh, "12月4日上午"),
        ("2020-12-04 evening", None, Lang::En, "4 Dec, evening"),
        ("2020-12-04", None, Lang::En, "4 Dec"),
        ("2018-05-16", Some("2018-05-18"), Lang::Zh, "5月16日至18日"),
        ("2018-05-16", Some("2018-05-18"), Lang::En, "16–18 May"),
        ("-", None, Lang::Zh, "日期未公布"),
        ("-", None, Lang::En, "Date not announced"),
    ];
    for (start, end, lang, expected) in cases {
        assert_eq!(
            short_when(lang, when(start), end.map(when)),
            expected,
            "{start} {lang}"
        );
    }
    let morning = When::PartOfDay("2020-12-04".parse().unwrap(), DayPart::Morning);
    assert!(
        !short_when(Lang::En, morning, None).contains(':'),
        "no hours for a part of day"
    );
}

#[test]
fn announcements_and_figures_read_naturally() {
    assert_eq!(shown(Lang::Zh, 4, 17), "显示 4 项活动（共 17 项）");
    assert_eq!(shown(Lang::En, 17, 17), "Showing all 17 events");
    assert_eq!(shown(Lang::En, 1, 2000), "Showing 1 of 2,000 events");
    let d = bundled();
    let fig = |id: &str| d.figures.iter().find(|f| &*f.id == id).unwrap();
    assert_eq!(
        figure_value(Lang::Zh, fig("f2019-investment")),
        "1119.84亿元"
    );
    assert_eq!(
        figure_value(Lang::En, fig("f2018-fair-attendees")),
        "more than 400"
    );
    assert_eq!(figure_value(Lang::Zh, fig("f2020-gd-share")), "约28%");
}

#[test]
fn an_events_detail_lists_its_projects_and_figures() {
    let d = bundled();
    let conf = ix(&d, "ev2019-investment-conference");
    let projects: Vec<&str> = gba_core::timeline::related::projects(&d, conf)
        .iter()
        .map(|p| &*d.projects[p.ix()].id)
        .collect();
    assert_eq!(projects, ["p2019-wanze", "p2019-mtc", "p2019-haineng"]);
    assert_eq!(gba_core::timeline::related::figures(&d, conf).len(), 10);
    let press = ix(&d, "ev2020-press-conference");
    assert!(gba_core::timeline::related::projects(&d, press).is_empty());
}
