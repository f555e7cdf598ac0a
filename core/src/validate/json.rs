//! A borrowed JSON tree: the validator reads records from this instead of deriving serde types,
//! so every field is checked by the same few functions, with exact paths, unknown fields at any
//! depth and messages in both languages, from one small piece of parsing code.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A JSON number as the parser read it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Num {
    /// A non-negative integer.
    U(u64),
    /// A negative integer.
    I(i64),
    /// Anything with a fraction or exponent.
    F(f64),
}

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Num::U(n) => n.fmt(f),
            Num::I(n) => n.fmt(f),
            Num::F(x) => f.write_str(&plain_decimal(*x)),
        }
    }
}

/// A number for a message, up to six decimals, with integer arithmetic only (core's float
/// printer would add ~5 KB brotli to the wasm for the few messages that show a fraction).
fn plain_decimal(x: f64) -> String {
    if !x.is_finite() {
        return "NaN".into();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let micros = (x.abs() * 1e6).round();
    if micros >= 1e24 {
        // Far beyond any real amount: the integer part is all that matters.
        return format!("{sign}{}", x.abs() as u128);
    }
    let micros = micros as u128;
    let (whole, frac) = (micros / 1_000_000, micros % 1_000_000);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole}.{}",
            format!("{frac:06}").trim_end_matches('0')
        )
    }
}

/// A JSON value whose strings borrow from the document where they can.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    Num(Num),
    Str(Cow<'a, str>),
    Arr(Vec<Json<'a>>),
    /// Members in document order (duplicates kept, so they can be reported).
    Obj(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// The JSON type of a value, for "expected …, found …" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl Json<'_> {
    /// Its JSON type.
    pub(crate) fn found(&self) -> Found {
        match self {
            Json::Null => Found::Null,
            Json::Bool(_) => Found::Bool,
            Json::Num(_) => Found::Number,
            Json::Str(_) => Found::String,
            Json::Arr(_) => Found::Array,
            Json::Obj(_) => Found::Object,
        }
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Json::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Json::Num(Num::U(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Json::Num(if v >= 0 { Num::U(v as u64) } else { Num::I(v) }))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Json::Num(Num::F(v)))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Json::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Json::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Json::Str(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Arr(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(0).min(32));
        while let Some(key) = map.next_key::<Key<'de>>()? {
            members.push((key.0, map.next_value()?));
        }
        Ok(Json::Obj(members))
    }
}

/// An object key, borrowed when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_borrows() {
        let text = r#"{"a": [1, -2, 2.5, "x", "\u8d63", null, true], "b": {}}"#;
        let json: Json = serde_json::from_str(text).unwrap();
        let Json::Obj(members) = json else { panic!() };
        assert_eq!(members[0].0, "a");
        assert!(matches!(members[0].0, Cow::Borrowed(_)));
        let Json::Arr(items) = &members[0].1 else {
            panic!()
        };
        assert_eq!(items[0], Json::Num(Num::U(1)));
        assert_eq!(items[1], Json::Num(Num::I(-2)));
        assert_eq!(items[2], Json::Num(Num::F(2.5)));
        assert_eq!(items[4], Json::Str(Cow::Owned("赣".into())));
        assert_eq!(items[5].found(), Found::Null);
        assert_eq!(members[1].1, Json::Obj(vec![]));
    }

    #[test]
    fn numbers_print_without_the_float_printer() {
        let shown: Vec<String> = [2.5, -3.25, 5e20, 0.000_001, 12.345_678_9, f64::NAN]
            .iter()
            .map(|&x| Num::F(x).to_string())
            .collect();
        assert_eq!(
            shown,
            [
                "2.5",
                "-3.25",
                "500000000000000000000",
                "0.000001",
                "12.345679",
                "NaN"
            ]
        );
    }
}
