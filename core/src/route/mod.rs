//! The app's state in the URL: one codec between `Route` and the text after `#`.
//!
//! `#/timeline?lang=en` — a view path, then `key=value` pairs. Unknown keys and bad values are
//! ignored (a shared link from a newer or older version still opens). Every key is written only
//! when it differs from the default, so the default view has an empty fragment.

mod catalog;
mod location;
pub mod query;
mod timeline;

use std::fmt;

pub use catalog::CatalogRoute;
pub use location::{Links, Slot, UrlParts};
pub use timeline::{toggle, LaneBy, TimelineRoute, WhoRef, Zoom};

use crate::text::Lang;
use crate::time::DateTime;

/// The main views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// The timeline of events.
    #[default]
    Timeline,
    /// The project catalog.
    Catalog,
}

impl View {
    /// Both views, in tab order.
    pub const ALL: [View; 2] = [View::Timeline, View::Catalog];

    /// The path segment.
    pub fn slug(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Catalog => "projects",
        }
    }

    /// The view for a path segment.
    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

/// Everything a link can carry.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    /// The view shown.
    pub view: View,
    /// The language asked for in the link, if any.
    pub lang: Option<Lang>,
    /// A fixed clock for live mode (demos and tests), China Standard Time: `now=2020-12-04T09:30`.
    pub now: Option<DateTime>,
    /// The timeline's state.
    pub timeline: TimelineRoute,
    /// The catalog's state.
    pub catalog: CatalogRoute,
}

/// Splits a comma-separated list value, dropping empty items and duplicates.
pub(crate) fn split_list(value: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in value.split(',').filter(|s| !s.is_empty()) {
        if !out.iter().any(|x| x == item) {
            out.push(item.to_owned());
        }
    }
    out
}

impl Route {
    /// Reads a fragment (with or without the leading `#`). Never fails: what cannot be read is
    /// left at its default.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let mut route = Route {
            view: View::from_slug(path.trim_matches('/')).unwrap_or_default(),
            ..Route::default()
        };
        for (key, value) in query::pairs(query) {
            match key.as_str() {
                "lang" => route.lang = value.parse().ok(),
                "now" => route.now = value.parse().ok(),
                _ => {
                    // Unknown keys (from other versions) are ignored.
                    let _ = route.timeline.read(&key, &value) || route.catalog.read(&key, &value);
                }
            }
        }
        route
    }

    /// The fragment text without `#`; empty for the default route.
    pub fn to_fragment(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.code().to_owned()));
        }
        if let Some(now) = self.now {
            pairs.push(("now", now.to_string()));
        }
        self.timeline.write(&mut pairs);
        self.catalog.write(&mut pairs);
        if pairs.is_empty() && self.view == View::default() {
            return String::new();
        }
        let mut out = format!("/{}", self.view.slug());
        if !pairs.is_empty() {
            out.push('?');
            out.push_str(&query::join(&pairs));
        }
        out
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_fragment())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip() {
        let routes = [
            Route::default(),
            Route {
                view: View::Catalog,
                ..Route::default()
            },
            Route {
                view: View::Timeline,
                lang: Some(Lang::En),
                ..Route::default()
            },
            Route {
                view: View::Catalog,
                lang: Some(Lang::Zh),
                now: "2020-12-04T09:30".parse().ok(),
                ..Route::default()
            },
            Route {
                timeline: TimelineRoute {
                    event: Some("ev2020-investment-conference".into()),
                    ..TimelineRoute::default()
                },
                catalog: CatalogRoute {
                    project: Some("p2019-wanze".into()),
                    events: vec!["a".into(), "b c".into()],
                    ..CatalogRoute::default()
                },
                ..Route::default()
            },
        ];
        for route in routes {
            assert_eq!(
                Route::parse(&route.to_fragment()),
                route,
                "{}",
                route.to_fragment()
            );
        }
        assert_eq!(Route::default().to_fragment(), "");
    }

    #[test]
    fn bad_input_falls_back_to_defaults() {
        assert_eq!(Route::parse("#/nowhere?lang=fr&x=1"), Route::default());
        assert_eq!(Route::parse("#"), Route::default());
        assert_eq!(Route::parse("#/projects?lang=en").lang, Some(Lang::En));
        assert_eq!(Route::parse("/projects").view, View::Catalog);
        assert_eq!(Route::parse("#/timeline?now=yesterday").now, None);
        assert_eq!(
            Route::parse("#/projects?f.event=a,,a,b").catalog.events,
            ["a", "b"]
        );
        assert_eq!(Route::parse("#/timeline?now=yesterday").now, None);
        assert_eq!(
            Route::parse("#/projects?f.event=a,,a,b").catalog.events,
            ["a", "b"]
        );
    }
}
