//! The timeline view: zoom and lane switches, live bar, filters, the timeline itself (one
//! edition's days, or the editions side by side) and the selected event's detail.

mod card;
mod controls;
mod detail;
mod drawn;
mod history;
mod live;
mod markup;
mod state;
mod sync;
mod visit;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use gba_core::i18n::TimelineMsg;
use gba_core::model::{Dataset, EventIx};
use gba_core::route::WhoRef;
use gba_core::timeline::action::Action;
use gba_core::timeline::keys::Move;
use gba_core::timeline::labels;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::nav::Nav;
use crate::ui::text::{msg, use_lang, Heading};
use state::Tl;

/// Numbers the timelines of a page, for ids that must be unique (several apps may be mounted).
static MOUNTED: AtomicU32 = AtomicU32::new(0);

/// The event of the card an event happened in, if any.
fn card_of(ev: &web_sys::Event) -> Option<EventIx> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let card = target.closest("[data-ix]").ok()??;
    card.get_attribute("data-ix")?.parse().ok().map(EventIx)
}

/// The action of the control an event happened in, if any.
fn action_of(ev: &web_sys::Event) -> Option<Action> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let control = target.closest("button[data-act]").ok()??;
    control.get_attribute("data-act")?.parse().ok()
}

/// The timeline view: what the Timeline tab shows.
#[component]
pub fn TimelineView(
    /// The loaded dataset.
    data: Arc<Dataset>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let lang = use_lang();
    let now = live::use_clock(nav);
    let tl = Tl::new(data, nav, now, MOUNTED.fetch_add(1, Ordering::Relaxed));
    let hosts = sync::Hosts::default();
    sync::draw(tl, hosts, lang);

    // One listener for every card: arrows, Home/End, PageUp/PageDown move the roving focus;
    // Enter or Space opens the detail; Escape closes it.
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let Some(at) = card_of(&ev) else { return };
        let key = ev.key();
        if let Some(movement) = Move::from_key(&key) {
            ev.prevent_default();
            if let Some(to) = tl.model.get_untracked().order.step(Some(at), movement) {
                tl.focus(to);
            }
        } else if key == "Enter" || key == " " {
            ev.prevent_default();
            tl.open(at);
        } else if key == "Escape" {
            tl.close();
        }
    };
    // One listener for every card and every control.
    let click = move |ev: leptos::ev::MouseEvent| {
        if let Some(action) = action_of(&ev) {
            tl.go(|r| action.apply(&mut r.timeline));
        } else if let Some(at) = card_of(&ev) {
            tl.open(at);
        }
    };
    let pick = move |ev: leptos::ev::Event| {
        if let Ok(who) = event_target_value(&ev).parse::<WhoRef>() {
            tl.go(|r| Action::Who(who).apply(&mut r.timeline));
        }
    };
    let status = move || {
        let model = tl.model.get();
        labels::shown(lang.get(), model.shown.len(), model.in_scope)
    };
    let open = move || tl.selected.with(Option::is_some);
    view! {
        <section class="gv-tl" class:gv-tl--open=open aria-label=msg(TimelineMsg::Heading) node_ref=tl.root
            on:click=click>
            <Heading depth=1 class="gv-tl-sr gv-tl__heading">{msg(TimelineMsg::Heading)}</Heading>
            <div node_ref=hosts.bar></div>
            <live::LiveBar tl=tl />
            <div node_ref=hosts.filters on:change=pick></div>
            <p class="gv-tl-status" role="status" aria-live="polite">{status}</p>
            <div class="gv-tl__body">
                <div class="gv-tl__main" node_ref=hosts.body on:keydown=keys></div>
                <detail::Detail tl=tl />
            </div>
            <p class="gv-tl__help" id=tl.help_id()>{msg(TimelineMsg::KeysHelp)}</p>
        </section>
    }
}
