//! The result list: count (announced to screen readers), sort, page size, export, the page of
//! projects and the pagination.

use gba_core::catalog::{html, redraw, PerPage, Sort, SortDir, SortKey};
use gba_core::i18n::{self, CatalogMsg};
use gba_core::model::ProjectIx;
use gba_core::route::CatalogRoute;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::export::ExportButtons;
use super::state::use_catalog;
use crate::ui::effect::{dom_effect, Drawn};
use crate::ui::nav::{focus_after_redraw, HistoryMode, Nav};
use crate::ui::text::{heading_base, msg, use_lang};

/// The menu label of a sort order.
fn sort_label(sort: Sort) -> CatalogMsg {
    match (sort.key, sort.dir) {
        (SortKey::Dataset, _) => CatalogMsg::SortDataset,
        (SortKey::Amount, SortDir::Desc) => CatalogMsg::SortAmountDesc,
        (SortKey::Amount, SortDir::Asc) => CatalogMsg::SortAmountAsc,
        (SortKey::Name, SortDir::Asc) => CatalogMsg::SortNameAsc,
        (SortKey::Name, SortDir::Desc) => CatalogMsg::SortNameDesc,
        (SortKey::City, SortDir::Asc) => CatalogMsg::SortCityAsc,
        (SortKey::City, SortDir::Desc) => CatalogMsg::SortCityDesc,
        (SortKey::Stage, SortDir::Asc) => CatalogMsg::SortStageAsc,
        (SortKey::Stage, SortDir::Desc) => CatalogMsg::SortStageDesc,
    }
}

/// Count, controls, list, pages.
#[component]
pub fn Results() -> impl IntoView {
    let catalog = use_catalog();
    let nav = expect_context::<Nav>();
    let lang = use_lang();
    let total = move || catalog.outcome.with(|o| o.total);
    let per = move || catalog.route.with(|r| r.per);
    let base = heading_base();
    let section = NodeRef::<leptos::html::Section>::new();
    // Writes the page into the list (the DOM only, no signal). The cards the new page shares,
    // in order, with the one drawn stay (typing, a filter added or removed): only their links
    // follow the route, and the browser styles and lays out only the cards added (a keystroke
    // rewrote 20 cards, 480 elements, before). The effect's value: the projects drawn (by
    // index), and in which language.
    dom_effect(move |before: Option<Drawn>| {
        let lang = lang.get();
        let page = catalog.page.get();
        let now: Vec<usize> = page.iter().map(|p| p.ix()).collect();
        let ol = section
            .get()
            .and_then(|s| s.query_selector(".gv-results__list").ok().flatten());
        if let Some(ol) = ol {
            nav.route.with(|r| {
                catalog.index.with_value(|ix| {
                    let links = nav.links();
                    let draw = |part: &[ProjectIx]| html::results(ix, r, &links, part, lang, base);
                    let nodes = ol.child_nodes();
                    let cards: Vec<web_sys::Element> = (0..nodes.length())
                        .filter_map(|i| nodes.item(i)?.dyn_into().ok())
                        .collect();
                    let before = before
                        .flatten()
                        .filter(|(b, l)| *l == lang && b.len() == cards.len())
                        .map(|b| b.0)
                        .unwrap_or_default();
                    let plan = redraw::plan(&before, &now);
                    if !plan.keep.contains(&true) {
                        ol.set_inner_html(&draw(&page));
                        return;
                    }
                    for (at, run) in plan.add {
                        let markup = draw(&page[run]);
                        let _ = match cards.get(at) {
                            Some(card) => card.insert_adjacent_html("beforebegin", &markup),
                            None => ol.insert_adjacent_html("beforeend", &markup),
                        };
                    }
                    for ((card, &p), keep) in cards.iter().zip(&before).zip(plan.keep) {
                        if !keep {
                            card.remove();
                        } else if let Ok(Some(a)) = card.query_selector("a") {
                            let target = html::result_route(ix, r, ProjectIx(p as u32));
                            for (name, value) in html::link_attributes(&links, &target) {
                                let _ = a.set_attribute(name, &value);
                            }
                        }
                    }
                })
            });
        }
        Some((now, lang))
    });
    let pages = Memo::new(move |_| {
        nav.route
            .with(|r| html::pagination(r, &nav.links(), total(), lang.get()))
    });
    view! {
        // With nothing found, sorting, page size and export have nothing to act on: they go
        // (the count and the empty state's "Clear all" stay).
        <section class="gv-results" node_ref=section class:gv-results--empty=move || total() == 0 aria-labelledby="gv-results-count">
            <div class="gv-results__bar">
                <p class="gv-results__count" id="gv-results-count" role="status" aria-live="polite" aria-atomic="true">
                    {move || i18n::catalog::results_found(lang.get(), total())}
                </p>
                <div class="gv-results__controls">
                    <label class="gv-select">
                        <span class="gv-select__label">{msg(CatalogMsg::SortLabel)}</span>
                        <select class="gv-select__input" prop:value=move || catalog.route.with(|r| r.sort.to_string())
                            on:change=move |ev| {
                                let sort = event_target_value(&ev).parse().unwrap_or_default();
                                catalog.go(HistoryMode::Push, |r| { r.sort = sort; r.page = 0; });
                            }>
                            // `selected` for the first drawing (the options come after the
                            // select's value is set); `prop:value` keeps it right afterwards.
                            {Sort::MENU.into_iter().map(|s| view! {
                                <option value=s.to_string() selected=catalog.route.with_untracked(|r| r.sort == s)>{msg(sort_label(s))}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="gv-select">
                        <span class="gv-select__label">{msg(CatalogMsg::PerPageLabel)}</span>
                        <select class="gv-select__input" prop:value=move || per().get().to_string()
                            on:change=move |ev| {
                                let per: PerPage = event_target_value(&ev).parse().unwrap_or_default();
                                catalog.go(HistoryMode::Push, |r| { r.per = per; r.page = 0; });
                            }>
                            {PerPage::ALL.into_iter().map(|p| view! {
                                <option value=p.get().to_string() selected=catalog.route.with_untracked(|r| r.per == p)>{p.get()}</option>
                            }).collect_view()}
                        </select>
                    </label>
                </div>
            </div>
            <ExportButtons />
            {move || (total() == 0).then(|| view! {
                <div class="gv-results__empty">
                    <p class="gv-results__empty-title">{msg(CatalogMsg::NoResults)}</p>
                    <p>{msg(CatalogMsg::NoResultsHelp)}</p>
                    <button type="button" class="gv-button" on:click=move |_| {
                        catalog.go(HistoryMode::Push, CatalogRoute::clear_filters);
                        // The button goes with the empty state: the keyboard goes on from the
                        // search field.
                        let search = section.get_untracked().and_then(|s| s.closest(".gv-catalog").ok().flatten()).and_then(|c| c.query_selector(".gv-search__input").ok().flatten());
                        focus_after_redraw(Box::new(move || search));
                    }>
                        {msg(CatalogMsg::ClearAll)}
                    </button>
                </div>
            })}
            <ol class="gv-results__list" on:click=nav.follow_links()></ol>
            <div class="gv-results__pages" on:click=nav.follow_links() inner_html=pages></div>
        </section>
    }
}
