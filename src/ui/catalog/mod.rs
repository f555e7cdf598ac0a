//! The project catalog view: search, facets, range, chips, summary, results, detail, export.
//! Every component wires signals to `gba_core::catalog`; the state lives in the URL.

mod export;
mod facets;
mod markup;
mod range;
mod results;
mod search_box;
mod state;

use std::sync::Arc;

use gba_core::catalog::CatalogIndex;
use gba_core::i18n::CatalogMsg;
use leptos::prelude::*;

use crate::ui::text::{msg, Heading};
pub use state::Catalog;

/// The catalog view: what the Projects tab shows.
#[component]
pub fn CatalogView(
    /// The index of the loaded dataset (built while loading).
    index: Arc<CatalogIndex>,
) -> impl IntoView {
    let catalog = Catalog::new(index);
    provide_context(catalog);
    let filters_open = RwSignal::new(false);
    let active = move || catalog.route.with(|r| r.is_filtered());
    // Only opening or closing a detail swaps the main area; other changes update it in place.
    let project = Memo::new(move |_| catalog.route.with(|r| r.project.clone()));
    view! {
        <section class="gv-catalog" aria-labelledby="gv-catalog-heading">
            <Heading depth=1 class="gv-catalog__heading" id="gv-catalog-heading">{msg(CatalogMsg::Heading)}</Heading>
            <search_box::SearchBox />
            <div class="gv-catalog__layout">
                <button
                    type="button"
                    class="gv-button gv-catalog__filters-toggle"
                    aria-controls="gv-catalog-filters"
                    aria-expanded=move || filters_open.get().to_string()
                    on:click=move |_| filters_open.update(|o| *o = !*o)
                >
                    {move || if filters_open.get() { msg(CatalogMsg::HideFilters)() } else { msg(CatalogMsg::ShowFilters)() }}
                    <span class="gv-catalog__filters-dot" class:gv-catalog__filters-dot--on=active aria-hidden="true"></span>
                </button>
                <div
                    role="region"
                    class="gv-catalog__sidebar"
                    class:gv-catalog__sidebar--open=move || filters_open.get()
                    id="gv-catalog-filters"
                    aria-label=msg(CatalogMsg::FiltersHeading)
                >
                    <facets::FacetPanel />
                    <range::RangeFilter />
                </div>
                <div class="gv-catalog__main">
                    <markup::Chips />
                    {move || match project.get() {
                        Some(id) => view! { <markup::Detail id=id /> }.into_any(),
                        None => view! { <markup::Summary /><results::Results /> }.into_any(),
                    }}
                </div>
            </div>
        </section>
    }
}
