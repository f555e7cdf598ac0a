//! One edition's days: on wide screens a horizontal track (days across, lanes down, each card
//! at its time); below 640 px and in print the very same elements, in the same order, read as
//! a vertical agenda (see style/timeline.css). Undated events follow in their own lane.

use gba_core::i18n::{self, Msg, TimelineMsg};
use gba_core::model::{Dataset, Edition};
use gba_core::text::Lang;
use gba_core::timeline::labels;
use gba_core::timeline::layout::{AxisDay, LaneKey, VisitLayout};

use super::card::{card, Cards};
use super::markup::{em, pct, Html};
use super::state::geometry::{HEAD, ROW};

const HIDDEN: (&str, &str) = ("aria-hidden", "true");

/// The name of a lane.
fn lane_name(data: &Dataset, key: LaneKey, lang: Lang) -> &str {
    match key {
        LaneKey::Kind(k) => data.event_kinds[k.ix()].name.get(lang),
        LaneKey::City(Some(c)) => data.cities[c.ix()].name.get(lang),
        LaneKey::City(None) => TimelineMsg::NoCity.text(lang),
    }
}

/// The heading of a day: date, weekday, the gap before it; its parts and hours on the track.
fn day_head(h: &mut Html, l: &VisitLayout, day: &AxisDay, lang: Lang) {
    let class = if day.gap_before > 0 {
        "gv-tl-day gv-tl-day--gap"
    } else {
        "gv-tl-day"
    };
    h.open("div", class, &[HIDDEN])
        .vars(vec![("left", pct(day.left)), ("width", pct(day.width))])
        .end();
    h.open("span", "gv-tl-day__date", &[])
        .end()
        .text(&i18n::day_month(lang, day.date))
        .text(" ");
    h.leaf("small", "gv-tl-day__weekday", i18n::weekday(lang, day.date))
        .close("span");
    if day.gap_before > 0 {
        h.span("gv-tl-day__gap", &labels::gap(lang, day.gap_before));
    }
    for b in l.bands() {
        h.open("span", "gv-tl-day__part", &[])
            .vars(vec![("left", pct(b.left)), ("width", pct(b.width))])
            .end();
        h.text(labels::day_part(b.what).text(lang)).close("span");
    }
    for t in l.ticks() {
        let class = if t.near_end() {
            "gv-tl-day__tick gv-tl-day__tick--end"
        } else {
            "gv-tl-day__tick"
        };
        h.open("span", class, &[])
            .vars(vec![("left", pct(t.left))])
            .end();
        h.text(&format!("{:02}:00", t.what)).close("span");
    }
    h.close("div");
}

/// What the bars on the cards mean.
fn legend(h: &mut Html, lang: Lang) {
    h.open("p", "gv-tl-legend", &[HIDDEN]).end();
    for (swatch, label) in [
        ("gv-tl-legend__swatch", TimelineMsg::LegendTime),
        (
            "gv-tl-legend__swatch gv-tl-legend__swatch--part",
            TimelineMsg::LegendPart,
        ),
        (
            "gv-tl-legend__swatch gv-tl-legend__swatch--day",
            TimelineMsg::LegendDay,
        ),
    ] {
        h.open("span", "gv-tl-legend__item", &[]).end();
        h.span(swatch, "").text(label.text(lang)).close("span");
    }
    h.close("p");
}

/// The lane of undated events, by lane.
fn undated(h: &mut Html, l: &VisitLayout, c: &Cards, edition: Edition) {
    let lang = c.lang;
    let total: usize = l.undated.iter().map(|(_, e)| e.len()).sum();
    if total == 0 {
        return;
    }
    h.open("div", "gv-tl-undated", &[]).end();
    h.open("div", "gv-tl-undated__head", &[HIDDEN]).end();
    h.span("gv-tl-undated__title", Msg::DateNotAnnounced.text(lang));
    h.span(
        "gv-tl-undated__count",
        &format!(
            "{} · {}",
            labels::edition(lang, edition),
            labels::undated_count(lang, total)
        ),
    );
    h.span("gv-tl-undated__help", TimelineMsg::UndatedHelp.text(lang))
        .close("div");
    for (key, events) in &l.undated {
        let name = lane_name(c.data, *key, lang);
        let label = format!(
            "{}{}{name}",
            Msg::DateNotAnnounced.text(lang),
            Msg::Colon.text(lang)
        );
        h.open(
            "div",
            "gv-tl-undated__group",
            &[("role", "group"), ("aria-label", &label)],
        )
        .end();
        h.open("span", "gv-tl-undated__name", &[HIDDEN])
            .end()
            .text(name)
            .close("span");
        h.open("div", "gv-tl-undated__cards", &[]).end();
        for &ix in events {
            card(h, c, ix, None);
        }
        h.cards_end();
        h.close("div").close("div");
    }
    h.close("div");
}

/// The days of one edition, as one list box described by the keyboard help.
pub fn visit(h: &mut Html, l: &VisitLayout, c: &Cards, edition: Edition, help: &str) {
    let lang = c.lang;
    let label = labels::visit_label(lang, edition);
    h.open(
        "div",
        "gv-tl-visit",
        &[
            ("role", "listbox"),
            ("aria-label", &label),
            ("aria-describedby", help),
        ],
    )
    .end();
    if !l.days.is_empty() {
        h.open("div", "gv-tl-visit__axis", &[]).end();
        h.open("div", "gv-tl-lanes", &[HIDDEN]).end();
        for lane in &l.lanes {
            h.open("span", "gv-tl-lanes__name", &[])
                .vars(vec![("height", em(lane.rows * ROW))])
                .end();
            // The name's smaller text is inside: the box's height is in the timeline's em.
            h.open("span", "gv-tl-lanes__text", &[]).end();
            h.text(lane_name(c.data, lane.key, lang))
                .close("span")
                .close("span");
        }
        h.close("div");
        h.open("div", "gv-tl-scroll", &[]).end();
        h.open("div", "gv-tl-track", &[])
            .vars(vec![
                ("min-width", em(l.track_units * 2)),
                ("height", em(HEAD + l.rows * ROW + 4)),
            ])
            .end();
        for lane in &l.lanes {
            h.open("div", "gv-tl-stripe", &[])
                .vars(vec![
                    ("top", em(HEAD + lane.first_row * ROW)),
                    ("height", em(lane.rows * ROW)),
                ])
                .end()
                .close("div");
        }
        // The cards that start on a day in a box of their own: the browser skips a box far
        // from the viewport whole (style/timeline.css). A piece drawn later holds whole days.
        for day in &l.days {
            let b = l.day_box(day);
            h.cards_start(day.items.len() as u32);
            day_head(h, l, day, lang);
            h.open("div", "gv-tl-daybox", &[])
                .vars(vec![("left", pct(b.left)), ("width", pct(b.width))])
                .end();
            for p in &l.items[day.items.clone()] {
                card(h, c, p.event, Some(&b.place(p)));
            }
            h.close("div");
        }
        h.cards_end();
        // Placed and shown by `sync` while the clock is within the edition's days.
        h.open("div", "gv-tl-now", &[HIDDEN]).end().close("div");
        h.close("div").close("div").close("div");
        legend(h, lang);
    }
    undated(h, l, c, edition);
    h.close("div");
}
