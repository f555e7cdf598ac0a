//! Events, projects and figures: checked on their own first, then linked to each other.

use super::fields::{Rec, Table, Translation};
use super::parse::Place;
use super::problem::{ProblemKind, Vocabulary};
use super::taxonomy::Tables;
use super::Builder;
use crate::format_v1 as raw;
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
        events: Vec<raw::Entry<'a, raw::Event>>,
        projects: Vec<raw::Entry<'a, raw::Project>>,
        figures: Vec<raw::Entry<'a, raw::Figure>>,
    ) {
        let events = self.pending("events", events, |rec, e| {
            check_event(rec, e, dataset, tables)
        });
        let projects = self.pending("projects", projects, |rec, p| {
            check_project(rec, p, dataset, tables)
        });
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

        for pending in events {
            let Pending {
                place,
                mut record,
                links,
            } = pending;
            let mut rec = Rec::new(place, &mut self.problems);
            record.projects = links
                .iter()
                .enumerate()
                .filter_map(|(i, id)| {
                    rec.lookup(
                        &format!("projects[{i}]"),
                        Vocabulary::Project,
                        &project_ids,
                        id,
                    )
                })
                .collect();
            record.projects.dedup();
            dataset.events.push(record);
        }
        for pending in projects {
            let Pending {
                place,
                mut record,
                links,
            } = pending;
            let mut rec = Rec::new(place, &mut self.problems);
            record.event = links
                .first()
                .and_then(|id| rec.lookup("event", Vocabulary::Event, &event_ids, id));
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
        for (i, entry) in figures.into_iter().enumerate() {
            let mut place = Self::place("figures", i);
            let Some(figure) = self.parse(entry, &mut place) else {
                continue;
            };
            place.id = Some(figure.id.clone());
            let Some(row) = self.check(place.clone(), |rec| {
                check_figure(rec, figure, tables, &event_ids)
            }) else {
                continue;
            };
            if self.claim_id(&mut figure_ids, &place, &row.id) {
                dataset.figures.push(row);
            }
        }
    }

    /// Parses and checks each record on its own; keeps those with a unique id and no error.
    fn pending<R, T>(
        &mut self,
        array: &str,
        entries: Vec<raw::Entry<'a, R>>,
        check: impl Fn(&mut Rec, R) -> Option<(T, Vec<String>)>,
    ) -> Vec<Pending<T>>
    where
        R: serde::Deserialize<'a> + HasId,
        T: HasBoxedId,
    {
        let mut kept: Vec<Pending<T>> = Vec::with_capacity(entries.len());
        let mut ids = Table::default();
        for (i, entry) in entries.into_iter().enumerate() {
            let mut place = Self::place(array, i);
            let Some(record) = self.parse(entry, &mut place) else {
                continue;
            };
            place.id = Some(record.raw_id().to_owned());
            let Some((record, links)) = self.check(place.clone(), |rec| check(rec, record)) else {
                continue;
            };
            if self.claim_id(&mut ids, &place, record.boxed_id()) {
                kept.push(Pending {
                    place,
                    record,
                    links,
                });
            }
        }
        kept
    }

    /// Registers a record id; a duplicate is reported and skipped.
    fn claim_id(&mut self, ids: &mut Table<()>, place: &Place, id: &str) -> bool {
        if ids.insert(id.into(), ()).is_none() {
            return true;
        }
        self.check(place.clone(), |rec| {
            rec.report("id", ProblemKind::DuplicateId(id.to_owned()));
            None::<()>
        });
        false
    }
}

/// Format records that have an `id` field.
trait HasId {
    fn raw_id(&self) -> &str;
}
impl HasId for raw::Event {
    fn raw_id(&self) -> &str {
        &self.id
    }
}
impl HasId for raw::Project {
    fn raw_id(&self) -> &str {
        &self.id
    }
}

/// Model records with an id.
trait HasBoxedId {
    fn boxed_id(&self) -> &str;
}
impl HasBoxedId for Event {
    fn boxed_id(&self) -> &str {
        &self.id
    }
}
impl HasBoxedId for Project {
    fn boxed_id(&self) -> &str {
        &self.id
    }
}

fn check_event(
    rec: &mut Rec,
    e: raw::Event,
    dataset: &Dataset,
    t: &Tables,
) -> Option<(Event, Vec<String>)> {
    let id = rec.id("id", &e.id);
    let title = rec.text("title", e.title, Translation::Expected);
    let kind = rec.lookup("kind", Vocabulary::EventKind, &t.kinds, &e.kind);
    let start = rec.when("start", e.start);
    let end = e.end.and_then(|end| rec.when("end", end));
    if let (Some(start), Some(end)) = (start, end) {
        match (start.earliest_minute(), end.latest_minute()) {
            (Some(s), Some(e)) if e < s => rec.report("end", ProblemKind::EndBeforeStart),
            _ => {}
        }
    }
    let city = rec.opt_lookup("city", Vocabulary::City, &t.cities, e.city.as_deref());
    let venue = rec.opt_text("venue", e.venue);
    let participants = e
        .participants
        .into_iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let field = format!("participants[{i}]");
            let who = match (p.person.as_deref(), p.organisation.as_deref()) {
                (Some(person), None) => rec
                    .lookup(
                        &format!("{field}.person"),
                        Vocabulary::Person,
                        &t.people,
                        person,
                    )
                    .map(Who::Person),
                (None, Some(org)) => rec
                    .lookup(
                        &format!("{field}.organisation"),
                        Vocabulary::Organisation,
                        &t.orgs,
                        org,
                    )
                    .map(Who::Organisation),
                _ => {
                    rec.report(&field, ProblemKind::ParticipantShape);
                    None
                }
            };
            let role = rec.opt_text(&format!("{field}.role"), p.role);
            Some(Participant { who: who?, role })
        })
        .collect();
    let summary = rec.opt_text("summary", e.summary);
    let note = rec.opt_text("note", e.note);
    let sources = rec.sources(&e.sources, &t.sources);
    let _ = dataset;
    let event = Event {
        id,
        title,
        kind: kind?,
        edition: Edition(e.edition),
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
    Some((event, e.projects))
}

fn check_project(
    rec: &mut Rec,
    p: raw::Project,
    dataset: &Dataset,
    t: &Tables,
) -> Option<(Project, Vec<String>)> {
    let _ = dataset;
    let id = rec.id("id", &p.id);
    let name = rec.text("name", p.name, Translation::Expected);
    let industry = rec.opt_lookup(
        "industry",
        Vocabulary::Industry,
        &t.industries,
        p.industry.as_deref(),
    );
    let city = rec.opt_lookup("city", Vocabulary::City, &t.cities, p.city.as_deref());
    let origin = rec.opt_lookup(
        "origin_region",
        Vocabulary::Region,
        &t.regions,
        p.origin_region.as_deref(),
    );
    let capital = rec.opt_lookup(
        "capital_type",
        Vocabulary::CapitalType,
        &t.capitals,
        p.capital_type.as_deref(),
    );
    let investment = p
        .investment
        .as_ref()
        .and_then(|m| rec.money("investment", &m.amount, &m.currency));
    let stage = p
        .stage
        .as_deref()
        .and_then(|s| rec.vocab("stage", Vocabulary::Stage, s, |s| s.parse::<Stage>().ok()));
    let partner = rec.opt_lookup(
        "partner",
        Vocabulary::Organisation,
        &t.orgs,
        p.partner.as_deref(),
    );
    let description = rec.opt_text("description", p.description);
    let note = rec.opt_text("note", p.note);
    let sources = rec.sources(&p.sources, &t.sources);
    let project = Project {
        id,
        name,
        industry,
        city,
        origin,
        capital,
        investment,
        stage,
        partner,
        event: None,
        edition: p.edition.map(Edition),
        description,
        note,
        sources,
    };
    Some((project, p.event.into_iter().collect()))
}

fn check_figure(
    rec: &mut Rec,
    f: raw::Figure,
    t: &Tables,
    events: &Table<EventIx>,
) -> Option<Figure> {
    let id = rec.id("id", &f.id);
    let label = rec.text("label", f.label, Translation::Expected);
    let value = match &f.value {
        raw::FigureValue::Count { count } => {
            rec.whole("value.count", count).map(FigureValue::Count)
        }
        raw::FigureValue::Money { amount, currency } => {
            rec.money("value", amount, currency).map(FigureValue::Money)
        }
        raw::FigureValue::Percent { percent } => rec
            .percent("value.percent", percent)
            .map(FigureValue::Percent),
    };
    let qualifier = match f.qualifier.as_deref() {
        None => Some(Qualifier::Exact),
        Some(q) => rec.vocab("qualifier", Vocabulary::Qualifier, q, |s| {
            s.parse::<Qualifier>().ok()
        }),
    };
    let growth = f.growth.as_ref().and_then(|g| rec.percent("growth", g));
    let period = f.period.and_then(|p| {
        let from = rec.partial_date("period.from", &p.from);
        let to =
            p.to.as_deref()
                .and_then(|to| rec.partial_date("period.to", to));
        if let (Some(from), Some(to)) = (from, to) {
            if to.first_day() < from.first_day() {
                rec.report("period.to", ProblemKind::EndBeforeStart);
            }
        }
        Some(Period { from: from?, to })
    });
    let event = f
        .event
        .as_deref()
        .and_then(|id| rec.lookup("event", Vocabulary::Event, events, id));
    let note = rec.opt_text("note", f.note);
    let sources = rec.sources(&f.sources, &t.sources);
    Some(Figure {
        id,
        label,
        value: value?,
        qualifier: qualifier?,
        growth,
        period,
        edition: f.edition.map(Edition),
        event,
        note,
        sources,
    })
}
