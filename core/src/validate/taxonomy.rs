//! Sources, taxonomies, people and organisations: the tables records refer to.

use std::collections::hash_map::Entry as MapEntry;

use serde_json::value::RawValue;

use super::fields::{Fields, Rec, Table, Translation};
use super::problem::{ProblemKind, Vocabulary};
use super::Builder;
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

/// The taxonomy arrays the format defines, in the order they are read.
const TAXONOMIES: [&str; 6] = [
    "regions",
    "cities",
    "industries",
    "event_kinds",
    "stages",
    "capital_types",
];

/// Reads `{id, name}`: the common part of every table row.
fn id_and_name(rec: &mut Rec, f: &mut Fields) -> (Option<Box<str>>, Option<Text>) {
    let id = rec.req_str(f, "id").map(|id| rec.id(&f.path("id"), id));
    let name = rec.text(f, "name", Translation::Expected);
    (id, name)
}

impl<'a> Builder<'a> {
    /// Checks the rows of one table with `check`, registering each id; a duplicate id is
    /// reported and the row skipped. Returns the rows and their id table.
    fn table<R, I: Copy>(
        &mut self,
        array: &str,
        entries: &[&'a RawValue],
        make_ix: impl Fn(usize) -> I,
        mut check: impl FnMut(&mut Rec, &mut Fields) -> Option<R>,
        id_of: impl Fn(&R) -> &str,
    ) -> (Vec<R>, Table<I>) {
        let mut rows = Vec::with_capacity(entries.len());
        let mut table = Table::default();
        for (i, raw) in entries.iter().enumerate() {
            let Some(row) = self.record(array, i, raw, &mut check) else {
                continue;
            };
            match table.entry(id_of(&row).into()) {
                MapEntry::Occupied(taken) => {
                    let id = taken.key().to_string();
                    self.duplicate(array, i, raw, &id);
                }
                MapEntry::Vacant(free) => {
                    free.insert(make_ix(rows.len()));
                    rows.push(row);
                }
            }
        }
        (rows, table)
    }

    /// Checks `{id, name}` terms.
    fn terms<I: Copy>(
        &mut self,
        array: &str,
        entries: &[&'a RawValue],
        make_ix: impl Fn(usize) -> I,
    ) -> (Vec<Term>, Table<I>) {
        self.table(
            array,
            entries,
            make_ix,
            |rec, f| {
                let (id, name) = id_and_name(rec, f);
                Some(Term {
                    id: id?,
                    name: name?,
                })
            },
            |t| &t.id,
        )
    }

    /// Builds every table and stores the rows in the dataset.
    pub(crate) fn taxonomies(
        &mut self,
        dataset: &mut Dataset,
        sources: Vec<&'a RawValue>,
        taxonomies: Vec<(String, &'a RawValue)>,
        people: Vec<&'a RawValue>,
        organisations: Vec<&'a RawValue>,
    ) -> Tables {
        let mut t = Tables::default();
        (dataset.sources, t.sources) = self.table(
            "meta.sources",
            &sources,
            |i| SourceIx(i as u32),
            |rec, f| {
                let id = rec.req_str(f, "id").map(|id| rec.id(&f.path("id"), id));
                // Titles and publishers stay in the language they were published in.
                let title = rec.text(f, "title", Translation::Optional);
                let publisher = rec.text(f, "publisher", Translation::Optional);
                // A bad date costs the date, not the source (and every record citing it).
                let date = rec.opt_str(f, "date").and_then(|d| match d.parse() {
                    Ok(date) => Some(date),
                    Err(reason) => {
                        rec.report(
                            &f.path("date"),
                            ProblemKind::Ignored(Box::new(ProblemKind::BadDate {
                                value: d.into(),
                                reason,
                            })),
                        );
                        None
                    }
                });
                let url = rec.url(f, "url");
                let note = rec.opt_text(f, "note");
                Some(Source {
                    id: id?,
                    title: title?,
                    publisher: publisher?,
                    date,
                    url,
                    note,
                })
            },
            |s| &s.id,
        );

        let mut arrays: Vec<Option<Vec<&'a RawValue>>> = vec![None; TAXONOMIES.len()];
        for (key, raw) in &taxonomies {
            match TAXONOMIES.iter().position(|k| k == key) {
                Some(i) => match super::parse::raw_array(raw) {
                    Some(items) => arrays[i] = Some(items),
                    None => self.report_at(
                        &format!("taxonomies.{key}"),
                        Some(self.doc.line_of(raw)),
                        ProblemKind::Shape(super::ShapeError::WrongType {
                            expected: super::Expected::Array,
                            found: super::parse::raw_found(raw),
                        }),
                    ),
                },
                None => {
                    let line = Some(self.doc.line_of(raw));
                    self.report_at(
                        &format!("taxonomies.{key}"),
                        line,
                        ProblemKind::UnknownField,
                    );
                }
            }
        }
        for (key, array) in TAXONOMIES.iter().zip(&arrays) {
            if array.is_none() && !taxonomies.iter().any(|(k, _)| k == key) {
                self.report_at(
                    &format!("taxonomies.{key}"),
                    None,
                    ProblemKind::Shape(super::ShapeError::MissingField((*key).into())),
                );
            }
        }
        let mut arrays = arrays.into_iter().map(Option::unwrap_or_default);
        let mut next = || arrays.next().unwrap_or_default();
        let (regions, cities, industries, kinds, stages, capitals) =
            (next(), next(), next(), next(), next(), next());

        (dataset.regions, t.regions) =
            self.terms("taxonomies.regions", &regions, |i| RegionIx(i as u32));
        let region_table = &t.regions;
        (dataset.cities, t.cities) = self.table(
            "taxonomies.cities",
            &cities,
            |i| CityIx(i as u32),
            |rec, f| {
                let (id, name) = id_and_name(rec, f);
                let region = rec.req_str(f, "region").and_then(|r| {
                    rec.vocab(&f.path("region"), Vocabulary::Region, r, |s| {
                        region_table.get(s).copied()
                    })
                });
                Some(City {
                    id: id?,
                    name: name?,
                    region: region?,
                })
            },
            |c| &c.id,
        );
        (dataset.industries, t.industries) =
            self.terms("taxonomies.industries", &industries, |i| {
                IndustryIx(i as u32)
            });
        (dataset.event_kinds, t.kinds) =
            self.terms("taxonomies.event_kinds", &kinds, |i| KindIx(i as u32));
        (dataset.capital_types, t.capitals) =
            self.terms("taxonomies.capital_types", &capitals, |i| {
                CapitalIx(i as u32)
            });
        self.stages(dataset, &stages);
        (dataset.organisations, t.orgs) =
            self.terms("organisations", &organisations, |i| OrgIx(i as u32));
        (dataset.people, t.people) = self.table(
            "people",
            &people,
            |i| PersonIx(i as u32),
            |rec, f| {
                let (id, name) = id_and_name(rec, f);
                let position = rec.opt_text(f, "position");
                Some(Person {
                    id: id?,
                    name: name?,
                    position,
                })
            },
            |p| &p.id,
        );
        t
    }

    /// The names of the five stages; ids must be the fixed ones, a missing name falls back.
    fn stages(&mut self, dataset: &mut Dataset, entries: &[&'a RawValue]) {
        dataset.stage_names = Stage::ALL.map(built_in_stage_name);
        let (named, _) = self.table(
            "taxonomies.stages",
            entries,
            |i| i,
            |rec, f| {
                let id = rec.req_str(f, "id");
                let stage = id.and_then(|id| {
                    id.parse::<Stage>()
                        .map_err(|()| {
                            rec.report(&f.path("id"), ProblemKind::UnknownStageId(id.into()))
                        })
                        .ok()
                });
                let name = rec.text(f, "name", Translation::Expected);
                Some((stage?, name?))
            },
            |(stage, _)| stage.id(),
        );
        let mut present = [false; 5];
        for (stage, name) in named {
            present[stage.ix()] = true;
            dataset.stage_names[stage.ix()] = name;
        }
        for stage in Stage::ALL.into_iter().filter(|s| !present[s.ix()]) {
            self.report_at(
                "taxonomies.stages",
                None,
                ProblemKind::MissingStageName(stage.id().into()),
            );
        }
    }
}
