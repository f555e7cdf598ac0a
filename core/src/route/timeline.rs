//! The timeline's part of the URL. Keys owned here: `event`, `zoom`, `lanes`, `kind`, `city`,
//! `who`. The catalog's keys are `project`, `q`, `f.*`, `min`, `max`, `unknown`, `sort`,
//! `page`, `per`; `lang` and `now` are shared.
//!
//! `#/timeline?zoom=2019&lanes=city&kind=promotion,fair&who=person:liu-qi&event=ev2019-mission`

use std::fmt;
use std::str::FromStr;

use crate::model::Edition;

/// How far the timeline is zoomed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zoom {
    /// The days of one edition, by the hour. `None`: the selected event's edition, else the
    /// latest (written `zoom=2019` when named).
    Visit(Option<Edition>),
    /// The editions side by side with their headline figures (`zoom=history`).
    History,
}

impl Default for Zoom {
    fn default() -> Zoom {
        Zoom::Visit(None)
    }
}

impl fmt::Display for Zoom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Zoom::Visit(None) => f.write_str("visit"),
            Zoom::Visit(Some(edition)) => edition.fmt(f),
            Zoom::History => f.write_str("history"),
        }
    }
}

impl FromStr for Zoom {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "visit" => Ok(Zoom::Visit(None)),
            "history" => Ok(Zoom::History),
            year if year.len() == 4 => year.parse().map(|e| Zoom::Visit(Some(e))).map_err(|_| ()),
            _ => Err(()),
        }
    }
}

/// What the horizontal timeline's lanes (rows) stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum LaneBy {
    /// One lane per kind of event.
    #[default]
    Kind,
    /// One lane per city.
    City,
}

impl LaneBy {
    /// Both choices, in the order the switch shows them.
    pub const ALL: [LaneBy; 2] = [LaneBy::Kind, LaneBy::City];

    /// The URL value.
    pub fn slug(self) -> &'static str {
        match self {
            LaneBy::Kind => "kind",
            LaneBy::City => "city",
        }
    }
}

impl FromStr for LaneBy {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LaneBy::ALL.into_iter().find(|l| l.slug() == s).ok_or(())
    }
}

/// A participant named in a link: `person:liu-qi` or `org:huawei` (people and organisations
/// have separate id spaces in the data, so the prefix keeps them apart).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WhoRef {
    /// A person's id.
    Person(String),
    /// An organisation's id.
    Org(String),
}

impl fmt::Display for WhoRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WhoRef::Person(id) => write!(f, "person:{id}"),
            WhoRef::Org(id) => write!(f, "org:{id}"),
        }
    }
}

impl FromStr for WhoRef {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once(':') {
            Some(("person", id)) if !id.is_empty() => Ok(WhoRef::Person(id.to_owned())),
            Some(("org", id)) if !id.is_empty() => Ok(WhoRef::Org(id.to_owned())),
            _ => Err(()),
        }
    }
}

/// What the timeline shows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TimelineRoute {
    /// The id of the selected event (its detail is open).
    pub event: Option<String>,
    /// Days of one edition or the editions side by side.
    pub zoom: Zoom,
    /// What the lanes stand for.
    pub lanes: LaneBy,
    /// Filter: event kind ids (any of them).
    pub kinds: Vec<String>,
    /// Filter: city ids (any of them).
    pub cities: Vec<String>,
    /// Filter: participants (any of them).
    pub who: Vec<WhoRef>,
}

impl TimelineRoute {
    /// Whether any filter is on.
    pub fn has_filters(&self) -> bool {
        !(self.kinds.is_empty() && self.cities.is_empty() && self.who.is_empty())
    }

    /// Turns every filter off (zoom, lanes and selection stay).
    pub fn clear_filters(&mut self) {
        self.kinds.clear();
        self.cities.clear();
        self.who.clear();
    }

    /// Takes one `key=value` pair if the key is the timeline's; returns whether it was.
    pub(super) fn read(&mut self, key: &str, value: &str) -> bool {
        match key {
            "event" => self.event = (!value.is_empty()).then(|| value.to_owned()),
            "zoom" => self.zoom = value.parse().unwrap_or_default(),
            "lanes" => self.lanes = value.parse().unwrap_or_default(),
            "kind" => self.kinds = super::split_list(value),
            "city" => self.cities = super::split_list(value),
            "who" => {
                self.who = super::split_list(value)
                    .iter()
                    .filter_map(|w| w.parse().ok())
                    .collect()
            }
            _ => return false,
        }
        true
    }

    /// Appends the pairs that differ from the default.
    pub(super) fn write(&self, out: &mut Vec<(&'static str, String)>) {
        if self.zoom != Zoom::default() {
            out.push(("zoom", self.zoom.to_string()));
        }
        if self.lanes != LaneBy::default() {
            out.push(("lanes", self.lanes.slug().to_owned()));
        }
        let lists = [("kind", &self.kinds), ("city", &self.cities)];
        for (key, list) in lists {
            if !list.is_empty() {
                out.push((key, list.join(",")));
            }
        }
        if !self.who.is_empty() {
            let who: Vec<String> = self.who.iter().map(WhoRef::to_string).collect();
            out.push(("who", who.join(",")));
        }
        if let Some(event) = &self.event {
            out.push(("event", event.clone()));
        }
    }
}

/// Adds `item` to `list` if absent, removes it if present (a filter chip's toggle).
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}

#[cfg(test)]
mod tests {
    use super::super::Route;
    use super::*;

    fn timeline(fragment: &str) -> TimelineRoute {
        Route::parse(fragment).timeline
    }

    #[test]
    fn every_key_round_trips() {
        let routes = [
            TimelineRoute::default(),
            TimelineRoute {
                zoom: Zoom::History,
                ..TimelineRoute::default()
            },
            TimelineRoute {
                event: Some("ev2019-mission".into()),
                zoom: Zoom::Visit(Some(Edition(2019))),
                lanes: LaneBy::City,
                kinds: vec!["promotion".into(), "fair".into()],
                cities: vec!["shenzhen".into()],
                who: vec![
                    WhoRef::Person("liu-qi".into()),
                    WhoRef::Org("huawei".into()),
                ],
            },
            TimelineRoute {
                kinds: vec!["a b".into(), "c&d".into()],
                ..TimelineRoute::default()
            },
        ];
        for timeline in routes {
            let route = Route {
                timeline,
                ..Route::default()
            };
            let fragment = route.to_fragment();
            assert_eq!(Route::parse(&fragment), route, "{fragment}");
        }
    }

    #[test]
    fn links_read_like_the_view() {
        let route = Route {
            timeline: TimelineRoute {
                zoom: Zoom::Visit(Some(Edition(2020))),
                kinds: vec!["promotion".into()],
                who: vec![WhoRef::Person("liu-qi".into())],
                event: Some("ev2020-investment-conference".into()),
                ..TimelineRoute::default()
            },
            ..Route::default()
        };
        assert_eq!(
            route.to_fragment(),
            "/timeline?zoom=2020&kind=promotion&who=person:liu-qi&event=ev2020-investment-conference"
        );
    }

    #[test]
    fn bad_values_fall_back_to_defaults() {
        let cases: [(&str, TimelineRoute); 5] = [
            ("#/timeline?zoom=decade", TimelineRoute::default()),
            ("#/timeline?zoom=20201", TimelineRoute::default()),
            ("#/timeline?lanes=colour", TimelineRoute::default()),
            (
                "#/timeline?who=liu-qi,person:,org:gree",
                TimelineRoute {
                    who: vec![WhoRef::Org("gree".into())],
                    ..TimelineRoute::default()
                },
            ),
            (
                "#/timeline?kind=a,,a&city=&event=",
                TimelineRoute {
                    kinds: vec!["a".into()],
                    ..TimelineRoute::default()
                },
            ),
        ];
        for (fragment, expected) in cases {
            assert_eq!(timeline(fragment), expected, "{fragment}");
        }
        assert_eq!(timeline("#/timeline?zoom=visit").zoom, Zoom::Visit(None));
    }

    #[test]
    fn filters_toggle_and_clear() {
        let mut route = TimelineRoute::default();
        assert!(!route.has_filters());
        toggle(&mut route.kinds, "fair".to_owned());
        toggle(&mut route.cities, "shenzhen".to_owned());
        assert!(route.has_filters());
        toggle(&mut route.kinds, "fair".to_owned());
        assert!(route.kinds.is_empty());
        route.event = Some("x".into());
        route.clear_filters();
        assert!(!route.has_filters());
        assert_eq!(
            route.event.as_deref(),
            Some("x"),
            "clearing keeps the selection"
        );
    }
}
