//! Where the route lives in a page's URL, by embedding mode, without touching anything else.
//!
//! - standalone page (our own index.html): the fragment, `#/timeline?event=…`;
//! - inside an iframe: the iframe's own fragment, and the host page mirrors it (gv-embed.js);
//! - mounted into a host page: one query parameter (`?gv=…` by default), so the host's own
//!   fragment and other parameters are never changed.

use super::query::{escape, unescape};

/// Where the route is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// In the fragment (standalone page and iframe).
    Fragment,
    /// In one query parameter of the host page's URL.
    QueryParam(String),
}

/// The parts of a URL the route can live in: `search` with its `?`, `hash` with its `#` (as
/// `location.search` and `location.hash` give them).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct UrlParts {
    /// `?a=1&b=2` or empty.
    pub search: String,
    /// `#x` or empty.
    pub hash: String,
}

impl Slot {
    /// The route text (a fragment without `#`) stored in `url`.
    pub fn read(&self, url: &UrlParts) -> String {
        match self {
            Slot::Fragment => url.hash.strip_prefix('#').unwrap_or(&url.hash).to_owned(),
            Slot::QueryParam(key) => url
                .search
                .strip_prefix('?')
                .unwrap_or(&url.search)
                .split('&')
                .find_map(|part| {
                    let (k, v) = part.split_once('=').unwrap_or((part, ""));
                    (unescape(k) == *key).then(|| unescape(v))
                })
                .unwrap_or_default(),
        }
    }

    /// `url` with the route text replaced by `route` (removed when empty); everything else —
    /// other parameters, their order, the host's fragment — stays exactly as it was.
    pub fn write(&self, url: &UrlParts, route: &str) -> UrlParts {
        match self {
            Slot::Fragment => UrlParts {
                search: url.search.clone(),
                hash: if route.is_empty() {
                    String::new()
                } else {
                    format!("#{route}")
                },
            },
            Slot::QueryParam(key) => {
                let query = url.search.strip_prefix('?').unwrap_or(&url.search);
                let mut parts: Vec<String> = Vec::new();
                let mut placed = false;
                for part in query.split('&').filter(|p| !p.is_empty()) {
                    let k = part.split_once('=').map_or(part, |(k, _)| k);
                    if unescape(k) == *key {
                        if !placed && !route.is_empty() {
                            parts.push(format!("{}={}", escape(key), escape(route)));
                        }
                        placed = true;
                    } else {
                        parts.push(part.to_owned());
                    }
                }
                if !placed && !route.is_empty() {
                    parts.push(format!("{}={}", escape(key), escape(route)));
                }
                let search = if parts.is_empty() {
                    String::new()
                } else {
                    format!("?{}", parts.join("&"))
                };
                UrlParts {
                    search,
                    hash: url.hash.clone(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(search: &str, hash: &str) -> UrlParts {
        UrlParts {
            search: search.into(),
            hash: hash.into(),
        }
    }

    #[test]
    fn fragment_slot() {
        let slot = Slot::Fragment;
        assert_eq!(
            slot.read(&url("?x=1", "#/timeline?event=a")),
            "/timeline?event=a"
        );
        assert_eq!(
            slot.write(&url("?x=1", ""), "/projects"),
            url("?x=1", "#/projects")
        );
        assert_eq!(slot.write(&url("?x=1", "#/projects"), ""), url("?x=1", ""));
    }

    #[test]
    fn query_slot_keeps_the_hosts_parameters_and_fragment() {
        let slot = Slot::QueryParam("gv".into());
        let host = url("?id=12&lang=fr&page=3", "#comments");
        let written = slot.write(
            &host,
            "/timeline?event=ev2020-investment-conference&lang=en",
        );
        assert_eq!(written.hash, "#comments");
        assert!(
            written.search.starts_with("?id=12&lang=fr&page=3&gv="),
            "{}",
            written.search
        );
        assert_eq!(
            slot.read(&written),
            "/timeline?event=ev2020-investment-conference&lang=en"
        );
        // Rewriting keeps the parameter in its place; clearing removes only it.
        let again = slot.write(&url("?a=1&gv=old&b=2", "#x"), "/projects");
        assert_eq!(again, url("?a=1&gv=%2Fprojects&b=2", "#x"));
        assert_eq!(slot.write(&again, ""), url("?a=1&b=2", "#x"));
        assert_eq!(slot.write(&url("?gv=old", ""), ""), url("", ""));
    }

    #[test]
    fn query_slot_reads_only_its_own_key() {
        let slot = Slot::QueryParam("gv2".into());
        assert_eq!(
            slot.read(&url("?gv=%2Fprojects&gv2=%2Ftimeline", "")),
            "/timeline"
        );
        assert_eq!(slot.read(&url("?gv=%2Fprojects", "")), "");
        assert_eq!(slot.read(&url("", "#gv2=x")), "");
    }
}

/// Builds the `href` of links to other routes in the current page: `#…` where the route lives
/// in the fragment, `path?…&gv=…#host-fragment` where it lives in a host page's parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// Where the route lives.
    pub slot: Slot,
    /// The page's current `search` and `hash`.
    pub url: UrlParts,
    /// The page's path.
    pub path: String,
}

impl Links {
    /// Links for a page that keeps the route in its fragment.
    pub fn fragment() -> Links {
        Links {
            slot: Slot::Fragment,
            url: UrlParts::default(),
            path: String::new(),
        }
    }

    /// The href of a link to `route`.
    pub fn href(&self, route: &super::Route) -> String {
        let fragment = route.to_fragment();
        match self.slot {
            Slot::Fragment => format!("#{fragment}"),
            Slot::QueryParam(_) => {
                let url = self.slot.write(&self.url, &fragment);
                format!(
                    "{}{}{}",
                    self.path,
                    if url.search.is_empty() {
                        "?"
                    } else {
                        &url.search
                    },
                    url.hash
                )
            }
        }
    }
}

#[cfg(test)]
mod link_tests {
    use super::*;
    use crate::route::{Route, View};

    #[test]
    fn links_follow_the_slot() {
        let route = Route {
            view: View::Catalog,
            ..Route::default()
        };
        assert_eq!(Links::fragment().href(&route), "#/projects");
        let links = Links {
            slot: Slot::QueryParam("gv".into()),
            url: UrlParts {
                search: "?id=3".into(),
                hash: "#notices".into(),
            },
            path: "/zt/gba.html".into(),
        };
        assert_eq!(
            links.href(&route),
            "/zt/gba.html?id=3&gv=%2Fprojects#notices"
        );
        assert_eq!(links.href(&Route::default()), "/zt/gba.html?id=3#notices");
    }
}
