//! Small datasets built in code for the timeline tests, so each test shows exactly the events
//! it is about; the bundled dataset for the tests about the real visit; generated ones for
//! scale.
#![allow(dead_code)]

use gba_core::model::{
    City, CityIx, Dataset, DayPart, Edition, Event, EventIx, KindIx, Participant, Person, PersonIx,
    RegionIx, SourceIx, Term, When, Who,
};
use gba_core::text::Text;
use gba_core::validate::load_str;

/// The bundled dataset.
pub fn bundled() -> Dataset {
    load_str(include_str!("../../../public/data/visit.json"))
        .expect("bundled dataset loads")
        .dataset
}

/// A generated (synthetic) dataset of `events` events and no projects.
pub fn generated(events: usize, seed: u64) -> Dataset {
    let base = serde_json::from_str(include_str!("../../../public/data/visit.json")).unwrap();
    let size = gba_core::synth::SynthSize {
        events,
        projects: 0,
        seed,
    };
    load_str(&gba_core::synth::generate(&base, size))
        .expect("generated dataset loads")
        .dataset
}

/// The id of an event.
pub fn id(d: &Dataset, ix: EventIx) -> &str {
    &d.events[ix.ix()].id
}

/// The index of an event by id.
pub fn ix(d: &Dataset, id: &str) -> EventIx {
    EventIx(d.events.iter().position(|e| &*e.id == id).expect(id) as u32)
}

/// `2020-12-04T09:30`, `2020-12-04 morning`, `2020-12-04`, or `-` (undated).
pub fn when(s: &str) -> When {
    if s == "-" {
        return When::Undated;
    }
    if let Some((date, part)) = s.split_once(' ') {
        let part: DayPart = part.parse().expect("part of day");
        return When::PartOfDay(date.parse().unwrap(), part);
    }
    if s.contains('T') {
        return When::At(s.parse().unwrap());
    }
    When::Day(s.parse().unwrap())
}

/// A dataset with kinds `talk`, `fair`, `visit`, cities `nanchang`, `shenzhen`, one person
/// `p1` and no events yet.
pub fn empty() -> Dataset {
    let term = |id: &str| Term {
        id: id.into(),
        name: Text::new(id, id),
    };
    let city = |id: &str| City {
        id: id.into(),
        name: Text::new(id, id),
        region: RegionIx(0),
    };
    Dataset {
        event_kinds: vec![term("talk"), term("fair"), term("visit")],
        cities: vec![city("nanchang"), city("shenzhen")],
        people: vec![Person {
            id: "p1".into(),
            name: Text::new("甲", "P1"),
            position: None,
        }],
        ..Dataset::default()
    }
}

/// Adds an event: `kind` and `city` index the tables of `empty()`; `who` adds person `p1`.
pub fn add(
    d: &mut Dataset,
    edition: u16,
    kind: u32,
    city: Option<u32>,
    start: &str,
    end: Option<&str>,
    who: bool,
) -> EventIx {
    let n = d.events.len();
    d.events.push(Event {
        id: format!("e{n}").into(),
        title: Text::new(&format!("活动{n}"), &format!("Event {n}")),
        kind: KindIx(kind),
        edition: Edition(edition),
        start: when(start),
        end: end.map(when),
        city: city.map(CityIx),
        venue: None,
        participants: if who {
            vec![Participant {
                who: Who::Person(PersonIx(0)),
                role: None,
            }]
        } else {
            Vec::new()
        },
        summary: None,
        projects: Vec::new(),
        note: None,
        sources: vec![SourceIx(0)],
    });
    EventIx(n as u32)
}

/// Every event of a dataset.
pub fn all(d: &Dataset) -> Vec<EventIx> {
    (0..d.events.len()).map(|i| EventIx(i as u32)).collect()
}
