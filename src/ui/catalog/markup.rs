//! Read-only parts of the catalog drawn from markup that `gba_core::catalog::html` builds
//! (escaped there, tested on the host). Their links change the URL; the app follows the URL.

use gba_core::catalog::html;
use leptos::prelude::*;

use super::state::use_catalog;
use crate::ui::nav::Nav;
use crate::ui::text::{heading_base, use_lang};

/// The active-filter chips.
#[component]
pub fn Chips() -> impl IntoView {
    let catalog = use_catalog();
    let nav = expect_context::<Nav>();
    let lang = use_lang();
    let markup = move || {
        nav.route.with(|r| {
            catalog
                .index
                .with_value(|ix| html::chips(ix, r, &nav.links(), lang.get()))
        })
    };
    view! { <div class="gv-catalog__chips" on:click=nav.follow_links() inner_html=markup></div> }
}

/// Count, totals and charts of the results.
#[component]
pub fn Summary() -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let base = heading_base();
    let markup = move || {
        catalog.outcome.with(|o| {
            catalog
                .index
                .with_value(|ix| html::summary(ix, o, lang.get(), base))
        })
    };
    view! { <section class="gv-summary" aria-label=move || gba_core::i18n::CatalogMsg::SummaryHeading.text(lang.get()) inner_html=markup></section> }
}

/// A project's detail.
#[component]
pub fn Detail(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let nav = expect_context::<Nav>();
    let lang = use_lang();
    let base = heading_base();
    let markup = move || {
        nav.route.with(|r| {
            catalog
                .index
                .with_value(|ix| html::detail(ix, r, &nav.links(), &id, lang.get(), base))
        })
    };
    view! { <div class="gv-detail" on:click=nav.follow_links() inner_html=markup></div> }
}
