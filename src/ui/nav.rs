//! The route signal and its place in the URL. Handlers change the route through `Nav::go`,
//! which writes the URL itself: no Effect copies state around.

use gba_core::route::Route;
use leptos::prelude::*;

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
}

impl Nav {
    /// Reads the route from the URL and follows Back/Forward and edited fragments.
    pub fn from_url() -> Nav {
        let route = RwSignal::new(Route::parse(&current_fragment()));
        let nav = Nav { route };
        // Back/Forward and hand-edited fragments: the URL is the source; set the signal from it.
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let from_url = Route::parse(&current_fragment());
            if route.get_untracked() != from_url {
                route.set(from_url);
            }
        });
        on_cleanup(move || handle.remove());
        nav
    }

    /// Changes the route and writes it to the URL.
    pub fn go(&self, mode: HistoryMode, change: impl FnOnce(&mut Route)) {
        let mut next = self.route.get_untracked();
        change(&mut next);
        if next == self.route.get_untracked() {
            return;
        }
        write_fragment(&next.to_fragment(), mode);
        self.route.set(next);
    }
}

/// The fragment without `#`.
fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Writes the fragment with the History API (no scroll jump, no hashchange event).
fn write_fragment(fragment: &str, mode: HistoryMode) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let url = if fragment.is_empty() {
        base
    } else {
        format!("{base}#{fragment}")
    };
    let Ok(history) = window.history() else {
        return;
    };
    let _ = match mode {
        HistoryMode::Push => {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        HistoryMode::Replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
    };
}
