//! The summary of the current results: count, announced totals per currency (unknown
//! amounts counted apart, never as zero), projects by industry and the stage pipeline.

use gba_core::catalog::{Facet, FacetValue};
use gba_core::i18n::{self, CatalogMsg};
use gba_core::money::Money;
use leptos::prelude::*;

use super::charts::BarChart;
use super::state::use_catalog;
use crate::ui::text::{msg, use_lang};

/// Figures and charts that follow the filters.
#[component]
pub fn Summary() -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let summary = Memo::new(move |_| catalog.outcome.with(|o| (o.total, o.summary.clone())));
    let rows = move |facet: Facet, keep_zero: bool| {
        Signal::derive(move || {
            let lang = lang.get();
            summary.with(|(_, s)| {
                let counts = if facet == Facet::Stage {
                    &s.by_stage
                } else {
                    &s.by_industry
                };
                catalog.index.with_value(|ix| {
                    let values = ix.column(facet).values();
                    let mut rows: Vec<(String, u32, &'static str)> = values
                        .iter()
                        .zip(counts)
                        .filter(|(_, &n)| keep_zero || n > 0)
                        .map(|(v, &n)| {
                            let kind = match v {
                                FacetValue::Stage(s) => [
                                    "gv-stage--0",
                                    "gv-stage--1",
                                    "gv-stage--2",
                                    "gv-stage--3",
                                    "gv-stage--4",
                                ][s.ix()],
                                FacetValue::NotAnnounced => "gv-chart__bar--unknown",
                                _ => "",
                            };
                            (v.label(ix.data(), lang), n, kind)
                        })
                        .collect();
                    if facet == Facet::Industry {
                        // Largest first; "not announced" stays last.
                        rows.sort_by_key(|r| {
                            (r.2 == "gv-chart__bar--unknown", std::cmp::Reverse(r.1))
                        });
                    }
                    rows
                })
            })
        })
    };
    view! {
        <section class="gv-summary" aria-labelledby="gv-summary-heading">
            <h3 class="gv-visually-hidden" id="gv-summary-heading">{msg(CatalogMsg::SummaryHeading)}</h3>
            <div class="gv-summary__stats">
                <div class="gv-stat">
                    <p class="gv-stat__label">{msg(CatalogMsg::ResultCount)}</p>
                    <p class="gv-stat__value">{move || i18n::count(lang.get(), summary.with(|s| s.0) as u64)}</p>
                </div>
                <div class="gv-stat gv-stat--wide">
                    <p class="gv-stat__label">{msg(CatalogMsg::TotalInvestment)}</p>
                    {move || {
                        let lang = lang.get();
                        let (totals, unknown) = summary.with(|(_, s)| (s.totals.clone(), s.unknown_amounts));
                        view! {
                            {if totals.is_empty() {
                                view! { <p class="gv-stat__value gv-unknown">{gba_core::i18n::Msg::NotAnnounced.text(lang)}</p> }.into_any()
                            } else {
                                totals.into_iter().map(|t| view! {
                                    <p class="gv-stat__value">{i18n::catalog::total(lang, Money { amount: t.sum, currency: t.currency }, t.projects)}</p>
                                }).collect_view().into_any()
                            }}
                            {(unknown > 0).then(|| view! { <p class="gv-stat__note">{i18n::catalog::unknown_amounts(lang, unknown)}</p> })}
                        }
                    }}
                </div>
            </div>
            <div class="gv-summary__charts">
                <BarChart title=CatalogMsg::ByIndustry id="industry" rows=rows(Facet::Industry, false) />
                <BarChart title=CatalogMsg::ByStage id="stage" rows=rows(Facet::Stage, true) />
            </div>
        </section>
    }
}
