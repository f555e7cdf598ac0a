//! Sort orders, each computed once per dataset on first use, and pages of results.
//!
//! An order is a permutation of all projects: those with a known key ascending, then those
//! without, in dataset order. Descending walks the known part backwards and still ends with
//! the unknown ones, so "not announced" is last both ways; equal keys stay in dataset order
//! both ways.

use std::cmp::Ordering;

use super::bits::Bits;
use super::index::CatalogIndex;
use super::normalise::fold;
use super::pinyin::sort_key;
use super::query::{Sort, SortDir, SortKey};
use crate::model::{Dataset, ProjectIx};
use crate::text::{Lang, Text};

/// A precomputed order of all projects.
#[derive(Clone, Debug, Default)]
pub struct Order {
    perm: Vec<u32>,
    known: usize,
    /// Where each run of equal keys starts in `perm`.
    groups: Vec<u32>,
}

/// Sorts positions with a comparison: the one sort instantiation of the catalog (each
/// generic sort costs kilobytes of wasm).
pub fn sort_indices(v: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    v.sort_unstable_by(|&a, &b| cmp(a, b));
}

impl Order {
    /// Sorts the projects that have a key; the others follow in dataset order.
    fn by_key<K: Ord>(keys: Vec<Option<K>>) -> Order {
        let (mut known, unknown): (Vec<u32>, Vec<u32>) =
            (0..keys.len() as u32).partition(|&i| keys[i as usize].is_some());
        let key = |i: u32| &keys[i as usize];
        sort_indices(&mut known, &|a, b| key(a).cmp(key(b)).then(a.cmp(&b)));
        let count = known.len();
        let groups = (0..count)
            .filter(|&j| j == 0 || key(known[j]) != key(known[j - 1]))
            .map(|j| j as u32)
            .collect();
        let mut perm = known;
        perm.extend(unknown);
        Order {
            perm,
            known: count,
            groups,
        }
    }

    /// The projects in this order, ascending or descending (unknown last both ways).
    fn walk(&self, dir: SortDir) -> Box<dyn Iterator<Item = u32> + '_> {
        let (known, unknown) = self.perm.split_at(self.known);
        match dir {
            SortDir::Asc => Box::new(known.iter().chain(unknown).copied()),
            SortDir::Desc => {
                let ends = self
                    .groups
                    .iter()
                    .skip(1)
                    .map(|&g| g as usize)
                    .chain([self.known]);
                let runs: Vec<(usize, usize)> =
                    self.groups.iter().map(|&g| g as usize).zip(ends).collect();
                Box::new(
                    runs.into_iter()
                        .rev()
                        .flat_map(move |(a, b)| known[a..b].iter())
                        .chain(unknown)
                        .copied(),
                )
            }
        }
    }
}

/// A name's sort key in a language: pinyin for Chinese, folded text for English.
fn text_key(text: &Text, lang: Lang) -> String {
    let shown = text.pick(lang);
    match shown.lang {
        Lang::Zh => sort_key(shown.text),
        Lang::En => fold(shown.text),
    }
}

fn slot(key: SortKey, lang: Lang) -> Option<usize> {
    match (key, lang) {
        (SortKey::Dataset, _) => None,
        (SortKey::Amount, _) => Some(0),
        (SortKey::Stage, _) => Some(1),
        (SortKey::Name, Lang::Zh) => Some(2),
        (SortKey::Name, Lang::En) => Some(3),
        (SortKey::City, Lang::Zh) => Some(4),
        (SortKey::City, Lang::En) => Some(5),
    }
}

fn build(data: &Dataset, key: SortKey, lang: Lang) -> Order {
    let projects = &data.projects;
    match key {
        SortKey::Dataset => Order::by_key(projects.iter().map(|_| Some(())).collect()),
        // Yuan first, then other currencies (never compared with yuan), each by amount.
        SortKey::Amount => Order::by_key(
            projects
                .iter()
                .map(|p| p.investment.map(|m| (m.currency, m.amount)))
                .collect(),
        ),
        SortKey::Stage => Order::by_key(projects.iter().map(|p| p.stage).collect()),
        SortKey::Name => Order::by_key(
            projects
                .iter()
                .map(|p| Some(text_key(&p.name, lang)))
                .collect(),
        ),
        SortKey::City => {
            let cities: Vec<String> = data
                .cities
                .iter()
                .map(|c| text_key(&c.name, lang))
                .collect();
            Order::by_key(
                projects
                    .iter()
                    .map(|p| p.city.map(|c| cities[c.ix()].as_str()))
                    .collect(),
            )
        }
    }
}

impl CatalogIndex {
    /// The matching projects in the order asked for (for a page or an export).
    pub fn sorted<'a>(
        &'a self,
        matches: &'a Bits,
        sort: Sort,
        lang: Lang,
    ) -> Box<dyn Iterator<Item = ProjectIx> + 'a> {
        match slot(sort.key, lang) {
            None => {
                let all: Box<dyn Iterator<Item = usize>> = match sort.dir {
                    SortDir::Asc => Box::new(matches.iter()),
                    SortDir::Desc => Box::new(matches.iter().collect::<Vec<_>>().into_iter().rev()),
                };
                Box::new(all.map(|i| ProjectIx(i as u32)))
            }
            Some(s) => {
                let order = self.orders[s].get_or_init(|| build(self.data(), sort.key, lang));
                Box::new(
                    order
                        .walk(sort.dir)
                        .filter(|&i| matches.contains(i as usize))
                        .map(ProjectIx),
                )
            }
        }
    }

    /// One page (`page` counts from 1) of the matching projects in the order asked for.
    pub fn page(
        &self,
        matches: &Bits,
        sort: Sort,
        lang: Lang,
        page: usize,
        per: usize,
    ) -> Vec<ProjectIx> {
        self.sorted(matches, sort, lang)
            .skip(page.saturating_sub(1) * per)
            .take(per)
            .collect()
    }
}

/// Compares two texts the way the name sort does (for tests and small lists).
pub fn compare_names(a: &Text, b: &Text, lang: Lang) -> Ordering {
    text_key(a, lang).cmp(&text_key(b, lang))
}
