//! The timeline's state: a few memos over the route and the dataset, and the handlers that
//! change the route or move focus. Every decision is made by `gba_core::timeline`.

use std::sync::Arc;

use gba_core::model::{Dataset, EventIx};
use gba_core::route::{Route, TimelineRoute};
use gba_core::time::DateTime;
use gba_core::timeline::layout::LayoutOptions;
use gba_core::timeline::live::{live, Live};
use gba_core::timeline::model::{self, Model};
use leptos::html::Section;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::markup::{draw_piece, Piece};
use crate::ui::nav::{focus_after_redraw, HistoryMode, Nav};

/// Widths the CSS gives the track, in quarter-ems of the timeline's font size: a day at least
/// 16em, a card 10em.
pub const LAYOUT: LayoutOptions = LayoutOptions {
    day_units: 64,
    card_units: 40,
};

/// The track's vertical geometry in eighths of an em (the timeline's font size, so it follows
/// the large-text mode); style/timeline.css draws with the same sizes (`--gv-head`, `--gv-row`,
/// the card's height): keep them equal.
pub mod geometry {
    /// The day headings above the lanes: 3.5em.
    pub const HEAD: u32 = 28;
    /// One row of a lane: 5.25em.
    pub const ROW: u32 = 42;
    /// The space above a card in its row: 0.375em.
    pub const GAP: u32 = 3;
}

/// The timeline's state, shared by its components (all fields are `Copy` handles).
#[derive(Clone, Copy)]
pub struct Tl {
    /// The dataset.
    pub data: StoredValue<Arc<Dataset>>,
    /// The route.
    pub nav: Nav,
    /// The timeline's part of the route.
    pub route: Memo<TimelineRoute>,
    /// The event whose detail is open.
    pub selected: Memo<Option<EventIx>>,
    /// Everything shown for the route (scope, filter results, counts, body, key order).
    pub model: Memo<Arc<Model>>,
    /// The event with the roving focus (the one tab stop), once moved.
    pub active: RwSignal<Option<EventIx>>,
    /// The event that holds the tab stop.
    pub tab_stop: Memo<Option<EventIx>>,
    /// Live marks.
    pub live: Memo<Live>,
    /// The clock (China Standard Time).
    pub now: Signal<DateTime>,
    /// The app title's heading level (headings in the timeline's markup sit below it).
    pub headings: u8,
    /// The element around the timeline, for finding cards to focus.
    pub root: NodeRef<Section>,
    /// Pieces of the body left for later, next last (see `markup`).
    pub later: StoredValue<Vec<Piece>>,
    /// Unique on the page, for ids.
    pub uid: u32,
}

impl Tl {
    /// Builds the state for one mounted timeline.
    pub fn new(data: Arc<Dataset>, nav: Nav, now: Signal<DateTime>, uid: u32) -> Tl {
        let stored = StoredValue::new(data);
        let d = move || stored.get_value();
        let route = Memo::new(move |_| nav.route.with(|r| r.timeline.clone()));
        let selected = Memo::new(move |_| route.with(|t| model::selected(&d(), t)));
        let model = Memo::new(move |_| route.with(|t| Arc::new(Model::build(&d(), t, LAYOUT))));
        let active = RwSignal::new(None);
        let tab_stop = Memo::new(move |_| {
            let m = model.get();
            let listed = |e: Option<EventIx>| e.filter(|&e| m.order.position(e).is_some());
            listed(active.get())
                .or(listed(selected.get()))
                .or(m.order.order.first().copied())
        });
        let all: Vec<EventIx> = (0..d().events.len()).map(|i| EventIx(i as u32)).collect();
        let live = Memo::new(move |_| live(&d(), &all, now.get()));
        Tl {
            data: stored,
            nav,
            route,
            selected,
            model,
            active,
            tab_stop,
            live,
            now,
            root: NodeRef::new(),
            later: StoredValue::new(Vec::new()),
            uid,
            headings: crate::ui::text::heading_base(),
        }
    }

    /// The dataset.
    pub fn data(&self) -> Arc<Dataset> {
        self.data.get_value()
    }

    /// Changes the route (a new history entry).
    pub fn go(&self, change: impl FnOnce(&mut Route)) {
        self.nav.go(HistoryMode::Push, change);
    }

    /// Opens an event's detail and moves focus into it.
    pub fn open(&self, event: EventIx) {
        let id = self.data().events[event.ix()].id.to_string();
        self.activate(event);
        self.go(|r| r.timeline.event = Some(id));
        let root = self.root;
        // The detail is drawn by the next reactive update; focus it once it is there.
        focus_after_redraw(Box::new(move || {
            root.get_untracked()?
                .query_selector(".gv-tl-detail__title")
                .ok()?
        }));
    }

    /// Closes the detail and returns focus to its event.
    pub fn close(&self) {
        let Some(event) = self.selected.get_untracked() else {
            return;
        };
        self.go(|r| r.timeline.event = None);
        self.focus(event);
    }

    /// Moves the roving focus to an event's card.
    pub fn focus(&self, event: EventIx) {
        self.activate(event);
        if let Some(card) = self.card(event) {
            let _ = card.focus();
        }
    }

    /// Gives an event the roving focus. The first time, cards the browser draws from then on
    /// stay drawn (`drawn`): moves scroll the page, and this spares each one a second frame.
    /// Not from the start, because at the start every card, off screen or not, reports its
    /// state once: 2,000 calls into the app at 2,000 events (about 30 ms).
    fn activate(&self, event: EventIx) {
        if self.active.get_untracked().is_none() {
            if let Some(root) = self.root.get_untracked() {
                super::drawn::listen(&root);
            }
        }
        self.active.set(Some(event));
    }

    /// The start of the cards' ids: unique on the page, so a card is found in O(1).
    pub fn card_ids(&self) -> String {
        format!("gv-tl{}-", self.uid)
    }

    /// An event's card, if shown: a card in a piece left for later is drawn now.
    pub fn card(&self, event: EventIx) -> Option<web_sys::HtmlElement> {
        let document = web_sys::window()?.document()?;
        let id = format!("gv-tl{}-{}", self.uid, event.0);
        loop {
            if let Some(card) = document.get_element_by_id(&id) {
                return card.dyn_into().ok();
            }
            if !self.draw_later() {
                return None;
            }
        }
    }

    /// Puts the next piece of the body left for later in its place; false when none was left.
    pub fn draw_later(&self) -> bool {
        let Some(piece) = self.later.try_update_value(Vec::pop).flatten() else {
            return false;
        };
        if let Some(root) = self.root.try_get_untracked().flatten() {
            draw_piece(&root, piece);
        }
        true
    }

    /// The id of the keyboard help, which describes the list boxes.
    pub fn help_id(&self) -> String {
        format!("gv-tl-keys-{}", self.uid)
    }
}
