//! The document's outer structure read a few values at a time, so that a browser can update
//! the page while a large file (45 MB for 100,000 projects) is split into its records.
//!
//! The top-level object and the record arrays are walked here; every key and every value is
//! still parsed by serde_json (one value at a time), so the syntax rules are serde_json's. On
//! anything but a well-formed object whose record members are arrays, the whole document is
//! parsed again the ordinary way (`parse_top`), which gives the same errors as before.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::parse::{Member, TopObject, RECORD_ARRAYS};
use super::Fatal;

/// Where the walk is.
enum At {
    /// Before the opening `{`.
    Open,
    /// Before a key (or the closing `}`); `first`: right after `{`.
    Key { first: bool },
    /// Inside a record array, before an element (or the closing `]`).
    Element { first: bool },
    /// Finished.
    Done,
}

/// The outer structure of a document, read in steps.
pub(crate) struct Outline<'a> {
    text: &'a str,
    pos: usize,
    at: At,
    members: Vec<(String, Member<'a>)>,
    /// The record array being read: its key and items.
    array: Option<(String, Vec<&'a RawValue>)>,
    /// Whether the ordinary parse had to read the document.
    fell_back: bool,
}

impl<'a> Outline<'a> {
    pub(crate) fn new(text: &'a str) -> Outline<'a> {
        Outline {
            text,
            pos: 0,
            at: At::Open,
            members: Vec::new(),
            array: None,
            fell_back: false,
        }
    }

    /// How far it has come: bytes read of all bytes.
    pub(crate) fn progress(&self) -> (usize, usize) {
        (self.pos, self.text.len())
    }

    /// Reads up to `budget` more values; `None` while there is more to read.
    pub(crate) fn step(&mut self, budget: usize) -> Option<Result<TopObject<'a>, Fatal>> {
        for _ in 0..budget.max(1) {
            match self.advance() {
                Some(true) => {}
                Some(false) => {
                    self.at = At::Done;
                    return Some(Ok(TopObject(std::mem::take(&mut self.members))));
                }
                // Not the expected shape: the ordinary parse reports what is wrong.
                None => {
                    self.at = At::Done;
                    self.fell_back = true;
                    return Some(super::parse_top(self.text));
                }
            }
        }
        None
    }

    /// One key with its value, or one element: `Some(true)` to go on, `Some(false)` at the
    /// end of the document, `None` when the document is not shaped as expected.
    fn advance(&mut self) -> Option<bool> {
        self.skip_space();
        match self.at {
            At::Open => {
                self.expect(b'{')?;
                self.at = At::Key { first: true };
            }
            At::Key { first } => {
                if self.peek()? == b'}' {
                    self.pos += 1;
                    self.skip_space();
                    // Nothing may follow the object.
                    return (self.pos == self.text.len()).then_some(false);
                }
                if !first {
                    self.expect(b',')?;
                    self.skip_space();
                }
                // Keys are read raw like values (one parser in the wasm), then unescaped.
                let key: &'a RawValue = self.value()?;
                let key: String = serde_json::from_str(key.get()).ok()?;
                self.skip_space();
                self.expect(b':')?;
                self.skip_space();
                if RECORD_ARRAYS.contains(&key.as_str()) {
                    self.expect(b'[')?;
                    self.array = Some((key, Vec::new()));
                    self.at = At::Element { first: true };
                } else {
                    let raw: &'a RawValue = self.value()?;
                    self.members.push((key, Member::Raw(raw)));
                    self.at = At::Key { first: false };
                }
            }
            At::Element { first } => {
                if self.peek()? == b']' {
                    self.pos += 1;
                    let (key, items) = self.array.take()?;
                    self.members.push((key, Member::Records(items)));
                    self.at = At::Key { first: false };
                    return Some(true);
                }
                if !first {
                    self.expect(b',')?;
                    self.skip_space();
                }
                let raw: &'a RawValue = self.value()?;
                self.array.as_mut()?.1.push(raw);
                self.at = At::Element { first: false };
            }
            At::Done => return Some(false),
        }
        Some(true)
    }

    /// JSON white space.
    fn skip_space(&mut self) {
        let rest = &self.text.as_bytes()[self.pos..];
        self.pos += rest
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .count();
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    /// One JSON value at the current position, parsed by serde_json.
    fn value<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let text: &'a str = self.text;
        let mut values = serde_json::Deserializer::from_str(&text[self.pos..]).into_iter::<T>();
        let value = values.next()?.ok()?;
        self.pos += values.byte_offset();
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The members as (key, kind, raw texts), to compare two ways of reading a document.
    fn shape(top: &TopObject) -> Vec<(String, String)> {
        top.0
            .iter()
            .map(|(k, m)| {
                let v = match m {
                    Member::Raw(r) => format!("raw {}", r.get()),
                    Member::Records(items) => format!(
                        "records {}",
                        items
                            .iter()
                            .map(|r| r.get())
                            .collect::<Vec<_>>()
                            .join(" | ")
                    ),
                    Member::NotAnArray(f) => format!("not an array {f:?}"),
                };
                (k.clone(), v)
            })
            .collect()
    }

    /// Reads a document in steps of `budget`; also says whether it fell back to one parse.
    fn read(text: &str, budget: usize) -> (Result<TopObject<'_>, Fatal>, bool) {
        let mut o = Outline::new(text);
        loop {
            if let Some(done) = o.step(budget) {
                return (done, o.fell_back);
            }
        }
    }

    #[test]
    fn reads_the_same_members_as_one_serde_parse_however_the_steps_fall() {
        let docs = [
            r#"{"format_version":1,"meta":{"a":[1,2]},"events":[{"id":"e1"},{"id":"e2"}],"projects":[],"figures":[ {"x":"]"} , {"y":"\"}"} ]}"#,
            "  {\n \"events\" : [ 1 , 2.5e3 , null , \"s\" , [ ] , { } ] , \"x\\u0041\" : true }  \n",
            "{}",
            r#"{"events":[{"id":"a"}],"events":[]}"#,
            include_str!("../../../public/data/visit.json"),
        ];
        for doc in docs {
            let want = super::super::parse_top(doc).map(|t| shape(&t)).ok();
            for budget in [1, 2, 3, 1000] {
                let (got, fell_back) = read(doc, budget);
                assert_eq!(got.map(|t| shape(&t)).ok(), want, "{budget}: {doc:.60}");
                // Read here, a step at a time: not by the one-piece parse.
                assert!(!fell_back, "{doc:.60}");
            }
        }
    }

    #[test]
    fn anything_else_gets_the_ordinary_parse_and_its_errors() {
        let docs = [
            "",
            "[]",
            "{",
            r#"{"events":[1,]}"#,
            r#"{"events":[1 2]}"#,
            r#"{"events":{"a":1}}"#,
            r#"{"events":"x"}"#,
            r#"{"a":1,}"#,
            r#"{"a":1} x"#,
            r#"{"a":01}"#,
            r#"{"events":[{"id":"a"}]"#,
            "{\"events\":[\"\u{1}\"]}",
        ];
        for doc in docs {
            let want = super::super::parse_top(doc).map(|t| shape(&t));
            let (got, fell_back) = read(doc, 1);
            let got = got.map(|t| shape(&t));
            assert_eq!(format!("{got:?}"), format!("{want:?}"), "{doc}");
            assert!(fell_back || got.is_ok(), "{doc}");
        }
    }
}
