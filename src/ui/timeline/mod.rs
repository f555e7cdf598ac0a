//! The timeline view: zoom and lane switches, live bar, filters, the timeline itself (one
//! edition's days, or the editions side by side) and the selected event's detail.

mod card;
mod detail;
mod filters;
mod history;
mod live;
mod markup;
mod state;
mod sync;
mod toolbar;
mod visit;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use gba_core::i18n::TimelineMsg;
use gba_core::model::{Dataset, Edition, EventIx};
use gba_core::route::Zoom;
use gba_core::timeline::keys::Move;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::nav::Nav;
use crate::ui::text::{msg, use_lang};
use state::Tl;

/// Numbers the timelines of a page, for ids that must be unique (several apps may be mounted).
static MOUNTED: AtomicU32 = AtomicU32::new(0);

impl Tl {
    /// The id of the keyboard help, which describes the list boxes.
    pub fn help_id(&self) -> String {
        format!("gv-tl-keys-{}", self.uid)
    }
}

/// The event of the card an event happened in, if any.
fn card_of(ev: &web_sys::Event) -> Option<EventIx> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let card = target.closest("[data-ix]").ok()??;
    card.get_attribute("data-ix")?.parse().ok().map(EventIx)
}

/// What a click on the body asks for: a card opens its detail; an edition's button its days.
fn clicked(ev: &web_sys::Event) -> Option<Result<EventIx, Edition>> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    if let Some(zoom) = target.closest("[data-zoom]").ok()? {
        return zoom.get_attribute("data-zoom")?.parse().ok().map(Err);
    }
    card_of(ev).map(Ok)
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
    let host = NodeRef::<Div>::new();
    sync::draw(tl, host, lang);

    // One listener for every card: arrows, Home/End, PageUp/PageDown move the roving focus;
    // Enter or Space opens the detail; Escape closes it.
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let Some(at) = card_of(&ev) else { return };
        let key = ev.key();
        if let Some(movement) = Move::from_key(&key) {
            ev.prevent_default();
            if let Some(to) = tl.order.with_untracked(|o| o.step(Some(at), movement)) {
                tl.focus(to);
            }
        } else if key == "Enter" || key == " " {
            ev.prevent_default();
            tl.open(at);
        } else if key == "Escape" {
            tl.close();
        }
    };
    let click = move |ev: leptos::ev::MouseEvent| match clicked(&ev) {
        Some(Ok(at)) => tl.open(at),
        Some(Err(edition)) => tl.go(|r| r.timeline.zoom = Zoom::Visit(Some(edition))),
        None => {}
    };
    let open = move || tl.selected.with(Option::is_some);
    view! {
        <section class="gv-tl" class:gv-tl--open=open aria-label=msg(TimelineMsg::Heading) node_ref=tl.root>
            <h2 class="gv-tl-sr">{msg(TimelineMsg::Heading)}</h2>
            <toolbar::Toolbar tl=tl />
            <live::LiveBar tl=tl />
            <filters::Filters tl=tl />
            <div class="gv-tl__body">
                <div class="gv-tl__main" node_ref=host on:keydown=keys on:click=click></div>
                <detail::Detail tl=tl />
            </div>
            <p class="gv-tl__help" id=tl.help_id()>{msg(TimelineMsg::KeysHelp)}</p>
        </section>
    }
}
