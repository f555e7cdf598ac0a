//! Reading one record's JSON into its format type, with JSON paths and document line numbers.

use std::cell::OnceCell;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::problem::{Problem, ProblemKind, ShapeError};

/// The document text, with a line index built the first time a line number is needed.
pub(crate) struct Doc<'a> {
    text: &'a str,
    newlines: OnceCell<Vec<usize>>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(text: &'a str) -> Doc<'a> {
        Doc {
            text,
            newlines: OnceCell::new(),
        }
    }

    /// The 1-based line of a byte offset.
    pub(crate) fn line_at(&self, offset: usize) -> usize {
        let newlines = self
            .newlines
            .get_or_init(|| self.text.match_indices('\n').map(|(i, _)| i).collect());
        newlines.partition_point(|&nl| nl < offset) + 1
    }

    /// The 1-based line where a record of this document starts.
    pub(crate) fn line_of(&self, raw: &RawValue) -> usize {
        let offset = (raw.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        self.line_at(offset.min(self.text.len()))
    }
}

/// Joins a record path and a field path: `events[3]` + `start.date`, `events[3]` + `[0]`.
pub(crate) fn join(path: &str, field: &str) -> String {
    match field.chars().next() {
        None => path.to_owned(),
        Some('[') => format!("{path}{field}"),
        Some(_) if path.is_empty() => field.to_owned(),
        Some(_) => format!("{path}.{field}"),
    }
}

/// Formats serde_path_to_error's path as `start.date` or `participants[1].role`.
fn format_error_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// Formats serde_ignored's path the same way.
fn format_ignored_path(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", format_ignored_path(parent)),
        Path::Map { parent, key } => join(&format_ignored_path(parent), key),
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => format_ignored_path(parent),
    }
}

/// Strips serde_json's " at line L column C" suffix.
pub(crate) fn serde_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Where a record sits, for its problems.
#[derive(Clone, Debug)]
pub(crate) struct Place {
    pub(crate) path: String,
    pub(crate) id: Option<String>,
    pub(crate) line: Option<usize>,
}

/// What went wrong parsing one value: the path inside it and the error.
pub(crate) struct ParseFailure {
    pub(crate) field: String,
    pub(crate) error: ShapeError,
    pub(crate) line: Option<usize>,
}

/// Parses `text` (starting on document line `first_line`) as `T`, collecting the paths of
/// ignored (unknown) fields.
pub(crate) fn parse_value<'a, T: Deserialize<'a>>(
    text: &'a str,
    first_line: usize,
    unknown: &mut Vec<String>,
) -> Result<T, ParseFailure> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut on_unknown = |path: serde_ignored::Path| unknown.push(format_ignored_path(&path));
    let ignoring = serde_ignored::Deserializer::new(&mut de, &mut on_unknown);
    serde_path_to_error::deserialize(ignoring).map_err(|error| {
        let mut field = format_error_path(error.path());
        let inner = error.into_inner();
        let shape = ShapeError::from_serde_message(&serde_message(&inner));
        if let ShapeError::MissingField(name) = &shape {
            field = join(&field, name);
        }
        let line = (inner.line() > 0).then(|| first_line + inner.line() - 1);
        ParseFailure {
            field,
            error: shape,
            line,
        }
    })
}

/// Parses one record, reporting a shape error (the record is skipped) or unknown fields
/// (warnings). On a problem, `place.id` is filled from the record's `id` when it can be read;
/// on success the caller takes the id from the typed record.
pub(crate) fn parse_record<'a, T: Deserialize<'a>>(
    doc: &Doc<'a>,
    raw: &'a RawValue,
    place: &mut Place,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let first_line = doc.line_of(raw);
    place.line = Some(first_line);
    let mut unknown = Vec::new();
    match parse_value::<T>(raw.get(), first_line, &mut unknown) {
        Ok(value) => {
            if !unknown.is_empty() {
                place.id = peek_id(raw);
            }
            for field in unknown {
                problems.push(Problem {
                    path: join(&place.path, &field),
                    record_id: place.id.clone(),
                    line: place.line,
                    kind: ProblemKind::UnknownField,
                });
            }
            Some(value)
        }
        Err(failure) => {
            place.id = peek_id(raw);
            problems.push(Problem {
                path: join(&place.path, &failure.field),
                record_id: place.id.clone(),
                line: failure.line.or(place.line),
                kind: ProblemKind::Shape(failure.error),
            });
            None
        }
    }
}

/// The record's `id` string, read leniently so problems can name it even when the record
/// fails to parse.
fn peek_id(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    struct JustId {
        id: Option<serde_json::Value>,
    }
    match serde_json::from_str::<JustId>(raw.get()).ok()?.id? {
        serde_json::Value::String(s) => Some(s.chars().take(80).collect()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_offsets() {
        let doc = Doc::new("a\nb\n\nc");
        assert_eq!(doc.line_at(0), 1);
        assert_eq!(doc.line_at(2), 2);
        assert_eq!(doc.line_at(4), 3);
        assert_eq!(doc.line_at(5), 4);
    }

    #[test]
    fn paths_join() {
        assert_eq!(join("events[3]", "start.date"), "events[3].start.date");
        assert_eq!(join("events[3]", "[0]"), "events[3][0]");
        assert_eq!(join("events[3]", ""), "events[3]");
        assert_eq!(join("", "meta"), "meta");
    }
}
