//! Title, description and the language switch.

use std::sync::Arc;

use gba_core::i18n::{self, Msg};
use gba_core::model::Dataset;
use leptos::prelude::*;

use super::DisplayToolbar;
use crate::ui::nav::{HistoryMode, Nav};
use crate::ui::text::{fmt, msg, use_lang, Heading, Tr};

/// The header of the loaded app.
#[component]
pub fn Header(
    data: Arc<Dataset>,
    /// The id of the title heading (the app's region is labelled by it).
    #[prop(into)]
    title_id: String,
) -> impl IntoView {
    let meta = data.meta.clone();
    let updated = meta.updated;
    view! {
        <header class="gv-header">
            <div class="gv-header__text">
                <Heading depth=0 class="gv-header__title" id=title_id><Tr text=meta.title.clone() /></Heading>
                {meta.description.clone().map(|d| view! { <p class="gv-header__description"><Tr text=d /></p> })}
                {updated.map(|d| view! {
                    <p class="gv-header__updated">{msg(Msg::Updated)}" "{fmt(move |lang| i18n::date(lang, d))}</p>
                })}
            </div>
            <DisplayToolbar />
        </header>
    }
}

/// Switches between Chinese and English; the choice goes into the URL.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let nav = expect_context::<Nav>();
    let switch = move |_| {
        let next = lang.get_untracked().other();
        nav.go(HistoryMode::Replace, |r| r.lang = Some(next));
    };
    view! {
        <button
            type="button"
            class="gv-button gv-lang-switch"
            on:click=switch
            lang=move || lang.get().other().bcp47()
            aria-label=move || format!("{}: {}", Msg::Language.text(lang.get()), Msg::SwitchToOther.text(lang.get()))
        >
            {msg(Msg::SwitchToOther)}
        </button>
    }
}
