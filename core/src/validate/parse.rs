//! The document's outer structure: JSON syntax, top-level members kept as raw text, and the
//! line where each record starts.

use std::cell::OnceCell;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::json::{Found, Json};

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

    /// The 1-based line where a value of this document starts.
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

/// Strips serde_json's " at line L column C" suffix.
pub(crate) fn serde_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// The members of an object, each value kept as its raw text (keys in document order).
pub(crate) struct RawObject<'a>(pub(crate) Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for RawObject<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawObjectVisitor;
        impl<'de> Visitor<'de> for RawObjectVisitor {
            type Value = RawObject<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    members.push((key, map.next_value::<&'de RawValue>()?));
                }
                Ok(RawObject(members))
            }
        }
        deserializer.deserialize_map(RawObjectVisitor)
    }
}

/// The JSON type of a raw value, from its first character.
pub(crate) fn raw_found(raw: &RawValue) -> Found {
    match raw.get().trim_start().as_bytes().first() {
        Some(b'{') => Found::Object,
        Some(b'[') => Found::Array,
        Some(b'"') => Found::String,
        Some(b't' | b'f') => Found::Bool,
        Some(b'n') | None => Found::Null,
        Some(_) => Found::Number,
    }
}

/// Parses a raw value (already known to be well-formed JSON) into a tree. This fails only for
/// nesting deeper than serde_json's limit of 128 (the outer parse skips records without one).
pub(crate) fn tree(raw: &RawValue) -> Result<Json<'_>, String> {
    serde_json::from_str(raw.get()).map_err(|e| serde_message(&e))
}

/// Parses a raw value as an array of raw values, if it is one.
pub(crate) fn raw_array(raw: &RawValue) -> Option<Vec<&RawValue>> {
    serde_json::from_str(raw.get()).ok()
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

    #[test]
    fn raw_objects_keep_member_order() {
        let obj: RawObject = serde_json::from_str(r#"{"b": [1], "a": {"x": 1}}"#).unwrap();
        let keys: Vec<&str> = obj.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(raw_found(obj.0[0].1), Found::Array);
        assert_eq!(raw_found(obj.0[1].1), Found::Object);
    }
}
