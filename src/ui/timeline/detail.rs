//! An event's detail: time at its precision, venue, city, participants with their roles,
//! summary, projects (with a link to them in the catalog), figures and sources. Escape or the
//! close button returns focus to the event.
//!
//! The body is written as escaped HTML (with the catalog's helpers, which are tested on the
//! host) rather than as a Leptos view: it never changes in place, it is redrawn when the
//! selection or the language changes, and as markup it costs far less wasm.

use gba_core::catalog::html::{href, source_list, text, unknown};
use gba_core::i18n::{self, Msg, TimelineMsg};
use gba_core::model::{EventIx, When, Who};
use gba_core::route::{Links, View};
use gba_core::text::{Lang, Text};
use gba_core::timeline::live::Mark;
use gba_core::timeline::{labels, related};
use leptos::prelude::*;

use super::markup::Html;
use super::state::Tl;
use crate::ui::text::{msg, use_lang};

/// A term and its value, or "not announced".
fn fact(h: &mut Html, label: &str, value: Option<&Text>, lang: Lang) {
    h.leaf("dt", "gv-tl-detail__term", label);
    h.open("dd", "gv-tl-detail__value", &[]).end();
    match value {
        Some(t) => text(h.buf(), t, lang),
        None => unknown(h.buf(), lang),
    }
    h.close("dd");
}

/// A heading over one part of the detail (participants, projects, figures).
fn subheading(h: &mut Html, text: &str) {
    h.leaf(h.heading(3), "gv-tl-detail__heading", text);
}

/// Content text in `lang` (marked when it falls back to the other language) in an element.
fn content(h: &mut Html, tag: &str, class: &str, t: &Text, lang: Lang) {
    h.open(tag, class, &[]).end();
    text(h.buf(), t, lang);
    h.close(tag);
}

/// The markup of one event's detail (everything below the close button).
fn body(tl: Tl, ix: EventIx, lang: Lang, mark: Option<Mark>, links: &Links) -> String {
    let data = tl.data();
    let e = &data.events[ix.ix()];
    let mut h = Html::with_headings(tl.headings);
    let kind = data.event_kinds[e.kind.ix()].name.get(lang);
    let kicker = format!("{kind} · {}", labels::edition(lang, e.edition));
    h.leaf("p", "gv-tl-detail__kicker", &kicker);
    let title = h.heading(2);
    h.open(title, "gv-tl-detail__title", &[("tabindex", "-1")])
        .end();
    text(h.buf(), &e.title, lang);
    h.close(title);
    if let Some(m) = mark {
        h.leaf("p", "gv-tl-detail__live", labels::mark(m).text(lang));
    }

    h.open("dl", "gv-tl-detail__facts", &[]).end();
    h.leaf("dt", "gv-tl-detail__term", TimelineMsg::When.text(lang));
    h.open("dd", "gv-tl-detail__value", &[]).end();
    h.text(&i18n::span(lang, e.start, e.end));
    if !matches!(e.start, When::At(_) | When::Undated) {
        h.span(
            "gv-tl-detail__precision",
            TimelineMsg::TimeNotAnnounced.text(lang),
        );
    }
    h.close("dd");
    fact(&mut h, Msg::Venue.text(lang), e.venue.as_ref(), lang);
    let city = e.city.map(|c| &data.cities[c.ix()].name);
    fact(&mut h, Msg::City.text(lang), city, lang);
    h.close("dl");

    if let Some(s) = &e.summary {
        content(&mut h, "p", "gv-tl-detail__summary", s, lang);
    }
    if !e.participants.is_empty() {
        subheading(&mut h, Msg::Participants.text(lang));
        h.open("ul", "gv-tl-detail__list", &[]).end();
        for p in &e.participants {
            h.open("li", "gv-tl-detail__person", &[]).end();
            content(
                &mut h,
                "span",
                "gv-tl-detail__name",
                data.who_name(p.who),
                lang,
            );
            let position = match p.who {
                Who::Person(x) => data.people[x.ix()].position.as_ref(),
                _ => None,
            };
            if let Some(t) = position {
                content(&mut h, "span", "gv-tl-detail__position", t, lang);
            }
            if let Some(t) = &p.role {
                content(&mut h, "span", "gv-tl-detail__role", t, lang);
            }
            h.close("li");
        }
        h.close("ul");
    }

    let projects = related::projects(&data, ix);
    if !projects.is_empty() {
        subheading(&mut h, TimelineMsg::Projects.text(lang));
        h.open("ul", "gv-tl-detail__list", &[]).end();
        for p in &projects {
            content(&mut h, "li", "", &data.projects[p.ix()].name, lang);
        }
        h.close("ul");
        // A plain link to the catalog filtered to this event (followed by `follow_links`).
        let mut target = tl.nav.route.get_untracked();
        target.view = View::Catalog;
        target.catalog.events = vec![e.id.to_string()];
        h.open("a", "gv-tl-detail__catalog", &[]);
        href(h.buf(), links, &target);
        h.end()
            .text(&labels::projects_link(lang, projects.len()))
            .close("a");
    }

    let figures = related::figures(&data, ix);
    if !figures.is_empty() {
        subheading(&mut h, TimelineMsg::EventFigures.text(lang));
        // The same figure cards as the history columns, drawn by the same code.
        super::history::figures(
            &mut h,
            &data,
            lang,
            &figures,
            "gv-tl-figs gv-tl-figs--detail",
        );
    }

    if let Some(n) = &e.note {
        h.open("p", "gv-tl-detail__note", &[]).end();
        h.text(&format!(
            "{}{}",
            Msg::Note.text(lang),
            Msg::Colon.text(lang)
        ));
        text(h.buf(), n, lang);
        h.close("p");
    }
    source_list(h.buf(), &data, &e.sources, lang);
    h.into_string()
}

/// The detail panel of the selected event, if any.
#[component]
pub fn Detail(tl: Tl) -> impl IntoView {
    let lang = use_lang();
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            tl.close();
        }
    };
    move || {
        let ix = tl.selected.get()?;
        let lang = lang.get();
        let mark = tl.live.with(|l| l.mark(ix));
        let markup = body(tl, ix, lang, mark, &tl.nav.links());
        Some(view! {
            <section class="gv-tl-detail" aria-label=tl.data().events[ix.ix()].title.get(lang).to_owned() on:keydown=keys>
                <button type="button" class="gv-tl-detail__close" on:click=move |_| tl.close()
                    aria-label=msg(TimelineMsg::Close)>
                    <span aria-hidden="true">"×"</span>
                </button>
                <div class="gv-tl-detail__body" on:click=tl.nav.follow_links() inner_html=markup></div>
            </section>
        })
    }
}
