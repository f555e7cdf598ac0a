//! Reading the current language and showing text in it.

use gba_core::i18n::Message;
use gba_core::text::{Lang, Text};
use leptos::prelude::*;

/// The current language, provided by `App`.
pub fn use_lang() -> Signal<Lang> {
    use_context::<Signal<Lang>>().unwrap_or_else(|| Signal::stored(Lang::Zh))
}

/// An interface string that follows the language.
pub fn msg<M: Message + Send + Sync>(
    m: M,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || m.text(lang.get())
}

/// Content text in the current language. When only the other language exists, it is shown
/// in a span carrying that language's `lang` attribute, so screen readers pronounce it right.
#[component]
pub fn Tr(
    /// The bilingual text.
    text: Text,
) -> impl IntoView {
    let lang = use_lang();
    let text_for_lang = text.clone();
    view! {
        <span lang=move || {
            let asked = lang.get();
            let shown = text_for_lang.pick(asked);
            shown.is_fallback(asked).then(|| shown.lang.bcp47())
        }>{move || text.get(lang.get()).to_owned()}</span>
    }
}

/// A formatted value that depends on the language (dates, money).
pub fn fmt<F>(format: F) -> impl Fn() -> String + Send + Sync + 'static
where
    F: Fn(Lang) -> String + Send + Sync + 'static,
{
    let lang = use_lang();
    move || format(lang.get())
}
