//! An event's detail: time at its precision, venue, city, participants with their roles,
//! summary, projects (with a link to them in the catalog), figures and sources. Escape or the
//! close button returns focus to the event.
//!
//! The body is written as escaped HTML (with the catalog's helpers, which are tested on the
//! host) rather than as a Leptos view: it never changes in place, it is redrawn when the
//! selection or the language changes, and as markup it costs far less wasm.

use gba_core::catalog::html::{escape, href, source_list, text, unknown};
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

/// `<tag class="…">escaped text</tag>`.
fn leaf(out: &mut String, tag: &str, class: &str, content: &str) {
    out.push('<');
    out.push_str(tag);
    out.push_str(" class=\"");
    out.push_str(class);
    out.push_str("\">");
    escape(out, content);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// A term and its value, or "not announced".
fn fact(out: &mut String, label: &str, value: Option<&Text>, lang: Lang) {
    leaf(out, "dt", "gv-tl-detail__term", label);
    out.push_str("<dd class=\"gv-tl-detail__value\">");
    match value {
        Some(t) => text(out, t, lang),
        None => unknown(out, lang),
    }
    out.push_str("</dd>");
}

/// The markup of one event's detail (everything below the close button).
fn body(tl: Tl, ix: EventIx, lang: Lang, mark: Option<Mark>, links: &Links) -> String {
    let data = tl.data();
    let e = &data.events[ix.ix()];
    let mut out = String::with_capacity(2048);
    let kind = data.event_kinds[e.kind.ix()].name.get(lang);
    let kicker = format!("{kind} · {}", labels::edition(lang, e.edition));
    leaf(&mut out, "p", "gv-tl-detail__kicker", &kicker);
    out.push_str("<h3 class=\"gv-tl-detail__title\" tabindex=\"-1\">");
    text(&mut out, &e.title, lang);
    out.push_str("</h3>");
    if let Some(m) = mark {
        leaf(
            &mut out,
            "p",
            "gv-tl-detail__live",
            labels::mark(m).text(lang),
        );
    }

    out.push_str("<dl class=\"gv-tl-detail__facts\">");
    leaf(
        &mut out,
        "dt",
        "gv-tl-detail__term",
        TimelineMsg::When.text(lang),
    );
    out.push_str("<dd class=\"gv-tl-detail__value\">");
    escape(&mut out, &i18n::span(lang, e.start, e.end));
    if !matches!(e.start, When::At(_) | When::Undated) {
        leaf(
            &mut out,
            "span",
            "gv-tl-detail__precision",
            TimelineMsg::TimeNotAnnounced.text(lang),
        );
    }
    out.push_str("</dd>");
    fact(&mut out, Msg::Venue.text(lang), e.venue.as_ref(), lang);
    let city = e.city.map(|c| &data.cities[c.ix()].name);
    fact(&mut out, Msg::City.text(lang), city, lang);
    out.push_str("</dl>");

    if let Some(s) = &e.summary {
        out.push_str("<p class=\"gv-tl-detail__summary\">");
        text(&mut out, s, lang);
        out.push_str("</p>");
    }
    if !e.participants.is_empty() {
        leaf(
            &mut out,
            "h4",
            "gv-tl-detail__heading",
            Msg::Participants.text(lang),
        );
        out.push_str("<ul class=\"gv-tl-detail__list\">");
        for p in &e.participants {
            out.push_str("<li class=\"gv-tl-detail__person\"><span class=\"gv-tl-detail__name\">");
            text(&mut out, data.who_name(p.who), lang);
            out.push_str("</span>");
            let position = match p.who {
                Who::Person(x) => data.people[x.ix()].position.as_ref(),
                _ => None,
            };
            for (class, t) in [
                ("gv-tl-detail__position", position),
                ("gv-tl-detail__role", p.role.as_ref()),
            ] {
                if let Some(t) = t {
                    out.push_str("<span class=\"");
                    out.push_str(class);
                    out.push_str("\">");
                    text(&mut out, t, lang);
                    out.push_str("</span>");
                }
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }

    let projects = related::projects(&data, ix);
    if !projects.is_empty() {
        leaf(
            &mut out,
            "h4",
            "gv-tl-detail__heading",
            TimelineMsg::Projects.text(lang),
        );
        out.push_str("<ul class=\"gv-tl-detail__list\">");
        for p in &projects {
            out.push_str("<li>");
            text(&mut out, &data.projects[p.ix()].name, lang);
            out.push_str("</li>");
        }
        out.push_str("</ul><a class=\"gv-tl-detail__catalog\"");
        // A plain link to the catalog filtered to this event (followed by `follow_links`).
        let mut target = tl.nav.route.get_untracked();
        target.view = View::Catalog;
        target.catalog.events = vec![e.id.to_string()];
        href(&mut out, links, &target);
        out.push('>');
        escape(&mut out, &labels::projects_link(lang, projects.len()));
        out.push_str("</a>");
    }

    let figures = related::figures(&data, ix);
    if !figures.is_empty() {
        leaf(
            &mut out,
            "h4",
            "gv-tl-detail__heading",
            TimelineMsg::EventFigures.text(lang),
        );
        // The same figure cards as the history columns, drawn by the same code.
        let mut h = Html::default();
        super::history::figures(
            &mut h,
            &data,
            lang,
            &figures,
            "gv-tl-figs gv-tl-figs--detail",
        );
        out.push_str(h.as_str());
    }

    if let Some(n) = &e.note {
        out.push_str("<p class=\"gv-tl-detail__note\">");
        out.push_str(Msg::Note.text(lang));
        out.push_str(Msg::Colon.text(lang));
        text(&mut out, n, lang);
        out.push_str("</p>");
    }
    source_list(&mut out, &data, &e.sources, lang);
    out
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
