//! Loading and load-failure states: never a blank page.

use gba_core::i18n::Msg;
use gba_core::load_error::LoadError;
use gba_core::text::Lang;
use leptos::prelude::*;

use crate::ui::load::LoadProgress;
use crate::ui::text::{msg, use_lang, Heading};

/// Shown while the dataset loads; says how far checking a large file has come.
#[component]
pub fn Loading(progress: LoadProgress) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="gv-status" role="status" aria-live="polite">
            <span class="gv-status__spinner" aria-hidden="true"></span>
            {msg(Msg::Loading)}
            {move || progress.get().map(|p| format!(" {}{p}%", Msg::Checking.text(lang.get())))}
        </div>
    }
}

/// What went wrong, in both languages (the current one first), with a Retry button.
#[component]
pub fn LoadErrorPanel(
    error: LoadError,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let other_error = error.clone();
    view! {
        <div class="gv-error" role="alert">
            <Heading depth=1 class="gv-error__title">{msg(Msg::LoadFailed)}</Heading>
            <p class="gv-error__message">{move || error.message(lang.get())}</p>
            <p class="gv-error__message gv-error__message--other" lang=move || lang.get().other().bcp47()>
                {move || {
                    let other: Lang = lang.get().other();
                    format!("{} — {}", Msg::LoadFailed.text(other), other_error.message(other))
                }}
            </p>
            <button type="button" class="gv-button gv-button--primary" on:click=move |_| on_retry()>
                {msg(Msg::Retry)}
            </button>
        </div>
    }
}
