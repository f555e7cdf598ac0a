//! Draws the timeline body into its host element and keeps the drawn cards in step with the
//! state: the body is redrawn when the zoom, lanes, filters or language change; a selection,
//! a move of the tab stop or a live mark touches only the cards concerned (O(1) per change,
//! which keeps a keyboard move well under a frame with thousands of cards).
//!
//! These effects write to the DOM only, never to a signal.

use gba_core::i18n::{Msg, TimelineMsg};
use gba_core::model::EventIx;
use gba_core::text::Lang;
use gba_core::timeline::model::Body;
use gba_core::timeline::scope::Scope;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::card::{badge, Cards};
use super::markup::Html;
use super::state::Tl;
use super::{controls, history, visit};
use crate::ui::effect::dom_effect;
use crate::ui::load::next_turn;

fn set(tl: Tl, event: Option<EventIx>, name: &str, value: &str) {
    if let Some(card) = event.and_then(|e| tl.card(e)) {
        let _ = card.set_attribute(name, value);
    }
}

/// The elements the timeline draws into.
#[derive(Clone, Copy, Default)]
pub struct Hosts {
    /// Zoom and lanes.
    pub bar: NodeRef<Div>,
    /// The filters.
    pub filters: NodeRef<Div>,
    /// The timeline itself.
    pub body: NodeRef<Div>,
}

/// Draws the controls and the body and starts the effects that keep them current.
pub fn draw(tl: Tl, hosts: Hosts, lang: Signal<Lang>) {
    let host = hosts.body;
    dom_effect(move |_| {
        let (lang, route, model) = (lang.get(), tl.route.get(), tl.model.get());
        let data = tl.data();
        if let Some(bar) = hosts.bar.get() {
            let mut h = Html::default();
            controls::toolbar(&mut h, &data, lang, &route, model.scope);
            h.mount_keeping_focus(&bar);
        }
        if let Some(filters) = hosts.filters.get() {
            let mut h = Html::default();
            controls::filters(&mut h, &data, lang, &route, &model);
            h.mount_keeping_focus(&filters);
        }
    });

    dom_effect(move |_| {
        let (lang, model) = (lang.get(), tl.model.get());
        let Some(host) = host.get() else { return };
        let data = tl.data();
        let cards = Cards {
            data: &data,
            lang,
            selected: tl.selected.get_untracked(),
            tab: tl.tab_stop.get_untracked(),
            ids: tl.card_ids(),
        };
        let help = tl.help_id();
        let mut h = Html::with_headings(tl.headings);
        if model.in_scope == 0 {
            h.leaf("p", "gv-empty", Msg::NothingToShow.text(lang));
        } else if model.shown.is_empty() {
            h.leaf("p", "gv-empty", TimelineMsg::NoneMatch.text(lang));
        } else {
            match (&model.body, model.scope) {
                (Body::Visit(l), Scope::Visit(edition)) => {
                    visit::visit(&mut h, l, &cards, edition, &help)
                }
                (Body::History(c), _) => history::history(&mut h, c, &cards, &help),
                _ => {}
            }
        }
        let later = h.mount(&host);
        let pending = !later.is_empty();
        tl.later.set_value(later);
        if pending {
            // The rest, a piece per turn of the browser (a redraw meanwhile gives the loop new
            // pieces; two loops share them).
            spawn_local(async move {
                loop {
                    next_turn().await;
                    if !tl.draw_later() {
                        break;
                    }
                }
            });
        }
    });

    dom_effect(move |prev: Option<Option<EventIx>>| {
        let now = tl.selected.get();
        set(tl, prev.flatten(), "aria-selected", "false");
        set(tl, now, "aria-selected", "true");
        now
    });

    dom_effect(move |prev: Option<Option<EventIx>>| {
        let now = tl.tab_stop.get();
        set(tl, prev.flatten(), "tabindex", "-1");
        set(tl, now, "tabindex", "0");
        now
    });

    // Live marks on the cards, and the "now" line on the track; again after every redraw.
    dom_effect(move |_| {
        let (live, now) = (tl.live.get(), tl.now.get());
        let model = tl.model.get();
        let lang = lang.get();
        let Some(host) = host.get() else { return };
        if let Ok(old) = host.query_selector_all(".gv-tl-card__live") {
            for i in 0..old.length() {
                if let Some(e) = old
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    e.remove();
                }
            }
        }
        for &(ix, mark) in &live.marks {
            if let Some(card) = tl.card(ix) {
                let mut h = Html::default();
                badge(&mut h, lang, mark);
                let _ = card.insert_adjacent_html("beforeend", h.as_str());
            }
        }
        let Some(line) = host
            .query_selector(".gv-tl-now")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let at = match &model.body {
            Body::Visit(l) if live.edition.is_some() => l.position_of(now),
            _ => None,
        };
        let _ = line
            .class_list()
            .toggle_with_force("gv-tl-now--on", at.is_some());
        if let Some(at) = at {
            let _ = line.style().set_property("left", &super::markup::pct(at));
            let mut h = Html::default();
            h.span(
                "gv-tl-now__label",
                &format!("{} {}", TimelineMsg::Now.text(lang), now.time),
            );
            line.set_inner_html(h.as_str());
        }
    });
}
