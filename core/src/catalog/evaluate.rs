//! Filtering and counting in one pass: the results, every facet value's count with the other
//! facets applied (disjunctive faceting), and the summary of the results.
//!
//! For each project the pass finds which filters it fails. None: it is a result and counts
//! everywhere. Exactly one, facet F: it counts only toward F's values (it would be a result
//! if F allowed its value). Two or more: it counts nowhere. The amount range takes part as
//! one more filter, so its histogram shows the amounts the other filters leave.

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
    /// Per facet (by `Facet::ix`): the selected value positions; empty = no filter.
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

const AMOUNT: u32 = FACETS as u32;

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
            sel.extend(
                route
                    .facet(facet)
                    .iter()
                    .filter_map(|id| column.position(id))
                    .map(|p| p as u16),
            );
            sel.sort_unstable();
            sel.dedup();
        }
        filter
    }

    /// Filters, counts and sums in one pass over the projects (or over the search hits).
    pub fn evaluate(&self, filter: &Filter, search: Option<&Hits>) -> Outcome {
        let n = self.len();
        let active: Vec<usize> = (0..FACETS)
            .filter(|&f| !filter.selected[f].is_empty())
            .collect();
        let allowed: Vec<Vec<bool>> = (0..FACETS)
            .map(|f| {
                let mut t = vec![false; self.columns[f].values().len()];
                filter.selected[f]
                    .iter()
                    .for_each(|&v| t[usize::from(v)] = true);
                t
            })
            .collect();
        let amount = filter.amount;
        let range_set = amount.min.is_some() || amount.max.is_some();
        let cny = currency_code(Currency::Cny);
        let mut out = Outcome {
            matches: Bits::new(n),
            counts: std::array::from_fn(|f| vec![0; self.columns[f].values().len()]),
            ..Outcome::default()
        };
        let industry = Facet::Industry.ix();
        let stage = Facet::Stage.ix();
        out.summary.by_industry = vec![0; self.columns[industry].values().len()];
        out.summary.by_stage = vec![0; self.columns[stage].values().len()];
        let mut sums = [(0u64, 0u32); Currency::ALL.len()];
        let mut cursors = [0usize; FACETS];

        let mut visit = |i: usize| {
            // Advance each multi-valued column's cursor to this project's extra values.
            let mut extras: [&[(u32, u16)]; FACETS] = [&[]; FACETS];
            for f in 0..FACETS {
                let col = &self.columns[f];
                if col.is_multi() {
                    let c = &mut cursors[f];
                    while *c < col.extra.len() && (col.extra[*c].0 as usize) < i {
                        *c += 1;
                    }
                    let end = col.extra[*c..]
                        .iter()
                        .take_while(|e| e.0 as usize == i)
                        .count();
                    extras[f] = &col.extra[*c..*c + end];
                }
            }
            let mut fails = 0u32;
            for &f in &active {
                let ok = allowed[f][usize::from(self.columns[f].primary[i])]
                    || extras[f].iter().any(|&(_, v)| allowed[f][usize::from(v)]);
                if !ok {
                    fails |= 1 << f;
                    if fails.count_ones() > 1 {
                        return;
                    }
                }
            }
            let code = self.currencies[i];
            let amount_ok = match code {
                0 => amount.unknown == UnknownAmounts::Include,
                c if c == cny => amount.admits_yuan(self.amounts[i]),
                // Other currencies are not converted: an active range leaves them out.
                _ => !range_set,
            };
            if !amount_ok {
                fails |= 1 << AMOUNT;
            }
            let count_in = |out: &mut Outcome, f: usize| {
                out.counts[f][usize::from(self.columns[f].primary[i])] += 1;
                for &(_, v) in extras[f] {
                    out.counts[f][usize::from(v)] += 1;
                }
            };
            match fails.count_ones() {
                0 => {
                    out.matches.insert(i);
                    out.total += 1;
                    for f in 0..FACETS {
                        count_in(&mut out, f);
                    }
                    out.summary.by_industry[usize::from(self.columns[industry].primary[i])] += 1;
                    out.summary.by_stage[usize::from(self.columns[stage].primary[i])] += 1;
                    if code == 0 {
                        out.summary.unknown_amounts += 1;
                    } else {
                        let s = &mut sums[usize::from(code - 1)];
                        s.0 = s.0.saturating_add(self.amounts[i]);
                        s.1 += 1;
                    }
                    if code == cny {
                        out.summary.histogram[histogram_bin(self.amounts[i])] += 1;
                    }
                }
                1 if fails == 1 << AMOUNT => {
                    if code == cny {
                        out.summary.histogram[histogram_bin(self.amounts[i])] += 1;
                    }
                }
                1 => count_in(&mut out, fails.trailing_zeros() as usize),
                _ => {}
            }
        };
        match search {
            Some(hits) => hits.projects.iter().for_each(&mut visit),
            None => (0..n).for_each(&mut visit),
        }
        out.summary.totals = Currency::ALL
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
