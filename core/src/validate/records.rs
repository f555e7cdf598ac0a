//! Events, projects and figures: checked on their own first, then linked to each other.

use serde_json::value::RawValue;

use super::fields::{Fields, Rec, Table, Translation};
use super::json::Json;
use super::problem::{ProblemKind, Vocabulary};
use super::taxonomy::Tables;
use super::{Builder, Place};
use crate::model::*;

/// A record that passed its own checks, waiting for its links to other records.
struct Pending<T> {
    place: Place,
    record: T,
    /// Raw ids of linked records (projects of an event, or the event of a project).
    links: Vec<String>,
}

impl<'a> Builder<'_, 'a> {
    /// Checks events, projects and figures and stores the ones that pass.
    pub(crate) fn records(
        &mut self,
        dataset: &mut Dataset,
        tables: &Tables,
        events: Vec<&'a RawValue>,
        projects: Vec<&'a RawValue>,
        figures: Vec<&'a RawValue>,
    ) {
        let events = self.pending(
            "events",
            &events,
            |rec, f| check_event(rec, f, tables),
            |e: &Event| &e.id,
        );
        let projects = self.pending(
            "projects",
            &projects,
            |rec, f| check_project(rec, f, tables),
            |p: &Project| &p.id,
        );
        let event_ids: Table<EventIx> = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.record.id.clone(), EventIx(i as u32)))
            .collect();
        let project_ids: Table<ProjectIx> = projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.record.id.clone(), ProjectIx(i as u32)))
            .collect();

        for Pending {
            place,
            mut record,
            links,
        } in events
        {
            let mut rec = Rec::new(place, &mut self.problems);
            for (i, id) in links.iter().enumerate() {
                let found = rec.vocab(&format!("projects[{i}]"), Vocabulary::Project, id, |s| {
                    project_ids.get(s).copied()
                });
                if let Some(ix) = found.filter(|ix| !record.projects.contains(ix)) {
                    record.projects.push(ix);
                }
            }
            dataset.events.push(record);
        }
        for Pending {
            place,
            mut record,
            links,
        } in projects
        {
            let mut rec = Rec::new(place, &mut self.problems);
            record.event = links.first().and_then(|id| {
                rec.vocab("event", Vocabulary::Event, id, |s| {
                    event_ids.get(s).copied()
                })
            });
            if let Some(event) = record.event.map(|e| &dataset.events[e.ix()]) {
                match record.edition {
                    None => record.edition = Some(event.edition),
                    Some(own) if own != event.edition => rec.report(
                        "edition",
                        ProblemKind::EditionMismatch {
                            project: own.0,
                            event: event.edition.0,
                        },
                    ),
                    Some(_) => {}
                }
            }
            dataset.projects.push(record);
        }
        let mut figure_ids = Table::default();
        for (i, raw) in figures.iter().enumerate() {
            let Some(figure) = self.record("figures", i, raw, |rec, f| {
                check_figure(rec, f, tables, &event_ids)
            }) else {
                continue;
            };
            if figure_ids.insert(figure.id.clone(), ()).is_some() {
                self.duplicate("figures", i, raw, &figure.id);
            } else {
                dataset.figures.push(figure);
            }
        }
    }

    /// Checks each record on its own; keeps those with a unique id and no error, with the raw
    /// ids of the records they link to.
    fn pending<T>(
        &mut self,
        array: &str,
        entries: &[&'a RawValue],
        check: impl Fn(&mut Rec, &mut Fields) -> Option<(T, Vec<String>)>,
        id_of: impl Fn(&T) -> &str,
    ) -> Vec<Pending<T>> {
        let mut kept: Vec<Pending<T>> = Vec::with_capacity(entries.len());
        let mut ids = Table::default();
        for (i, raw) in entries.iter().enumerate() {
            let mut place = None;
            let checked = self.record(array, i, raw, |rec, f| {
                place = Some(rec.place.clone());
                check(rec, f)
            });
            let (Some((record, links)), Some(place)) = (checked, place) else {
                continue;
            };
            if ids.insert(Box::<str>::from(id_of(&record)), ()).is_some() {
                self.duplicate(array, i, raw, id_of(&record));
            } else {
                kept.push(Pending {
                    place,
                    record,
                    links,
                });
            }
        }
        kept
    }

    /// Reports a record whose id was taken by an earlier one, and skips it.
    pub(crate) fn duplicate(&mut self, array: &str, index: usize, raw: &'a RawValue, id: &str) {
        let place = Place {
            path: format!("{array}[{index}]"),
            id: Some(id.to_owned()),
            line: Some(self.doc.line_of(raw)),
        };
        Rec::new(place.clone(), &mut self.problems)
            .report("id", ProblemKind::DuplicateId(id.to_owned()));
        self.skip(&place);
    }
}

/// The `id` member.
fn read_id(rec: &mut Rec, f: &mut Fields) -> Option<Box<str>> {
    rec.req_str(f, "id").map(|id| rec.id(&f.path("id"), id))
}

fn check_event(rec: &mut Rec, f: &mut Fields, t: &Tables) -> Option<(Event, Vec<String>)> {
    let id = read_id(rec, f);
    let title = rec.text(f, "title", Translation::Expected);
    let kind = rec.req_str(f, "kind").and_then(|k| {
        rec.vocab(&f.path("kind"), Vocabulary::EventKind, k, |s| {
            t.kinds.get(s).copied()
        })
    });
    let edition = rec
        .required(f, "edition")
        .and_then(|e| rec.year(&f.path("edition"), e));
    let start = rec
        .required(f, "start")
        .and_then(|s| rec.when(&f.path("start"), s));
    let end = f.get("end").and_then(|e| rec.when(&f.path("end"), e));
    if let (Some(start), Some(end)) = (start, end) {
        if let (Some(s), Some(e)) = (start.earliest_minute(), end.latest_minute()) {
            if e < s {
                rec.report(&f.path("end"), ProblemKind::EndBeforeStart);
            }
        }
    }
    let city = rec.opt_ref(f, "city", Vocabulary::City, &t.cities);
    let venue = rec.opt_text(f, "venue");
    let participants = participants(rec, f, t);
    let summary = rec.opt_text(f, "summary");
    let projects = rec
        .str_list(f, "projects")
        .into_iter()
        .map(str::to_owned)
        .collect();
    let note = rec.opt_text(f, "note");
    let sources = rec.sources(f, &t.sources);
    let event = Event {
        id: id?,
        title: title?,
        kind: kind?,
        edition: Edition(edition?),
        start: start?,
        end,
        city,
        venue,
        participants,
        summary,
        projects: Vec::new(),
        note,
        sources,
    };
    Some((event, projects))
}

/// `participants`: each exactly one of `person` or `organisation`, with an optional role.
fn participants(rec: &mut Rec, f: &mut Fields, t: &Tables) -> Vec<Participant> {
    let path = f.path("participants");
    let items = rec.list(f, "participants");
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let Some(mut p) = rec.object(&item_path, item) else {
            continue;
        };
        let person = rec.opt_str(&mut p, "person");
        let org = rec.opt_str(&mut p, "organisation");
        let who = match (person, org) {
            (Some(id), None) => rec
                .vocab(&p.path("person"), Vocabulary::Person, id, |s| {
                    t.people.get(s).copied()
                })
                .map(Who::Person),
            (None, Some(id)) => rec
                .vocab(&p.path("organisation"), Vocabulary::Organisation, id, |s| {
                    t.orgs.get(s).copied()
                })
                .map(Who::Organisation),
            _ => {
                rec.report(&item_path, ProblemKind::ParticipantShape);
                None
            }
        };
        let role = rec.opt_text(&mut p, "role");
        rec.finish(p);
        if let Some(who) = who {
            out.push(Participant { who, role });
        }
    }
    out
}

fn check_project(rec: &mut Rec, f: &mut Fields, t: &Tables) -> Option<(Project, Vec<String>)> {
    let id = read_id(rec, f);
    let name = rec.text(f, "name", Translation::Expected);
    let industry = rec.opt_ref(f, "industry", Vocabulary::Industry, &t.industries);
    let city = rec.opt_ref(f, "city", Vocabulary::City, &t.cities);
    let origin = rec.opt_ref(f, "origin_region", Vocabulary::Region, &t.regions);
    let capital = rec.opt_ref(f, "capital_type", Vocabulary::CapitalType, &t.capitals);
    let investment = f
        .get("investment")
        .and_then(|m| rec.money(&f.path("investment"), m));
    let stage = rec.opt_str(f, "stage").and_then(|s| {
        rec.vocab(&f.path("stage"), Vocabulary::Stage, s, |s| {
            s.parse::<Stage>().ok()
        })
    });
    let partner = rec.opt_ref(f, "partner", Vocabulary::Organisation, &t.orgs);
    let event = rec.opt_str(f, "event").map(str::to_owned);
    let edition = f
        .get("edition")
        .and_then(|e| rec.year(&f.path("edition"), e))
        .map(Edition);
    let description = rec.opt_text(f, "description");
    let note = rec.opt_text(f, "note");
    let sources = rec.sources(f, &t.sources);
    let project = Project {
        id: id?,
        name: name?,
        industry,
        city,
        origin,
        capital,
        investment,
        stage,
        partner,
        event: None,
        edition,
        description,
        note,
        sources,
    };
    Some((project, event.into_iter().collect()))
}

fn check_figure(
    rec: &mut Rec,
    f: &mut Fields,
    t: &Tables,
    events: &Table<EventIx>,
) -> Option<Figure> {
    let id = read_id(rec, f);
    let label = rec.text(f, "label", Translation::Expected);
    let value = rec
        .required(f, "value")
        .and_then(|v| figure_value(rec, &f.path("value"), v));
    let qualifier = match rec.opt_str(f, "qualifier") {
        None => Some(Qualifier::Exact),
        Some(q) => rec.vocab(&f.path("qualifier"), Vocabulary::Qualifier, q, |s| {
            s.parse::<Qualifier>().ok()
        }),
    };
    let growth = f
        .get("growth")
        .and_then(|g| rec.percent(&f.path("growth"), g));
    let period = f
        .get("period")
        .and_then(|p| period(rec, &f.path("period"), p));
    let edition = f
        .get("edition")
        .and_then(|e| rec.year(&f.path("edition"), e))
        .map(Edition);
    let event = rec.opt_str(f, "event").and_then(|id| {
        rec.vocab(&f.path("event"), Vocabulary::Event, id, |s| {
            events.get(s).copied()
        })
    });
    let note = rec.opt_text(f, "note");
    let sources = rec.sources(f, &t.sources);
    Some(Figure {
        id: id?,
        label: label?,
        value: value?,
        qualifier: qualifier?,
        growth,
        period,
        edition,
        event,
        note,
        sources,
    })
}

/// `{"kind": "count"|"money"|"percent", …}`.
fn figure_value(rec: &mut Rec, path: &str, value: &Json) -> Option<FigureValue> {
    let mut f = rec.object(path, value)?;
    let value = match rec.req_str(&mut f, "kind") {
        Some("count") => rec
            .required(&mut f, "count")
            .and_then(|c| rec.whole(&f.path("count"), c))
            .map(FigureValue::Count),
        Some("money") => rec.money_fields(&mut f).map(FigureValue::Money),
        Some("percent") => rec
            .required(&mut f, "percent")
            .and_then(|p| rec.percent(&f.path("percent"), p))
            .map(FigureValue::Percent),
        Some(other) => {
            rec.report(
                &f.path("kind"),
                ProblemKind::Unknown {
                    vocabulary: Vocabulary::FigureKind,
                    value: other.chars().take(80).collect(),
                },
            );
            None
        }
        None => None,
    };
    rec.finish(f);
    value
}

/// `{"from": …, "to": …}` of partial dates.
fn period(rec: &mut Rec, path: &str, value: &Json) -> Option<Period> {
    let mut f = rec.object(path, value)?;
    let from = rec
        .req_str(&mut f, "from")
        .and_then(|d| rec.partial_date(&f.path("from"), d));
    let to = rec
        .opt_str(&mut f, "to")
        .and_then(|d| rec.partial_date(&f.path("to"), d));
    if let (Some(from), Some(to)) = (from, to) {
        if to.first_day() < from.first_day() {
            rec.report(&f.path("to"), ProblemKind::EndBeforeStart);
        }
    }
    rec.finish(f);
    Some(Period { from: from?, to })
}
