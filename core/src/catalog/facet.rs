//! The catalog's facets and their values.

use crate::model::{
    CapitalIx, CityIx, Dataset, Edition, EventIx, IndustryIx, ProjectIx, RegionIx, Stage,
};
use crate::text::{Lang, Text};

/// A dimension the catalog can be filtered by. Values within a facet combine with OR,
/// facets with AND.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    /// Industry.
    Industry,
    /// City in Jiangxi.
    City,
    /// Where the investor comes from.
    Origin,
    /// Kind of capital.
    Capital,
    /// Stage in the pipeline.
    Stage,
    /// Event where the project was signed or promoted.
    Event,
    /// Edition (year) of the activity.
    Edition,
}

/// How many facets there are.
pub const FACETS: usize = 7;

impl Facet {
    /// Every facet, in the order the panel shows them.
    pub const ALL: [Facet; FACETS] = [
        Facet::Industry,
        Facet::City,
        Facet::Stage,
        Facet::Origin,
        Facet::Capital,
        Facet::Event,
        Facet::Edition,
    ];

    /// The name in URLs: `f.<key>=…`.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Industry => "industry",
            Facet::City => "city",
            Facet::Origin => "origin",
            Facet::Capital => "capital",
            Facet::Stage => "stage",
            Facet::Event => "event",
            Facet::Edition => "edition",
        }
    }

    /// The facet named `key` in a URL.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// A dense index for per-facet arrays.
    pub fn ix(self) -> usize {
        self as usize
    }
}

/// The id written in URLs for "not announced" (ids in the data cannot contain `~`).
pub const NOT_ANNOUNCED_ID: &str = "~none";

/// One value of a facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetValue {
    /// An industry.
    Industry(IndustryIx),
    /// A city.
    City(CityIx),
    /// A region (investor's origin).
    Origin(RegionIx),
    /// A kind of capital.
    Capital(CapitalIx),
    /// A stage.
    Stage(Stage),
    /// An event.
    Event(EventIx),
    /// An edition.
    Edition(Edition),
    /// No source gives the value: counted and filterable like any other value.
    NotAnnounced,
}

impl FacetValue {
    /// The id in URLs: the record's id in the data, the year, or [`NOT_ANNOUNCED_ID`].
    pub fn id(self, data: &Dataset) -> String {
        match self {
            FacetValue::Industry(i) => data.industries[i.ix()].id.to_string(),
            FacetValue::City(c) => data.cities[c.ix()].id.to_string(),
            FacetValue::Origin(r) => data.regions[r.ix()].id.to_string(),
            FacetValue::Capital(c) => data.capital_types[c.ix()].id.to_string(),
            FacetValue::Stage(s) => s.id().to_owned(),
            FacetValue::Event(e) => data.events[e.ix()].id.to_string(),
            FacetValue::Edition(e) => e.to_string(),
            FacetValue::NotAnnounced => NOT_ANNOUNCED_ID.to_owned(),
        }
    }

    /// The name shown for the value.
    pub fn label(self, data: &Dataset, lang: Lang) -> String {
        let text: &Text = match self {
            FacetValue::Industry(i) => &data.industries[i.ix()].name,
            FacetValue::City(c) => &data.cities[c.ix()].name,
            FacetValue::Origin(r) => &data.regions[r.ix()].name,
            FacetValue::Capital(c) => &data.capital_types[c.ix()].name,
            FacetValue::Stage(s) => data.stage_name(s),
            FacetValue::Event(e) => &data.events[e.ix()].title,
            FacetValue::Edition(e) => {
                return format!("{e}{}", crate::i18n::Msg::EditionSuffix.text(lang))
            }
            FacetValue::NotAnnounced => {
                return crate::i18n::Msg::NotAnnounced.text(lang).to_owned()
            }
        };
        text.get(lang).to_owned()
    }

    /// Whether values of this kind keep a fixed order (pipeline, years) rather than by count.
    fn natural_order(self) -> bool {
        matches!(self, FacetValue::Stage(_) | FacetValue::Edition(_))
    }
}

/// The values of `facet` for one project: usually one; the event facet can have several (the
/// project's own `event` and every event whose `projects` list names it). Empty means "not
/// announced".
pub fn project_values(
    data: &Dataset,
    listed_at: &[Vec<EventIx>],
    p: ProjectIx,
    facet: Facet,
    out: &mut Vec<FacetValue>,
) {
    out.clear();
    let project = &data.projects[p.ix()];
    match facet {
        Facet::Industry => out.extend(project.industry.map(FacetValue::Industry)),
        Facet::City => out.extend(project.city.map(FacetValue::City)),
        Facet::Origin => out.extend(project.origin.map(FacetValue::Origin)),
        Facet::Capital => out.extend(project.capital.map(FacetValue::Capital)),
        Facet::Stage => out.extend(project.stage.map(FacetValue::Stage)),
        Facet::Event => {
            out.extend(project.event.map(FacetValue::Event));
            for &e in &listed_at[p.ix()] {
                if !out.contains(&FacetValue::Event(e)) {
                    out.push(FacetValue::Event(e));
                }
            }
        }
        // The project's own edition, else that of the event where it was signed.
        Facet::Edition => out.extend(
            project
                .edition
                .or_else(|| project.event.map(|e| data.events[e.ix()].edition))
                .map(FacetValue::Edition),
        ),
    }
    if out.is_empty() {
        out.push(FacetValue::NotAnnounced);
    }
}

/// Orders a facet's values for display: stages and editions in their own order, others by
/// how many projects have them (most first, ties in taxonomy order); "not announced" last.
pub fn order_values(values: &mut Vec<(FacetValue, u32)>) {
    let mut order: Vec<u32> = (0..values.len() as u32).collect();
    super::order::sort_indices(&mut order, &|i, j| {
        let ((a, ca), (b, cb)) = (&values[i as usize], &values[j as usize]);
        let rank = |v: &FacetValue| u8::from(*v == FacetValue::NotAnnounced);
        rank(a).cmp(&rank(b)).then_with(|| {
            if a.natural_order() && b.natural_order() {
                a.cmp(b)
            } else {
                cb.cmp(ca).then(a.cmp(b))
            }
        })
    });
    *values = order.into_iter().map(|i| values[i as usize]).collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for f in Facet::ALL {
            assert_eq!(Facet::from_key(f.key()), Some(f));
        }
        assert_eq!(Facet::from_key("colour"), None);
        let mut ixs: Vec<usize> = Facet::ALL.iter().map(|f| f.ix()).collect();
        ixs.sort_unstable();
        assert_eq!(ixs, (0..FACETS).collect::<Vec<_>>());
    }

    #[test]
    fn values_order_by_count_and_not_announced_last() {
        let mut v = vec![
            (FacetValue::NotAnnounced, 50),
            (FacetValue::Industry(IndustryIx(2)), 3),
            (FacetValue::Industry(IndustryIx(0)), 3),
            (FacetValue::Industry(IndustryIx(1)), 9),
        ];
        order_values(&mut v);
        let order: Vec<FacetValue> = v.iter().map(|x| x.0).collect();
        assert_eq!(
            order,
            [
                FacetValue::Industry(IndustryIx(1)),
                FacetValue::Industry(IndustryIx(0)),
                FacetValue::Industry(IndustryIx(2)),
                FacetValue::NotAnnounced
            ]
        );
        let mut s = vec![
            (FacetValue::Stage(Stage::Funded), 1),
            (FacetValue::NotAnnounced, 9),
            (FacetValue::Stage(Stage::Intent), 0),
        ];
        order_values(&mut s);
        assert_eq!(s[0].0, FacetValue::Stage(Stage::Intent));
        assert_eq!(s[2].0, FacetValue::NotAnnounced);
    }
}
