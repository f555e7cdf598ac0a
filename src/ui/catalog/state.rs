//! The catalog's derived state: memos from the URL route to search hits, filter outcome and
//! the page shown. Nothing here writes a signal; changes go through `Catalog::go`.

use std::sync::Arc;

use gba_core::catalog::normalise::terms;
use gba_core::catalog::{CatalogIndex, Filter, Hits, Outcome};
use gba_core::model::ProjectIx;
use gba_core::route::{CatalogRoute, Route};
use leptos::prelude::*;

use crate::ui::nav::{HistoryMode, Nav};
use crate::ui::text::use_lang;

/// Everything the catalog's components share.
#[derive(Clone, Copy)]
pub struct Catalog {
    /// The index of the dataset.
    pub index: StoredValue<Arc<CatalogIndex>>,
    /// The catalog's part of the route.
    pub route: Memo<CatalogRoute>,
    /// The search hits, refined while typing (kept across facet clicks).
    pub hits: Memo<Option<Arc<Hits>>>,
    /// Results, facet counts and summary.
    pub outcome: Memo<Arc<Outcome>>,
    /// The projects on the page shown.
    pub page: Memo<Vec<ProjectIx>>,
    nav: Nav,
}

impl Catalog {
    /// Wires the memos for one mounted catalog.
    pub fn new(index: Arc<CatalogIndex>) -> Catalog {
        let nav = expect_context::<Nav>();
        let lang = use_lang();
        let index = StoredValue::new(index);
        let route = Memo::new(move |_| nav.route.with(|r| r.catalog.clone()));
        let hits = Memo::new_with_compare(
            move |prev: Option<&Option<Arc<Hits>>>| {
                let terms = route.with(|r| terms(&r.q));
                let prev = prev.cloned().flatten();
                if prev.as_ref().is_some_and(|p| p.terms() == terms.as_slice()) {
                    return prev;
                }
                // Typing that extends the last query only rescans its matches.
                index.with_value(|ix| {
                    ix.search_index()
                        .search(terms, prev.as_deref())
                        .map(Arc::new)
                })
            },
            new_hits,
        );
        let filter: Memo<Filter> =
            Memo::new(move |_| route.with(|r| index.with_value(|ix| ix.filter(r))));
        let outcome = Memo::new_with_compare(
            move |_| {
                let hits = hits.get();
                filter.with(|f| index.with_value(|ix| Arc::new(ix.evaluate(f, hits.as_deref()))))
            },
            new_outcome,
        );
        let page = Memo::new(move |_| {
            let (sort, page, per) = route.with(|r| (r.sort, r.page_number(), r.per.get()));
            let lang = lang.get();
            outcome.with(|o| index.with_value(|ix| ix.page(&o.matches, sort, lang, page, per)))
        });
        Catalog {
            index,
            route,
            hits,
            outcome,
            page,
            nav,
        }
    }

    /// Changes the catalog's route (and the URL).
    pub fn go(&self, mode: HistoryMode, change: impl FnOnce(&mut CatalogRoute)) {
        self.nav.go(mode, |r| change(&mut r.catalog));
    }

    /// Changes the whole route (to leave the catalog).
    pub fn go_route(&self, mode: HistoryMode, change: impl FnOnce(&mut Route)) {
        self.nav.go(mode, change);
    }
}

// A memo of hits or outcome has changed when it holds another `Arc`. Each is computed anew
// only when its inputs changed (the same terms keep the same hits), so its contents differ all
// but always; comparing them (derived equality over every project's bits and counts) cost
// 365 bytes of the size budget.
fn new_hits(a: Option<&Option<Arc<Hits>>>, b: Option<&Option<Arc<Hits>>>) -> bool {
    !matches!((a, b), (Some(a), Some(b)) if a.as_ref().map(Arc::as_ptr) == b.as_ref().map(Arc::as_ptr))
}

fn new_outcome(a: Option<&Arc<Outcome>>, b: Option<&Arc<Outcome>>) -> bool {
    !matches!((a, b), (Some(a), Some(b)) if Arc::ptr_eq(a, b))
}

/// The catalog of the enclosing `CatalogView`.
pub fn use_catalog() -> Catalog {
    expect_context::<Catalog>()
}
