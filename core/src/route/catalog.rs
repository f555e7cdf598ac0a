//! The catalog's part of the URL. Keys owned here: `project`, `f.event` (and, as the catalog
//! grows, `q`, other `f.*` facets, `min`, `max`, `unknown`, `sort`, `page`, `per`).

/// What the catalog shows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CatalogRoute {
    /// The id of the selected project (its detail is open).
    pub project: Option<String>,
    /// Facet "signed or promoted at": event ids (OR). The timeline links here to show an
    /// event's projects.
    pub events: Vec<String>,
}

impl CatalogRoute {
    /// Takes one `key=value` pair if the key is the catalog's; returns whether it was.
    pub(super) fn read(&mut self, key: &str, value: &str) -> bool {
        match key {
            "project" => self.project = (!value.is_empty()).then(|| value.to_owned()),
            "f.event" => self.events = super::split_list(value),
            _ => return false,
        }
        true
    }

    /// Appends the pairs that differ from the default.
    pub(super) fn write(&self, out: &mut Vec<(&'static str, String)>) {
        if let Some(project) = &self.project {
            out.push(("project", project.clone()));
        }
        if !self.events.is_empty() {
            out.push(("f.event", self.events.join(",")));
        }
    }
}
