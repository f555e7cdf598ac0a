//! The timeline's part of the URL. Keys owned here: `event` (and, as the timeline grows,
//! `zoom`, `lanes`, `kind`, `city`, `who`). The catalog's keys are `project`, `q`, `f.*`,
//! `min`, `max`, `unknown`, `sort`, `page`, `per`; `lang` and `now` are shared.

/// What the timeline shows.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TimelineRoute {
    /// The id of the selected event (its detail is open).
    pub event: Option<String>,
}

impl TimelineRoute {
    /// Takes one `key=value` pair if the key is the timeline's; returns whether it was.
    pub(super) fn read(&mut self, key: &str, value: &str) -> bool {
        match key {
            "event" => self.event = (!value.is_empty()).then(|| value.to_owned()),
            _ => return false,
        }
        true
    }

    /// Appends the pairs that differ from the default.
    pub(super) fn write(&self, out: &mut Vec<(&'static str, String)>) {
        if let Some(event) = &self.event {
            out.push(("event", event.clone()));
        }
    }
}
