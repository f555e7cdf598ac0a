//! Filter + facet counts + first page for synthetic catalogs of 1,000, 10,000 and 100,000
//! projects (generated at run time by `gba_core::synth`; never shipped).
//!
//! `cargo bench -p gba-core --bench catalog` — see docs/catalog.md for the figures.

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use gba_core::catalog::normalise::terms;
use gba_core::catalog::{CatalogIndex, Sort};
use gba_core::route::Route;
use gba_core::synth::{generate, SynthSize};
use gba_core::text::Lang;
use gba_core::validate::load_str;

fn dataset(projects: usize) -> Arc<gba_core::model::Dataset> {
    let base: serde_json::Value =
        serde_json::from_str(include_str!("../../public/data/visit.json")).unwrap();
    let text = generate(
        &base,
        SynthSize {
            events: 200,
            projects,
            seed: 1,
        },
    );
    Arc::new(load_str(&text).unwrap().dataset)
}

/// One keystroke or click: search (refining `prev` when given), filter + count, first page.
fn step(index: &CatalogIndex, fragment: &str, prev: Option<&gba_core::catalog::Hits>) -> usize {
    let route = Route::parse(fragment).catalog;
    let hits = index.search_index().search(terms(&route.q), prev);
    let out = index.evaluate(&index.filter(&route), hits.as_ref());
    index.page(&out.matches, route.sort, Lang::Zh, 1, 20).len() + out.total
}

fn bench(c: &mut Criterion) {
    for n in [1_000, 10_000, 100_000] {
        let data = dataset(n);
        let mut group = c.benchmark_group(format!("catalog/{n}"));
        group.sample_size(if n >= 100_000 { 20 } else { 50 });
        group.bench_function("build index", |b| {
            b.iter(|| CatalogIndex::new(data.clone()).len())
        });
        let index = CatalogIndex::new(data.clone());
        // Warm the sort orders (built once per dataset, on first use).
        for sort in Sort::MENU {
            let all = index.evaluate(&Default::default(), None);
            index.page(&all.matches, sort, Lang::Zh, 1, 20);
        }
        let cases = [
            ("no filter", "#/projects", None),
            (
                "two facets, amount sort",
                "#/projects?f.city=ganzhou,nanchang&f.stage=signed&sort=amount-desc",
                None,
            ),
            ("first keystroke g", "#/projects?q=g&sort=amount-desc", None),
            ("keystroke miss q (full scan)", "#/projects?q=q", None),
            ("keystroke ga after g", "#/projects?q=ga", Some("g")),
            ("keystroke ganz after gan", "#/projects?q=ganz", Some("gan")),
            (
                "keystroke 赣州 after 赣",
                "#/projects?q=%E8%B5%A3%E5%B7%9E",
                Some("赣"),
            ),
            (
                "facet click with cached search",
                "#/projects?q=gan&f.industry=aviation&sort=name",
                Some("gan"),
            ),
        ];
        for (name, fragment, prev) in cases {
            let prev_hits = prev.and_then(|p| index.search_index().search(terms(p), None));
            // A facet click with the same query reuses the cached hits as they are.
            group.bench_with_input(BenchmarkId::from_parameter(name), &fragment, |b, f| {
                b.iter(|| step(&index, f, prev_hits.as_ref()))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
