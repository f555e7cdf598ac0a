//! A horizontal bar chart drawn as SVG (role="img" with a title and a text description), with
//! a button that shows the same numbers as a table instead.

use gba_core::i18n::{self, CatalogMsg, Message};
use leptos::prelude::*;

use crate::ui::text::{msg, use_lang};

const WIDTH: u32 = 420;
const LABEL: u32 = 170;
const ROW: u32 = 26;

/// One chart: its rows are (label, count, css modifier).
#[component]
pub fn BarChart<M: Message + Send + Sync>(
    /// Chart heading.
    title: M,
    /// Used to build element ids.
    id: &'static str,
    /// The rows.
    rows: Signal<Vec<(String, u32, &'static str)>>,
) -> impl IntoView {
    let lang = use_lang();
    let as_table = RwSignal::new(false);
    let title_id = format!("gv-chart-{id}-title");
    let desc_id = format!("gv-chart-{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let desc = move || {
        let items: Vec<(String, u32)> = rows.get().into_iter().map(|(l, n, _)| (l, n)).collect();
        i18n::catalog::series(lang.get(), &items)
    };
    let chart = move || {
        let rows = rows.get();
        let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
        let height = ROW * rows.len() as u32 + 4;
        let bars = rows.into_iter().enumerate().map(|(i, (label, n, kind))| {
            let y = ROW * i as u32 + 2;
            let w = if n == 0 { 0 } else { ((WIDTH - LABEL - 56) * n / max).max(2) };
            view! {
                <text class="gv-chart__label" x=(LABEL - 8).to_string() y=(y + 16).to_string()>{label}</text>
                <rect class=format!("gv-chart__bar {kind}") x=LABEL.to_string() y=(y + 3).to_string() width=w.to_string() height=(ROW - 8).to_string() rx="2" />
                <text class="gv-chart__value" x=(LABEL + w + 6).to_string() y=(y + 16).to_string()>{i18n::count(lang.get_untracked(), u64::from(n))}</text>
            }
        }).collect_view();
        (format!("0 0 {WIDTH} {height}"), bars)
    };
    view! {
        <figure class="gv-chart">
            <div class="gv-chart__head">
                <figcaption class="gv-chart__title" id=title_id.clone()>{msg(title)}</figcaption>
                <button type="button" class="gv-link-button gv-chart__toggle" aria-pressed=move || as_table.get().to_string()
                    on:click=move |_| as_table.update(|t| *t = !*t)>
                    {move || if as_table.get() { msg(CatalogMsg::ShowChart)() } else { msg(CatalogMsg::ShowTable)() }}
                </button>
            </div>
            <Show when=move || !as_table.get() fallback=move || view! {
                <table class="gv-chart__table">
                    <caption class="gv-visually-hidden">{msg(title)}</caption>
                    <thead><tr><th scope="col" class="gv-chart__cell gv-chart__cell--head">{msg(title)}</th><th scope="col" class="gv-chart__cell gv-chart__cell--head gv-chart__num">{msg(CatalogMsg::Projects)}</th></tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|(label, n, _)| view! {
                            <tr><th scope="row" class="gv-chart__cell">{label}</th><td class="gv-chart__cell gv-chart__num">{i18n::count(lang.get_untracked(), u64::from(n))}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }>
                {
                    let labelled = labelled.clone();
                    let title_id = title_id.clone();
                    let desc_id = desc_id.clone();
                    move || {
                        let (view_box, bars) = chart();
                        view! {
                            <svg class="gv-chart__svg" viewBox=view_box role="img" aria-labelledby=labelled.clone()>
                                <title id=format!("{title_id}-svg")>{msg(title)}</title>
                                <desc id=desc_id.clone()>{desc}</desc>
                                {bars}
                            </svg>
                        }
                    }
                }
            </Show>
        </figure>
    }
}
