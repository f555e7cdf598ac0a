//! Filtering events by kind, city and participant, and the counts shown beside each choice.
//!
//! Within one facet the chosen values are alternatives (any of them); facets combine (all of
//! them). A value's count is the number of events it would show given the *other* facets, so a
//! person can see what a click will do before making it.

use crate::model::{CityIx, Dataset, Event, EventIx, KindIx, Who};
use crate::route::{TimelineRoute, WhoRef};

/// The filter in dataset terms. Ids in the link that name nothing are dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Kinds (any).
    pub kinds: Vec<KindIx>,
    /// Cities (any).
    pub cities: Vec<CityIx>,
    /// Participants (any).
    pub who: Vec<Who>,
}

/// One of the three facets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Facet {
    Kind,
    City,
    Who,
}

/// How many events each value of each facet would show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Kinds in taxonomy order; only those with events or chosen.
    pub kinds: Vec<(KindIx, usize)>,
    /// Cities in taxonomy order; only those with events or chosen.
    pub cities: Vec<(CityIx, usize)>,
    /// People in table order, then organisations; only those with events or chosen.
    pub who: Vec<(Who, usize)>,
}

/// The participant a link names, if it exists.
pub fn resolve_who(data: &Dataset, who: &WhoRef) -> Option<Who> {
    match who {
        WhoRef::Person(id) => data
            .people
            .iter()
            .position(|p| *p.id == **id)
            .map(|i| Who::Person(crate::model::PersonIx(i as u32))),
        WhoRef::Org(id) => data
            .organisations
            .iter()
            .position(|o| *o.id == **id)
            .map(|i| Who::Organisation(crate::model::OrgIx(i as u32))),
    }
}

/// The rows of a table whose ids are in `ids`, in the order of `ids`.
fn rows<'a>(
    ids: &'a [String],
    table: impl Iterator<Item = &'a str> + Clone + 'a,
) -> impl Iterator<Item = u32> + 'a {
    ids.iter()
        .filter_map(move |id| table.clone().position(|t| t == id))
        .map(|i| i as u32)
}

/// The link form of a participant.
pub fn who_ref(data: &Dataset, who: Who) -> WhoRef {
    match who {
        Who::Person(p) => WhoRef::Person(data.people[p.ix()].id.to_string()),
        Who::Organisation(o) => WhoRef::Org(data.organisations[o.ix()].id.to_string()),
    }
}

impl Filter {
    /// Reads the filter from the route.
    pub fn from_route(data: &Dataset, route: &TimelineRoute) -> Filter {
        Filter {
            kinds: rows(&route.kinds, data.event_kinds.iter().map(|k| &*k.id))
                .map(KindIx)
                .collect(),
            cities: rows(&route.cities, data.cities.iter().map(|c| &*c.id))
                .map(CityIx)
                .collect(),
            who: route
                .who
                .iter()
                .filter_map(|w| resolve_who(data, w))
                .collect(),
        }
    }

    /// Whether no filter is on.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.cities.is_empty() && self.who.is_empty()
    }

    /// Whether an event passes every facet.
    pub fn matches(&self, event: &Event) -> bool {
        self.matches_except(event, None)
    }

    fn matches_except(&self, event: &Event, skip: Option<Facet>) -> bool {
        let kind =
            skip == Some(Facet::Kind) || self.kinds.is_empty() || self.kinds.contains(&event.kind);
        let city = skip == Some(Facet::City)
            || self.cities.is_empty()
            || event.city.is_some_and(|c| self.cities.contains(&c));
        let who = skip == Some(Facet::Who)
            || self.who.is_empty()
            || event.participants.iter().any(|p| self.who.contains(&p.who));
        kind && city && who
    }

    /// The events of `scope` that pass, in the order given.
    pub fn apply(&self, data: &Dataset, scope: &[EventIx]) -> Vec<EventIx> {
        scope
            .iter()
            .copied()
            .filter(|ix| self.matches(&data.events[ix.ix()]))
            .collect()
    }

    /// The counts for every facet over `scope`.
    pub fn counts(&self, data: &Dataset, scope: &[EventIx]) -> Counts {
        let mut kinds = vec![0usize; data.event_kinds.len()];
        let mut cities = vec![0usize; data.cities.len()];
        let mut people = vec![0usize; data.people.len()];
        let mut orgs = vec![0usize; data.organisations.len()];
        for ix in scope {
            let e = &data.events[ix.ix()];
            if self.matches_except(e, Some(Facet::Kind)) {
                kinds[e.kind.ix()] += 1;
            }
            if let Some(c) = e.city.filter(|_| self.matches_except(e, Some(Facet::City))) {
                cities[c.ix()] += 1;
            }
            if self.matches_except(e, Some(Facet::Who)) {
                let mut seen: Vec<Who> = Vec::new();
                for p in &e.participants {
                    if seen.contains(&p.who) {
                        continue;
                    }
                    seen.push(p.who);
                    match p.who {
                        Who::Person(x) => people[x.ix()] += 1,
                        Who::Organisation(x) => orgs[x.ix()] += 1,
                    }
                }
            }
        }
        let keep = |n: usize, chosen: bool| n > 0 || chosen;
        Counts {
            kinds: (0..kinds.len())
                .map(|i| (KindIx(i as u32), kinds[i]))
                .filter(|(k, n)| keep(*n, self.kinds.contains(k)))
                .collect(),
            cities: (0..cities.len())
                .map(|i| (CityIx(i as u32), cities[i]))
                .filter(|(c, n)| keep(*n, self.cities.contains(c)))
                .collect(),
            who: (0..people.len())
                .map(|i| (Who::Person(crate::model::PersonIx(i as u32)), people[i]))
                .chain(
                    (0..orgs.len())
                        .map(|i| (Who::Organisation(crate::model::OrgIx(i as u32)), orgs[i])),
                )
                .filter(|(w, n)| keep(*n, self.who.contains(w)))
                .collect(),
        }
    }
}
