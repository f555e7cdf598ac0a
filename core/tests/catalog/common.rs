//! Helpers for the catalog tests: the bundled dataset, synthetic ones, and running a route.
#![allow(dead_code)]

use std::sync::Arc;

use gba_core::catalog::normalise::terms;
use gba_core::catalog::{CatalogIndex, Facet, Outcome};
use gba_core::model::Dataset;
use gba_core::route::{CatalogRoute, Route};
use gba_core::synth::{generate, SynthSize};
use gba_core::validate::load_str;

pub const BUNDLED: &str = include_str!("../../../public/data/visit.json");

pub fn bundled() -> Arc<Dataset> {
    Arc::new(load_str(BUNDLED).expect("bundled").dataset)
}

pub fn synthetic(projects: usize) -> Arc<Dataset> {
    let base: serde_json::Value = serde_json::from_str(BUNDLED).unwrap();
    let text = generate(
        &base,
        SynthSize {
            events: 50,
            projects,
            seed: 11,
        },
    );
    Arc::new(load_str(&text).expect("synthetic").dataset)
}

/// Runs the catalog part of a URL fragment: search, then filter and count.
pub fn run(index: &CatalogIndex, fragment: &str) -> Outcome {
    let route: CatalogRoute = Route::parse(fragment).catalog;
    let hits = index.search_index().search(terms(&route.q), None);
    index.evaluate(&index.filter(&route), hits.as_ref())
}

/// Ids of the matching projects, in dataset order.
pub fn ids(index: &CatalogIndex, outcome: &Outcome) -> Vec<String> {
    outcome
        .matches
        .iter()
        .map(|i| index.data().projects[i].id.to_string())
        .collect()
}

/// A facet's counts as (value id, count), only values with a non-zero count.
pub fn counts(index: &CatalogIndex, outcome: &Outcome, facet: Facet) -> Vec<(String, u32)> {
    let column = index.column(facet);
    outcome.counts[facet.ix()]
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(i, &n)| (column.id(i).to_owned(), n))
        .collect()
}
