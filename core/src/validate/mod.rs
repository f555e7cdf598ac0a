//! Turns a dataset document into the domain model, reporting every problem by JSON path.
//!
//! A record with an error is skipped and listed; the others load. Only a document that cannot
//! be read at all (not UTF-8, malformed JSON, wrong overall shape, bad `meta`) is fatal.

mod fields;
mod parse;
mod problem;
mod records;
mod taxonomy;

pub use fields::{is_safe_url, MAX_ID_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS};
pub use problem::{Fatal, Problem, ProblemKind, Report, Severity, ShapeError, Skipped, Vocabulary};

use crate::format_v1::{self as raw, FORMAT_VERSION};
use crate::model::Dataset;
use crate::text::Lang;
use fields::{Rec, Translation};
use parse::{Doc, Place};

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

/// Reads a dataset document from bytes (as fetched or read from disk).
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, Fatal> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Fatal::TooLarge {
            bytes: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| Fatal::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    load_str(text)
}

/// Reads a dataset document from text.
pub fn load_str(text: &str) -> Result<Loaded, Fatal> {
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
    let document = parse_document(text, &mut problems)?;
    let doc = Doc::new(text);
    let mut builder = Builder {
        doc: &doc,
        problems,
        skipped: Vec::new(),
    };
    let dataset = builder.build(document)?;
    let mut report = Report {
        problems: builder.problems,
        skipped: builder.skipped,
    };
    report.problems.sort_by_key(|p| p.line.unwrap_or(0));
    Ok(Loaded { dataset, report })
}

/// The outer parse: JSON syntax and the document's top-level shape.
fn parse_document<'a>(
    text: &'a str,
    problems: &mut Vec<Problem>,
) -> Result<raw::Document<'a>, Fatal> {
    // serde would read a struct from an array too; a document must be an object.
    let found = match text.trim_start().as_bytes().first() {
        Some(b'{') | None => None,
        Some(b'[') => Some("an array"),
        Some(b'"') => Some("a string"),
        Some(b'-' | b'0'..=b'9') => Some("a number"),
        Some(b't' | b'f') => Some("a boolean"),
        Some(b'n') => Some("null"),
        Some(_) => None,
    };
    if let Some(found) = found {
        if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
            let error = ShapeError::WrongType {
                found: found.into(),
                expected:
                    "a JSON object with format_version, meta, taxonomies, events and projects"
                        .into(),
            };
            return Err(Fatal::Structure {
                path: String::new(),
                error,
            });
        }
    }
    let mut unknown = Vec::new();
    let document: raw::Document = parse::parse_value(text, 1, &mut unknown)
        .map_err(|failure| syntax_or_structure(text, failure))?;
    for field in unknown {
        problems.push(Problem {
            path: field,
            record_id: None,
            line: None,
            kind: ProblemKind::UnknownField,
        });
    }
    if document.format_version != FORMAT_VERSION {
        return Err(Fatal::Version(document.format_version));
    }
    Ok(document)
}

/// Tells malformed JSON (fatal with line and column) from well-formed JSON of the wrong shape.
fn syntax_or_structure(text: &str, failure: parse::ParseFailure) -> Fatal {
    // serde reports data errors before it has seen the whole text; check the syntax on its own
    // so a truncated or broken file is called that, not "wrong type".
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        if e.is_syntax() || e.is_eof() {
            return Fatal::Syntax {
                line: e.line(),
                column: e.column(),
                detail: parse::serde_message(&e),
                truncated: e.is_eof(),
            };
        }
    }
    Fatal::Structure {
        path: failure.field,
        error: failure.error,
    }
}

/// Carries the problems and skipped records while the dataset is built.
pub(crate) struct Builder<'d, 'a> {
    pub(crate) doc: &'d Doc<'a>,
    pub(crate) problems: Vec<Problem>,
    pub(crate) skipped: Vec<Skipped>,
}

impl<'a> Builder<'_, 'a> {
    /// A place for record `index` of the array at `array`.
    pub(crate) fn place(array: &str, index: usize) -> Place {
        Place {
            path: format!("{array}[{index}]"),
            id: None,
            line: None,
        }
    }

    /// Parses one record; on a shape error the record is listed as skipped.
    pub(crate) fn parse<T: serde::Deserialize<'a>>(
        &mut self,
        entry: raw::Entry<'a, T>,
        place: &mut Place,
    ) -> Option<T> {
        let parsed = parse::parse_record(self.doc, entry.raw, place, &mut self.problems);
        if parsed.is_none() {
            self.skip(place);
        }
        parsed
    }

    /// Lists a record as skipped.
    pub(crate) fn skip(&mut self, place: &Place) {
        self.skipped.push(Skipped {
            path: place.path.clone(),
            id: place.id.clone(),
        });
    }

    /// Checks a record with `check`; returns its value unless an error was reported.
    pub(crate) fn check<T>(
        &mut self,
        place: Place,
        check: impl FnOnce(&mut Rec) -> Option<T>,
    ) -> Option<T> {
        let mut rec = Rec::new(place, &mut self.problems);
        let value = check(&mut rec);
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

    fn build(&mut self, document: raw::Document<'a>) -> Result<Dataset, Fatal> {
        let (meta, source_entries) = self.meta(document.meta)?;
        let mut dataset = Dataset {
            meta,
            ..Dataset::default()
        };
        let tables = self.taxonomies(
            &mut dataset,
            source_entries,
            document.taxonomies,
            document.people,
            document.organisations,
        );
        self.records(
            &mut dataset,
            &tables,
            document.events,
            document.projects,
            document.figures,
        );
        Ok(dataset)
    }

    fn meta(
        &mut self,
        entry: raw::Entry<'a, raw::Meta<'a>>,
    ) -> Result<(crate::model::Meta, Vec<raw::Entry<'a, raw::Source>>), Fatal> {
        let mut place = Place {
            path: "meta".into(),
            id: None,
            line: None,
        };
        let mut shape_problems = Vec::new();
        let Some(meta) =
            parse::parse_record::<raw::Meta>(self.doc, entry.raw, &mut place, &mut shape_problems)
        else {
            let problem = shape_problems
                .into_iter()
                .find(|p| p.severity() == Severity::Error)
                .expect("a failed parse reports an error");
            return Err(Fatal::Meta(problem));
        };
        self.problems.extend(shape_problems);
        let sources = meta.sources;
        let mut rec = Rec::new(place, &mut self.problems);
        let title = rec.text("title", meta.title, Translation::Expected);
        let description = rec.opt_text("description", meta.description);
        let default_lang = rec.vocab(
            "default_lang",
            Vocabulary::Language,
            &meta.default_lang,
            |s| s.parse::<Lang>().ok(),
        );
        let updated = rec.date("updated", &meta.updated);
        if rec.failed() {
            let first_error = self
                .problems
                .iter()
                .rev()
                .find(|p| p.severity() == Severity::Error)
                .cloned()
                .expect("an error was reported");
            return Err(Fatal::Meta(first_error));
        }
        let meta = crate::model::Meta {
            title,
            description,
            default_lang: default_lang.unwrap_or_default(),
            updated,
        };
        Ok((meta, sources))
    }
}
