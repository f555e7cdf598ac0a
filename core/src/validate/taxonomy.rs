//! Sources, taxonomies, people and organisations: the tables records refer to.

use std::collections::hash_map::Entry as MapEntry;

use super::fields::{Table, Translation};
use super::problem::{ProblemKind, Vocabulary};
use super::Builder;
use crate::format_v1 as raw;
use crate::model::*;
use crate::text::Text;

/// Every id → row table the records are resolved against.
#[derive(Default)]
pub(crate) struct Tables {
    pub(crate) sources: Table<SourceIx>,
    pub(crate) regions: Table<RegionIx>,
    pub(crate) cities: Table<CityIx>,
    pub(crate) industries: Table<IndustryIx>,
    pub(crate) kinds: Table<KindIx>,
    pub(crate) capitals: Table<CapitalIx>,
    pub(crate) people: Table<PersonIx>,
    pub(crate) orgs: Table<OrgIx>,
}

/// Names used when the data leaves a stage unnamed.
fn built_in_stage_name(stage: Stage) -> Text {
    match stage {
        Stage::Intent => Text::new("意向", "Intent"),
        Stage::Signed => Text::new("已签约", "Signed"),
        Stage::Funded => Text::new("已进资", "Funded"),
        Stage::UnderConstruction => Text::new("已开工", "Under construction"),
        Stage::InOperation => Text::new("已投产运营", "In operation"),
    }
}

impl<'a> Builder<'_, 'a> {
    /// Registers an id in a table; a duplicate is reported and the record skipped.
    fn claim<I: Copy>(
        &mut self,
        table: &mut Table<I>,
        place: &super::parse::Place,
        id: Box<str>,
        next: I,
    ) -> bool {
        match table.entry(id) {
            MapEntry::Occupied(taken) => {
                let id = taken.key().to_string();
                self.check(place.clone(), |rec| {
                    rec.report("id", ProblemKind::DuplicateId(id));
                    None::<()>
                });
                false
            }
            MapEntry::Vacant(free) => {
                free.insert(next);
                true
            }
        }
    }

    /// Checks a list of `{id, name}` terms into rows and an id table.
    fn terms<I: Copy>(
        &mut self,
        array: &str,
        entries: Vec<raw::Entry<'a, raw::Term>>,
        make_ix: impl Fn(usize) -> I,
    ) -> (Vec<Term>, Table<I>) {
        let mut rows = Vec::with_capacity(entries.len());
        let mut table = Table::default();
        for (i, entry) in entries.into_iter().enumerate() {
            let mut place = Self::place(array, i);
            let Some(term) = self.parse(entry, &mut place) else {
                continue;
            };
            place.id = Some(term.id.clone());
            let Some(row) = self.check(place.clone(), |rec| {
                let id = rec.id("id", &term.id);
                let name = rec.text("name", term.name, Translation::Expected);
                Some(Term { id, name })
            }) else {
                continue;
            };
            if self.claim(&mut table, &place, row.id.clone(), make_ix(rows.len())) {
                rows.push(row);
            }
        }
        (rows, table)
    }

    /// Builds every table and stores the rows in the dataset.
    pub(crate) fn taxonomies(
        &mut self,
        dataset: &mut Dataset,
        sources: Vec<raw::Entry<'a, raw::Source>>,
        taxonomies: raw::Taxonomies<'a>,
        people: Vec<raw::Entry<'a, raw::Person>>,
        organisations: Vec<raw::Entry<'a, raw::Term>>,
    ) -> Tables {
        let mut tables = Tables::default();
        self.sources(dataset, &mut tables, sources);

        let (regions, table) = self.terms("taxonomies.regions", taxonomies.regions, |i| {
            RegionIx(i as u32)
        });
        (dataset.regions, tables.regions) = (regions, table);
        self.cities(dataset, &mut tables, taxonomies.cities);
        let (rows, table) = self.terms("taxonomies.industries", taxonomies.industries, |i| {
            IndustryIx(i as u32)
        });
        (dataset.industries, tables.industries) = (rows, table);
        let (rows, table) = self.terms("taxonomies.event_kinds", taxonomies.event_kinds, |i| {
            KindIx(i as u32)
        });
        (dataset.event_kinds, tables.kinds) = (rows, table);
        let (rows, table) = self.terms("taxonomies.capital_types", taxonomies.capital_types, |i| {
            CapitalIx(i as u32)
        });
        (dataset.capital_types, tables.capitals) = (rows, table);
        self.stages(dataset, taxonomies.stages);
        let (rows, table) = self.terms("organisations", organisations, |i| OrgIx(i as u32));
        (dataset.organisations, tables.orgs) = (rows, table);
        self.people(dataset, &mut tables, people);
        tables
    }

    fn sources(
        &mut self,
        dataset: &mut Dataset,
        tables: &mut Tables,
        entries: Vec<raw::Entry<'a, raw::Source>>,
    ) {
        for (i, entry) in entries.into_iter().enumerate() {
            let mut place = Self::place("meta.sources", i);
            let Some(source) = self.parse(entry, &mut place) else {
                continue;
            };
            place.id = Some(source.id.clone());
            let Some(row) = self.check(place.clone(), |rec| {
                let id = rec.id("id", &source.id);
                // Titles stay in the language they were published in.
                let title = rec.text("title", source.title, Translation::Optional);
                let publisher = rec.text("publisher", source.publisher, Translation::Optional);
                // A bad date costs the date, not the source (and every record citing it).
                let date = source.date.as_deref().and_then(|d| match d.parse() {
                    Ok(date) => Some(date),
                    Err(reason) => {
                        rec.report(
                            "date",
                            ProblemKind::Ignored(Box::new(ProblemKind::BadDate {
                                value: d.into(),
                                reason,
                            })),
                        );
                        None
                    }
                });
                let url = rec.url("url", source.url);
                let note = rec.opt_text("note", source.note);
                Some(Source {
                    id,
                    title,
                    publisher,
                    date,
                    url,
                    note,
                })
            }) else {
                continue;
            };
            if self.claim(
                &mut tables.sources,
                &place,
                row.id.clone(),
                SourceIx(dataset.sources.len() as u32),
            ) {
                dataset.sources.push(row);
            }
        }
    }

    fn cities(
        &mut self,
        dataset: &mut Dataset,
        tables: &mut Tables,
        entries: Vec<raw::Entry<'a, raw::City>>,
    ) {
        for (i, entry) in entries.into_iter().enumerate() {
            let mut place = Self::place("taxonomies.cities", i);
            let Some(city) = self.parse(entry, &mut place) else {
                continue;
            };
            place.id = Some(city.id.clone());
            let Some(row) = self.check(place.clone(), |rec| {
                let id = rec.id("id", &city.id);
                let name = rec.text("name", city.name, Translation::Expected);
                let region =
                    rec.lookup("region", Vocabulary::Region, &tables.regions, &city.region)?;
                Some(City { id, name, region })
            }) else {
                continue;
            };
            if self.claim(
                &mut tables.cities,
                &place,
                row.id.clone(),
                CityIx(dataset.cities.len() as u32),
            ) {
                dataset.cities.push(row);
            }
        }
    }

    fn stages(&mut self, dataset: &mut Dataset, entries: Vec<raw::Entry<'a, raw::Term>>) {
        let mut named = [false; 5];
        dataset.stage_names = Stage::ALL.map(built_in_stage_name);
        for (i, entry) in entries.into_iter().enumerate() {
            let mut place = Self::place("taxonomies.stages", i);
            let Some(term) = self.parse(entry, &mut place) else {
                continue;
            };
            place.id = Some(term.id.clone());
            let Some((stage, name)) = self.check(place.clone(), |rec| {
                let stage = term
                    .id
                    .parse::<Stage>()
                    .map_err(|()| rec.report("id", ProblemKind::UnknownStageId(term.id.clone())))
                    .ok();
                let name = rec.text("name", term.name, Translation::Expected);
                Some((stage?, name))
            }) else {
                continue;
            };
            if named[stage.ix()] {
                self.check(place, |rec| {
                    rec.report("id", ProblemKind::DuplicateId(stage.id().into()));
                    None::<()>
                });
                continue;
            }
            named[stage.ix()] = true;
            dataset.stage_names[stage.ix()] = name;
        }
        for stage in Stage::ALL.into_iter().filter(|s| !named[s.ix()]) {
            let place = super::parse::Place {
                path: "taxonomies.stages".into(),
                id: None,
                line: None,
            };
            let mut rec = super::fields::Rec::new(place, &mut self.problems);
            rec.report("", ProblemKind::MissingStageName(stage.id().into()));
        }
    }

    fn people(
        &mut self,
        dataset: &mut Dataset,
        tables: &mut Tables,
        entries: Vec<raw::Entry<'a, raw::Person>>,
    ) {
        for (i, entry) in entries.into_iter().enumerate() {
            let mut place = Self::place("people", i);
            let Some(person) = self.parse(entry, &mut place) else {
                continue;
            };
            place.id = Some(person.id.clone());
            let Some(row) = self.check(place.clone(), |rec| {
                let id = rec.id("id", &person.id);
                let name = rec.text("name", person.name, Translation::Expected);
                let position = rec.opt_text("position", person.position);
                Some(Person { id, name, position })
            }) else {
                continue;
            };
            if self.claim(
                &mut tables.people,
                &place,
                row.id.clone(),
                PersonIx(dataset.people.len() as u32),
            ) {
                dataset.people.push(row);
            }
        }
    }
}
