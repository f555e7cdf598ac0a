//! Events, projects and figures: checked on their own first, then linked to each other.

use serde_json::value::RawValue;

use super::fields::{Fields, Rec, Table, Translation};
use super::json::Json;
use super::problem::{ProblemKind, Vocabulary};
use super::taxonomy::Tables;
use super::{Builder, Place, Progress};
use crate::model::*;

/// A record that passed its own checks, waiting for its links to other records.
pub(crate) struct Pending<T> {
    place: Place,
    record: T,
    /// Raw ids of linked records (projects of an event, or the event of a project).
    links: Vec<String>,
}

/// The records still to check, and those checked so far.
pub(crate) struct Records<'a> {
    events_raw: Vec<&'a RawValue>,
    projects_raw: Vec<&'a RawValue>,
    figures_raw: Vec<&'a RawValue>,
    events: Vec<Pending<Event>>,
    projects: Vec<Pending<Project>>,
    event_ids: Table<()>,
    project_ids: Table<()>,
    /// Records checked so far, over all three arrays (events, then projects, then figures).
    done: usize,
    /// Whether events and projects have been linked and stored.
    linked: bool,
}

impl<'a> Records<'a> {
    pub(crate) fn new(
        events: Vec<&'a RawValue>,
        projects: Vec<&'a RawValue>,
        figures: Vec<&'a RawValue>,
    ) -> Records<'a> {
        Records {
            events: Vec::with_capacity(events.len()),
            projects: Vec::with_capacity(projects.len()),
            events_raw: events,
            projects_raw: projects,
            figures_raw: figures,
            event_ids: Table::default(),
            project_ids: Table::default(),
            done: 0,
            linked: false,
        }
    }

    fn total(&self) -> usize {
        self.events_raw.len() + self.projects_raw.len() + self.figures_raw.len()
    }
}

impl<'a> Builder<'a> {
    /// Checks up to `budget` more records: events, then projects; once both are checked, links
    /// them to each other and checks the figures (few) in the same step.
    pub(crate) fn step_records(
        &mut self,
        r: &mut Records<'a>,
        dataset: &mut Dataset,
        tables: &Tables,
        budget: usize,
    ) -> Progress {
        let (n_events, n_projects) = (r.events_raw.len(), r.projects_raw.len());
        let mut budget = budget.max(1);
        while budget > 0 && r.done < n_events + n_projects {
            if r.done < n_events {
                let (from, to) = (r.done, n_events.min(r.done.saturating_add(budget)));
                for i in from..to {
                    let raw = r.events_raw[i];
                    self.pending(
                        "events",
                        i,
                        raw,
                        &mut r.event_ids,
                        &mut r.events,
                        |rec, f| check_event(rec, f, tables),
                        |e| &e.id,
                    );
                }
                budget -= to - from;
                r.done = to;
            } else {
                let start = r.done - n_events;
                let (from, to) = (start, n_projects.min(start.saturating_add(budget)));
                for i in from..to {
                    let raw = r.projects_raw[i];
                    self.pending(
                        "projects",
                        i,
                        raw,
                        &mut r.project_ids,
                        &mut r.projects,
                        |rec, f| check_project(rec, f, tables),
                        |p| &p.id,
                    );
                }
                budget -= to - from;
                r.done = n_events + to;
            }
        }
        if r.done < n_events + n_projects {
            return Progress::Working {
                done: r.done,
                total: r.total(),
            };
        }
        if !r.linked {
            self.link_and_figures(r, dataset, tables);
            r.linked = true;
            r.done = r.total();
        }
        Progress::Done
    }

    /// Resolves the links between events and projects, stores them, and checks the figures.
    fn link_and_figures(&mut self, r: &mut Records<'a>, dataset: &mut Dataset, tables: &Tables) {
        let events = std::mem::take(&mut r.events);
        let projects = std::mem::take(&mut r.projects);
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
        let figures = std::mem::take(&mut r.figures_raw);
        for (i, raw) in figures.into_iter().enumerate() {
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

    /// Checks one record on its own; keeps it, with the raw ids of the records it links to,
    /// when it has a unique id and no error.
    #[allow(clippy::too_many_arguments)]
    fn pending<T>(
        &mut self,
        array: &str,
        index: usize,
        raw: &'a RawValue,
        ids: &mut Table<()>,
        kept: &mut Vec<Pending<T>>,
        check: impl FnOnce(&mut Rec, &mut Fields) -> Option<(T, Vec<String>)>,
        id_of: impl Fn(&T) -> &str,
    ) {
        let mut place = None;
        let checked = self.record(array, index, raw, |rec, f| {
            place = Some(rec.place.clone());
            check(rec, f)
        });
        let (Some((record, links)), Some(place)) = (checked, place) else {
            return;
        };
        if ids.insert(Box::<str>::from(id_of(&record)), ()).is_some() {
            self.duplicate(array, index, raw, id_of(&record));
        } else {
            kept.push(Pending {
                place,
                record,
                links,
            });
        }
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
