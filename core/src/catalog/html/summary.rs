//! The summary of the results (count, totals per currency, unknown amounts apart) and its
//! charts: accessible bar charts (role="img", title and description) each with its numbers as a
//! table in a disclosure beside it; and the small histogram of the investment filter.

use std::fmt::Write;

use super::escape;
use crate::catalog::{CatalogIndex, Facet, FacetValue, Outcome, HISTOGRAM_EDGES_YI};
use crate::i18n::{self, CatalogMsg, Msg};
use crate::money::{Money, YI};
use crate::route::CatalogRoute;
use crate::text::Lang;

/// A horizontal bar chart with its table. Labels and numbers are HTML text, so they follow the
/// app's text size (an SVG's text shrinks with its box: on a phone in large text it was smaller
/// than at normal size); each bar is a one-rect SVG stretched over its track, its length an
/// attribute (a style attribute would be refused by a strict Content-Security-Policy).
fn bar_chart(
    out: &mut String,
    chart: Chart,
    title: &str,
    rows: &[(String, u32, String)],
    open: bool,
    lang: Lang,
) {
    let id = chart.id();
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let items: Vec<(String, u32)> = rows.iter().map(|r| (r.0.clone(), r.1)).collect();
    // role="img": one image to assistive technology, named by the title and the series.
    let _ = write!(out, "<figure class=\"gv-chart\"><figcaption class=\"gv-chart__title\" id=\"gv-chart-{id}\">{title}</figcaption><div class=\"gv-chart__plot\" role=\"img\" aria-labelledby=\"gv-chart-{id} gv-chart-{id}-desc\"><span hidden id=\"gv-chart-{id}-desc\">");
    escape(out, &i18n::catalog::series(lang, &items));
    out.push_str("</span>");
    for (label, n, kind) in rows {
        // Per mille of the track; a count above zero always shows.
        let w = if *n == 0 { 0 } else { (1000 * n / max).max(10) };
        out.push_str("<span class=\"gv-chart__label\">");
        escape(out, label);
        let _ = write!(
            out,
            "</span><svg class=\"gv-chart__track\" viewBox=\"0 0 1000 10\" preserveAspectRatio=\"none\"><rect class=\"gv-chart__bar {kind}\" width=\"{w}\" height=\"10\"></rect></svg><span class=\"gv-chart__value\">{}</span>",
            i18n::count(lang, u64::from(*n))
        );
    }
    let open = if open { " open" } else { "" };
    let _ = write!(out, "</div><details class=\"gv-chart__details\" id=\"gv-chart-{id}-table\"{open}><summary class=\"gv-chart__toggle\">{}</summary><table class=\"gv-chart__table\"><caption class=\"gv-visually-hidden\">{title}</caption><thead><tr><th scope=\"col\" class=\"gv-chart__cell gv-chart__cell--head\">{title}</th><th scope=\"col\" class=\"gv-chart__cell gv-chart__cell--head gv-chart__num\">{}</th></tr></thead><tbody>", CatalogMsg::ShowTable.text(lang), CatalogMsg::Projects.text(lang));
    for (label, n, _) in rows {
        out.push_str("<tr><th scope=\"row\" class=\"gv-chart__cell\">");
        escape(out, label);
        let _ = write!(
            out,
            "</th><td class=\"gv-chart__cell gv-chart__num\">{}</td></tr>",
            i18n::count(lang, u64::from(*n))
        );
    }
    out.push_str("</tbody></table></details></figure>");
}

/// Rows of a summary chart: (label, count, bar class).
fn rows(
    index: &CatalogIndex,
    facet: Facet,
    counts: &[u32],
    lang: Lang,
) -> Vec<(String, u32, String)> {
    let values = index.column(facet).values();
    let mut rows: Vec<(String, u32, String)> = values
        .iter()
        .zip(counts)
        .filter(|(v, &n)| n > 0 || matches!(v, FacetValue::Stage(_)))
        .map(|(v, &n)| {
            let kind = match v {
                FacetValue::Stage(s) => format!("gv-stage--{}", s.ix()),
                FacetValue::NotAnnounced => "gv-chart__bar--unknown".into(),
                _ => String::new(),
            };
            (v.label(index.data(), lang), n, kind)
        })
        .collect();
    if facet == Facet::Industry {
        // Largest first, "not announced" last (a stable sort keeps ties in column order).
        let mut order: Vec<u32> = (0..rows.len() as u32).collect();
        crate::catalog::order::sort_indices(&mut order, &|a, b| {
            let key = |i: u32| (rows[i as usize].2.is_empty(), rows[i as usize].1);
            key(b).cmp(&key(a)).then(a.cmp(&b))
        });
        rows = order
            .into_iter()
            .map(|i| rows[i as usize].clone())
            .collect();
    }
    rows
}

/// A chart of the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    /// Projects by industry.
    Industry,
    /// Projects by stage.
    Stage,
}

impl Chart {
    /// Both charts, in the summary's order.
    pub const ALL: [Chart; 2] = [Chart::Industry, Chart::Stage];

    /// The part of the chart's element ids after `gv-chart-`.
    pub fn id(self) -> &'static str {
        match self {
            Chart::Industry => "industry",
            Chart::Stage => "stage",
        }
    }

    /// The id of the disclosure that holds the chart's table.
    pub fn table_id(self) -> &'static str {
        match self {
            Chart::Industry => "gv-chart-industry-table",
            Chart::Stage => "gv-chart-stage-table",
        }
    }
}

/// Count, totals and the two charts; `base` is the app title's heading level; the tables of
/// the charts in `open` are drawn open (the user opened them: a redraw must not close them).
/// With no project found, nothing: there is no total to announce and nothing to chart, and the
/// count ("0 projects found") stands above the empty results.
pub fn summary(
    index: &CatalogIndex,
    outcome: &Outcome,
    lang: Lang,
    base: u8,
    open: &[Chart],
) -> String {
    if outcome.total == 0 {
        return String::new();
    }
    let s = &outcome.summary;
    let h = super::heading(base, 2);
    let mut out = format!(
        "<{h} class=\"gv-visually-hidden\">{}</{h}><div class=\"gv-summary__stats\"><div class=\"gv-stat\"><p class=\"gv-stat__label\">{}</p><p class=\"gv-stat__value\">{}</p></div>",
        CatalogMsg::SummaryHeading.text(lang),
        CatalogMsg::ResultCount.text(lang),
        i18n::count(lang, outcome.total as u64),
    );
    let _ = write!(
        out,
        "<div class=\"gv-stat gv-stat--wide\"><p class=\"gv-stat__label\">{}</p>",
        CatalogMsg::TotalInvestment.text(lang)
    );
    if s.totals.is_empty() {
        let _ = write!(
            out,
            "<p class=\"gv-stat__value gv-unknown\">{}</p>",
            Msg::NotAnnounced.text(lang)
        );
    }
    // One line per currency: yuan and dollars are never added together.
    for t in &s.totals {
        let m = Money {
            amount: t.sum,
            currency: t.currency,
        };
        // Two parts that wrap whole: a narrow column puts "（3 个项目）" under "140亿元"
        // rather than break inside either.
        let (sum, of) = i18n::catalog::total(lang, m, t.projects);
        let gap = match lang {
            Lang::Zh => "",
            Lang::En => " ",
        };
        let _ = write!(
            out,
            "<p class=\"gv-stat__value\"><span class=\"gv-stat__part\">{sum}</span>{gap}\
             <span class=\"gv-stat__part\">{of}</span></p>"
        );
    }
    if s.unknown_amounts > 0 {
        let _ = write!(
            out,
            "<p class=\"gv-stat__note\">{}</p>",
            i18n::catalog::unknown_amounts(lang, s.unknown_amounts)
        );
    }
    out.push_str("</div></div><div class=\"gv-summary__charts\">");
    bar_chart(
        &mut out,
        Chart::Industry,
        CatalogMsg::ByIndustry.text(lang),
        &rows(index, Facet::Industry, &s.by_industry, lang),
        open.contains(&Chart::Industry),
        lang,
    );
    bar_chart(
        &mut out,
        Chart::Stage,
        CatalogMsg::ByStage.text(lang),
        &rows(index, Facet::Stage, &s.by_stage, lang),
        open.contains(&Chart::Stage),
        lang,
    );
    out.push_str("</div>");
    out
}

/// The histogram of yuan amounts (every filter but the range); bins inside the range dark.
pub fn histogram(outcome: &Outcome, c: &CatalogRoute, lang: Lang) -> String {
    const W: usize = 24;
    const H: u32 = 56;
    let bins = &outcome.summary.histogram;
    let max = bins.iter().copied().max().unwrap_or(0).max(1);
    let label = |i: usize| match HISTOGRAM_EDGES_YI.get(i + 1) {
        Some(&next) => format!("{}–{}", HISTOGRAM_EDGES_YI[i], next),
        None => format!("≥{}", HISTOGRAM_EDGES_YI[i]),
    };
    let items: Vec<(String, u32)> = bins
        .iter()
        .enumerate()
        .map(|(i, &n)| (label(i), n))
        .collect();
    let width = W * HISTOGRAM_EDGES_YI.len();
    let mut out = format!("<svg class=\"gv-histogram__svg\" viewBox=\"0 0 {width} {H}\" role=\"img\" aria-labelledby=\"gv-histogram-title gv-histogram-desc\"><title id=\"gv-histogram-title\">{}</title><desc id=\"gv-histogram-desc\">", CatalogMsg::HistogramTitle.text(lang));
    escape(&mut out, &i18n::catalog::series(lang, &items));
    out.push_str("</desc>");
    for (i, &n) in bins.iter().enumerate() {
        let lo = HISTOGRAM_EDGES_YI[i] * YI;
        let hi = HISTOGRAM_EDGES_YI
            .get(i + 1)
            .map_or(u64::MAX, |e| e * YI - 1);
        let inside = c.min.is_none_or(|m| hi >= m.0) && c.max.is_none_or(|m| lo <= m.0);
        let h = if n == 0 { 0 } else { (n * H / max).max(2) };
        let _ = write!(
            out,
            "<rect class=\"gv-histogram__bar{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{h}\"></rect>",
            if inside { " gv-histogram__bar--in" } else { "" },
            i * W + 2,
            H - h,
            W - 4,
        );
    }
    // The bins' lower edges under the bars, as text that follows the app's size (in the SVG
    // they shrank with it); the image's description already gives every bin.
    out.push_str("</svg><div class=\"gv-histogram__ticks\" aria-hidden=\"true\">");
    for edge in HISTOGRAM_EDGES_YI {
        let _ = write!(out, "<span class=\"gv-histogram__tick\">{edge}</span>");
    }
    out.push_str("</div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_chart_is_text_with_bars_in_proportion_and_no_style_attribute() {
        let rows = vec![
            ("Electronic information <b>".to_owned(), 7, String::new()),
            ("Aviation".to_owned(), 1, String::new()),
            ("Intent".to_owned(), 0, "gv-stage--0".to_owned()),
        ];
        let mut out = String::new();
        bar_chart(
            &mut out,
            Chart::Industry,
            "By industry",
            &rows,
            false,
            Lang::En,
        );
        assert!(out
            .contains(r#"role="img" aria-labelledby="gv-chart-industry gv-chart-industry-desc""#));
        // The whole label, escaped, as text (an SVG label had to be cut short).
        assert!(out
            .contains(r#"<span class="gv-chart__label">Electronic information &lt;b&gt;</span>"#));
        // Per mille of the largest count; nothing for zero.
        assert!(out.contains(r#"<rect class="gv-chart__bar " width="1000""#));
        assert!(out.contains(r#"<rect class="gv-chart__bar " width="142""#));
        assert!(out.contains(r#"<rect class="gv-chart__bar gv-stage--0" width="0""#));
        assert_eq!(out.matches(r#"<span class="gv-chart__value">"#).count(), 3);
        // A strict Content-Security-Policy refuses style attributes.
        assert!(!out.contains("style="));
    }

    #[test]
    fn a_table_the_user_opened_is_drawn_open_and_only_that_one() {
        let rows = vec![("Aviation".to_owned(), 1, String::new())];
        for open in [false, true] {
            for chart in Chart::ALL {
                let mut out = String::new();
                bar_chart(&mut out, chart, "Title", &rows, open, Lang::En);
                let tag = format!(
                    r#"<details class="gv-chart__details" id="{}""#,
                    chart.table_id()
                );
                let at = out.find(&tag).expect("the disclosure, with its id") + tag.len();
                assert_eq!(out[at..].starts_with(" open>"), open, "{chart:?} {open}");
                assert_eq!(out.matches(" open").count(), usize::from(open));
            }
        }
    }
}
