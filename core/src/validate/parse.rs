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

/// A top-level member: the record arrays are split into their records in the same pass as
/// the syntax check (no second scan of a 40 MB document); other members stay raw.
pub(crate) enum Member<'a> {
    /// A record array's items.
    Records(Vec<&'a RawValue>),
    /// A record array's key holding something else (its JSON type).
    NotAnArray(Found),
    /// Any other member, raw.
    Raw(&'a RawValue),
}

/// The keys whose values are arrays of records.
pub(crate) const RECORD_ARRAYS: [&str; 5] =
    ["people", "organisations", "events", "projects", "figures"];

/// The top-level object.
pub(crate) struct TopObject<'a>(pub(crate) Vec<(String, Member<'a>)>);

impl<'de> Deserialize<'de> for TopObject<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TopVisitor;
        impl<'de> Visitor<'de> for TopVisitor {
            type Value = TopObject<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let member = if RECORD_ARRAYS.contains(&key.as_str()) {
                        map.next_value::<RecordsOrKind<'de>>()?.0
                    } else {
                        Member::Raw(map.next_value::<&'de RawValue>()?)
                    };
                    members.push((key, member));
                }
                Ok(TopObject(members))
            }
        }
        deserializer.deserialize_map(TopVisitor)
    }
}

/// An array of raw records, or the type of whatever else stands there.
struct RecordsOrKind<'a>(Member<'a>);

impl<'de> Deserialize<'de> for RecordsOrKind<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RecordsOrKind<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array of records")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(item) = seq.next_element::<&'de RawValue>()? {
                    items.push(item);
                }
                Ok(RecordsOrKind(Member::Records(items)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(RecordsOrKind(Member::NotAnArray(Found::Object)))
            }
            fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
                Ok(RecordsOrKind(Member::NotAnArray(Found::String)))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(RecordsOrKind(Member::NotAnArray(Found::Bool)))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
                Ok(RecordsOrKind(Member::NotAnArray(Found::Number)))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
                Ok(RecordsOrKind(Member::NotAnArray(Found::Number)))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(RecordsOrKind(Member::NotAnArray(Found::Number)))
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(RecordsOrKind(Member::NotAnArray(Found::Null)))
            }
        }
        deserializer.deserialize_any(V)
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
