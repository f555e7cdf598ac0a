//! Field-level checks: each turns a raw value into a typed one or reports why it cannot.

use std::collections::HashMap;

use serde_json::Number;

use super::parse::{join, Place};
use super::problem::{Problem, ProblemKind, Severity, Vocabulary};
use crate::format_v1 as raw;
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

    /// Reports a problem with a field (`""` for the record itself).
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

    /// An id: non-empty, short, URL-safe characters.
    pub(crate) fn id(&mut self, field: &str, id: &str) -> Box<str> {
        let ok = !id.is_empty()
            && id.chars().count() <= MAX_ID_CHARS
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        if !ok {
            self.report(field, ProblemKind::BadId(id.chars().take(80).collect()));
        }
        id.into()
    }

    fn side(&mut self, field: &str, value: Option<String>, lang: Lang) -> Option<Box<str>> {
        let value = value.filter(|s| !s.trim().is_empty())?;
        let chars = value.chars().count();
        if chars > MAX_TEXT_CHARS {
            self.report(
                &join(field, lang.code()),
                ProblemKind::TextTooLong {
                    chars,
                    limit: MAX_TEXT_CHARS,
                },
            );
            return None;
        }
        Some(value.into_boxed_str())
    }

    /// A required bilingual text.
    pub(crate) fn text(&mut self, field: &str, value: raw::Text, translation: Translation) -> Text {
        let text = Text {
            zh: self.side(field, value.zh, Lang::Zh),
            en: self.side(field, value.en, Lang::En),
        };
        match (&text.zh, &text.en) {
            (None, None) => self.report(field, ProblemKind::EmptyText),
            (None, Some(_)) if translation == Translation::Expected => self.report(
                &join(field, "zh"),
                ProblemKind::MissingTranslation(Lang::Zh),
            ),
            (Some(_), None) if translation == Translation::Expected => self.report(
                &join(field, "en"),
                ProblemKind::MissingTranslation(Lang::En),
            ),
            _ => {}
        }
        text
    }

    /// An optional bilingual text: absent or empty on both sides is `None`.
    pub(crate) fn opt_text(&mut self, field: &str, value: Option<raw::Text>) -> Option<Text> {
        let value = value?;
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
        if blank(&value.zh) && blank(&value.en) {
            return None;
        }
        Some(self.text(field, value, Translation::Expected))
    }

    /// A `YYYY-MM-DD` date.
    pub(crate) fn date(&mut self, field: &str, value: &str) -> Option<Date> {
        value
            .parse()
            .map_err(|reason| {
                self.report(
                    field,
                    ProblemKind::BadDate {
                        value: value.into(),
                        reason,
                    },
                )
            })
            .ok()
    }

    /// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date.
    pub(crate) fn partial_date(&mut self, field: &str, value: &str) -> Option<PartialDate> {
        value
            .parse()
            .map_err(|reason| {
                self.report(
                    field,
                    ProblemKind::BadDate {
                        value: value.into(),
                        reason,
                    },
                )
            })
            .ok()
    }

    /// A point in time with its precision.
    pub(crate) fn when(&mut self, field: &str, value: raw::When) -> Option<When> {
        match value {
            raw::When::Datetime { at } => at
                .parse::<DateTime>()
                .map(When::At)
                .map_err(|reason| {
                    self.report(
                        &join(field, "at"),
                        ProblemKind::BadDate { value: at, reason },
                    )
                })
                .ok(),
            raw::When::PartOfDay { date, part } => {
                let date = self.date(&join(field, "date"), &date);
                let part = self.vocab(&join(field, "part"), Vocabulary::DayPart, &part, |s| {
                    s.parse::<DayPart>().ok()
                });
                Some(When::PartOfDay(date?, part?))
            }
            raw::When::Date { date } => self.date(&join(field, "date"), &date).map(When::Day),
            raw::When::Undated => Some(When::Undated),
        }
    }

    /// A value from a fixed vocabulary (currencies, stages, languages…).
    pub(crate) fn vocab<T>(
        &mut self,
        field: &str,
        vocabulary: Vocabulary,
        value: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let parsed = parse(value);
        if parsed.is_none() {
            self.report(
                field,
                ProblemKind::Unknown {
                    vocabulary,
                    value: value.chars().take(80).collect(),
                },
            );
        }
        parsed
    }

    /// A reference to a row of a table built from the data.
    pub(crate) fn lookup<I: Copy>(
        &mut self,
        field: &str,
        vocabulary: Vocabulary,
        table: &Table<I>,
        id: &str,
    ) -> Option<I> {
        self.vocab(field, vocabulary, id, |s| table.get(s).copied())
    }

    /// An optional reference.
    pub(crate) fn opt_lookup<I: Copy>(
        &mut self,
        field: &str,
        vocabulary: Vocabulary,
        table: &Table<I>,
        id: Option<&str>,
    ) -> Option<I> {
        id.and_then(|id| self.lookup(field, vocabulary, table, id))
    }

    /// The list of source ids: at least one, each existing.
    pub(crate) fn sources(&mut self, ids: &[String], table: &Table<SourceIx>) -> Vec<SourceIx> {
        if ids.is_empty() {
            self.report("sources", ProblemKind::NoSources);
        }
        let mut out: Vec<SourceIx> = ids
            .iter()
            .enumerate()
            .filter_map(|(i, id)| {
                self.lookup(&format!("sources[{i}]"), Vocabulary::Source, table, id)
            })
            .collect();
        out.dedup();
        out
    }

    /// A non-negative whole number no larger than the plausibility limit.
    pub(crate) fn whole(&mut self, field: &str, value: &Number) -> Option<u64> {
        let shown = value.to_string();
        let whole = match (value.as_u64(), value.as_i64(), value.as_f64()) {
            (Some(n), _, _) => Some(n),
            (None, Some(_), _) => {
                self.report(field, ProblemKind::Negative(shown));
                return None;
            }
            (None, None, Some(f)) if f < 0.0 => {
                self.report(field, ProblemKind::Negative(shown));
                return None;
            }
            (None, None, Some(f)) if f.fract() == 0.0 && f <= MAX_PLAUSIBLE_AMOUNT as f64 => {
                Some(f as u64)
            }
            (None, None, Some(f)) if f.fract() == 0.0 || !f.is_finite() => None,
            _ => {
                self.report(field, ProblemKind::NotWhole(shown));
                return None;
            }
        };
        match whole {
            Some(n) if n <= MAX_PLAUSIBLE_AMOUNT => Some(n),
            _ => {
                self.report(field, ProblemKind::Implausible(shown));
                None
            }
        }
    }

    /// Money: a whole, plausible amount in a known currency.
    pub(crate) fn money(&mut self, field: &str, amount: &Number, currency: &str) -> Option<Money> {
        let amount = self.whole(&join(field, "amount"), amount);
        let currency = self.vocab(
            &join(field, "currency"),
            Vocabulary::Currency,
            currency,
            |s| s.parse::<Currency>().ok(),
        );
        Some(Money {
            amount: amount?,
            currency: currency?,
        })
    }

    /// A percentage with at most two decimals.
    pub(crate) fn percent(&mut self, field: &str, value: &Number) -> Option<Percent> {
        let parsed = value.as_f64().and_then(Percent::from_number);
        if parsed.is_none() {
            self.report(field, ProblemKind::BadPercent(value.to_string()));
        }
        parsed
    }

    /// A link, kept only when it is `http:` or `https:`.
    pub(crate) fn url(&mut self, field: &str, value: Option<String>) -> Option<Box<str>> {
        let value = value.filter(|s| !s.trim().is_empty())?;
        if is_safe_url(&value) {
            Some(value.into_boxed_str())
        } else {
            self.report(
                field,
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
