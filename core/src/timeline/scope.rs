//! Which events a zoom level covers: one edition's days, or every edition.

use crate::model::{Dataset, Edition, EventIx};
use crate::route::Zoom;

/// What the timeline shows, resolved against the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// The days of one edition.
    Visit(Edition),
    /// Every edition side by side.
    History,
}

/// The editions that have events, ascending.
pub fn editions(data: &Dataset) -> Vec<Edition> {
    let mut all: Vec<Edition> = data.events.iter().map(|e| e.edition).collect();
    super::order::sort_by(&mut all, |e| u64::from(e.0));
    all.dedup();
    all
}

impl Scope {
    /// Resolves a zoom: a named edition if it has events; otherwise the selected event's
    /// edition; otherwise the latest edition.
    pub fn resolve(data: &Dataset, zoom: Zoom, selected: Option<EventIx>) -> Scope {
        let editions = editions(data);
        let named = match zoom {
            Zoom::History => return Scope::History,
            Zoom::Visit(named) => named.filter(|e| editions.contains(e)),
        };
        let edition = named
            .or_else(|| selected.map(|ix| data.events[ix.ix()].edition))
            .or_else(|| editions.last().copied())
            .unwrap_or(Edition(0));
        Scope::Visit(edition)
    }

    /// The events in scope, in document order.
    pub fn events(self, data: &Dataset) -> Vec<EventIx> {
        (0..data.events.len())
            .map(|i| EventIx(i as u32))
            .filter(|ix| match self {
                Scope::Visit(edition) => data.events[ix.ix()].edition == edition,
                Scope::History => true,
            })
            .collect()
    }
}
