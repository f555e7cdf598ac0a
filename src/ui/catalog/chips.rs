//! The active filters as chips, each removable with one click, and "clear all".

use gba_core::catalog::{Facet, UnknownAmounts};
use gba_core::i18n::{self, CatalogMsg, Msg};
use gba_core::money::Money;
use gba_core::route::CatalogRoute;
use gba_core::text::Lang;
use leptos::prelude::*;

use super::facets::{facet_name, value_label};
use super::state::{use_catalog, Catalog};
use crate::ui::nav::HistoryMode;
use crate::ui::text::{msg, use_lang};

/// What removing a chip does.
#[derive(Clone, PartialEq)]
enum Removal {
    Search,
    Value(Facet, String),
    Range,
    Unknown,
}

fn chips(catalog: &Catalog, route: &CatalogRoute, lang: Lang) -> Vec<(String, Removal)> {
    let colon = Msg::Colon.text(lang);
    let mut out = Vec::new();
    if !route.q.trim().is_empty() {
        out.push((
            format!(
                "{}{colon}{}",
                CatalogMsg::SearchChip.text(lang),
                route.q.trim()
            ),
            Removal::Search,
        ));
    }
    for facet in Facet::ALL {
        for id in route.facet(facet) {
            if let Some(label) = value_label(catalog, facet, id, lang) {
                out.push((
                    format!("{}{colon}{label}", facet_name(facet).text(lang)),
                    Removal::Value(facet, id.clone()),
                ));
            }
        }
    }
    if route.min.is_some() || route.max.is_some() {
        let m = |b: Option<gba_core::catalog::AmountBound>| b.map(|b| Money::cny(b.0));
        let range = i18n::catalog::range(lang, m(route.min), m(route.max));
        out.push((
            format!("{}{colon}{range}", Msg::Investment.text(lang)),
            Removal::Range,
        ));
    }
    if route.unknown == UnknownAmounts::Exclude {
        out.push((
            CatalogMsg::UnknownExcludedChip.text(lang).to_owned(),
            Removal::Unknown,
        ));
    }
    out
}

/// The chip row; nothing when no filter is set.
#[component]
pub fn Chips() -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let list = Memo::new(move |_| catalog.route.with(|r| chips(&catalog, r, lang.get())));
    move || {
        (!list.with(Vec::is_empty)).then(|| view! {
            <div class="gv-chips" role="group" aria-label=msg(CatalogMsg::ActiveFilters)>
                <span class="gv-chips__label">{msg(CatalogMsg::ActiveFilters)}</span>
                <ul class="gv-chips__list" role="list">
                    {list.get().into_iter().map(|(label, removal)| {
                        let aria = format!("{}{}{label}", CatalogMsg::RemoveFilter.text(lang.get_untracked()), Msg::Colon.text(lang.get_untracked()));
                        view! {
                            <li class="gv-chips__item">
                                <button type="button" class="gv-chip" aria-label=aria on:click=move |_| {
                                    let removal = removal.clone();
                                    catalog.go(HistoryMode::Push, move |r| {
                                        match removal {
                                            Removal::Search => r.q.clear(),
                                            Removal::Value(f, id) => r.facet_mut(f).retain(|x| *x != id),
                                            Removal::Range => { r.min = None; r.max = None; }
                                            Removal::Unknown => r.unknown = UnknownAmounts::Include,
                                        }
                                        r.refined();
                                    });
                                }>
                                    <span class="gv-chip__text">{label}</span>
                                    <span class="gv-chip__x" aria-hidden="true">"×"</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <button type="button" class="gv-link-button gv-chips__clear"
                    on:click=move |_| catalog.go(HistoryMode::Push, CatalogRoute::clear_filters)>
                    {msg(CatalogMsg::ClearAll)}
                </button>
            </div>
        })
    }
}
