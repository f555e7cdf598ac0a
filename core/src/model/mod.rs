//! The validated domain model. Built only by `validate`; every reference is a typed index that
//! points at an existing row, every record has at least one source.

mod ids;
mod stage;
mod when;

pub use ids::*;
pub use stage::Stage;
pub use when::{DayPart, When};

use crate::money::{Money, Percent};
use crate::text::{Lang, Text};
use crate::time::{Date, PartialDate};

/// A validated dataset: immutable once built, shared by every view.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    /// Title, description, language, date.
    pub meta: Meta,
    /// The reports records cite.
    pub sources: Vec<Source>,
    /// Provinces and SARs.
    pub regions: Vec<Term>,
    /// Cities.
    pub cities: Vec<City>,
    /// Industries.
    pub industries: Vec<Term>,
    /// Kinds of event.
    pub event_kinds: Vec<Term>,
    /// Names of the stages, indexed by `Stage::ix`.
    pub stage_names: [Text; 5],
    /// Kinds of capital.
    pub capital_types: Vec<Term>,
    /// People.
    pub people: Vec<Person>,
    /// Organisations.
    pub organisations: Vec<Term>,
    /// Events in document order.
    pub events: Vec<Event>,
    /// Projects in document order.
    pub projects: Vec<Project>,
    /// Headline figures in document order.
    pub figures: Vec<Figure>,
}

/// Dataset-wide information.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// Title.
    pub title: Text,
    /// Description.
    pub description: Option<Text>,
    /// The fallback language.
    pub default_lang: Lang,
    /// Date of the last edit.
    pub updated: Option<Date>,
}

/// A cited report.
#[derive(Clone, Debug)]
pub struct Source {
    /// Id as in the data.
    pub id: Box<str>,
    /// Title.
    pub title: Text,
    /// Publisher or site.
    pub publisher: Text,
    /// Publication date, if known.
    pub date: Option<PartialDate>,
    /// An `http:`/`https:` link, if known and safe.
    pub url: Option<Box<str>>,
    /// A caveat.
    pub note: Option<Text>,
}

/// A classification value: id and name.
#[derive(Clone, Debug)]
pub struct Term {
    /// Id as in the data.
    pub id: Box<str>,
    /// Name.
    pub name: Text,
}

/// A city.
#[derive(Clone, Debug)]
pub struct City {
    /// Id as in the data.
    pub id: Box<str>,
    /// Name.
    pub name: Text,
    /// Its region.
    pub region: RegionIx,
}

/// A person.
#[derive(Clone, Debug)]
pub struct Person {
    /// Id as in the data.
    pub id: Box<str>,
    /// Name.
    pub name: Text,
    /// Position at the time.
    pub position: Option<Text>,
}

/// Who took part in an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Who {
    /// A person.
    Person(PersonIx),
    /// An organisation.
    Organisation(OrgIx),
}

/// Someone taking part in an event, with what they did.
#[derive(Clone, Debug)]
pub struct Participant {
    /// The person or organisation.
    pub who: Who,
    /// Their role at the event.
    pub role: Option<Text>,
}

/// An event.
#[derive(Clone, Debug)]
pub struct Event {
    /// Id as in the data.
    pub id: Box<str>,
    /// Title.
    pub title: Text,
    /// Kind.
    pub kind: KindIx,
    /// The yearly edition.
    pub edition: Edition,
    /// Start.
    pub start: When,
    /// End, if known and later than the start.
    pub end: Option<When>,
    /// City, if one.
    pub city: Option<CityIx>,
    /// Venue.
    pub venue: Option<Text>,
    /// Participants.
    pub participants: Vec<Participant>,
    /// Summary.
    pub summary: Option<Text>,
    /// Projects signed or promoted there.
    pub projects: Vec<ProjectIx>,
    /// Editorial note.
    pub note: Option<Text>,
    /// Sources (at least one).
    pub sources: Vec<SourceIx>,
}

/// An investment project. `None` fields are "not announced".
#[derive(Clone, Debug)]
pub struct Project {
    /// Id as in the data.
    pub id: Box<str>,
    /// Name.
    pub name: Text,
    /// Industry.
    pub industry: Option<IndustryIx>,
    /// City in Jiangxi.
    pub city: Option<CityIx>,
    /// Where the investor comes from.
    pub origin: Option<RegionIx>,
    /// Kind of capital.
    pub capital: Option<CapitalIx>,
    /// Announced investment.
    pub investment: Option<Money>,
    /// Stage.
    pub stage: Option<Stage>,
    /// Partner organisation.
    pub partner: Option<OrgIx>,
    /// Event where it was signed or promoted.
    pub event: Option<EventIx>,
    /// Edition.
    pub edition: Option<Edition>,
    /// Description.
    pub description: Option<Text>,
    /// Editorial note.
    pub note: Option<Text>,
    /// Sources (at least one).
    pub sources: Vec<SourceIx>,
}

/// How exact a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Qualifier {
    /// As reported.
    #[default]
    Exact,
    /// "About", "some".
    About,
    /// "More than", "over", "… +".
    MoreThan,
    /// "Less than", "under".
    LessThan,
}

impl Qualifier {
    /// All qualifiers.
    pub const ALL: [Qualifier; 4] = [
        Qualifier::Exact,
        Qualifier::About,
        Qualifier::MoreThan,
        Qualifier::LessThan,
    ];

    /// The id used in the data format.
    pub fn id(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
        }
    }
}

impl std::str::FromStr for Qualifier {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Qualifier::ALL.into_iter().find(|q| q.id() == s).ok_or(())
    }
}

/// The value of a headline figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureValue {
    /// A number of things.
    Count(u64),
    /// Money.
    Money(Money),
    /// A percentage.
    Percent(Percent),
}

/// The period a figure covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// Start.
    pub from: PartialDate,
    /// End, when it is a range.
    pub to: Option<PartialDate>,
}

/// A headline indicator.
#[derive(Clone, Debug)]
pub struct Figure {
    /// Id as in the data.
    pub id: Box<str>,
    /// What is measured.
    pub label: Text,
    /// The value.
    pub value: FigureValue,
    /// How exact.
    pub qualifier: Qualifier,
    /// Year-on-year change.
    pub growth: Option<Percent>,
    /// Period.
    pub period: Option<Period>,
    /// Edition.
    pub edition: Option<Edition>,
    /// Event it reports on.
    pub event: Option<EventIx>,
    /// Caveat.
    pub note: Option<Text>,
    /// Sources (at least one).
    pub sources: Vec<SourceIx>,
}

impl Dataset {
    /// The editions that occur in events, projects or figures, ascending.
    pub fn editions(&self) -> Vec<Edition> {
        let mut all: Vec<Edition> = self
            .events
            .iter()
            .map(|e| e.edition)
            .chain(self.projects.iter().filter_map(|p| p.edition))
            .chain(self.figures.iter().filter_map(|f| f.edition))
            .collect();
        crate::timeline::order::sort_by(&mut all, |e| u64::from(e.0));
        all.dedup();
        all
    }

    /// The name of whoever took part.
    pub fn who_name(&self, who: Who) -> &Text {
        match who {
            Who::Person(p) => &self.people[p.ix()].name,
            Who::Organisation(o) => &self.organisations[o.ix()].name,
        }
    }

    /// The name of a stage.
    pub fn stage_name(&self, stage: Stage) -> &Text {
        &self.stage_names[stage.ix()]
    }
}
