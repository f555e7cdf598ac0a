//! The catalog's part of the URL. Keys owned here: `project`, `q`, `f.<facet>` (`f.industry`,
//! `f.city`, `f.origin`, `f.capital`, `f.stage`, `f.event`, `f.edition`; values are data ids
//! joined by commas, `~none` for "not announced"), `min`, `max` (亿), `unknown=exclude`,
//! `sort`, `page`, `per`.

use crate::catalog::{AmountBound, AmountFilter, Facet, PerPage, Sort, UnknownAmounts};

/// What the catalog shows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CatalogRoute {
    /// The id of the selected project (its detail is open).
    pub project: Option<String>,
    /// The search text as typed.
    pub q: String,
    /// Facet "signed or promoted at": event ids (OR). The timeline links here to show an
    /// event's projects.
    pub events: Vec<String>,
    /// Facet industry: ids (OR).
    pub industries: Vec<String>,
    /// Facet city: ids (OR).
    pub cities: Vec<String>,
    /// Facet investor's origin: region ids (OR).
    pub origins: Vec<String>,
    /// Facet kind of capital: ids (OR).
    pub capitals: Vec<String>,
    /// Facet stage: stage ids (OR).
    pub stages: Vec<String>,
    /// Facet edition: years (OR).
    pub editions: Vec<String>,
    /// Smallest announced investment.
    pub min: Option<AmountBound>,
    /// Largest announced investment.
    pub max: Option<AmountBound>,
    /// Whether projects without an announced amount are kept.
    pub unknown: UnknownAmounts,
    /// The order of the results.
    pub sort: Sort,
    /// The page shown, from 1; 0 (the default) also means the first page.
    pub page: usize,
    /// Results per page.
    pub per: PerPage,
}

impl CatalogRoute {
    /// The selected ids of a facet.
    pub fn facet(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Industry => &self.industries,
            Facet::City => &self.cities,
            Facet::Origin => &self.origins,
            Facet::Capital => &self.capitals,
            Facet::Stage => &self.stages,
            Facet::Event => &self.events,
            Facet::Edition => &self.editions,
        }
    }

    /// The selected ids of a facet, to change.
    pub fn facet_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Industry => &mut self.industries,
            Facet::City => &mut self.cities,
            Facet::Origin => &mut self.origins,
            Facet::Capital => &mut self.capitals,
            Facet::Stage => &mut self.stages,
            Facet::Event => &mut self.events,
            Facet::Edition => &mut self.editions,
        }
    }

    /// Selects or unselects a facet value; back to the first page.
    pub fn toggle(&mut self, facet: Facet, id: &str) {
        let ids = self.facet_mut(facet);
        match ids.iter().position(|x| x == id) {
            Some(i) => {
                ids.remove(i);
            }
            None => ids.push(id.to_owned()),
        }
        self.refined();
    }

    /// Call after any change to the filters or search: the result set changed, so the page
    /// goes back to 1 and an open detail closes.
    pub fn refined(&mut self) {
        self.page = 0;
        self.project = None;
    }

    /// The page shown, from 1.
    pub fn page_number(&self) -> usize {
        self.page.max(1)
    }

    /// The investment filter.
    pub fn amount_filter(&self) -> AmountFilter {
        AmountFilter {
            min: self.min,
            max: self.max,
            unknown: self.unknown,
        }
    }

    /// Whether any filter or search is set.
    pub fn is_filtered(&self) -> bool {
        !self.q.trim().is_empty()
            || Facet::ALL.iter().any(|&f| !self.facet(f).is_empty())
            || self.amount_filter().is_active()
    }

    /// Removes every filter and the search; keeps the sort and page size.
    pub fn clear_filters(&mut self) {
        *self = CatalogRoute {
            sort: self.sort,
            per: self.per,
            ..CatalogRoute::default()
        };
    }

    /// Takes one `key=value` pair if the key is the catalog's; returns whether it was.
    pub(super) fn read(&mut self, key: &str, value: &str) -> bool {
        match key {
            "project" => self.project = (!value.is_empty()).then(|| value.to_owned()),
            "q" => self.q = value.to_owned(),
            "min" => self.min = value.parse().ok(),
            "max" => self.max = value.parse().ok(),
            "unknown" => {
                self.unknown = match value {
                    "exclude" => UnknownAmounts::Exclude,
                    _ => UnknownAmounts::Include,
                }
            }
            "sort" => self.sort = value.parse().unwrap_or_default(),
            "page" => self.page = value.parse().ok().filter(|&p: &usize| p > 1).unwrap_or(0),
            "per" => self.per = value.parse().unwrap_or_default(),
            _ => match key.strip_prefix("f.").and_then(Facet::from_key) {
                Some(facet) => *self.facet_mut(facet) = super::split_list(value),
                None => return false,
            },
        }
        true
    }

    /// Appends the pairs that differ from the default.
    pub(super) fn write(&self, out: &mut Vec<(&'static str, String)>) {
        if !self.q.is_empty() {
            out.push(("q", self.q.clone()));
        }
        const KEYS: [&str; 7] = [
            "f.industry",
            "f.city",
            "f.stage",
            "f.origin",
            "f.capital",
            "f.event",
            "f.edition",
        ];
        for (facet, key) in Facet::ALL.into_iter().zip(KEYS) {
            debug_assert_eq!(key, format!("f.{}", facet.key()));
            if !self.facet(facet).is_empty() {
                out.push((key, self.facet(facet).join(",")));
            }
        }
        if let Some(min) = self.min {
            out.push(("min", min.to_string()));
        }
        if let Some(max) = self.max {
            out.push(("max", max.to_string()));
        }
        if self.unknown == UnknownAmounts::Exclude {
            out.push(("unknown", "exclude".into()));
        }
        if self.sort != Sort::default() {
            out.push(("sort", self.sort.to_string()));
        }
        if self.page > 1 {
            out.push(("page", self.page.to_string()));
        }
        if self.per != PerPage::default() {
            out.push(("per", self.per.get().to_string()));
        }
        if let Some(project) = &self.project {
            out.push(("project", project.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::SortKey;
    use crate::route::{Route, View};

    fn catalog(fragment: &str) -> CatalogRoute {
        Route::parse(fragment).catalog
    }

    #[test]
    fn every_key_round_trips() {
        let full = CatalogRoute {
            project: Some("p2019-wanze".into()),
            q: "赣州 LED & co=1".into(),
            events: vec!["ev2019-investment-conference".into()],
            industries: vec!["aviation".into(), "~none".into()],
            cities: vec!["ganzhou".into(), "ji-an".into()],
            origins: vec!["guangdong".into()],
            capitals: vec!["~none".into()],
            stages: vec!["signed".into(), "under_construction".into()],
            editions: vec!["2019".into()],
            min: "0.5".parse().ok(),
            max: "70".parse().ok(),
            unknown: UnknownAmounts::Exclude,
            sort: "amount-desc".parse().unwrap(),
            page: 3,
            per: PerPage::Fifty,
        };
        let cases = [
            CatalogRoute::default(),
            CatalogRoute {
                q: "ganzhou".into(),
                ..CatalogRoute::default()
            },
            full,
        ];
        for case in cases {
            let route = Route {
                view: View::Catalog,
                catalog: case,
                ..Route::default()
            };
            let fragment = route.to_fragment();
            assert_eq!(Route::parse(&fragment), route, "{fragment}");
        }
    }

    #[test]
    fn the_url_reads_like_the_state() {
        let route = Route {
            view: View::Catalog,
            catalog: CatalogRoute {
                q: "gz".into(),
                cities: vec!["ganzhou".into()],
                min: "5".parse().ok(),
                sort: "name".parse().unwrap(),
                page: 2,
                ..CatalogRoute::default()
            },
            ..Route::default()
        };
        assert_eq!(
            route.to_fragment(),
            "/projects?q=gz&f.city=ganzhou&min=5&sort=name&page=2"
        );
    }

    #[test]
    fn bad_values_fall_back() {
        let c =
            catalog("#/projects?min=abc&max=-3&sort=size&page=0&per=30&unknown=maybe&f.colour=red");
        assert_eq!((c.min, c.max), (None, None));
        assert_eq!(c.sort.key, SortKey::Dataset);
        assert_eq!((c.page_number(), c.per), (1, PerPage::Twenty));
        assert_eq!(c.unknown, UnknownAmounts::Include);
        assert_eq!(catalog("#/projects?f.city=a,,a,b").cities, ["a", "b"]);
        assert_eq!(catalog("#/projects?page=7").page, 7);
    }

    #[test]
    fn toggling_and_clearing() {
        let mut c = CatalogRoute {
            page: 4,
            project: Some("x".into()),
            sort: "amount-desc".parse().unwrap(),
            ..CatalogRoute::default()
        };
        c.toggle(Facet::City, "ganzhou");
        assert_eq!(c.cities, ["ganzhou"]);
        assert_eq!((c.page_number(), c.project.as_deref()), (1, None));
        assert!(c.is_filtered());
        c.toggle(Facet::City, "ganzhou");
        assert!(c.cities.is_empty() && !c.is_filtered());
        c.q = "x".into();
        c.max = "5".parse().ok();
        c.clear_filters();
        assert!(!c.is_filtered());
        assert_eq!(c.sort.key, SortKey::Amount);
    }
}
