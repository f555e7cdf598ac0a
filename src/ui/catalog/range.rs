//! The investment range (亿元), a histogram of the amounts the other filters leave, and the
//! explicit choice about projects with no announced amount.

use gba_core::catalog::{html, AmountBound, UnknownAmounts};
use gba_core::i18n::CatalogMsg;
use leptos::html::Input;
use leptos::prelude::*;

use super::state::use_catalog;
use crate::ui::nav::HistoryMode;
use crate::ui::text::{msg, use_lang, Heading};

/// Min/max inputs, histogram, include/exclude unknown amounts.
#[component]
pub fn RangeFilter() -> impl IntoView {
    let catalog = use_catalog();
    let min_ref = NodeRef::<Input>::new();
    let max_ref = NodeRef::<Input>::new();
    let bound = |b: Option<AmountBound>| b.map(|b| b.to_string()).unwrap_or_default();
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = |r: NodeRef<Input>| r.get().and_then(|i| i.value().parse::<AmountBound>().ok());
        let (mut min, mut max) = (read(min_ref), read(max_ref));
        if let (Some(a), Some(b)) = (min, max) {
            if a > b {
                (min, max) = (Some(b), Some(a));
            }
        }
        catalog.go(HistoryMode::Push, |r| {
            r.min = min;
            r.max = max;
            r.refined();
        });
        // Show what was understood (an unreadable bound is dropped).
        if let Some(i) = min_ref.get() {
            i.set_value(&bound(min));
        }
        if let Some(i) = max_ref.get() {
            i.set_value(&bound(max));
        }
    };
    let unknown = move || catalog.route.with(|r| r.unknown);
    let set_unknown = move |u: UnknownAmounts| {
        catalog.go(HistoryMode::Push, |r| {
            r.unknown = u;
            r.refined();
        })
    };
    view! {
        <section class="gv-range" aria-labelledby="gv-range-heading">
            <Heading depth=3 class="gv-facet__heading" id="gv-range-heading">{msg(CatalogMsg::InvestmentRange)}</Heading>
            <Histogram />
            <form class="gv-range__form" on:submit=apply>
                <label class="gv-range__field">
                    <span class="gv-range__label">{msg(CatalogMsg::Min)}</span>
                    <input node_ref=min_ref class="gv-range__input" type="text" inputmode="decimal" size="6"
                        prop:value=move || catalog.route.with(|r| bound(r.min)) />
                </label>
                <span class="gv-range__dash" aria-hidden="true">"–"</span>
                <label class="gv-range__field">
                    <span class="gv-range__label">{msg(CatalogMsg::Max)}</span>
                    <input node_ref=max_ref class="gv-range__input" type="text" inputmode="decimal" size="6"
                        prop:value=move || catalog.route.with(|r| bound(r.max)) />
                </label>
                <button type="submit" class="gv-button gv-range__apply">{msg(CatalogMsg::ApplyRange)}</button>
            </form>
            <fieldset class="gv-range__unknown">
                <legend class="gv-range__legend">{msg(CatalogMsg::UnknownLegend)}</legend>
                {[(UnknownAmounts::Include, CatalogMsg::UnknownInclude), (UnknownAmounts::Exclude, CatalogMsg::UnknownExclude)].into_iter().map(|(u, label)| view! {
                    <label class="gv-range__choice">
                        <input type="radio" name="gv-unknown" class="gv-range__radio"
                            prop:checked=move || unknown() == u on:change=move |_| set_unknown(u) />
                        <span>{msg(label)}</span>
                    </label>
                }).collect_view()}
            </fieldset>
        </section>
    }
}

/// Bars of the amounts in the current results (every filter but the range), the selected
/// range dark.
#[component]
fn Histogram() -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let markup = move || {
        catalog
            .route
            .with(|r| catalog.outcome.with(|o| html::histogram(o, r, lang.get())))
    };
    view! {
        <figure class="gv-histogram">
            <div class="gv-histogram__chart" inner_html=markup></div>
            <figcaption class="gv-histogram__note">{msg(CatalogMsg::HistogramNote)}</figcaption>
        </figure>
    }
}
