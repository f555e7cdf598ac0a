//! Read-only parts of the catalog drawn from markup that `gba_core::catalog::html` builds
//! (escaped there, tested on the host). Their links change the URL; the app follows the URL.

use gba_core::catalog::html::{self, Chart};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::use_catalog;
use crate::ui::effect::dom_effect;
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
    view! { <div class="gv-catalog__chips" data-gv-refocus=".gv-search__input" on:click=nav.follow_links() inner_html=markup></div> }
}

/// Count, totals and charts of the results, drawn in the frame after the one that shows the
/// results: a keystroke's or a filter click's frame then shows the count, cards and facet
/// counts without also building, styling and laying out the summary (that frame painted about
/// 2 ms sooner at 100,000 projects, 3 ms at 1,000: docs/performance-log.md section 4). Redrawn whole;
/// a table the user opened stays open.
#[component]
pub fn Summary() -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let base = heading_base();
    let host = NodeRef::<leptos::html::Section>::new();
    let index = catalog.index.get_value();
    // What the redraw asked for shows, if one is: changes within one frame redraw it once.
    let pending = std::rc::Rc::new(std::cell::Cell::new(None));
    dom_effect(move |_: Option<()>| {
        let Some(host) = host.get() else {
            return;
        };
        if pending
            .replace(Some((catalog.outcome.get(), lang.get())))
            .is_some()
        {
            return;
        }
        let (pending, index) = (pending.clone(), index.clone());
        // A frame callback asked for now runs in the frame that shows the results; one asked
        // for from it runs in the next. It holds what it draws (no signal: the view may be
        // gone by then).
        request_animation_frame(move || {
            request_animation_frame(move || {
                let Some((outcome, lang)) = pending.take() else {
                    return;
                };
                let open: Vec<Chart> = Chart::ALL
                    .into_iter()
                    .filter(|c| {
                        let open = format!("#{}[open]", c.table_id());
                        host.query_selector(&open).ok().flatten().is_some()
                    })
                    .collect();
                // A chart's toggle holding the keyboard focus (Back pressed there) is replaced:
                // its successor takes the focus. (The collection is live: after the redraw it
                // holds the new toggles.)
                let toggles = host.get_elements_by_tag_name("summary");
                let active = document().active_element();
                let focused = (0..toggles.length()).find(|&i| toggles.item(i) == active);
                host.set_inner_html(&html::summary(&index, &outcome, lang, base, &open));
                if let Some(toggle) = focused
                    .and_then(|i| toggles.item(i))
                    .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = toggle.focus();
                }
            })
        });
    });
    view! { <section class="gv-summary" node_ref=host aria-label=move || gba_core::i18n::CatalogMsg::SummaryHeading.text(lang.get())></section> }
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
