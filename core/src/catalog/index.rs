//! The columnar index of a dataset, built once: one small integer per project per facet,
//! amounts as integers, folded search documents and (on first use) sort orders.

use std::sync::{Arc, OnceLock};

use super::facet::{order_values, project_values, Facet, FacetValue, FACETS};
use super::order::Order;
use super::search::{SearchBuild, SearchIndex};
use crate::model::{Dataset, EventIx, ProjectIx, Stage};
use crate::money::Currency;

/// One facet's values and which of them each project has.
#[derive(Clone, Debug, Default)]
pub struct Column {
    values: Vec<FacetValue>,
    ids: Vec<String>,
    totals: Vec<u32>,
    /// Per project: the position of its (first) value.
    pub(super) primary: Vec<u16>,
    /// Further values of projects that have several: (project, position), sorted by project.
    pub(super) extra: Vec<(u32, u16)>,
}

impl Column {
    /// The values, in display order ("not announced" last).
    pub fn values(&self) -> &[FacetValue] {
        &self.values
    }

    /// How many projects of the whole dataset have each value.
    pub fn totals(&self) -> &[u32] {
        &self.totals
    }

    /// The position of the value with URL id `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.ids.iter().position(|x| x == id)
    }

    /// The URL id of the value at `position`.
    pub fn id(&self, position: usize) -> &str {
        &self.ids[position]
    }
}

/// The index the catalog queries; cheap to share (`Arc`), immutable after building except for
/// the sort orders, each computed the first time it is asked for.
#[derive(Debug)]
pub struct CatalogIndex {
    data: Arc<Dataset>,
    pub(super) columns: [Column; FACETS],
    /// Per project: the amount in whole units, 0 when not announced.
    pub(super) amounts: Vec<u64>,
    /// Per project: 0 when not announced, else 1 + the position in `Currency::ALL`.
    pub(super) currencies: Vec<u8>,
    pub(super) search: SearchIndex,
    pub(super) orders: [OnceLock<Order>; 6],
}

/// The currency code stored for a project.
pub(super) fn currency_code(c: Currency) -> u8 {
    Currency::ALL
        .iter()
        .position(|&x| x == c)
        .map_or(0, |p| p as u8 + 1)
}

/// An index being built, a slice of projects at a time (see [`CatalogIndex::build`]).
#[derive(Debug)]
pub struct IndexBuild {
    data: Arc<Dataset>,
    search: SearchBuild,
    /// Per project: the events that list it (made once the texts are done).
    listed_at: Vec<Vec<EventIx>>,
    /// The facet columns built so far, in `Facet::ALL` order.
    columns: Vec<Column>,
}

impl IndexBuild {
    /// Indexes the next `count` projects' texts, or (once the texts are done) builds one facet
    /// column; true when everything is done.
    pub fn step(&mut self, count: usize) -> bool {
        if !self.search.step(&self.data, count) {
            return false;
        }
        let data = &self.data;
        if self.listed_at.len() != data.projects.len() {
            self.listed_at = vec![Vec::new(); data.projects.len()];
            for (e, event) in data.events.iter().enumerate() {
                for p in &event.projects {
                    self.listed_at[p.ix()].push(EventIx(e as u32));
                }
            }
        }
        if let Some(&facet) = Facet::ALL.get(self.columns.len()) {
            self.columns
                .push(build_column(data, &self.listed_at, facet));
        }
        self.columns.len() == FACETS
    }

    /// How far it has come: (steps done, steps), counting a project's texts as one step and
    /// a facet column as a thousand.
    pub fn progress(&self) -> (usize, usize) {
        let column = 1000;
        (
            self.search.done() + self.columns.len() * column,
            self.data.projects.len() + FACETS * column,
        )
    }

    /// The index. Call after `step` said it was done.
    pub fn finish(self) -> CatalogIndex {
        let data = self.data;
        // Columns are kept by `Facet::ix`, not in menu order.
        let mut columns = Facet::ALL.map(|_| Column::default());
        for (facet, column) in Facet::ALL.into_iter().zip(self.columns) {
            columns[facet.ix()] = column;
        }
        CatalogIndex {
            columns,
            amounts: data
                .projects
                .iter()
                .map(|p| p.investment.map_or(0, |m| m.amount))
                .collect(),
            currencies: data
                .projects
                .iter()
                .map(|p| p.investment.map_or(0, |m| currency_code(m.currency)))
                .collect(),
            search: self.search.finish(),
            orders: Default::default(),
            data,
        }
    }
}

impl CatalogIndex {
    /// Builds the index of a dataset.
    pub fn new(data: Arc<Dataset>) -> CatalogIndex {
        let mut build = CatalogIndex::build(data);
        while !build.step(usize::MAX) {}
        build.finish()
    }

    /// Starts building the index of a dataset in slices: `step` until done, then `finish`.
    pub fn build(data: Arc<Dataset>) -> IndexBuild {
        IndexBuild {
            search: SearchBuild::start(&data),
            data,
            listed_at: Vec::new(),
            columns: Vec::new(),
        }
    }

    /// The dataset indexed.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// The shared dataset.
    pub fn data_arc(&self) -> &Arc<Dataset> {
        &self.data
    }

    /// The number of projects.
    pub fn len(&self) -> usize {
        self.amounts.len()
    }

    /// Whether there are no projects.
    pub fn is_empty(&self) -> bool {
        self.amounts.is_empty()
    }

    /// A facet's column.
    pub fn column(&self, facet: Facet) -> &Column {
        &self.columns[facet.ix()]
    }

    /// The search documents.
    pub fn search_index(&self) -> &SearchIndex {
        &self.search
    }

    /// The project with data id `id`.
    pub fn project_by_id(&self, id: &str) -> Option<ProjectIx> {
        self.data
            .projects
            .iter()
            .position(|p| &*p.id == id)
            .map(|i| ProjectIx(i as u32))
    }
}

/// A dense slot for each possible value of a facet, for counting without hashing.
fn raw_slot(editions: &[crate::model::Edition], v: FacetValue) -> usize {
    let slot = match v {
        FacetValue::Industry(i) => i.ix(),
        FacetValue::City(c) => c.ix(),
        FacetValue::Origin(r) => r.ix(),
        FacetValue::Capital(c) => c.ix(),
        FacetValue::Stage(s) => s.ix(),
        FacetValue::Event(e) => e.ix(),
        FacetValue::Edition(e) => editions.binary_search(&e).unwrap_or(0),
        FacetValue::NotAnnounced => return 0,
    };
    slot + 1
}

fn build_column(data: &Dataset, listed_at: &[Vec<EventIx>], facet: Facet) -> Column {
    let n = data.projects.len();
    let editions = data.editions();
    let domain = 1 + match facet {
        Facet::Industry => data.industries.len(),
        Facet::City => data.cities.len(),
        Facet::Origin => data.regions.len(),
        Facet::Capital => data.capital_types.len(),
        Facet::Stage => Stage::ALL.len(),
        Facet::Event => data.events.len(),
        Facet::Edition => editions.len(),
    };
    // Per slot: the value and how many projects have it.
    let mut seen: Vec<Option<(FacetValue, u32)>> = vec![None; domain];
    if facet == Facet::Stage {
        // The whole pipeline is always shown, even stages no project has reached.
        for s in Stage::ALL {
            seen[s.ix() + 1] = Some((FacetValue::Stage(s), 0));
        }
    }
    let mut raw: Vec<u32> = Vec::with_capacity(n);
    let mut raw_extra: Vec<(u32, u32)> = Vec::new();
    let mut buf = Vec::new();
    for p in 0..n {
        project_values(data, listed_at, ProjectIx(p as u32), facet, &mut buf);
        for (k, &v) in buf.iter().enumerate() {
            let slot = raw_slot(&editions, v);
            seen[slot].get_or_insert((v, 0)).1 += 1;
            if k == 0 {
                raw.push(slot as u32);
            } else {
                raw_extra.push((p as u32, slot as u32));
            }
        }
    }
    let mut values: Vec<(FacetValue, u32)> = seen.iter().flatten().copied().collect();
    order_values(&mut values);
    let mut position = vec![0u16; domain];
    for (i, (v, _)) in values.iter().enumerate() {
        position[raw_slot(&editions, *v)] = i as u16;
    }
    Column {
        ids: values.iter().map(|(v, _)| v.id(data)).collect(),
        totals: values.iter().map(|(_, c)| *c).collect(),
        values: values.into_iter().map(|(v, _)| v).collect(),
        primary: raw.into_iter().map(|r| position[r as usize]).collect(),
        extra: raw_extra
            .into_iter()
            .map(|(p, r)| (p, position[r as usize]))
            .collect(),
    }
}
