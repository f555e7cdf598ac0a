//! Filtering and counting: the results, every facet value's count with the other facets
//! applied (disjunctive faceting), and the summary of the results.
//!
//! For each project a mask records which filters it fails. None: it is a result and counts
//! everywhere. Only facet F: it counts toward F's values (it would be a result if F allowed
//! its value). More: it counts nowhere. The amount range is one more filter, so its histogram
//! shows the amounts the other filters leave. Each step is a plain loop over one column.

use std::borrow::Cow;

use super::bits::Bits;
use super::facet::{Facet, FACETS};
use super::index::{currency_code, CatalogIndex};
use super::query::{AmountFilter, UnknownAmounts};
use super::search::Hits;
use crate::money::{Currency, YI};
use crate::route::CatalogRoute;

/// Lower edges of the histogram's bins, in 亿 (hundred million yuan); the last is open.
pub const HISTOGRAM_EDGES_YI: [u64; 10] = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500];

/// The filters of a route, resolved to positions in the index's columns.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Filter {
    /// Per facet (by `Facet::ix`): the selected value positions in URL order; empty = no filter.
    pub selected: [Vec<u16>; FACETS],
    /// The investment filter.
    pub amount: AmountFilter,
}

/// Total announced investment in one currency (never added across currencies).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurrencyTotal {
    /// The currency.
    pub currency: Currency,
    /// The sum, in whole units.
    pub sum: u64,
    /// How many projects it adds up.
    pub projects: u32,
}

/// What the current results add up to.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Summary {
    /// Results per value of the industry facet (by position in its column).
    pub by_industry: Vec<u32>,
    /// Results per value of the stage facet (by position: the pipeline, then "not announced").
    pub by_stage: Vec<u32>,
    /// Announced totals, one per currency that occurs.
    pub totals: Vec<CurrencyTotal>,
    /// Results without an announced amount.
    pub unknown_amounts: u32,
    /// Yuan amounts per bin of [`HISTOGRAM_EDGES_YI`], with every filter but the range applied.
    pub histogram: [u32; HISTOGRAM_EDGES_YI.len()],
}

/// The results of a query.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Outcome {
    /// The matching projects.
    pub matches: Bits,
    /// How many.
    pub total: usize,
    /// Per facet, per value: the results it would give with the other filters applied.
    pub counts: [Vec<u32>; FACETS],
    /// Totals and chart data.
    pub summary: Summary,
}

/// The bin of a yuan amount.
pub fn histogram_bin(yuan: u64) -> usize {
    let yi = yuan / YI;
    HISTOGRAM_EDGES_YI
        .iter()
        .rposition(|&e| yi >= e)
        .unwrap_or(0)
}

/// Bit of the amount filter in a project's mask (facets use bits 0–6).
const AMOUNT: u16 = 1 << FACETS;
/// Bit of a project the search did not find, when every project has a row.
const MISSED: u16 = AMOUNT << 1;

/// The rows a query looks at: every project's, borrowed from the index, or copies of the rows
/// of the projects a search found (so that the loops stay plain loops over short columns).
struct Rows<'a> {
    /// Per row, the project's position; `None`: row = project.
    projects: Option<Vec<u32>>,
    primary: [Cow<'a, [u16]>; FACETS],
    /// (row, value), sorted by row.
    extra: [Cow<'a, [(u32, u16)]>; FACETS],
    currencies: Cow<'a, [u8]>,
    amounts: Cow<'a, [u64]>,
}

/// The values of a column at the given positions.
fn gather<T: Copy>(positions: &[u32], column: &[T]) -> Vec<T> {
    positions.iter().map(|&p| column[p as usize]).collect()
}

impl<'a> Rows<'a> {
    fn new(index: &'a CatalogIndex, search: Option<&Hits>) -> Rows<'a> {
        let Some(hits) = search else {
            return Rows {
                projects: None,
                primary: std::array::from_fn(|f| Cow::Borrowed(&index.columns[f].primary[..])),
                extra: std::array::from_fn(|f| Cow::Borrowed(&index.columns[f].extra[..])),
                currencies: Cow::Borrowed(&index.currencies),
                amounts: Cow::Borrowed(&index.amounts),
            };
        };
        let projects: Vec<u32> = hits.projects.iter().map(|p| p as u32).collect();
        let primary =
            std::array::from_fn(|f| Cow::Owned(gather(&projects, &index.columns[f].primary)));
        let extra = std::array::from_fn(|f| {
            Cow::Owned(
                index.columns[f]
                    .extra
                    .iter()
                    .filter_map(|&(p, v)| Some((projects.binary_search(&p).ok()? as u32, v)))
                    .collect(),
            )
        });
        Rows {
            currencies: Cow::Owned(gather(&projects, &index.currencies)),
            amounts: Cow::Owned(gather(&projects, &index.amounts)),
            primary,
            extra,
            projects: Some(projects),
        }
    }

    /// The project of row `i`.
    fn project(&self, i: usize) -> usize {
        self.projects.as_ref().map_or(i, |p| p[i] as usize)
    }
}

impl CatalogIndex {
    /// Resolves the route's facet ids and amount filter; unknown ids are ignored.
    pub fn filter(&self, route: &CatalogRoute) -> Filter {
        let mut filter = Filter {
            amount: route.amount_filter(),
            ..Filter::default()
        };
        for facet in Facet::ALL {
            let column = self.column(facet);
            let sel = &mut filter.selected[facet.ix()];
            for p in route
                .facet(facet)
                .iter()
                .filter_map(|id| column.position(id))
            {
                if !sel.contains(&(p as u16)) {
                    sel.push(p as u16);
                }
            }
        }
        filter
    }

    /// Filters, counts and sums. Works column by column (simple loops over small integers):
    /// first a mask per project of the filters it fails, then one counting loop per facet.
    /// With a search, the loops run over copies of the found projects' rows only, unless it
    /// found most projects: then over every row, the others masked (copying most of every
    /// column cost more than the rows it saved: `g` at 100,000 projects).
    pub fn evaluate(&self, filter: &Filter, search: Option<&Hits>) -> Outcome {
        let most = search.is_some_and(|h| h.projects.count() * 2 > self.len());
        self.evaluate_rows(filter, search, most)
    }

    /// `evaluate`, with the search's misses masked (`masked`) or its hits copied.
    fn evaluate_rows(&self, filter: &Filter, search: Option<&Hits>, masked: bool) -> Outcome {
        let rows = Rows::new(self, search.filter(|_| !masked));
        let n = rows.amounts.len();
        let mut mask: Vec<u16> = vec![0; n];
        if let Some(hits) = search.filter(|_| masked) {
            for (p, m) in mask.iter_mut().enumerate() {
                if !hits.projects.contains(p) {
                    *m |= MISSED;
                }
            }
        }
        for f in 0..FACETS {
            let selected = &filter.selected[f];
            if selected.is_empty() {
                continue;
            }
            let mut allowed = vec![false; self.columns[f].values().len()];
            for &v in selected {
                allowed[usize::from(v)] = true;
            }
            let bit = 1u16 << f;
            for (m, &v) in mask.iter_mut().zip(rows.primary[f].iter()) {
                if !allowed[usize::from(v)] {
                    *m |= bit;
                }
            }
            // A project with several values passes when any of them is selected.
            for &(p, v) in rows.extra[f].iter() {
                if allowed[usize::from(v)] {
                    mask[p as usize] &= !bit;
                }
            }
        }
        let amount = filter.amount;
        if amount.is_active() {
            let range_set = amount.min.is_some() || amount.max.is_some();
            let cny = currency_code(Currency::Cny);
            for ((m, &code), &yuan) in mask
                .iter_mut()
                .zip(rows.currencies.iter())
                .zip(rows.amounts.iter())
            {
                let ok = match code {
                    0 => amount.unknown == UnknownAmounts::Include,
                    c if c == cny => amount.admits_yuan(yuan),
                    // Other currencies are not converted: an active range leaves them out.
                    _ => !range_set,
                };
                if !ok {
                    *m |= AMOUNT;
                }
            }
        }

        let mut out = Outcome {
            matches: Bits::new(self.len()),
            ..Outcome::default()
        };
        // Facet F counts the projects that fail nothing but (perhaps) F.
        for f in 0..FACETS {
            let mut counts = vec![0u32; self.columns[f].values().len()];
            let keep = !(1u16 << f);
            for (&m, &v) in mask.iter().zip(rows.primary[f].iter()) {
                if m & keep == 0 {
                    counts[usize::from(v)] += 1;
                }
            }
            for &(p, v) in rows.extra[f].iter() {
                if mask[p as usize] & keep == 0 {
                    counts[usize::from(v)] += 1;
                }
            }
            out.counts[f] = counts;
        }
        let industry = &rows.primary[Facet::Industry.ix()];
        let stage = &rows.primary[Facet::Stage.ix()];
        let s = &mut out.summary;
        s.by_industry = vec![0; self.columns[Facet::Industry.ix()].values().len()];
        s.by_stage = vec![0; self.columns[Facet::Stage.ix()].values().len()];
        let mut sums = [(0u64, 0u32); Currency::ALL.len()];
        let cny = currency_code(Currency::Cny);
        for (i, &m) in mask.iter().enumerate() {
            let code = rows.currencies[i];
            // The histogram ignores the range itself.
            if m & !AMOUNT == 0 && code == cny {
                s.histogram[histogram_bin(rows.amounts[i])] += 1;
            }
            if m != 0 {
                continue;
            }
            out.matches.insert(rows.project(i));
            out.total += 1;
            s.by_industry[usize::from(industry[i])] += 1;
            s.by_stage[usize::from(stage[i])] += 1;
            if code == 0 {
                s.unknown_amounts += 1;
            } else {
                let sum = &mut sums[usize::from(code - 1)];
                sum.0 = sum.0.saturating_add(rows.amounts[i]);
                sum.1 += 1;
            }
        }
        s.totals = Currency::ALL
            .iter()
            .zip(sums)
            .filter(|(_, (_, count))| *count > 0)
            .map(|(&currency, (sum, projects))| CurrencyTotal {
                currency,
                sum,
                projects,
            })
            .collect();
        out
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::catalog::normalise::terms;
    use crate::catalog::CatalogIndex;
    use crate::route::Route;
    use crate::synth::{generate, SynthSize};
    use crate::validate::load_str;

    #[test]
    fn masking_the_misses_gives_what_copying_the_hits_gives() {
        let base = serde_json::from_str(include_str!("../../../public/data/visit.json")).unwrap();
        let size = SynthSize {
            events: 20,
            projects: 3_000,
            seed: 5,
        };
        let data = load_str(&generate(&base, size)).unwrap().dataset;
        let index = CatalogIndex::new(Arc::new(data));
        let mut dense = 0;
        for q in ["g", "an", "ga", "nanchang", "赣", "q", "zz"] {
            for rest in [
                "",
                "&f.city=ganzhou,nanchang",
                "&f.industry=aviation&f.stage=signed",
                "&min=1&max=50",
                "&min=5&unknown=exclude&f.origin=guangdong",
            ] {
                let route = Route::parse(&format!("#/projects?q={q}{rest}")).catalog;
                let hits = index.search_index().search(terms(&route.q), None).unwrap();
                dense += usize::from(hits.projects.count() * 2 > index.len());
                let filter = index.filter(&route);
                let masked = index.evaluate_rows(&filter, Some(&hits), true);
                let copied = index.evaluate_rows(&filter, Some(&hits), false);
                assert_eq!(masked, copied, "q={q}{rest}");
                assert!(copied.total <= hits.projects.count(), "q={q}{rest}");
            }
        }
        // Both kinds of search occur: most projects found, and few.
        assert!((5..35).contains(&dense), "{dense} dense searches of 35");
    }
}
