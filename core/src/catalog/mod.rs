//! The project catalog: facets with live counts, search (CJK substring, width- and
//! case-insensitive, pinyin), the investment range, sort orders, pages, the summary of the
//! results and their export.
//!
//! The data path: `CatalogIndex::new` (once per dataset: one small integer per project per
//! facet, amounts as integers, folded search documents) → `SearchIndex::search` (cached by the
//! caller and refined while typing) → `CatalogIndex::evaluate` (results, counts and summary in
//! one pass) → `CatalogIndex::page` (precomputed orders) → views and exports.

mod bits;
pub mod evaluate;
pub mod export;
pub mod facet;
pub mod html;
pub mod index;
mod needle;
pub mod normalise;
pub mod order;
pub mod pinyin;
#[rustfmt::skip]
mod pinyin_table;
pub mod query;
pub mod redraw;
pub mod search;

pub use bits::Bits;
pub use evaluate::{CurrencyTotal, Filter, Outcome, Summary, HISTOGRAM_EDGES_YI};
pub use facet::{Facet, FacetValue, FACETS, NOT_ANNOUNCED_ID};
pub use index::{CatalogIndex, Column, IndexBuild};
pub use query::{AmountBound, AmountFilter, PerPage, Sort, SortDir, SortKey, UnknownAmounts};
pub use search::{Hits, SearchIndex};

use crate::model::{Dataset, EventIx, ProjectIx};

/// The events a project is linked to: its own `event`, then every event whose `projects`
/// list names it.
pub fn project_events(data: &Dataset, p: ProjectIx) -> Vec<EventIx> {
    let mut out: Vec<EventIx> = data.projects[p.ix()].event.into_iter().collect();
    for (e, event) in data.events.iter().enumerate() {
        let e = EventIx(e as u32);
        if event.projects.contains(&p) && !out.contains(&e) {
            out.push(e);
        }
    }
    out
}
