//! What the timeline's controls do to the route. Each control carries its action as text
//! (`zoom:2019`, `kind:promotion`, `who:person:liu-qi`, `clear`), so one listener serves them all.

use std::fmt;
use std::str::FromStr;

use crate::route::{toggle, LaneBy, TimelineRoute, WhoRef, Zoom};

/// A change a control makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Zoom to one edition's days or to all editions.
    Zoom(Zoom),
    /// Choose what the lanes stand for.
    Lanes(LaneBy),
    /// Turn a kind filter on or off.
    Kind(String),
    /// Turn a city filter on or off.
    City(String),
    /// Turn a participant filter on or off.
    Who(WhoRef),
    /// Turn every filter off.
    Clear,
}

impl Action {
    /// Applies the change.
    pub fn apply(&self, route: &mut TimelineRoute) {
        match self {
            Action::Zoom(z) => route.zoom = *z,
            Action::Lanes(l) => route.lanes = *l,
            Action::Kind(id) => toggle(&mut route.kinds, id.clone()),
            Action::City(id) => toggle(&mut route.cities, id.clone()),
            Action::Who(w) => toggle(&mut route.who, w.clone()),
            Action::Clear => route.clear_filters(),
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::Zoom(z) => write!(f, "zoom:{z}"),
            Action::Lanes(l) => write!(f, "lanes:{}", l.slug()),
            Action::Kind(id) => write!(f, "kind:{id}"),
            Action::City(id) => write!(f, "city:{id}"),
            Action::Who(w) => write!(f, "who:{w}"),
            Action::Clear => f.write_str("clear"),
        }
    }
}

impl FromStr for Action {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "clear" {
            return Ok(Action::Clear);
        }
        let (what, value) = s.split_once(':').ok_or(())?;
        let non_empty = || (!value.is_empty()).then(|| value.to_owned()).ok_or(());
        match what {
            "zoom" => value.parse().map(Action::Zoom),
            "lanes" => value.parse().map(Action::Lanes),
            "kind" => non_empty().map(Action::Kind),
            "city" => non_empty().map(Action::City),
            "who" => value.parse().map(Action::Who),
            _ => Err(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Edition;

    #[test]
    fn actions_round_trip_and_change_the_route() {
        let actions = [
            Action::Zoom(Zoom::History),
            Action::Zoom(Zoom::Visit(Some(Edition(2019)))),
            Action::Lanes(LaneBy::City),
            Action::Kind("promotion".into()),
            Action::City("shenzhen".into()),
            Action::Who(WhoRef::Person("liu-qi".into())),
            Action::Clear,
        ];
        for a in &actions {
            assert_eq!(a.to_string().parse::<Action>().as_ref(), Ok(a), "{a}");
        }
        let mut route = TimelineRoute::default();
        for a in &actions {
            a.apply(&mut route);
        }
        assert_eq!(route.zoom, Zoom::Visit(Some(Edition(2019))));
        assert_eq!(route.lanes, LaneBy::City);
        assert!(!route.has_filters(), "cleared last");
        Action::Kind("fair".into()).apply(&mut route);
        assert_eq!(route.kinds, ["fair"]);
        Action::Kind("fair".into()).apply(&mut route);
        assert!(route.kinds.is_empty(), "a second press turns it off");
        for bad in ["", "kind:", "zoom:decade", "who:liu-qi", "colour:red"] {
            assert_eq!(bad.parse::<Action>(), Err(()), "{bad}");
        }
    }
}
