//! The controls above the timeline: zoom (each edition's days, or all editions: one click),
//! lanes, and the filters by kind, city and participant with the number of events each would
//! show, and "clear filters" whenever one is on.
//!
//! Written as markup like the body (`markup.rs`) and redrawn when the route or the language
//! changes; each control names its `Action` in `data-act`, and the focused control keeps the
//! focus across a redraw.

use gba_core::i18n::{count, count_events, Msg, TimelineMsg};
use gba_core::model::{Dataset, Who};
use gba_core::route::{LaneBy, TimelineRoute, Zoom};
use gba_core::text::Lang;
use gba_core::timeline::action::Action;
use gba_core::timeline::filter::{who_ref, Counts};
use gba_core::timeline::labels;
use gba_core::timeline::model::Model;
use gba_core::timeline::scope::{editions, Scope};

use super::markup::Html;

fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// A button of a segmented switch.
fn segment(h: &mut Html, label: &str, on: bool, act: Action) {
    let act = act.to_string();
    let attrs = [
        ("type", "button"),
        ("aria-pressed", pressed(on)),
        ("data-act", &act),
    ];
    h.open("button", "gv-tl-seg__button", &attrs)
        .end()
        .text(label)
        .close("button");
}

/// Opens a labelled group.
fn group(h: &mut Html, class: &str, label: &str) {
    h.open("div", class, &[("role", "group"), ("aria-label", label)])
        .end();
    h.open(
        "span",
        if class.starts_with("gv-tl-seg") {
            "gv-tl-seg__label"
        } else {
            "gv-tl-facet__label"
        },
        &[("aria-hidden", "true")],
    );
    h.end().text(label).close("span");
}

/// Zoom and lanes.
pub fn toolbar(h: &mut Html, data: &Dataset, lang: Lang, route: &TimelineRoute, scope: Scope) {
    h.open("div", "gv-tl-bar", &[]).end();
    group(h, "gv-tl-seg", TimelineMsg::Zoom.text(lang));
    for e in editions(data) {
        let zoom = Action::Zoom(Zoom::Visit(Some(e)));
        segment(
            h,
            &labels::edition_button(lang, e),
            scope == Scope::Visit(e),
            zoom,
        );
    }
    segment(
        h,
        TimelineMsg::History.text(lang),
        scope == Scope::History,
        Action::Zoom(Zoom::History),
    );
    h.close("div");
    let lanes = if scope == Scope::History {
        "gv-tl-seg gv-tl-seg--lanes gv-tl-seg--off"
    } else {
        "gv-tl-seg gv-tl-seg--lanes"
    };
    group(h, lanes, TimelineMsg::Lanes.text(lang));
    for (by, label) in [
        (LaneBy::Kind, TimelineMsg::ByKind),
        (LaneBy::City, TimelineMsg::ByCity),
    ] {
        segment(h, label.text(lang), route.lanes == by, Action::Lanes(by));
    }
    h.close("div").close("div");
}

/// A filter chip: name, count, and (for screen readers) what the count counts.
fn chip(h: &mut Html, lang: Lang, name: &str, n: usize, on: bool, act: Action) {
    let act = act.to_string();
    let attrs = [
        ("type", "button"),
        ("aria-pressed", pressed(on)),
        ("data-act", &act),
    ];
    h.open("button", "gv-tl-chip", &attrs).end().text(name);
    h.open("span", "gv-tl-chip__n", &[("aria-hidden", "true")])
        .end()
        .text(&count(lang, n as u64))
        .close("span");
    h.span(
        "gv-tl-sr",
        &format!("{}{}", Msg::Colon.text(lang), count_events(lang, n)),
    )
    .close("button");
}

/// The participant list and the chosen participants (each a button that removes it).
fn participants(h: &mut Html, data: &Dataset, lang: Lang, route: &TimelineRoute, counts: &Counts) {
    h.open("div", "gv-tl-facet", &[]).end();
    h.open(
        "label",
        "gv-tl-facet__label gv-tl-facet__label--select",
        &[],
    )
    .end();
    h.span("", TimelineMsg::WhoFacet.text(lang));
    h.open("select", "gv-tl-select", &[("data-act", "who")])
        .end();
    h.open("option", "", &[("value", "")])
        .end()
        .text(TimelineMsg::WhoChoose.text(lang))
        .close("option");
    for (people, label) in [
        (true, TimelineMsg::People),
        (false, TimelineMsg::Organisations),
    ] {
        h.open("optgroup", "", &[("label", label.text(lang))]).end();
        for &(w, n) in counts
            .who
            .iter()
            .filter(|(w, _)| matches!(w, Who::Person(_)) == people)
        {
            let value = who_ref(data, w);
            if !route.who.contains(&value) {
                let name = format!("{} ({})", data.who_name(w).get(lang), count(lang, n as u64));
                h.open("option", "", &[("value", &value.to_string())])
                    .end()
                    .text(&name)
                    .close("option");
            }
        }
        h.close("optgroup");
    }
    h.close("select").close("label");
    for &(w, _) in &counts.who {
        let value = who_ref(data, w);
        if route.who.contains(&value) {
            let name = data.who_name(w).get(lang);
            let label = format!("{}{name}", TimelineMsg::Remove.text(lang));
            let act = Action::Who(value).to_string();
            let attrs = [
                ("type", "button"),
                ("aria-label", label.as_str()),
                ("data-act", &act),
            ];
            h.open("button", "gv-tl-chip gv-tl-chip--pill", &attrs)
                .end()
                .text(name);
            h.open("span", "gv-tl-chip__x", &[("aria-hidden", "true")])
                .end()
                .text("×")
                .close("span")
                .close("button");
        }
    }
    h.close("div");
}

/// The filters.
pub fn filters(h: &mut Html, data: &Dataset, lang: Lang, route: &TimelineRoute, model: &Model) {
    let counts = &model.counts;
    h.open(
        "div",
        "gv-tl-filters",
        &[
            ("role", "group"),
            ("aria-label", TimelineMsg::Filters.text(lang)),
        ],
    )
    .end();
    group(h, "gv-tl-facet", TimelineMsg::KindFacet.text(lang));
    for &(k, n) in &counts.kinds {
        let id = &data.event_kinds[k.ix()].id;
        let on = route.kinds.iter().any(|x| **x == **id);
        chip(
            h,
            lang,
            data.event_kinds[k.ix()].name.get(lang),
            n,
            on,
            Action::Kind(id.to_string()),
        );
    }
    h.close("div");
    group(h, "gv-tl-facet", TimelineMsg::CityFacet.text(lang));
    for &(c, n) in &counts.cities {
        let id = &data.cities[c.ix()].id;
        let on = route.cities.iter().any(|x| **x == **id);
        chip(
            h,
            lang,
            data.cities[c.ix()].name.get(lang),
            n,
            on,
            Action::City(id.to_string()),
        );
    }
    h.close("div");
    participants(h, data, lang, route, counts);
    if route.has_filters() {
        h.open(
            "button",
            "gv-button gv-tl-clear",
            &[("type", "button"), ("data-act", "clear")],
        )
        .end();
        h.text(TimelineMsg::ClearFilters.text(lang)).close("button");
    }
    h.close("div");
}
