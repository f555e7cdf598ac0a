//! What can be wrong with a dataset, in words for operators in both languages.

use std::fmt;

use super::json::Found;
use crate::text::Lang;
use crate::time::DateError;

/// Whether a problem costs the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The record is kept; something in it was ignored or falls back.
    Warning,
    /// The record is skipped.
    Error,
}

/// The classification a reference points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vocabulary {
    /// `taxonomies.regions`.
    Region,
    /// `taxonomies.cities`.
    City,
    /// `taxonomies.industries`.
    Industry,
    /// `taxonomies.event_kinds`.
    EventKind,
    /// The five stages.
    Stage,
    /// `taxonomies.capital_types`.
    CapitalType,
    /// `people`.
    Person,
    /// `organisations`.
    Organisation,
    /// `events`.
    Event,
    /// `projects`.
    Project,
    /// `meta.sources`.
    Source,
    /// CNY, USD, HKD.
    Currency,
    /// zh, en.
    Language,
    /// exact, about, more_than, less_than.
    Qualifier,
    /// morning, afternoon, evening.
    DayPart,
    /// datetime, part_of_day, date, undated.
    Precision,
    /// count, money, percent.
    FigureKind,
}

impl Vocabulary {
    fn name(self, lang: Lang) -> &'static str {
        use Vocabulary::*;
        match (self, lang) {
            (Region, Lang::Zh) => "地区",
            (Region, Lang::En) => "region",
            (City, Lang::Zh) => "城市",
            (City, Lang::En) => "city",
            (Industry, Lang::Zh) => "产业",
            (Industry, Lang::En) => "industry",
            (EventKind, Lang::Zh) => "活动类型",
            (EventKind, Lang::En) => "event kind",
            (Stage, Lang::Zh) => "项目阶段",
            (Stage, Lang::En) => "stage",
            (CapitalType, Lang::Zh) => "资金类型",
            (CapitalType, Lang::En) => "capital type",
            (Person, Lang::Zh) => "人物",
            (Person, Lang::En) => "person",
            (Organisation, Lang::Zh) => "机构",
            (Organisation, Lang::En) => "organisation",
            (Event, Lang::Zh) => "活动",
            (Event, Lang::En) => "event",
            (Project, Lang::Zh) => "项目",
            (Project, Lang::En) => "project",
            (Source, Lang::Zh) => "来源",
            (Source, Lang::En) => "source",
            (Currency, Lang::Zh) => "币种",
            (Currency, Lang::En) => "currency",
            (Language, Lang::Zh) => "语言",
            (Language, Lang::En) => "language",
            (Qualifier, Lang::Zh) => "限定词",
            (Qualifier, Lang::En) => "qualifier",
            (DayPart, Lang::Zh) => "时段",
            (DayPart, Lang::En) => "part of day",
            (Precision, Lang::Zh) => "时间精度",
            (Precision, Lang::En) => "precision",
            (FigureKind, Lang::Zh) => "数值类型",
            (FigureKind, Lang::En) => "value kind",
        }
    }
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A JSON object.
    Object,
    /// A JSON array.
    Array,
    /// A string.
    String,
    /// A whole number.
    WholeNumber,
    /// Any number.
    Number,
    /// A bilingual text object.
    Text,
    /// A year such as 2020.
    Year,
}

impl Expected {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Object, Lang::Zh) => "对象 {…}",
            (Expected::Object, Lang::En) => "an object {…}",
            (Expected::Array, Lang::Zh) => "数组 […]",
            (Expected::Array, Lang::En) => "an array […]",
            (Expected::String, Lang::Zh) => "字符串",
            (Expected::String, Lang::En) => "a string",
            (Expected::WholeNumber, Lang::Zh) => "整数",
            (Expected::WholeNumber, Lang::En) => "a whole number",
            (Expected::Number, Lang::Zh) => "数字",
            (Expected::Number, Lang::En) => "a number",
            (Expected::Text, Lang::Zh) => "中英文对象 {\"zh\": …, \"en\": …}",
            (Expected::Text, Lang::En) => "a text object {\"zh\": …, \"en\": …}",
            (Expected::Year, Lang::Zh) => "年份（如 2020）",
            (Expected::Year, Lang::En) => "a year such as 2020",
        }
    }
}

fn found_name(found: Found, lang: Lang) -> &'static str {
    match (found, lang) {
        (Found::Null, _) => "null",
        (Found::Bool, Lang::Zh) => "布尔值",
        (Found::Bool, Lang::En) => "true/false",
        (Found::Number, Lang::Zh) => "数字",
        (Found::Number, Lang::En) => "a number",
        (Found::String, Lang::Zh) => "字符串",
        (Found::String, Lang::En) => "a string",
        (Found::Array, Lang::Zh) => "数组",
        (Found::Array, Lang::En) => "an array",
        (Found::Object, Lang::Zh) => "对象",
        (Found::Object, Lang::En) => "an object",
    }
}

/// A value of the wrong shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeError {
    /// A required field is absent (or null).
    MissingField(String),
    /// A value of the wrong JSON type.
    WrongType {
        /// What belongs there.
        expected: Expected,
        /// What was there.
        found: Found,
    },
    /// The same field twice in one object.
    DuplicateField(String),
    /// A whole number outside the allowed range (e.g. an edition of 70000).
    OutOfRange(String),
}

/// One thing wrong with a record or a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The JSON of a record does not have the expected shape.
    Shape(ShapeError),
    /// A field the format does not define (ignored).
    UnknownField,
    /// A reference to a taxonomy value, record or source that does not exist.
    Unknown {
        /// Where the id was looked up.
        vocabulary: Vocabulary,
        /// The id given.
        value: String,
    },
    /// A second record with an id already used.
    DuplicateId(String),
    /// An id with characters other than letters, digits, `-`, `_`, `.` or longer than 64.
    BadId(String),
    /// No source ids (every record must cite one).
    NoSources,
    /// A text with neither Chinese nor English.
    EmptyText,
    /// A text without one language (shown in the other).
    MissingTranslation(Lang),
    /// A text longer than the limit.
    TextTooLong {
        /// Its length in characters.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// A date or time that is malformed or does not exist.
    BadDate {
        /// The value given.
        value: String,
        /// Why it was refused.
        reason: DateError,
    },
    /// The end is before the start.
    EndBeforeStart,
    /// A negative amount of money or count.
    Negative(String),
    /// An amount that is not a whole number.
    NotWhole(String),
    /// An amount larger than any real project (a typing error).
    Implausible(String),
    /// A percentage with more than two decimals or out of range.
    BadPercent(String),
    /// A link that is not `http:` or `https:` (dropped, the record is kept).
    UnsafeUrl(String),
    /// Both `person` and `organisation`, or neither.
    ParticipantShape,
    /// A stage name for an id that is not one of the five stages.
    UnknownStageId(String),
    /// One of the five stages has no name in `taxonomies.stages`.
    MissingStageName(String),
    /// A project's edition differs from its event's edition.
    EditionMismatch {
        /// The project's edition.
        project: u16,
        /// The event's edition.
        event: u16,
    },
    /// The dataset started with a UTF-8 byte-order mark (ignored).
    ByteOrderMark,
    /// A problem in an optional field that was dropped; the record is kept.
    Ignored(Box<ProblemKind>),
    /// The record could not be read at all (nested deeper than 128 levels).
    Unreadable(String),
}

impl ProblemKind {
    /// Whether the record is skipped.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::UnknownField
            | ProblemKind::MissingTranslation(_)
            | ProblemKind::UnsafeUrl(_)
            | ProblemKind::EditionMismatch { .. }
            | ProblemKind::MissingStageName(_)
            | ProblemKind::ByteOrderMark
            | ProblemKind::Ignored(_) => Severity::Warning,
            // A dangling link between an event and a project drops only the link.
            ProblemKind::Unknown {
                vocabulary: Vocabulary::Event | Vocabulary::Project,
                ..
            } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The message in one language.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let zh = lang == Lang::Zh;
        match self {
            Shape(ShapeError::MissingField(field)) => {
                if zh {
                    format!("缺少必填字段 \"{field}\"")
                } else {
                    format!("required field \"{field}\" is missing")
                }
            }
            Shape(ShapeError::WrongType { expected, found }) => {
                let (e, f) = (expected.name(lang), found_name(*found, lang));
                if zh {
                    format!("类型不符：应为{e}，实为{f}")
                } else {
                    format!("wrong type: expected {e}, found {f}")
                }
            }
            Shape(ShapeError::DuplicateField(field)) => {
                if zh {
                    format!("字段 \"{field}\" 出现了两次")
                } else {
                    format!("field \"{field}\" appears twice")
                }
            }
            Shape(ShapeError::OutOfRange(value)) => {
                if zh {
                    format!("数值 {value} 超出允许范围")
                } else {
                    format!("{value} is out of range")
                }
            }
            UnknownField => {
                if zh {
                    "未知字段，已忽略".into()
                } else {
                    "unknown field (ignored)".into()
                }
            }
            Unknown { vocabulary, value } => {
                if zh {
                    format!("未知{} \"{value}\"", vocabulary.name(lang))
                } else {
                    format!("unknown {} \"{value}\"", vocabulary.name(lang))
                }
            }
            DuplicateId(id) => {
                if zh {
                    format!("编号 \"{id}\" 重复，已跳过此条")
                } else {
                    format!("duplicate id \"{id}\"; this record is skipped")
                }
            }
            BadId(id) => {
                if zh {
                    format!("编号 \"{id}\" 无效（只能用字母、数字、-、_、.，最长 64 个字符）")
                } else {
                    format!("invalid id \"{id}\" (letters, digits, -, _ and . only, at most 64 characters)")
                }
            }
            NoSources => {
                if zh {
                    "没有来源：每条记录至少要注明一个来源".into()
                } else {
                    "no sources: every record must cite at least one".into()
                }
            }
            EmptyText => {
                if zh {
                    "中英文内容都为空".into()
                } else {
                    "neither Chinese nor English text given".into()
                }
            }
            MissingTranslation(missing) => match (missing, zh) {
                (Lang::Zh, true) => "缺少中文，将显示英文".into(),
                (Lang::En, true) => "缺少英文，将显示中文".into(),
                (Lang::Zh, false) => "Chinese text missing; English is shown instead".into(),
                (Lang::En, false) => "English text missing; Chinese is shown instead".into(),
            },
            TextTooLong { chars, limit } => {
                if zh {
                    format!("文字过长（{chars} 字，上限 {limit} 字）")
                } else {
                    format!("text too long ({chars} characters; the limit is {limit})")
                }
            }
            BadDate { value, reason } => {
                let why = match (reason, zh) {
                    (DateError::Shape { expected }, true) => format!("格式应为 {expected}"),
                    (DateError::Shape { expected }, false) => format!("expected {expected}"),
                    (DateError::NoSuchDate, true) => "日历上没有这一天".into(),
                    (DateError::NoSuchDate, false) => "no such calendar date".into(),
                    (DateError::NoSuchTime, true) => "没有这个时刻".into(),
                    (DateError::NoSuchTime, false) => "no such time of day".into(),
                };
                if zh {
                    format!("日期 \"{value}\" 无效：{why}")
                } else {
                    format!("invalid date \"{value}\": {why}")
                }
            }
            EndBeforeStart => {
                if zh {
                    "结束时间早于开始时间".into()
                } else {
                    "ends before it starts".into()
                }
            }
            Negative(v) => {
                if zh {
                    format!("数值 {v} 为负数")
                } else {
                    format!("negative value {v}")
                }
            }
            NotWhole(v) => {
                if zh {
                    format!("数值 {v} 不是整数（金额以元为单位）")
                } else {
                    format!("{v} is not a whole number (amounts are in whole yuan or dollars)")
                }
            }
            Implausible(v) => {
                if zh {
                    format!("数值 {v} 大得不合常理（上限 100 万亿），请检查是否多写了零")
                } else {
                    format!("{v} is implausibly large (the limit is 10^14); check for extra zeros")
                }
            }
            BadPercent(v) => {
                if zh {
                    format!("百分比 {v} 无效（最多两位小数）")
                } else {
                    format!("invalid percentage {v} (at most two decimals)")
                }
            }
            UnsafeUrl(url) => {
                if zh {
                    format!("链接 \"{url}\" 不是 http/https 地址，已去掉")
                } else {
                    format!("link \"{url}\" is not http or https; it was removed")
                }
            }
            ParticipantShape => {
                if zh {
                    "参与者须且只能填写 person 或 organisation 之一".into()
                } else {
                    "a participant needs exactly one of person or organisation".into()
                }
            }
            UnknownStageId(id) => {
                if zh {
                    format!("\"{id}\" 不是五个项目阶段之一")
                } else {
                    format!("\"{id}\" is not one of the five stages")
                }
            }
            MissingStageName(id) => {
                if zh {
                    format!("项目阶段 \"{id}\" 没有名称，使用内置名称")
                } else {
                    format!("stage \"{id}\" has no name; the built-in name is used")
                }
            }
            EditionMismatch { project, event } => {
                if zh {
                    format!("项目届次 {project} 与其活动届次 {event} 不一致")
                } else {
                    format!("project edition {project} differs from its event's edition {event}")
                }
            }
            Unreadable(detail) => {
                if zh {
                    format!("无法读取此条记录（{}）", syntax_detail_zh(detail))
                } else {
                    format!("this record cannot be read ({detail})")
                }
            }
            Ignored(inner) => {
                if zh {
                    format!("{}；已忽略此字段", inner.message(lang))
                } else {
                    format!("{}; the field was ignored", inner.message(lang))
                }
            }
            ByteOrderMark => {
                if zh {
                    "文件开头有 UTF-8 字节顺序标记（BOM），已忽略".into()
                } else {
                    "the file starts with a UTF-8 byte-order mark (ignored)".into()
                }
            }
        }
    }
}

/// One problem, located by JSON path (and line, when known).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `projects[12].stage`.
    pub path: String,
    /// The id of the record, when it could be read.
    pub record_id: Option<String>,
    /// 1-based line in the document, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// Whether the record is skipped.
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// `projects[12].stage: unknown stage "sign"` in the given language.
    pub fn describe(&self, lang: Lang) -> String {
        let line = match (self.line, lang) {
            (Some(n), Lang::Zh) => format!("（第 {n} 行）"),
            (Some(n), Lang::En) => format!(" (line {n})"),
            (None, _) => String::new(),
        };
        let sep = if lang == Lang::Zh { "：" } else { ": " };
        format!("{}{line}{sep}{}", self.path, self.kind.message(lang))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Why a document could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fatal {
    /// Larger than the limit.
    TooLarge {
        /// Size in bytes.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Nothing at all.
    Empty,
    /// Not valid UTF-8.
    NotUtf8 {
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// Not well-formed JSON.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// serde_json's words.
        detail: String,
        /// The document ends early (truncated).
        truncated: bool,
    },
    /// Valid JSON of the wrong overall shape (not an object, a missing top-level field…).
    Structure {
        /// JSON path.
        path: String,
        /// What is wrong.
        error: ShapeError,
    },
    /// A format version this build does not read.
    Version(u64),
    /// An invalid date or language in `meta`.
    Meta(Problem),
}

impl Fatal {
    /// The message in one language.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            Fatal::TooLarge { bytes, limit } => {
                let (mb, lim) = (
                    crate::i18n::scaled((*bytes as u64) * 10 / 1_048_576, 1, 1),
                    *limit / 1_048_576,
                );
                // Always one decimal, as a size is written.
                let mb = if mb.contains('.') {
                    mb
                } else {
                    format!("{mb}.0")
                };
                if zh {
                    format!("数据文件过大（{mb} MB，上限 {lim} MB），未载入")
                } else {
                    format!("the data file is too large ({mb} MB; the limit is {lim} MB) and was not loaded")
                }
            }
            Fatal::Empty => {
                if zh {
                    "数据文件是空的".into()
                } else {
                    "the data file is empty".into()
                }
            }
            Fatal::NotUtf8 { offset } => {
                if zh {
                    format!("数据文件不是 UTF-8 编码（第 {offset} 字节处）")
                } else {
                    format!("the data file is not UTF-8 text (byte {offset})")
                }
            }
            Fatal::Syntax {
                line,
                column,
                detail,
                truncated,
            } => match (truncated, zh) {
                (true, true) => format!("数据文件不完整，在第 {line} 行第 {column} 列意外结束"),
                (true, false) => {
                    format!("the data file is cut short: it ends unexpectedly at line {line}, column {column}")
                }
                (false, true) => {
                    format!(
                        "数据文件不是有效的 JSON：第 {line} 行第 {column} 列（{}）",
                        syntax_detail_zh(detail)
                    )
                }
                (false, false) => format!(
                    "the data file is not valid JSON: line {line}, column {column} ({detail})"
                ),
            },
            Fatal::Structure { path, error } => {
                let what = ProblemKind::Shape(error.clone()).message(lang);
                let path = if path.is_empty() {
                    if zh {
                        "整个文件"
                    } else {
                        "document"
                    }
                } else {
                    path
                };
                if zh {
                    format!("数据文件结构不对：{path}：{what}")
                } else {
                    format!("the data file has the wrong structure: {path}: {what}")
                }
            }
            Fatal::Version(v) => {
                if zh {
                    format!("数据格式版本 {v} 不受支持（本应用读取版本 1）")
                } else {
                    format!("data format version {v} is not supported (this app reads version 1)")
                }
            }
            Fatal::Meta(problem) => problem.describe(lang),
        }
    }
}

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// serde_json's syntax messages in Chinese (the English ones are shown as they are).
fn syntax_detail_zh(detail: &str) -> String {
    const KNOWN: [(&str, &str); 12] = [
        ("trailing comma", "多余的逗号"),
        ("key must be a string", "键必须是带引号的字符串"),
        ("expected value", "此处应有一个值"),
        ("expected `,` or `}`", "此处应为逗号或 }"),
        ("expected `,` or `]`", "此处应为逗号或 ]"),
        ("expected `:`", "此处应为冒号"),
        ("trailing characters", "JSON 结束后还有多余字符"),
        ("control character", "字符串中有未转义的控制字符"),
        ("invalid escape", "无效的转义序列"),
        ("invalid number", "无效的数字"),
        ("recursion limit exceeded", "嵌套层数过多"),
        ("invalid unicode code point", "无效的 Unicode 码位"),
    ];
    KNOWN
        .iter()
        .find(|(en, _)| detail.starts_with(en))
        .map(|(_, zh)| (*zh).to_owned())
        .unwrap_or_else(|| detail.to_owned())
}

/// A record left out of the dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// JSON path of the record, e.g. `projects[12]`.
    pub path: String,
    /// Its id, when it could be read.
    pub id: Option<String>,
}

/// Everything validation noticed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Problems in document order.
    pub problems: Vec<Problem>,
    /// Records left out.
    pub skipped: Vec<Skipped>,
}

impl Report {
    /// Number of problems that skipped a record.
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity() == Severity::Error)
            .count()
    }

    /// Number of problems that kept the record.
    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }

    /// Whether nothing at all was noticed.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}
