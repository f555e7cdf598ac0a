//! JSON export in the dataset's own format (format_version 1): the projects given plus
//! everything they refer to — the sources they and their events cite, the taxonomies, the
//! partner organisations, the events they link to (with those events' participants) — so the
//! file validates on its own (`cargo run --bin validate -- FILE`). Figures are left out.
//! Written by hand (no serializer) to keep the app small.

use std::fmt::Write;

use super::super::project_events;
use crate::model::{Dataset, Event, Project, ProjectIx, Term, When, Who};
use crate::money::Money;
use crate::text::Text;

/// Which records of one table go into the file, listed in table order. (A flag per record,
/// not a `BTreeSet`: the same result, and far less code in the wasm.)
struct Marks(Vec<bool>);

impl Marks {
    fn new(len: usize) -> Marks {
        Marks(vec![false; len])
    }
    fn mark(&mut self, i: u32) {
        self.0[i as usize] = true;
    }
    fn contains(&self, i: u32) -> bool {
        self.0[i as usize]
    }
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter(|(_, on)| **on)
            .map(|(i, _)| i)
    }
}

/// A tiny JSON writer: objects whose members are written in order.
struct Json(String);

impl Json {
    fn string(&mut self, s: &str) {
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(self.0, "\\u{:04x}", c as u32);
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }
    fn key(&mut self, first: &mut bool, key: &str) {
        if !std::mem::take(first) {
            self.0.push(',');
        }
        self.string(key);
        self.0.push(':');
    }
    fn text(&mut self, t: &Text) {
        self.0.push('{');
        let mut first = true;
        for (k, side) in [("zh", &t.zh), ("en", &t.en)] {
            if let Some(s) = side {
                self.key(&mut first, k);
                self.string(s);
            }
        }
        self.0.push('}');
    }
    fn list<T>(&mut self, items: impl IntoIterator<Item = T>, mut each: impl FnMut(&mut Json, T)) {
        self.0.push('[');
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            each(self, item);
        }
        self.0.push(']');
    }
    fn ids<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        self.list(ids, |j, id| j.string(id));
    }
    fn money(&mut self, m: Money) {
        let _ = write!(
            self.0,
            "{{\"amount\":{},\"currency\":\"{}\"}}",
            m.amount,
            m.currency.code()
        );
    }
    fn when(&mut self, w: When) {
        match w {
            When::At(dt) => {
                let _ = write!(self.0, "{{\"precision\":\"datetime\",\"at\":\"{dt}\"}}");
            }
            When::PartOfDay(d, p) => {
                let _ = write!(
                    self.0,
                    "{{\"precision\":\"part_of_day\",\"date\":\"{d}\",\"part\":\"{}\"}}",
                    p.id()
                );
            }
            When::Day(d) => {
                let _ = write!(self.0, "{{\"precision\":\"date\",\"date\":\"{d}\"}}");
            }
            When::Undated => self.0.push_str("{\"precision\":\"undated\"}"),
        }
    }
    fn terms<'a>(&mut self, terms: impl IntoIterator<Item = &'a Term>) {
        self.list(terms, |j, t| {
            let mut f = true;
            j.0.push('{');
            j.key(&mut f, "id");
            j.string(&t.id);
            j.key(&mut f, "name");
            j.text(&t.name);
            j.0.push('}');
        });
    }
}

/// Writes `"key":value` members for the optional fields of a record.
macro_rules! members {
    ($j:ident, $first:ident; $($key:literal => $value:expr, |$v:ident| $write:expr;)*) => {$(
        if let Some($v) = $value {
            $j.key(&mut $first, $key);
            $write;
        }
    )*};
}

/// The projects (in the order given) as a dataset document.
pub fn json(data: &Dataset, projects: &[ProjectIx]) -> String {
    let mut included = Marks::new(data.projects.len());
    let mut events = Marks::new(data.events.len());
    let mut orgs = Marks::new(data.organisations.len());
    let mut people = Marks::new(data.people.len());
    let mut sources = Marks::new(data.sources.len());
    for &p in projects {
        let pr = &data.projects[p.ix()];
        included.mark(p.0);
        for e in project_events(data, p) {
            events.mark(e.0);
        }
        if let Some(o) = pr.partner {
            orgs.mark(o.0);
        }
        for s in &pr.sources {
            sources.mark(s.0);
        }
    }
    for e in events.iter() {
        let ev = &data.events[e];
        for s in &ev.sources {
            sources.mark(s.0);
        }
        for part in &ev.participants {
            match part.who {
                Who::Person(p) => people.mark(p.0),
                Who::Organisation(o) => orgs.mark(o.0),
            }
        }
    }

    let mut j = Json(String::with_capacity(1024 + projects.len() * 600));
    let m = &data.meta;
    j.0.push_str("{\"format_version\":1,\"meta\":{\"title\":");
    j.text(&m.title);
    if let Some(d) = &m.description {
        j.0.push_str(",\"description\":");
        j.text(d);
    }
    let updated = m.updated.map(|d| d.to_string()).unwrap_or_default();
    let _ = write!(
        j.0,
        ",\"default_lang\":\"{}\",\"updated\":\"{updated}\",\"sources\":",
        m.default_lang.code()
    );
    j.list(sources.iter().map(|s| &data.sources[s]), |j, s| {
        let mut f = true;
        j.0.push('{');
        j.key(&mut f, "id");
        j.string(&s.id);
        j.key(&mut f, "title");
        j.text(&s.title);
        j.key(&mut f, "publisher");
        j.text(&s.publisher);
        members!(j, f;
            "date" => s.date, |d| j.string(&d.to_string());
            "url" => s.url.as_deref(), |u| j.string(u);
            "note" => s.note.as_ref(), |n| j.text(n);
        );
        j.0.push('}');
    });
    j.0.push_str("},\"taxonomies\":{\"regions\":");
    j.terms(&data.regions);
    j.0.push_str(",\"cities\":");
    j.list(&data.cities, |j, c| {
        j.0.push_str("{\"id\":");
        j.string(&c.id);
        j.0.push_str(",\"name\":");
        j.text(&c.name);
        j.0.push_str(",\"region\":");
        j.string(&data.regions[c.region.ix()].id);
        j.0.push('}');
    });
    j.0.push_str(",\"industries\":");
    j.terms(&data.industries);
    j.0.push_str(",\"event_kinds\":");
    j.terms(&data.event_kinds);
    j.0.push_str(",\"stages\":");
    j.list(crate::model::Stage::ALL, |j, s| {
        j.0.push_str("{\"id\":");
        j.string(s.id());
        j.0.push_str(",\"name\":");
        j.text(data.stage_name(s));
        j.0.push('}');
    });
    j.0.push_str(",\"capital_types\":");
    j.terms(&data.capital_types);
    j.0.push_str("},\"people\":");
    j.list(people.iter().map(|p| &data.people[p]), |j, p| {
        let mut f = true;
        j.0.push('{');
        j.key(&mut f, "id");
        j.string(&p.id);
        j.key(&mut f, "name");
        j.text(&p.name);
        members!(j, f; "position" => p.position.as_ref(), |t| j.text(t););
        j.0.push('}');
    });
    j.0.push_str(",\"organisations\":");
    j.terms(orgs.iter().map(|o| &data.organisations[o]));
    j.0.push_str(",\"events\":");
    j.list(events.iter().map(|e| &data.events[e]), |j, e| {
        event(j, data, e, &included)
    });
    j.0.push_str(",\"projects\":");
    j.list(projects.iter().map(|p| &data.projects[p.ix()]), |j, p| {
        project(j, data, p)
    });
    j.0.push_str(",\"figures\":[]}");
    j.0
}

fn event(j: &mut Json, data: &Dataset, e: &Event, included: &Marks) {
    let mut f = true;
    j.0.push('{');
    j.key(&mut f, "id");
    j.string(&e.id);
    j.key(&mut f, "title");
    j.text(&e.title);
    j.key(&mut f, "kind");
    j.string(&data.event_kinds[e.kind.ix()].id);
    let _ = write!(j.0, ",\"edition\":{},\"start\":", e.edition);
    j.when(e.start);
    members!(j, f;
        "end" => e.end, |w| j.when(w);
        "city" => e.city, |c| j.string(&data.cities[c.ix()].id);
        "venue" => e.venue.as_ref(), |t| j.text(t);
    );
    j.key(&mut f, "participants");
    j.list(&e.participants, |j, p| {
        let (key, id) = match p.who {
            Who::Person(x) => ("person", &data.people[x.ix()].id),
            Who::Organisation(x) => ("organisation", &data.organisations[x.ix()].id),
        };
        let mut f = true;
        j.0.push('{');
        j.key(&mut f, key);
        j.string(id);
        members!(j, f; "role" => p.role.as_ref(), |t| j.text(t););
        j.0.push('}');
    });
    members!(j, f; "summary" => e.summary.as_ref(), |t| j.text(t););
    // Only links to projects that are in the file (others would dangle).
    j.key(&mut f, "projects");
    j.ids(
        e.projects
            .iter()
            .filter(|p| included.contains(p.0))
            .map(|p| &*data.projects[p.ix()].id),
    );
    members!(j, f; "note" => e.note.as_ref(), |t| j.text(t););
    j.key(&mut f, "sources");
    j.ids(e.sources.iter().map(|s| &*data.sources[s.ix()].id));
    j.0.push('}');
}

fn project(j: &mut Json, data: &Dataset, p: &Project) {
    let mut f = true;
    j.0.push('{');
    j.key(&mut f, "id");
    j.string(&p.id);
    j.key(&mut f, "name");
    j.text(&p.name);
    members!(j, f;
        "industry" => p.industry, |x| j.string(&data.industries[x.ix()].id);
        "city" => p.city, |x| j.string(&data.cities[x.ix()].id);
        "origin_region" => p.origin, |x| j.string(&data.regions[x.ix()].id);
        "capital_type" => p.capital, |x| j.string(&data.capital_types[x.ix()].id);
        "investment" => p.investment, |m| j.money(m);
        "stage" => p.stage, |s| j.string(s.id());
        "partner" => p.partner, |x| j.string(&data.organisations[x.ix()].id);
        "event" => p.event, |x| j.string(&data.events[x.ix()].id);
        "edition" => p.edition, |e| { let _ = write!(j.0, "{e}"); };
        "description" => p.description.as_ref(), |t| j.text(t);
        "note" => p.note.as_ref(), |t| j.text(t);
    );
    j.key(&mut f, "sources");
    j.ids(p.sources.iter().map(|s| &*data.sources[s.ix()].id));
    j.0.push('}');
}
