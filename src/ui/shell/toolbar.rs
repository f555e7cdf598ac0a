//! The display toolbar: language, large text, high contrast. Text size and contrast are
//! remembered in the browser's storage when it is available (and simply not remembered when
//! a portal's sandbox or the reader's settings block it).

use gba_core::i18n::Msg;
use gba_core::prefs::{Contrast, Prefs, TextSize, STORAGE_KEY};
use leptos::prelude::*;

use super::header::LangSwitch;
use crate::ui::text::msg;

/// The reader's display preferences, provided by `App`.
#[derive(Clone, Copy)]
pub struct PrefsSignal(pub RwSignal<Prefs>);

/// Reads the stored preferences, or the system's contrast preference.
pub fn initial_prefs() -> Prefs {
    let window = web_sys::window();
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let system_high = window
        .and_then(|w| w.match_media("(prefers-contrast: more)").ok().flatten())
        .is_some_and(|m| m.matches());
    Prefs::from_storage(stored.as_deref(), system_high)
}

fn remember(prefs: Prefs) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        // Storage can be full or blocked; the choice then lasts for this visit only.
        let _ = storage.set_item(STORAGE_KEY, &prefs.to_storage());
    }
}

/// Language, large text and high contrast, as toggle buttons.
#[component]
pub fn DisplayToolbar() -> impl IntoView {
    // Outside an App (component tests) the toolbar keeps its own state.
    let prefs =
        use_context::<PrefsSignal>().map_or_else(|| RwSignal::new(initial_prefs()), |p| p.0);
    let change = move |f: fn(&mut Prefs)| {
        prefs.update(f);
        remember(prefs.get_untracked());
    };
    let large = move || prefs.with(|p| p.text == TextSize::Large);
    let high = move || prefs.with(|p| p.contrast == Contrast::High);
    view! {
        <div class="gv-toolbar" role="group" aria-label=msg(Msg::DisplayToolbar)>
            <LangSwitch />
            <button
                type="button"
                class="gv-button gv-toolbar__toggle"
                aria-pressed=move || large().to_string()
                on:click=move |_| change(|p| p.text = if p.text == TextSize::Large { TextSize::Normal } else { TextSize::Large })
            >
                <span class="gv-toolbar__icon" aria-hidden="true">"A+"</span>
                {msg(Msg::LargeText)}
            </button>
            <button
                type="button"
                class="gv-button gv-toolbar__toggle"
                aria-pressed=move || high().to_string()
                on:click=move |_| change(|p| p.contrast = if p.contrast == Contrast::High { Contrast::Standard } else { Contrast::High })
            >
                <span class="gv-toolbar__icon" aria-hidden="true">"◐"</span>
                {msg(Msg::HighContrast)}
            </button>
        </div>
    }
}
