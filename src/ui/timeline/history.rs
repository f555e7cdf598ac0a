//! The editions side by side: dates, cities and headline figures (each with its sources), then
//! the edition's events. Each column's events are a list box; together they keep one tab stop.

use gba_core::i18n::{self, Msg, TimelineMsg};
use gba_core::model::{Dataset, When};
use gba_core::text::Lang;
use gba_core::timeline::history::{Column, HEADLINE_FIGURES};
use gba_core::timeline::labels;

use super::card::{card, Cards};
use super::markup::Html;

/// A list of figures: value, label, change, source ids.
pub fn figures(h: &mut Html, data: &Dataset, lang: Lang, list: &[usize], class: &str) {
    h.open("ul", class, &[]).end();
    for &i in list {
        let f = &data.figures[i];
        let sources: Vec<&str> = f
            .sources
            .iter()
            .map(|s| &*data.sources[s.ix()].id)
            .collect();
        h.open("li", "gv-tl-fig", &[]).end();
        let value = labels::figure_value(lang, f);
        h.open("span", "gv-tl-fig__value", &[]).end();
        match labels::unit_start(&value) {
            // The one place the value may break (the stylesheet keeps the rest together).
            Some(at) => h
                .text(&value[..at])
                .open("wbr", "", &[])
                .end()
                .text(&value[at..]),
            None => h.text(&value),
        }
        .close("span");
        h.span("gv-tl-fig__label", f.label.get(lang));
        if let Some(g) = labels::growth(lang, f) {
            h.span("gv-tl-fig__growth", &g);
        }
        let source = format!(
            "{}{}{}",
            Msg::Sources.text(lang),
            Msg::Colon.text(lang),
            sources.join(", ")
        );
        h.span("gv-tl-fig__source", &source).close("li");
    }
    h.close("ul");
}

/// The dates and cities of an edition: `2018年5月16日至18日 · 深圳、香港`.
fn when_where(data: &Dataset, lang: Lang, c: &Column) -> String {
    let dates = match c.dates {
        Some((a, b)) if a == b => i18n::date(lang, a),
        Some((a, b)) => i18n::span(lang, When::Day(a), Some(When::Day(b))),
        None => Msg::DateNotAnnounced.text(lang).to_owned(),
    };
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    let cities: Vec<&str> = c
        .cities
        .iter()
        .map(|x| data.cities[x.ix()].name.get(lang))
        .collect();
    if cities.is_empty() {
        dates
    } else {
        format!("{dates} · {}", cities.join(sep))
    }
}

/// One edition's column.
fn column(h: &mut Html, c: &Column, cards: &Cards, help: &str) {
    let (lang, data) = (cards.lang, cards.data);
    let name = labels::edition(lang, c.edition);
    let (head, more) = c.figures.split_at(c.figures.len().min(HEADLINE_FIGURES));
    let shown = c.dated.len() + c.undated.len();
    h.open("section", "gv-tl-edition", &[("aria-label", &name)])
        .end();
    h.open("header", "gv-tl-edition__head", &[]).end();
    h.leaf(h.heading(2), "gv-tl-edition__title", &name);
    h.leaf("p", "gv-tl-edition__meta", &when_where(data, lang, c));
    h.leaf(
        "p",
        "gv-tl-edition__count",
        &labels::shown(lang, shown, c.total),
    );
    let edition =
        gba_core::timeline::action::Action::Zoom(gba_core::route::Zoom::Visit(Some(c.edition)))
            .to_string();
    h.open(
        "button",
        "gv-button gv-tl-edition__open",
        &[("type", "button"), ("data-act", &edition)],
    )
    .end();
    h.text(TimelineMsg::OpenDays.text(lang))
        .close("button")
        .close("header");
    h.leaf(h.heading(3), "gv-tl-sr", TimelineMsg::Headline.text(lang));
    figures(h, data, lang, head, "gv-tl-figs");
    if !more.is_empty() {
        h.open("details", "gv-tl-edition__more", &[]).end();
        h.leaf(
            "summary",
            "gv-tl-edition__summary",
            &format!("{} ({})", TimelineMsg::MoreFigures.text(lang), more.len()),
        );
        figures(h, data, lang, more, "gv-tl-figs gv-tl-figs--more");
        h.close("details");
    }
    if shown == 0 {
        h.leaf(
            "p",
            "gv-tl-edition__none",
            TimelineMsg::NoneMatch.text(lang),
        );
    } else {
        let label = format!(
            "{name}{}{}",
            Msg::Colon.text(lang),
            TimelineMsg::Events.text(lang)
        );
        h.open(
            "div",
            "gv-tl-edition__events",
            &[
                ("role", "listbox"),
                ("aria-label", &label),
                ("aria-describedby", help),
            ],
        )
        .end();
        for &ix in &c.dated {
            card(h, cards, ix, None);
        }
        h.cards_end();
        if !c.undated.is_empty() {
            let label = format!(
                "{name}{}{}",
                Msg::Colon.text(lang),
                Msg::DateNotAnnounced.text(lang)
            );
            h.open(
                "div",
                "gv-tl-edition__undated",
                &[("role", "group"), ("aria-label", &label)],
            )
            .end();
            h.open(
                "span",
                "gv-tl-edition__undated-title",
                &[("aria-hidden", "true")],
            )
            .end();
            h.text(Msg::DateNotAnnounced.text(lang)).close("span");
            for &ix in &c.undated {
                card(h, cards, ix, None);
            }
            h.cards_end();
            h.close("div");
        }
        h.close("div");
    }
    h.close("section");
}

/// Every edition.
pub fn history(h: &mut Html, columns: &[Column], cards: &Cards, help: &str) {
    h.open("div", "gv-tl-history", &[]).end();
    for c in columns {
        column(h, c, cards, help);
    }
    h.close("div");
}
