//! The facet panel: one group per facet, each value a checkbox with its live count (the
//! results it would give with the other facets applied); zero-count values stay visible but
//! disabled; long facets show their first values and can be searched.

use gba_core::catalog::search::label_matches;
use gba_core::catalog::Facet;
use gba_core::i18n::CatalogMsg;
use gba_core::text::Lang;
use leptos::prelude::*;

use super::state::use_catalog;
use crate::ui::nav::HistoryMode;
use crate::ui::text::{msg, use_lang};

/// Values shown before "Show all".
const SHORT_LIST: usize = 8;

/// The heading of a facet.
pub fn facet_name(facet: Facet) -> CatalogMsg {
    match facet {
        Facet::Industry => CatalogMsg::FacetIndustry,
        Facet::City => CatalogMsg::FacetCity,
        Facet::Origin => CatalogMsg::FacetOrigin,
        Facet::Capital => CatalogMsg::FacetCapital,
        Facet::Stage => CatalogMsg::FacetStage,
        Facet::Event => CatalogMsg::FacetEvent,
        Facet::Edition => CatalogMsg::FacetEdition,
    }
}

/// Every facet.
#[component]
pub fn FacetPanel() -> impl IntoView {
    view! {
        <div class="gv-facets">
            <h3 class="gv-facets__heading">{msg(CatalogMsg::FiltersHeading)}</h3>
            {Facet::ALL.into_iter().map(|facet| view! { <FacetGroup facet=facet /> }).collect_view()}
        </div>
    }
}

/// One facet: its values with counts.
#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let total = catalog
        .index
        .with_value(|ix| ix.column(facet).values().len());
    let long = total > SHORT_LIST;
    let expanded = RwSignal::new(false);
    let find = RwSignal::new(String::new());
    let labels = Memo::new(move |_| {
        let lang = lang.get();
        catalog.index.with_value(|ix| {
            let column = ix.column(facet);
            column
                .values()
                .iter()
                .map(|v| v.label(ix.data(), lang))
                .collect::<Vec<String>>()
        })
    });
    // Positions shown: all, the first few, or those matching the facet's search box.
    let shown = Memo::new(move |_| {
        let filter = find.get();
        let all = expanded.get() || !filter.trim().is_empty();
        labels.with(|labels| {
            let selected = catalog.route.with(|r| r.facet(facet).to_vec());
            catalog.index.with_value(|ix| {
                let column = ix.column(facet);
                (0..labels.len())
                    .filter(|&i| label_matches(&labels[i], &filter))
                    .filter(|&i| {
                        all || i < SHORT_LIST || selected.iter().any(|s| s == column.id(i))
                    })
                    .collect::<Vec<usize>>()
            })
        })
    });
    let id = format!("gv-facet-{}", facet.key());
    let heading_id = format!("{id}-heading");
    let heading_id2 = heading_id.clone();
    let selected_count = move || catalog.route.with(|r| r.facet(facet).len());
    view! {
        <section class="gv-facet" aria-labelledby=heading_id2>
            <h4 class="gv-facet__heading" id=heading_id.clone()>
                {msg(facet_name(facet))}
                <span class="gv-facet__selected" class:gv-facet__selected--none=move || selected_count() == 0>{selected_count}</span>
            </h4>
            {long.then(|| view! {
                <input
                    class="gv-facet__find"
                    type="search"
                    autocomplete="off"
                    placeholder=msg(CatalogMsg::FindValue)
                    aria-label=move || format!("{} – {}", msg(facet_name(facet))(), msg(CatalogMsg::FindValue)())
                    prop:value=move || find.get()
                    on:input=move |ev| find.set(event_target_value(&ev))
                />
            })}
            <ul class="gv-facet__values" role="list" aria-labelledby=heading_id.clone()>
                <For each=move || shown.get() key=|i| *i let:i>
                    <FacetOption facet=facet position=i label=Signal::derive(move || labels.with(|l| l[i].clone())) />
                </For>
            </ul>
            {move || (shown.with(Vec::is_empty)).then(|| view! { <p class="gv-facet__none">{msg(CatalogMsg::NoValueMatches)}</p> })}
            {long.then(|| view! {
                <button type="button" class="gv-link-button gv-facet__more" aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { msg(CatalogMsg::ShowFewerValues)() } else { msg(CatalogMsg::ShowAllValues)() }}
                    {move || (!expanded.get()).then(|| format!(" ({total})"))}
                </button>
            })}
        </section>
    }
}

/// One value: checkbox, name, count.
#[component]
fn FacetOption(facet: Facet, position: usize, label: Signal<String>) -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let value_id = catalog
        .index
        .with_value(|ix| ix.column(facet).id(position).to_owned());
    let not_announced = value_id == gba_core::catalog::NOT_ANNOUNCED_ID;
    let checked = {
        let value_id = value_id.clone();
        Memo::new(move |_| catalog.route.with(|r| r.facet(facet).contains(&value_id)))
    };
    let count = Memo::new(move |_| catalog.outcome.with(|o| o.counts[facet.ix()][position]));
    let input_id = format!("gv-facet-{}-{position}", facet.key());
    view! {
        <li class="gv-facet__value">
            <input
                class="gv-facet__checkbox"
                type="checkbox"
                id=input_id.clone()
                prop:checked=move || checked.get()
                disabled=move || count.get() == 0 && !checked.get()
                on:change=move |_| {
                    let id = value_id.clone();
                    catalog.go(HistoryMode::Push, |r| r.toggle(facet, &id));
                }
            />
            <label class="gv-facet__label" class:gv-facet__label--unknown=not_announced for=input_id>
                <span class="gv-facet__name">{move || label.get()}</span>
                <span class="gv-facet__count">{move || gba_core::i18n::count(lang.get(), u64::from(count.get()))}</span>
            </label>
        </li>
    }
}

/// The facet value's name for chips (also used by the summary).
pub fn value_label(catalog: &super::Catalog, facet: Facet, id: &str, lang: Lang) -> Option<String> {
    catalog.index.with_value(|ix| {
        let column = ix.column(facet);
        column
            .position(id)
            .map(|p| column.values()[p].label(ix.data(), lang))
    })
}
