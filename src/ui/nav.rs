//! The route signal and its place in the URL. Handlers change the route through `Nav::go`,
//! which writes the URL itself: no Effect copies state around.
//!
//! Where the route lives depends on the embedding (`Slot`, decided in the pure core): the
//! fragment on our own page and in an iframe, one query parameter in a host page. In an iframe
//! the app only replaces its own history entry and tells the host page (gv-embed.js), which
//! keeps the history, so Back is pressed once per step.

use std::sync::atomic::{AtomicU32, Ordering};

use gba_core::route::{Links, Route, Slot, UrlParts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::embed;
use crate::boot::{EmbedMode, MountConfig};

/// Whether a change makes a new history entry (Back returns to it) or replaces the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A navigation: view change, selection.
    Push,
    /// A refinement: typing, language.
    Replace,
}

/// The app's route and how to change it.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The current route (source of truth for everything in the URL).
    pub route: RwSignal<Route>,
    slot: StoredValue<Slot>,
    in_iframe: bool,
    /// A refinement not yet in the URL (typing): written when the typing pauses.
    pending: StoredValue<Option<Pending>, LocalStorage>,
}

/// Counts Back/Forward moves in the page: a URL write scheduled before one belongs to an
/// entry the reader has left, and is dropped. (One count for every app in the page, as the
/// page has one history; a static costs far less code than a reactive value.)
static MOVES: AtomicU32 = AtomicU32::new(0);

/// A URL write put off until the typing pauses.
struct Pending {
    timer: TimeoutHandle,
    fragment: String,
}

/// How long typing must pause before the URL follows. The History API costs several
/// milliseconds a call in Chromium, which each keystroke would otherwise wait for.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

impl Nav {
    /// Reads the route from the URL (our own page's fragment) and follows Back/Forward.
    pub fn from_url() -> Nav {
        Nav::for_config(&MountConfig {
            mode: EmbedMode::Page,
            slot: Slot::Fragment,
            ..MountConfig::for_url("")
        })
    }

    /// Reads the route from where `config` keeps it and follows Back/Forward and messages from
    /// the host page.
    pub fn for_config(config: &MountConfig) -> Nav {
        let slot = config.slot.clone();
        let route = RwSignal::new(Route::parse(&slot.read(&current_url())));
        let nav = Nav {
            route,
            slot: StoredValue::new(slot),
            in_iframe: matches!(config.mode, EmbedMode::Iframe { .. }),
            pending: StoredValue::new_local(None),
        };
        // Back/Forward and hand-edited URLs: the URL is the source; set the signal from it.
        let follow = move || {
            nav.moved();
            let from_url = Route::parse(&nav.slot.with_value(|s| s.read(&current_url())));
            if route.get_untracked() != from_url {
                let left = route.with_untracked(Route::to_fragment);
                route.set(from_url);
                keep_focus(left);
            }
        };
        let popstate = window_event_listener(leptos::ev::popstate, move |_| follow());
        let hashchange = window_event_listener(leptos::ev::hashchange, move |_| follow());
        on_cleanup(move || {
            popstate.remove();
            hashchange.remove();
            nav.take_pending();
        });
        if let EmbedMode::Iframe { host_origin } = &config.mode {
            embed::follow_host(host_origin.clone(), move |fragment| {
                let from_host = Route::parse(&fragment);
                if route.get_untracked() != from_host {
                    // The host page's Back or Forward: as a popstate is on our own page.
                    nav.moved();
                    write(
                        &nav.slot.get_value(),
                        &from_host.to_fragment(),
                        HistoryMode::Replace,
                    );
                    let left = route.with_untracked(Route::to_fragment);
                    route.set(from_host);
                    keep_focus(left);
                }
            });
        }
        nav
    }

    /// Changes the route and writes it to the URL.
    pub fn go(&self, mode: HistoryMode, change: impl FnOnce(&mut Route)) {
        let mut next = self.route.get_untracked();
        change(&mut next);
        if next == self.route.get_untracked() {
            return;
        }
        let fragment = next.to_fragment();
        self.route.set(next);
        // The page updates first; the URL follows in a later task: at once for a navigation,
        // after a pause for typing (so that one write covers many keystrokes).
        let nav = *self;
        if let Some(p) = self.take_pending() {
            if mode == HistoryMode::Push {
                // The entry being left keeps what was typed in it.
                nav.write_now(&p.fragment, HistoryMode::Replace);
            }
        }
        let (delay, keep) = match mode {
            HistoryMode::Push => (std::time::Duration::ZERO, None),
            HistoryMode::Replace => (TYPING_PAUSE, Some(fragment.clone())),
        };
        let moves = MOVES.load(Ordering::Relaxed);
        let Ok(timer) = set_timeout_with_handle(
            move || {
                // A typing pause: the waiting write is this one. (None: unmounted meanwhile.)
                let alive = nav.pending.try_update_value(|p| {
                    if mode == HistoryMode::Replace {
                        *p = None;
                    }
                });
                // Another count: Back or Forward came before this write (a click's push waits
                // for a task), and the URL already says where the reader is; writing would put
                // the left entry's route in it.
                if alive.is_some() && MOVES.load(Ordering::Relaxed) == moves {
                    nav.write_now(&fragment, mode);
                }
            },
            delay,
        ) else {
            return;
        };
        if let Some(fragment) = keep {
            self.pending.set_value(Some(Pending { timer, fragment }));
        }
    }

    /// Cancels the URL write waiting for a typing pause, if any, and returns it.
    // Inlined, as the code it replaced was: called, the wasm came out 1 KB larger in brotli
    // (249,959 against 249,004 bytes), for no reason but how it compressed.
    #[inline(always)]
    fn take_pending(&self) -> Option<Pending> {
        let p = self.pending.try_update_value(Option::take).flatten()?;
        p.timer.clear();
        Some(p)
    }

    /// Back or Forward (on our page or the host page's): every URL write scheduled before now
    /// belongs to an entry the reader has left.
    #[inline(always)]
    fn moved(&self) {
        self.take_pending();
        MOVES.fetch_add(1, Ordering::Relaxed);
    }

    /// Writes a route's fragment to the URL (and tells the host page, in an iframe).
    fn write_now(&self, fragment: &str, mode: HistoryMode) {
        let slot = self.slot.get_value();
        if self.in_iframe {
            write(&slot, fragment, HistoryMode::Replace);
            embed::announce_route(fragment, mode);
        } else {
            write(&slot, fragment, mode);
        }
    }

    /// The href of a link to `route` in this page (for links that also open in a new tab).
    pub fn href(&self, route: &Route) -> String {
        self.links().href(route)
    }

    /// Builds hrefs for where this page keeps its state (for markup made in the core).
    pub fn links(&self) -> Links {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        Links {
            slot: self.slot.get_value(),
            url: current_url(),
            path,
        }
    }

    /// A click handler for a container of core-made markup: a plain click on a link with
    /// `data-gv-route` goes there through `go` (so a host page never navigates and an iframe
    /// tells its host); modified clicks open the link's href in a new tab as usual.
    pub fn follow_links(self) -> impl Fn(web_sys::MouseEvent) + Copy + 'static {
        move |ev: web_sys::MouseEvent| {
            if ev.button() != 0
                || ev.ctrl_key()
                || ev.meta_key()
                || ev.shift_key()
                || ev.alt_key()
                || ev.default_prevented()
            {
                return;
            }
            let target = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let Some(link) = target.and_then(|t| t.closest("a[data-gv-route]").ok().flatten())
            else {
                return;
            };
            let Some(route) = link.get_attribute("data-gv-route") else {
                return;
            };
            ev.prevent_default();
            let next = Route::parse(&route);
            let left = self.route.with_untracked(Route::to_fragment);
            self.go(HistoryMode::Push, move |r| *r = next);
            if let Some(list) = ev.current_target().and_then(|t| t.dyn_into().ok()) {
                let place = LinkPlace::of(list, link, left);
                focus_after_redraw(Box::new(move || place.target()));
            }
        }
    }
}

/// The links of a list, in order.
fn links_in(list: &web_sys::Element) -> Vec<web_sys::Element> {
    let found = list.query_selector_all("a[href]").ok();
    (0..found.as_ref().map_or(0, |l| l.length()))
        .filter_map(|i| found.as_ref()?.item(i)?.dyn_into().ok())
        .collect()
}

/// A link followed in a list of links that may be drawn again (chips, pages) or replaced (a
/// result opening its detail), to give the focus a place when the link goes. (For Back and
/// Forward, the element focused then stands for both.)
struct LinkPlace {
    list: web_sys::Element,
    app: Option<web_sys::Element>,
    link: web_sys::Element,
    text: Option<String>,
    at: usize,
    /// The route left, as links write it.
    left: String,
}

impl LinkPlace {
    fn of(list: web_sys::Element, link: web_sys::Element, left: String) -> LinkPlace {
        let at = links_in(&list).iter().position(|l| *l == link);
        LinkPlace {
            app: list.closest(".gv-app").ok().flatten(),
            list,
            text: link.text_content(),
            link,
            at: at.unwrap_or(0),
            left,
        }
    }

    /// Where the focus goes when the link followed is gone and the focus with it. If its list
    /// is still there: the link with the same text ("Next"), else the one now in its place
    /// (the next chip, "Clear all"), else what the list names in `data-gv-refocus` (a
    /// selector, inside the app). If the list went too (another view): the view's heading
    /// made to take focus (a detail's), else the link back to the route left (the result
    /// whose detail closed).
    fn target(&self) -> Option<web_sys::Element> {
        let lost = document()
            .active_element()
            .is_none_or(|a| a.local_name() == "body");
        if self.link.is_connected() || !lost {
            return None;
        }
        let find = |selector: &str| self.app.as_ref()?.query_selector(selector).ok()?;
        if !self.list.is_connected() {
            // Route values are percent-escaped: no quote or backslash to escape here.
            let back = format!("a[data-gv-route=\"{}\"]", self.left);
            return find("[tabindex=\"-1\"]:is(h1, h2, h3, h4, h5, h6)").or_else(|| find(&back));
        }
        let links = links_in(&self.list);
        links
            .iter()
            .find(|l| l.text_content() == self.text)
            .or_else(|| links.get(self.at).or(links.last()))
            .cloned()
            .or_else(|| find(&self.list.get_attribute("data-gv-refocus")?))
    }
}

/// After Back or Forward to another route: if the redraw takes the focused element away (a
/// detail closing), the focus goes where following a link would put it (`LinkPlace`).
fn keep_focus(left: String) {
    if let Some(active) = document().active_element() {
        let place = LinkPlace::of(active.clone(), active, left);
        focus_after_redraw(Box::new(move || place.target()));
    }
}

/// Focuses what `find` finds once the DOM has caught up with a change just made (the next
/// animation frame: the reactive updates run before it). One boxed type for every caller, so
/// one copy of the frame callback.
pub fn focus_after_redraw(find: Box<dyn FnOnce() -> Option<web_sys::Element>>) {
    request_animation_frame(move || {
        if let Some(el) = find().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The current page's `search` and `hash`.
fn current_url() -> UrlParts {
    let location = web_sys::window().map(|w| w.location());
    UrlParts {
        search: location
            .as_ref()
            .and_then(|l| l.search().ok())
            .unwrap_or_default(),
        hash: location
            .as_ref()
            .and_then(|l| l.hash().ok())
            .unwrap_or_default(),
    }
}

/// Writes the route into its slot with the History API (no scroll jump, no hashchange event).
fn write(slot: &Slot, fragment: &str, mode: HistoryMode) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let parts = slot.write(&current_url(), fragment);
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{}{}", parts.search, parts.hash);
    let Ok(history) = window.history() else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&state, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&state, "", Some(&url)),
    };
}
