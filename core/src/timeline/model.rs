//! Everything the timeline shows for one route, computed in one pass: which events the zoom
//! covers, which pass the filter, the counts beside each filter value, what the body draws
//! (one edition's days or the editions side by side) and the order of the arrow keys.

use crate::model::{Dataset, EventIx};
use crate::route::TimelineRoute;

use super::filter::{Counts, Filter};
use super::history::{self, Column};
use super::keys::NavList;
use super::layout::{layout, LayoutOptions, VisitLayout};
use super::scope::Scope;

/// What the body draws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// One edition's days.
    Visit(VisitLayout),
    /// The editions side by side.
    History(Vec<Column>),
}

/// The timeline for one route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    /// What the zoom covers.
    pub scope: Scope,
    /// How many events the zoom covers before filtering.
    pub in_scope: usize,
    /// The events that pass the filter.
    pub shown: Vec<EventIx>,
    /// The count beside each filter value.
    pub counts: Counts,
    /// What the body draws.
    pub body: Body,
    /// The order of the arrow keys.
    pub order: NavList,
}

/// The event a route selects, if it names one that exists.
pub fn selected(data: &Dataset, route: &TimelineRoute) -> Option<EventIx> {
    let id = route.event.as_deref()?;
    let i = data.events.iter().position(|e| &*e.id == id)?;
    Some(EventIx(i as u32))
}

impl Model {
    /// Computes the timeline for `route`; the selection matters only when the link names no
    /// edition (its edition is shown).
    pub fn build(data: &Dataset, route: &TimelineRoute, options: LayoutOptions) -> Model {
        let scope = Scope::resolve(data, route.zoom, selected(data, route));
        let filter = Filter::from_route(data, route);
        let in_scope = scope.events(data);
        let shown = filter.apply(data, &in_scope);
        let counts = filter.counts(data, &in_scope);
        let (body, order) = match scope {
            Scope::Visit(_) => {
                let l = layout(data, &shown, route.lanes, options);
                let order = l.nav_order(data);
                (Body::Visit(l), order)
            }
            Scope::History => {
                let columns = history::columns(data, &shown);
                let order = history::nav_order(data, &columns);
                (Body::History(columns), order)
            }
        };
        Model {
            scope,
            in_scope: in_scope.len(),
            shown,
            counts,
            body,
            order,
        }
    }
}
