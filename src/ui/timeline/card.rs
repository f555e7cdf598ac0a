//! One event as an option of the timeline: the same element is a card on the horizontal track,
//! an entry of the vertical agenda and a row of an edition's column. Its text content is its
//! accessible name: title, date and time at their precision, kind, city, live mark.

use gba_core::i18n::Msg;
use gba_core::model::{Dataset, EventIx};
use gba_core::text::Lang;
use gba_core::timeline::labels::{self, Precision};
use gba_core::timeline::layout::Placed;
use gba_core::timeline::live::Mark;

use super::markup::{em, pct, Html};
use super::state::geometry::{GAP, HEAD, ROW};

/// What every card of one drawing shares.
pub struct Cards<'a> {
    /// The dataset.
    pub data: &'a Dataset,
    /// The language of this drawing.
    pub lang: Lang,
    /// The event whose detail is open.
    pub selected: Option<EventIx>,
    /// The event holding the tab stop.
    pub tab: Option<EventIx>,
    /// The start of the cards' ids (`Tl::card_id`).
    pub ids: String,
}

/// The CSS classes of a precision.
fn classes(p: Precision) -> &'static str {
    match p {
        Precision::Time => "gv-tl-card gv-tl-card--time",
        Precision::PartOfDay => "gv-tl-card gv-tl-card--part",
        Precision::Day => "gv-tl-card gv-tl-card--day",
        Precision::Undated => "gv-tl-card gv-tl-card--undated",
    }
}

/// The badge of a live mark (added to a card by `sync`).
pub fn badge(h: &mut Html, lang: Lang, mark: Mark) {
    let class = if mark == Mark::Next {
        "gv-tl-card__live gv-tl-card__live--next"
    } else {
        "gv-tl-card__live"
    };
    h.open("span", class, &[]).end();
    h.span("gv-tl-sr", Msg::Colon.text(lang));
    h.text(labels::mark(mark).text(lang)).close("span");
}

/// An event card; `place` positions it on the track, within its day's box. Its parts are flex
/// items, so screen readers hear them as separate phrases: title, date (the list box names the
/// edition, hence the year), kind and city.
pub fn card(h: &mut Html, c: &Cards, ix: EventIx, place: Option<&Placed>) {
    if place.is_none() {
        // A card on the track is counted with its day, which is drawn whole.
        h.cards_start(1);
    }
    let lang = c.lang;
    let e = &c.data.events[ix.ix()];
    let kind = c.data.event_kinds[e.kind.ix()].name.get(lang);
    let meta = match e.city {
        Some(city) => format!("{kind} · {}", c.data.cities[city.ix()].name.get(lang)),
        None => kind.to_owned(),
    };
    let title = e.title.pick(lang);
    let id = format!("{}{}", c.ids, ix.0);
    let attrs = [
        ("id", id.as_str()),
        ("role", "option"),
        ("data-ix", &ix.0.to_string()),
        ("tabindex", if c.tab == Some(ix) { "0" } else { "-1" }),
        (
            "aria-selected",
            if c.selected == Some(ix) {
                "true"
            } else {
                "false"
            },
        ),
    ];
    h.open("div", classes(labels::precision(e.start)), &attrs);
    if let Some(p) = place {
        h.vars(vec![
            ("left", pct(p.left)),
            ("width", format!("calc({} - 4px)", pct(p.width))),
            ("top", em(HEAD + p.row * ROW + GAP)),
        ]);
    }
    h.end();
    let lang_attr = [("lang", title.lang.bcp47())];
    let fallback: &[(&str, &str)] = if title.is_fallback(lang) {
        &lang_attr
    } else {
        &[]
    };
    h.open("span", "gv-tl-card__title", fallback)
        .end()
        .text(title.text)
        .close("span");
    h.span(
        "gv-tl-card__when",
        &labels::short_when(lang, e.start, e.end),
    );
    h.span("gv-tl-card__meta", &meta);
    if let Some(p) = place {
        // The bar is the event's time span within the card.
        h.open("span", "gv-tl-card__bar", &[("aria-hidden", "true")]);
        h.vars(vec![("width", pct(p.span))]).end().close("span");
    }
    h.close("div");
}
