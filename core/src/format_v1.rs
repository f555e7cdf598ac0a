//! The dataset's JSON format, version 1, as Rust types (feature "schema", host only).
//!
//! These types are the format's definition: the published JSON Schema is generated from them,
//! and a host test (`tests/format_agreement.rs`) checks that the validator, which reads records
//! field by field for small code and exact bilingual messages, accepts the same shapes they
//! do. Values stay raw here (strings for ids, dates and references; JSON numbers for amounts).

use std::marker::PhantomData;

use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use serde_json::Number;

/// One record of type `T`, kept as its raw JSON text until it is validated on its own.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a, T> {
    /// The record's JSON text, exactly as in the document.
    pub raw: &'a RawValue,
    kind: PhantomData<fn() -> T>,
}

impl<'de: 'a, 'a, T> Deserialize<'de> for Entry<'a, T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <&'a RawValue>::deserialize(deserializer).map(|raw| Entry {
            raw,
            kind: PhantomData,
        })
    }
}

#[cfg(feature = "schema")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Entry<'_, T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// The whole document.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    expecting = "a JSON object with format_version, meta, taxonomies, people, organisations, events, projects and figures"
)]
pub struct Document<'a> {
    /// Always `1` for this version of the format.
    pub format_version: u32,
    /// Title, description, language, date of last update and the list of sources.
    #[serde(borrow)]
    pub meta: Entry<'a, Meta<'a>>,
    /// The classifications records refer to by id.
    #[serde(borrow)]
    pub taxonomies: Taxonomies<'a>,
    /// People who take part in events.
    #[serde(borrow, default)]
    pub people: Vec<Entry<'a, Person>>,
    /// Companies, governments and associations that take part in events or partner in projects.
    #[serde(borrow, default)]
    pub organisations: Vec<Entry<'a, Term>>,
    /// Meetings, conferences, visits and other events.
    #[serde(borrow)]
    pub events: Vec<Entry<'a, Event>>,
    /// Investment projects.
    #[serde(borrow)]
    pub projects: Vec<Entry<'a, Project>>,
    /// Headline indicators.
    #[serde(borrow, default)]
    pub figures: Vec<Entry<'a, Figure>>,
}

/// Text in Chinese and English. At least one side is required; a missing side is shown in the
/// other language and reported as a warning.
#[derive(Debug, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Text {
    /// Simplified Chinese.
    #[serde(default)]
    pub zh: Option<String>,
    /// English.
    #[serde(default)]
    pub en: Option<String>,
}

impl<'de> Deserialize<'de> for Text {
    /// Only from an object: a derived impl would also take `["…", "…"]`, which the format
    /// does not allow.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a bilingual text object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut text = Text::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "zh" => text.zh = map.next_value()?,
                        "en" => text.en = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(text)
            }
        }
        deserializer.deserialize_map(TextVisitor)
    }
}

/// Dataset-wide information.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "the meta object")]
pub struct Meta<'a> {
    /// The dataset's title.
    pub title: Text,
    /// A one-paragraph description.
    #[serde(default)]
    pub description: Option<Text>,
    /// The language shown when neither the URL, the page nor the browser asks for one: "zh" or "en".
    pub default_lang: String,
    /// The date the dataset was last edited, `YYYY-MM-DD`.
    pub updated: String,
    /// Every source the records cite.
    #[serde(borrow)]
    pub sources: Vec<Entry<'a, Source>>,
}

/// A published report that records cite by id.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "a source object")]
pub struct Source {
    /// A short id, e.g. "S2".
    pub id: String,
    /// The title, in the language(s) it was published in.
    pub title: Text,
    /// Publisher or site.
    pub publisher: Text,
    /// Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when not known.
    #[serde(default)]
    pub date: Option<String>,
    /// Link to the report; only `http:` and `https:` links are kept. Null when not known.
    #[serde(default)]
    pub url: Option<String>,
    /// What the source is and how far it can be relied on.
    #[serde(default)]
    pub note: Option<Text>,
}

/// All classifications.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "the taxonomies object")]
pub struct Taxonomies<'a> {
    /// Provinces and special administrative regions (Jiangxi, Guangdong, Hong Kong, Macao).
    #[serde(borrow)]
    pub regions: Vec<Entry<'a, Term>>,
    /// Cities, each in a region.
    #[serde(borrow)]
    pub cities: Vec<Entry<'a, City>>,
    /// Industries of projects.
    #[serde(borrow)]
    pub industries: Vec<Entry<'a, Term>>,
    /// Kinds of event (meeting, conference, visit…).
    #[serde(borrow)]
    pub event_kinds: Vec<Entry<'a, Term>>,
    /// Names of the five project stages; ids must be intent, signed, funded, under_construction, in_operation.
    #[serde(borrow)]
    pub stages: Vec<Entry<'a, Term>>,
    /// Kinds of capital (domestic, Hong Kong/Macao, foreign…).
    #[serde(borrow)]
    pub capital_types: Vec<Entry<'a, Term>>,
}

/// A named classification value, person-less organisation or region.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an object {\"id\": …, \"name\": {…}}")]
pub struct Term {
    /// Lower-case id: letters, digits, `-`, `_` or `.`.
    pub id: String,
    /// The name.
    pub name: Text,
}

/// A city.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "a city object")]
pub struct City {
    /// Lower-case id, e.g. "ganzhou".
    pub id: String,
    /// The name.
    pub name: Text,
    /// The id of its region.
    pub region: String,
}

/// A person.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "a person object")]
pub struct Person {
    /// Lower-case id, e.g. "liu-qi".
    pub id: String,
    /// The name.
    pub name: Text,
    /// Position at the time, as the sources give it.
    #[serde(default)]
    pub position: Option<Text>,
}

/// When something happens, with the precision the sources give.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "precision",
    rename_all = "snake_case",
    expecting = "a time object with \"precision\": datetime, part_of_day, date or undated"
)]
pub enum When {
    /// A date and time in China Standard Time, `YYYY-MM-DDTHH:MM`.
    Datetime {
        /// `YYYY-MM-DDTHH:MM`, China Standard Time.
        at: String,
    },
    /// A date and a part of the day ("morning", "afternoon", "evening") without an hour.
    PartOfDay {
        /// `YYYY-MM-DD`.
        date: String,
        /// "morning", "afternoon" or "evening".
        part: String,
    },
    /// A date without a time.
    Date {
        /// `YYYY-MM-DD`.
        date: String,
    },
    /// Part of its edition, but no source gives the date.
    Undated,
}

/// Someone taking part in an event: exactly one of `person` or `organisation`.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "a participant object {\"person\": id} or {\"organisation\": id}")]
pub struct Participant {
    /// The id of a person.
    #[serde(default)]
    pub person: Option<String>,
    /// The id of an organisation.
    #[serde(default)]
    pub organisation: Option<String>,
    /// What they did at the event.
    #[serde(default)]
    pub role: Option<Text>,
}

/// An event of a visit.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "an event object")]
pub struct Event {
    /// Lower-case id, unique among events.
    pub id: String,
    /// The title.
    pub title: Text,
    /// The id of an event kind.
    pub kind: String,
    /// The year of the edition (the yearly activity) the event belongs to.
    pub edition: u16,
    /// When it starts.
    pub start: When,
    /// When it ends, if later than the start and known.
    #[serde(default)]
    pub end: Option<When>,
    /// The id of the city; null when not known or several.
    #[serde(default)]
    pub city: Option<String>,
    /// The venue.
    #[serde(default)]
    pub venue: Option<Text>,
    /// People and organisations taking part.
    #[serde(default)]
    pub participants: Option<Vec<Participant>>,
    /// What happened.
    #[serde(default)]
    pub summary: Option<Text>,
    /// Ids of projects signed or promoted at the event.
    #[serde(default)]
    pub projects: Option<Vec<String>>,
    /// An editorial note, e.g. why the date is not given.
    #[serde(default)]
    pub note: Option<Text>,
    /// Ids of the sources; at least one.
    pub sources: Vec<String>,
}

/// An amount of money in whole units of its currency (yuan, dollars).
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "a money object {\"amount\": integer, \"currency\": \"CNY\"}")]
pub struct Money {
    /// A non-negative whole number of yuan (or dollars): 7000000000 for 70 亿元.
    pub amount: Number,
    /// "CNY", "USD" or "HKD".
    pub currency: String,
}

/// An investment project.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "a project object")]
pub struct Project {
    /// Lower-case id, unique among projects.
    pub id: String,
    /// The name.
    pub name: Text,
    /// The id of an industry; null when not announced.
    #[serde(default)]
    pub industry: Option<String>,
    /// The id of the Jiangxi city where it is built; null when not announced.
    #[serde(default)]
    pub city: Option<String>,
    /// The id of the region the investor comes from; null when not announced.
    #[serde(default)]
    pub origin_region: Option<String>,
    /// The id of a capital type; null when not announced.
    #[serde(default)]
    pub capital_type: Option<String>,
    /// The announced investment; null when not announced.
    #[serde(default)]
    pub investment: Option<Money>,
    /// intent, signed, funded, under_construction or in_operation; null when not announced.
    #[serde(default)]
    pub stage: Option<String>,
    /// The id of the partner organisation.
    #[serde(default)]
    pub partner: Option<String>,
    /// The id of the event where it was signed or promoted.
    #[serde(default)]
    pub event: Option<String>,
    /// The year of the edition it belongs to.
    #[serde(default)]
    pub edition: Option<u16>,
    /// What the project is.
    #[serde(default)]
    pub description: Option<Text>,
    /// An editorial note, e.g. what the sources leave open.
    #[serde(default)]
    pub note: Option<Text>,
    /// Ids of the sources; at least one.
    pub sources: Vec<String>,
}

/// The value of a headline figure.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    expecting = "a value object with \"kind\": count, money or percent"
)]
pub enum FigureValue {
    /// A number of things.
    Count {
        /// A non-negative whole number.
        count: Number,
    },
    /// An amount of money.
    Money {
        /// Whole units of the currency.
        amount: Number,
        /// "CNY", "USD" or "HKD".
        currency: String,
    },
    /// A percentage, up to two decimals.
    Percent {
        /// e.g. 28 for 28 %.
        percent: Number,
    },
}

/// The period a figure covers: from and to as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "a period object {\"from\": …, \"to\": …}")]
pub struct Period {
    /// Start of the period.
    pub from: String,
    /// End of the period; null or absent when it is a single year, month or day.
    #[serde(default)]
    pub to: Option<String>,
}

/// A headline indicator.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(expecting = "a figure object")]
pub struct Figure {
    /// Lower-case id, unique among figures.
    pub id: String,
    /// What is measured.
    pub label: Text,
    /// The value.
    pub value: FigureValue,
    /// "exact" (default), "about", "more_than" or "less_than".
    #[serde(default)]
    pub qualifier: Option<String>,
    /// Year-on-year change in percent, if reported.
    #[serde(default)]
    pub growth: Option<Number>,
    /// The period measured.
    #[serde(default)]
    pub period: Option<Period>,
    /// The edition it belongs to, for the history view.
    #[serde(default)]
    pub edition: Option<u16>,
    /// The id of the event it reports on.
    #[serde(default)]
    pub event: Option<String>,
    /// A caveat about the figure.
    #[serde(default)]
    pub note: Option<Text>,
    /// Ids of the sources; at least one.
    pub sources: Vec<String>,
}
