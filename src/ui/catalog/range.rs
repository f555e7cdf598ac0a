//! The investment range (亿元), a histogram of the amounts the other filters leave, and the
//! explicit choice about projects with no announced amount.

use gba_core::catalog::{AmountBound, UnknownAmounts, HISTOGRAM_EDGES_YI};
use gba_core::i18n::{self, CatalogMsg};
use gba_core::money::YI;
use leptos::html::Input;
use leptos::prelude::*;

use super::state::use_catalog;
use crate::ui::nav::HistoryMode;
use crate::ui::text::{msg, use_lang};

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
            <h4 class="gv-facet__heading" id="gv-range-heading">{msg(CatalogMsg::InvestmentRange)}</h4>
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
    const W: usize = 24;
    const H: u32 = 56;
    let bins = Memo::new(move |_| catalog.outcome.with(|o| o.summary.histogram));
    let inside = move |i: usize| {
        catalog.route.with(|r| {
            let lo = HISTOGRAM_EDGES_YI[i] * YI;
            let hi = HISTOGRAM_EDGES_YI
                .get(i + 1)
                .map_or(u64::MAX, |e| e * YI - 1);
            r.min.is_none_or(|m| hi >= m.0) && r.max.is_none_or(|m| lo <= m.0)
        })
    };
    let label = move |i: usize| {
        let l = lang.get();
        let edge = |e: u64| i18n::count(l, e);
        match HISTOGRAM_EDGES_YI.get(i + 1) {
            Some(&next) => format!("{}–{}", edge(HISTOGRAM_EDGES_YI[i]), edge(next)),
            None => format!("≥{}", edge(HISTOGRAM_EDGES_YI[i])),
        }
    };
    let desc = move || {
        let items: Vec<(String, u32)> = bins
            .get()
            .iter()
            .enumerate()
            .map(|(i, &n)| (label(i), n))
            .collect();
        i18n::catalog::series(lang.get(), &items)
    };
    let width = (W * HISTOGRAM_EDGES_YI.len()) as u32;
    view! {
        <figure class="gv-histogram">
            <svg class="gv-histogram__svg" viewBox=format!("0 0 {width} {}", H + 14) role="img" aria-labelledby="gv-histogram-title gv-histogram-desc">
                <title id="gv-histogram-title">{msg(CatalogMsg::HistogramTitle)}</title>
                <desc id="gv-histogram-desc">{desc}</desc>
                {(0..HISTOGRAM_EDGES_YI.len()).map(|i| {
                    let height = move || {
                        let b = bins.get();
                        let max = b.iter().copied().max().unwrap_or(0).max(1);
                        if b[i] == 0 { 0 } else { (b[i] * H / max).max(2) }
                    };
                    view! {
                        <rect class="gv-histogram__bar" class:gv-histogram__bar--in=move || inside(i)
                            x=(i * W + 2).to_string() width=(W - 4).to_string()
                            y=move || (H - height()).to_string() height=move || height().to_string()>
                            <title>{move || format!("{}: {}", label(i), bins.get()[i])}</title>
                        </rect>
                        <text class="gv-histogram__tick" x=(i * W + W / 2).to_string() y=(H + 11).to_string()>
                            {i18n::count(Default::default(), HISTOGRAM_EDGES_YI[i])}
                        </text>
                    }
                }).collect_view()}
            </svg>
            <figcaption class="gv-histogram__note">{msg(CatalogMsg::HistogramNote)}</figcaption>
        </figure>
    }
}
