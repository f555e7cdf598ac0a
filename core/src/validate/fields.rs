//! Field-level checks: each reads a value from the JSON tree, turns it into a typed one or
//! reports why it cannot, with the field's path.

use std::borrow::Cow;
use std::collections::HashMap;

use super::json::{Json, Num};
use super::parse::join;
use super::problem::{Expected, Problem, ProblemKind, Severity, ShapeError, Vocabulary};
use super::Place;
use crate::model::{DayPart, SourceIx, When};
use crate::money::{Currency, Money, Percent, MAX_PLAUSIBLE_AMOUNT};
use crate::text::{Lang, Text};
use crate::time::{Date, DateTime, PartialDate};

/// Longest text accepted in one language of one field, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest id accepted.
pub const MAX_ID_CHARS: usize = 64;
/// Longest link accepted.
pub const MAX_URL_CHARS: usize = 2_048;

/// Ids of a table's rows, for resolving references.
pub(crate) type Table<I> = HashMap<Box<str>, I>;

/// Whether missing translations are reported for a text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Translation {
    /// Both languages are expected (titles, names, summaries).
    Expected,
    /// One language is normal (the original title of a source).
    Optional,
}

/// The members of one JSON object being read; remembers which were asked for, so the rest can
/// be reported as unknown.
pub(crate) struct Fields<'j, 'a> {
    path: String,
    members: &'j [(Cow<'a, str>, Json<'a>)],
    used: Vec<bool>,
}

impl<'j, 'a> Fields<'j, 'a> {
    /// The value of a member; `None` when absent or `null`.
    pub(crate) fn get(&mut self, name: &str) -> Option<&'j Json<'a>> {
        let i = self.members.iter().position(|(k, _)| k == name)?;
        self.used[i] = true;
        match &self.members[i].1 {
            Json::Null => None,
            value => Some(value),
        }
    }

    /// The path of a member.
    pub(crate) fn path(&self, name: &str) -> String {
        join(&self.path, name)
    }
}

/// The record being checked: collects its problems and remembers whether any skips it.
pub(crate) struct Rec<'p> {
    pub(crate) place: Place,
    failed: bool,
    problems: &'p mut Vec<Problem>,
}

impl<'p> Rec<'p> {
    pub(crate) fn new(place: Place, problems: &'p mut Vec<Problem>) -> Rec<'p> {
        Rec {
            place,
            failed: false,
            problems,
        }
    }

    /// Whether an error was reported (the record is skipped).
    pub(crate) fn failed(&self) -> bool {
        self.failed
    }

    /// Reports a problem at a path relative to the record (`""` for the record itself).
    pub(crate) fn report(&mut self, field: &str, kind: ProblemKind) {
        if kind.severity() == Severity::Error {
            self.failed = true;
        }
        self.problems.push(Problem {
            path: join(&self.place.path, field),
            record_id: self.place.id.clone(),
            line: self.place.line,
            kind,
        });
    }

    fn wrong_type(&mut self, path: &str, expected: Expected, value: &Json) {
        self.report(
            path,
            ProblemKind::Shape(ShapeError::WrongType {
                expected,
                found: value.found(),
            }),
        );
    }

    /// Opens an object at `path` (relative to the record); reports it if it is something else.
    pub(crate) fn object<'j, 'a>(
        &mut self,
        path: &str,
        value: &'j Json<'a>,
    ) -> Option<Fields<'j, 'a>> {
        let Json::Obj(members) = value else {
            self.wrong_type(path, Expected::Object, value);
            return None;
        };
        for (i, (key, _)) in members.iter().enumerate() {
            if members[..i].iter().any(|(k, _)| k == key) {
                self.report(
                    &join(path, key),
                    ProblemKind::Shape(ShapeError::DuplicateField(key.to_string())),
                );
            }
        }
        Some(Fields {
            path: path.to_owned(),
            members,
            used: vec![false; members.len()],
        })
    }

    /// Reports the members nobody asked for as unknown fields.
    pub(crate) fn finish(&mut self, fields: Fields) {
        for (i, ((key, _), used)) in fields.members.iter().zip(&fields.used).enumerate() {
            // A repeated member was already reported as a duplicate.
            let repeated = fields.members[..i].iter().any(|(k, _)| k == key);
            if !used && !repeated {
                self.report(&join(&fields.path, key), ProblemKind::UnknownField);
            }
        }
    }

    /// A required member: reports it when absent or null.
    pub(crate) fn required<'j, 'a>(
        &mut self,
        fields: &mut Fields<'j, 'a>,
        name: &str,
    ) -> Option<&'j Json<'a>> {
        let value = fields.get(name);
        if value.is_none() {
            let path = fields.path(name);
            self.report(
                &path,
                ProblemKind::Shape(ShapeError::MissingField(name.to_owned())),
            );
        }
        value
    }

    /// A string value.
    pub(crate) fn str<'j>(&mut self, path: &str, value: &'j Json) -> Option<&'j str> {
        match value {
            Json::Str(s) => Some(s),
            other => {
                self.wrong_type(path, Expected::String, other);
                None
            }
        }
    }

    /// A required string member.
    pub(crate) fn req_str<'j>(
        &mut self,
        fields: &mut Fields<'j, '_>,
        name: &str,
    ) -> Option<&'j str> {
        let value = self.required(fields, name)?;
        self.str(&fields.path(name), value)
    }

    /// An optional string member.
    pub(crate) fn opt_str<'j>(
        &mut self,
        fields: &mut Fields<'j, '_>,
        name: &str,
    ) -> Option<&'j str> {
        let value = fields.get(name)?;
        self.str(&fields.path(name), value)
    }

    /// An array member; absent or null is empty.
    pub(crate) fn list<'j, 'a>(
        &mut self,
        fields: &mut Fields<'j, 'a>,
        name: &str,
    ) -> &'j [Json<'a>] {
        match fields.get(name) {
            None => &[],
            Some(Json::Arr(items)) => items,
            Some(other) => {
                self.wrong_type(&fields.path(name), Expected::Array, other);
                &[]
            }
        }
    }

    /// An array of strings (ids); items of another type are reported.
    pub(crate) fn str_list<'j>(&mut self, fields: &mut Fields<'j, '_>, name: &str) -> Vec<&'j str> {
        let path = fields.path(name);
        let items = self.list(fields, name);
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.str(&format!("{path}[{i}]"), item))
            .collect()
    }

    /// An edition year (1900–2100).
    pub(crate) fn year(&mut self, path: &str, value: &Json) -> Option<u16> {
        match value {
            Json::Num(Num::U(y)) if (1900..=2100).contains(y) => Some(*y as u16),
            Json::Num(n) => {
                self.report(
                    path,
                    ProblemKind::Shape(ShapeError::OutOfRange(n.to_string())),
                );
                None
            }
            other => {
                self.wrong_type(path, Expected::Year, other);
                None
            }
        }
    }

    /// An id: non-empty, short, URL-safe characters.
    pub(crate) fn id(&mut self, path: &str, id: &str) -> Box<str> {
        let ok = !id.is_empty()
            && id.chars().count() <= MAX_ID_CHARS
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if !ok {
            self.report(path, ProblemKind::BadId(id.chars().take(80).collect()));
        }
        id.into()
    }

    fn side(&mut self, fields: &mut Fields, lang: Lang) -> Option<Box<str>> {
        let path = fields.path(lang.code());
        let value = fields.get(lang.code())?;
        let value = self.str(&path, value)?;
        if value.trim().is_empty() {
            return None;
        }
        let chars = value.chars().count();
        if chars > MAX_TEXT_CHARS {
            self.report(
                &path,
                ProblemKind::TextTooLong {
                    chars,
                    limit: MAX_TEXT_CHARS,
                },
            );
            return None;
        }
        Some(value.into())
    }

    /// A bilingual text at `path`; `None` when both sides are empty (reported if `required`).
    fn read_text(
        &mut self,
        path: &str,
        value: &Json,
        translation: Translation,
        required: bool,
    ) -> Option<Text> {
        let Json::Obj(_) = value else {
            self.wrong_type(path, Expected::Text, value);
            return None;
        };
        let mut fields = self.object(path, value)?;
        let text = Text {
            zh: self.side(&mut fields, Lang::Zh),
            en: self.side(&mut fields, Lang::En),
        };
        self.finish(fields);
        match (&text.zh, &text.en) {
            (None, None) if required => self.report(path, ProblemKind::EmptyText),
            (None, None) => return None,
            (None, Some(_)) if translation == Translation::Expected => {
                self.report(&join(path, "zh"), ProblemKind::MissingTranslation(Lang::Zh))
            }
            (Some(_), None) if translation == Translation::Expected => {
                self.report(&join(path, "en"), ProblemKind::MissingTranslation(Lang::En))
            }
            _ => {}
        }
        Some(text)
    }

    /// A required bilingual text member.
    pub(crate) fn text(
        &mut self,
        fields: &mut Fields,
        name: &str,
        translation: Translation,
    ) -> Option<Text> {
        let value = self.required(fields, name)?;
        self.read_text(&fields.path(name), value, translation, true)
    }

    /// An optional bilingual text member: absent, null or empty on both sides is `None`.
    pub(crate) fn opt_text(&mut self, fields: &mut Fields, name: &str) -> Option<Text> {
        let value = fields.get(name)?;
        self.read_text(&fields.path(name), value, Translation::Expected, false)
    }

    /// A `YYYY-MM-DD` date.
    pub(crate) fn date(&mut self, path: &str, value: &str) -> Option<Date> {
        value
            .parse()
            .map_err(|reason| {
                self.report(
                    path,
                    ProblemKind::BadDate {
                        value: value.into(),
                        reason,
                    },
                )
            })
            .ok()
    }

    /// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date.
    pub(crate) fn partial_date(&mut self, path: &str, value: &str) -> Option<PartialDate> {
        value
            .parse()
            .map_err(|reason| {
                self.report(
                    path,
                    ProblemKind::BadDate {
                        value: value.into(),
                        reason,
                    },
                )
            })
            .ok()
    }

    /// A point in time with its precision.
    pub(crate) fn when(&mut self, path: &str, value: &Json) -> Option<When> {
        let mut f = self.object(path, value)?;
        let precision = self.req_str(&mut f, "precision");
        let when = match precision {
            None => None,
            Some("datetime") => self.req_str(&mut f, "at").and_then(|at| {
                at.parse::<DateTime>()
                    .map_err(|reason| {
                        self.report(
                            &f.path("at"),
                            ProblemKind::BadDate {
                                value: at.into(),
                                reason,
                            },
                        )
                    })
                    .ok()
                    .map(When::At)
            }),
            Some("part_of_day") => {
                let date = self
                    .req_str(&mut f, "date")
                    .and_then(|d| self.date(&f.path("date"), d));
                let part = self.req_str(&mut f, "part").and_then(|p| {
                    self.vocab(&f.path("part"), Vocabulary::DayPart, p, |s| {
                        s.parse::<DayPart>().ok()
                    })
                });
                Some(When::PartOfDay(date?, part?))
            }
            Some("date") => self
                .req_str(&mut f, "date")
                .and_then(|d| self.date(&f.path("date"), d))
                .map(When::Day),
            Some("undated") => Some(When::Undated),
            Some(other) => {
                self.report(
                    &f.path("precision"),
                    ProblemKind::Unknown {
                        vocabulary: Vocabulary::Precision,
                        value: other.chars().take(80).collect(),
                    },
                );
                None
            }
        };
        self.finish(f);
        when
    }

    /// A value from a fixed vocabulary (currencies, stages, languages…).
    pub(crate) fn vocab<T>(
        &mut self,
        path: &str,
        vocabulary: Vocabulary,
        value: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let parsed = parse(value);
        if parsed.is_none() {
            self.report(
                path,
                ProblemKind::Unknown {
                    vocabulary,
                    value: value.chars().take(80).collect(),
                },
            );
        }
        parsed
    }

    /// An optional reference member to a row of a table built from the data.
    pub(crate) fn opt_ref<I: Copy>(
        &mut self,
        fields: &mut Fields,
        name: &str,
        vocabulary: Vocabulary,
        table: &Table<I>,
    ) -> Option<I> {
        let id = self.opt_str(fields, name)?;
        self.vocab(&fields.path(name), vocabulary, id, |s| {
            table.get(s).copied()
        })
    }

    /// The `sources` member: at least one id, each existing.
    pub(crate) fn sources(
        &mut self,
        fields: &mut Fields,
        table: &Table<SourceIx>,
    ) -> Vec<SourceIx> {
        let present = fields.get("sources").is_some();
        let ids = self.str_list(fields, "sources");
        if !present {
            self.report(
                &fields.path("sources"),
                ProblemKind::Shape(ShapeError::MissingField("sources".into())),
            );
        } else if ids.is_empty() {
            self.report(&fields.path("sources"), ProblemKind::NoSources);
        }
        let mut out: Vec<SourceIx> = Vec::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            if let Some(ix) = self.vocab(
                &format!("{}[{i}]", fields.path("sources")),
                Vocabulary::Source,
                id,
                |s| table.get(s).copied(),
            ) {
                if !out.contains(&ix) {
                    out.push(ix);
                }
            }
        }
        out
    }

    /// A non-negative whole number no larger than the plausibility limit.
    pub(crate) fn whole(&mut self, path: &str, value: &Json) -> Option<u64> {
        let Json::Num(n) = value else {
            self.wrong_type(path, Expected::WholeNumber, value);
            return None;
        };
        let shown = n.to_string();
        let whole = match *n {
            Num::U(v) => v,
            Num::I(_) => return self.fail(path, ProblemKind::Negative(shown)),
            Num::F(f) if f < 0.0 => return self.fail(path, ProblemKind::Negative(shown)),
            Num::F(f) if f.fract() != 0.0 => return self.fail(path, ProblemKind::NotWhole(shown)),
            Num::F(f) if f <= MAX_PLAUSIBLE_AMOUNT as f64 => f as u64,
            Num::F(_) => u64::MAX,
        };
        if whole > MAX_PLAUSIBLE_AMOUNT {
            return self.fail(path, ProblemKind::Implausible(shown));
        }
        Some(whole)
    }

    fn fail<T>(&mut self, path: &str, kind: ProblemKind) -> Option<T> {
        self.report(path, kind);
        None
    }

    /// Money: `{"amount": whole number, "currency": "CNY"}`.
    pub(crate) fn money(&mut self, path: &str, value: &Json) -> Option<Money> {
        let mut f = self.object(path, value)?;
        let money = self.money_fields(&mut f);
        self.finish(f);
        money
    }

    /// The `amount` and `currency` members of an object.
    pub(crate) fn money_fields(&mut self, f: &mut Fields) -> Option<Money> {
        let amount = self
            .required(f, "amount")
            .and_then(|a| self.whole(&f.path("amount"), a));
        let currency = self.req_str(f, "currency").and_then(|c| {
            self.vocab(&f.path("currency"), Vocabulary::Currency, c, |s| {
                s.parse::<Currency>().ok()
            })
        });
        Some(Money {
            amount: amount?,
            currency: currency?,
        })
    }

    /// A percentage with at most two decimals.
    pub(crate) fn percent(&mut self, path: &str, value: &Json) -> Option<Percent> {
        let Json::Num(n) = value else {
            self.wrong_type(path, Expected::Number, value);
            return None;
        };
        let as_f64 = match *n {
            Num::U(v) => v as f64,
            Num::I(v) => v as f64,
            Num::F(v) => v,
        };
        let parsed = Percent::from_number(as_f64);
        if parsed.is_none() {
            self.report(path, ProblemKind::BadPercent(n.to_string()));
        }
        parsed
    }

    /// A link member, kept only when it is `http:` or `https:` (a warning otherwise).
    pub(crate) fn url(&mut self, fields: &mut Fields, name: &str) -> Option<Box<str>> {
        let value = self.opt_str(fields, name)?;
        if value.trim().is_empty() {
            return None;
        }
        if is_safe_url(value) {
            Some(value.into())
        } else {
            self.report(
                &fields.path(name),
                ProblemKind::UnsafeUrl(value.chars().take(120).collect()),
            );
            None
        }
    }
}

/// Whether a link is an absolute `http:` or `https:` URL with a host and no spaces or control
/// characters. Everything else (`javascript:`, `data:`, relative paths) is refused.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url
        .get(..8)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    url.len() <= MAX_URL_CHARS
        && !rest.is_empty()
        && !rest.starts_with('/')
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_links_are_safe() {
        for good in [
            "https://www.sz.gov.cn/a?b=1",
            "http://example.org",
            "HTTPS://EXAMPLE.ORG/x",
        ] {
            assert!(is_safe_url(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "//evil.example",
            "/relative",
            "https://",
            "https:///path",
            "https://a b",
            "https://a\"onmouseover=\"x",
            "vbscript:x",
            "",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }
}
