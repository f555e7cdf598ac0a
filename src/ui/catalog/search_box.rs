//! The search box: typing replaces the history entry, so Back skips the keystrokes.

use gba_core::i18n::CatalogMsg;
use leptos::prelude::*;

use super::state::use_catalog;
use crate::ui::nav::HistoryMode;
use crate::ui::text::msg;

/// Search across names, partners, descriptions and cities (pinyin too).
#[component]
pub fn SearchBox() -> impl IntoView {
    let catalog = use_catalog();
    let q = move || catalog.route.with(|r| r.q.clone());
    view! {
        <div class="gv-search" role="search">
            <label class="gv-search__label" for="gv-search-input">{msg(CatalogMsg::SearchLabel)}</label>
            <input
                id="gv-search-input"
                class="gv-search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="gv-search-hint"
                prop:value=q
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    catalog.go(HistoryMode::Replace, |r| {
                        r.q = value;
                        r.refined();
                    });
                }
            />
            <p class="gv-search__hint" id="gv-search-hint">{msg(CatalogMsg::SearchHint)}</p>
        </div>
    }
}
