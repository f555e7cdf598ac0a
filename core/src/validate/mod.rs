//! Turns a dataset document into the domain model, reporting every problem by JSON path.
//!
//! A record with an error is skipped and listed; the others load. Only a document that cannot
//! be read at all (not UTF-8, malformed JSON, wrong overall shape, bad `meta`) is fatal.
//!
//! The document is read in two steps: the outer parse checks JSON syntax and keeps every
//! record as raw text (`parse`); each record is then parsed into a small borrowed tree (`json`)
//! and read field by field (`fields`, `taxonomy`, `records`). The format's Rust types in
//! `format_v1` (feature "schema") describe the same format; a host test checks that the
//! validator accepts exactly what they accept.

mod fields;
mod json;
mod outline;
mod parse;
mod problem;
mod records;
mod taxonomy;

pub use fields::{is_safe_url, MAX_ID_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS};
pub use json::Found;
pub use problem::{
    Expected, Fatal, Problem, ProblemKind, Report, Severity, ShapeError, Skipped, Vocabulary,
};

use serde_json::value::RawValue;

use crate::model::Dataset;
use crate::text::Lang;
use fields::{Rec, Translation};
use json::{Json, Num};
use parse::{raw_array, raw_found, tree, Doc, Member, RawObject, TopObject};

/// The only format version this build reads.
pub const FORMAT_VERSION: u64 = 1;

/// The largest document accepted, in bytes (64 MiB: room for about 100,000 projects).
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;

/// A dataset that loaded, with what validation noticed on the way.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The records that passed.
    pub dataset: Dataset,
    /// Problems and skipped records.
    pub report: Report,
}

/// Where a record sits, for its problems.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    pub(crate) path: String,
    pub(crate) id: Option<String>,
    pub(crate) line: Option<usize>,
}

/// The text of a document: within the size limit and valid UTF-8.
pub fn text_of(bytes: &[u8]) -> Result<&str, Fatal> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Fatal::TooLarge {
            bytes: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    std::str::from_utf8(bytes).map_err(|e| Fatal::NotUtf8 {
        offset: e.valid_up_to(),
    })
}

/// Reads a dataset document from bytes (as fetched or read from disk).
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, Fatal> {
    load_str(text_of(bytes)?)
}

/// Reads a dataset document from text, all at once.
pub fn load_str(text: &str) -> Result<Loaded, Fatal> {
    let mut loader = Loader::start(text)?;
    while let Progress::Working { .. } = loader.step(usize::MAX) {}
    Ok(loader.finish())
}

/// How far a `Loader` has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Records checked so far out of all records.
    Working {
        /// Records checked.
        done: usize,
        /// All records (events, projects, figures).
        total: usize,
    },
    /// Everything is checked; call `finish`.
    Done,
}

/// Validation in steps, so a browser can update the page between them while a large file
/// (100,000 projects) is checked.
pub struct Loader<'a> {
    b: Builder<'a>,
    dataset: Dataset,
    tables: taxonomy::Tables,
    records: records::Records<'a>,
}

/// The first part of loading: the document's outer structure, read in steps (the record
/// arrays split into their records), before `Loader` checks the records.
pub struct Opening<'a> {
    text: &'a str,
    problems: Vec<Problem>,
    outline: outline::Outline<'a>,
    top: Option<Result<TopObject<'a>, Fatal>>,
}

impl<'a> Opening<'a> {
    /// Reads up to `budget` more values of the outer structure; true when it is all read.
    pub fn step(&mut self, budget: usize) -> bool {
        if self.top.is_none() {
            self.top = self.outline.step(budget);
        }
        self.top.is_some()
    }

    /// How far it has come: (bytes read, bytes).
    pub fn progress(&self) -> (usize, usize) {
        self.outline.progress()
    }

    /// Checks the overall shape, `meta` and the taxonomies: everything except the records,
    /// which `Loader::step` checks. (Reads what `step` has not read yet.)
    pub fn finish(mut self) -> Result<Loader<'a>, Fatal> {
        while !self.step(usize::MAX) {}
        let top = self.top.take().expect("read by step")?;
        let mut b = Builder {
            doc: Doc::new(self.text),
            problems: self.problems,
            skipped: Vec::new(),
        };
        let top = b.top(top)?;
        let (meta, sources) = b.meta(top.meta.expect("checked by top()"))?;
        let mut dataset = Dataset {
            meta,
            ..Dataset::default()
        };
        let tables = b.taxonomies(
            &mut dataset,
            sources,
            top.taxonomies,
            top.people,
            top.organisations,
        );
        let records = records::Records::new(top.events, top.projects, top.figures);
        Ok(Loader {
            b,
            dataset,
            tables,
            records,
        })
    }
}

impl<'a> Loader<'a> {
    /// Checks the syntax and the overall shape, `meta` and the taxonomies: everything except
    /// the records, which `step` checks.
    pub fn start(text: &'a str) -> Result<Loader<'a>, Fatal> {
        Loader::open(text)?.finish()
    }

    /// Starts reading a document whose outer structure is then read in steps (see
    /// [`Opening`]); fails at once on a document that is too large or empty.
    pub fn open(text: &'a str) -> Result<Opening<'a>, Fatal> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(Fatal::TooLarge {
                bytes: text.len(),
                limit: MAX_DOCUMENT_BYTES,
            });
        }
        let mut problems = Vec::new();
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => {
                problems.push(Problem {
                    path: String::new(),
                    record_id: None,
                    line: Some(1),
                    kind: ProblemKind::ByteOrderMark,
                });
                rest
            }
            None => text,
        };
        if text.trim().is_empty() {
            return Err(Fatal::Empty);
        }
        Ok(Opening {
            text,
            problems,
            outline: outline::Outline::new(text),
            top: None,
        })
    }

    /// Checks up to `budget` more records.
    pub fn step(&mut self, budget: usize) -> Progress {
        self.b
            .step_records(&mut self.records, &mut self.dataset, &self.tables, budget)
    }

    /// The dataset and the report (after `step` returned `Done`).
    pub fn finish(self) -> Loaded {
        let mut report = Report {
            problems: self.b.problems,
            skipped: self.b.skipped,
        };
        crate::timeline::order::sort_by(&mut report.problems, |p| p.line.unwrap_or(0) as u64);
        Loaded {
            dataset: self.dataset,
            report,
        }
    }
}

/// The outer parse: JSON syntax and a top-level object.
fn parse_top(text: &str) -> Result<TopObject<'_>, Fatal> {
    serde_json::from_str::<TopObject>(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            return Fatal::Syntax {
                line: e.line(),
                column: e.column(),
                detail: parse::serde_message(&e),
                truncated: e.is_eof(),
            };
        }
        // Valid JSON that is not an object.
        let found = serde_json::from_str::<&RawValue>(text)
            .map(raw_found)
            .unwrap_or(Found::Null);
        Fatal::Structure {
            path: String::new(),
            error: ShapeError::WrongType {
                expected: Expected::Object,
                found,
            },
        }
    })
}

/// The top-level members, each still raw.
#[derive(Default)]
struct Top<'a> {
    meta: Option<&'a RawValue>,
    taxonomies: Vec<(String, &'a RawValue)>,
    people: Vec<&'a RawValue>,
    organisations: Vec<&'a RawValue>,
    events: Vec<&'a RawValue>,
    projects: Vec<&'a RawValue>,
    figures: Vec<&'a RawValue>,
}

/// Carries the problems and skipped records while the dataset is built.
pub(crate) struct Builder<'a> {
    pub(crate) doc: Doc<'a>,
    pub(crate) problems: Vec<Problem>,
    pub(crate) skipped: Vec<Skipped>,
}

fn structure(path: &str, error: ShapeError) -> Fatal {
    Fatal::Structure {
        path: path.to_owned(),
        error,
    }
}

impl<'a> Builder<'a> {
    /// A place for record `index` of the array at `array`.
    pub(crate) fn place(array: &str, index: usize) -> Place {
        Place {
            path: format!("{array}[{index}]"),
            id: None,
            line: None,
        }
    }

    /// Checks one record: parses its raw text, opens it as an object, reads its `id` for the
    /// report and runs `check`. Returns the value unless an error was reported; then the
    /// record is listed as skipped.
    pub(crate) fn record<T>(
        &mut self,
        array: &str,
        index: usize,
        raw: &'a RawValue,
        check: impl FnOnce(&mut Rec, &mut fields::Fields<'_, 'a>) -> Option<T>,
    ) -> Option<T> {
        let mut place = Self::place(array, index);
        place.line = Some(self.doc.line_of(raw));
        let json = match tree(raw) {
            Ok(json) => json,
            Err(detail) => {
                Rec::new(place.clone(), &mut self.problems)
                    .report("", ProblemKind::Unreadable(detail));
                self.skip(&place);
                return None;
            }
        };
        if let Json::Obj(members) = &json {
            place.id = members
                .iter()
                .find(|(k, _)| k == "id")
                .and_then(|(_, v)| match v {
                    Json::Str(s) => Some(s.chars().take(80).collect()),
                    _ => None,
                });
        }
        let mut rec = Rec::new(place, &mut self.problems);
        let value = match rec.object("", &json) {
            Some(mut fields) => {
                let value = check(&mut rec, &mut fields);
                rec.finish(fields);
                value
            }
            None => None,
        };
        let failed = rec.failed();
        let place = rec.place;
        match value {
            Some(v) if !failed => Some(v),
            _ => {
                self.skip(&place);
                None
            }
        }
    }

    /// Lists a record as skipped.
    pub(crate) fn skip(&mut self, place: &Place) {
        self.skipped.push(Skipped {
            path: place.path.clone(),
            id: place.id.clone(),
        });
    }

    /// Reports a problem that belongs to no single record.
    pub(crate) fn report_at(&mut self, path: &str, line: Option<usize>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.to_owned(),
            record_id: None,
            line,
            kind,
        });
    }

    /// Sorts the top-level members into their places; unknown ones are warnings.
    fn top(&mut self, object: TopObject<'a>) -> Result<Top<'a>, Fatal> {
        let mut top = Top::default();
        let mut seen: Vec<String> = Vec::new();
        let mut version = None;
        for (key, member) in object.0 {
            if seen.contains(&key) {
                return Err(structure(&key, ShapeError::DuplicateField(key.clone())));
            }
            seen.push(key.clone());
            let records = match member {
                Member::Records(items) => items,
                Member::NotAnArray(found) => {
                    return Err(structure(
                        &key,
                        ShapeError::WrongType {
                            expected: Expected::Array,
                            found,
                        },
                    ));
                }
                Member::Raw(raw) => {
                    match key.as_str() {
                        "format_version" => version = Some(raw),
                        "meta" => top.meta = Some(raw),
                        "taxonomies" => {
                            let object: RawObject =
                                serde_json::from_str(raw.get()).map_err(|_| {
                                    structure(
                                        &key,
                                        ShapeError::WrongType {
                                            expected: Expected::Object,
                                            found: raw_found(raw),
                                        },
                                    )
                                })?;
                            top.taxonomies = object.0;
                        }
                        _ => {
                            let line = Some(self.doc.line_of(raw));
                            self.report_at(&key, line, ProblemKind::UnknownField);
                        }
                    }
                    continue;
                }
            };
            match key.as_str() {
                "people" => top.people = records,
                "organisations" => top.organisations = records,
                "events" => top.events = records,
                "projects" => top.projects = records,
                _ => top.figures = records,
            }
        }
        match version.map(|v| tree(v).unwrap_or(Json::Null)) {
            None => {
                return Err(structure(
                    "format_version",
                    ShapeError::MissingField("format_version".into()),
                ))
            }
            Some(Json::Num(Num::U(FORMAT_VERSION))) => {}
            Some(Json::Num(Num::U(v))) => return Err(Fatal::Version(v)),
            Some(other) => {
                return Err(structure(
                    "format_version",
                    ShapeError::WrongType {
                        expected: Expected::WholeNumber,
                        found: other.found(),
                    },
                ))
            }
        }
        for required in ["meta", "taxonomies", "events", "projects"] {
            if !seen.iter().any(|k| k == required) {
                return Err(structure(
                    required,
                    ShapeError::MissingField(required.into()),
                ));
            }
        }
        Ok(top)
    }

    /// `meta`: any error in it is fatal (there is no record to skip).
    fn meta(
        &mut self,
        raw: &'a RawValue,
    ) -> Result<(crate::model::Meta, Vec<&'a RawValue>), Fatal> {
        let json = tree(raw).unwrap_or(Json::Null);
        let place = Place {
            path: "meta".into(),
            id: None,
            line: Some(self.doc.line_of(raw)),
        };
        let mut problems = Vec::new();
        let mut rec = Rec::new(place, &mut problems);
        let mut sources = Vec::new();
        let meta = rec.object("", &json).and_then(|mut f| {
            let title = rec.text(&mut f, "title", Translation::Expected);
            let description = rec.opt_text(&mut f, "description");
            let default_lang = rec.req_str(&mut f, "default_lang").and_then(|l| {
                rec.vocab(&f.path("default_lang"), Vocabulary::Language, l, |s| {
                    s.parse::<Lang>().ok()
                })
            });
            let updated = rec
                .req_str(&mut f, "updated")
                .and_then(|d| rec.date(&f.path("updated"), d));
            match rec.required(&mut f, "sources") {
                Some(Json::Arr(_)) => {
                    // Sources are checked one by one later, from their raw text (for line numbers).
                    let members: RawObject =
                        serde_json::from_str(raw.get()).unwrap_or(RawObject(Vec::new()));
                    sources = members
                        .0
                        .into_iter()
                        .find(|(k, _)| k == "sources")
                        .and_then(|(_, v)| raw_array(v))
                        .unwrap_or_default();
                }
                Some(other) => rec.report(
                    "sources",
                    ProblemKind::Shape(ShapeError::WrongType {
                        expected: Expected::Array,
                        found: other.found(),
                    }),
                ),
                None => {}
            }
            rec.finish(f);
            Some(crate::model::Meta {
                title: title?,
                description,
                default_lang: default_lang?,
                updated: Some(updated?),
            })
        });
        let failed = rec.failed();
        match meta {
            Some(meta) if !failed => {
                self.problems.extend(problems);
                Ok((meta, sources))
            }
            _ => {
                let first_error = problems
                    .into_iter()
                    .find(|p| p.severity() == Severity::Error);
                Err(first_error.map(Fatal::Meta).unwrap_or_else(|| {
                    structure(
                        "meta",
                        ShapeError::WrongType {
                            expected: Expected::Object,
                            found: json.found(),
                        },
                    )
                }))
            }
        }
    }
}
