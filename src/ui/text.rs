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

/// The level of the app's title heading (1 on its own page, 2 or as configured in a host
/// page); other headings are relative to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingBase(pub u8);

/// The app title's heading level (from the mount's `data-heading-level`; 1 when not given).
pub fn heading_base() -> u8 {
    use_context::<HeadingBase>().map_or(1, |b| b.0)
}

/// A heading `depth` levels below the app's title (0 = the title itself), clamped to h6, so the
/// app's outline fits under whatever heading the host page gives it.
#[component]
pub fn Heading(
    /// 0 for the app title, 1 for sections, 2 for items.
    depth: u8,
    /// CSS class.
    #[prop(into)]
    class: String,
    /// Optional id (for aria-labelledby).
    #[prop(optional, into)]
    id: Option<String>,
    /// Content.
    children: Children,
) -> impl IntoView {
    let level = gba_core::catalog::html::heading_level(heading_base(), depth);
    let children = children();
    match level {
        1 => view! { <h1 class=class id=id>{children}</h1> }.into_any(),
        2 => view! { <h2 class=class id=id>{children}</h2> }.into_any(),
        3 => view! { <h3 class=class id=id>{children}</h3> }.into_any(),
        4 => view! { <h4 class=class id=id>{children}</h4> }.into_any(),
        5 => view! { <h5 class=class id=id>{children}</h5> }.into_any(),
        _ => view! { <h6 class=class id=id>{children}</h6> }.into_any(),
    }
}
