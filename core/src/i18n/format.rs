//! Numbers, money and dates the way each language writes them.

use super::Msg;
use crate::model::{DayPart, Qualifier, When};
use crate::money::{Currency, Money, Percent};
use crate::text::Lang;
use crate::time::{Date, DateTime, PartialDate};

/// "12 events" etc. with the right words for each language.
pub fn count_events(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Zh, n) => format!("{n} 项活动"),
        (Lang::En, 1) => "1 event".into(),
        (Lang::En, n) => format!("{} events", group_thousands(n as u64)),
    }
}

/// "13 projects".
pub fn count_projects(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Zh, n) => format!("{n} 个项目"),
        (Lang::En, 1) => "1 project".into(),
        (Lang::En, n) => format!("{} projects", group_thousands(n as u64)),
    }
}

/// The summary line of the validation notice: the records skipped and the warnings, leaving
/// out whichever is zero.
pub fn data_notice_summary(lang: Lang, skipped: usize, warnings: usize) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let (n, w) = (
        group_thousands(skipped as u64),
        group_thousands(warnings as u64),
    );
    match (lang, skipped, warnings) {
        (Lang::Zh, 0, _) => format!("数据中有 {warnings} 处警告，所有记录均已显示。"),
        (Lang::Zh, _, 0) => format!("{skipped} 条记录因错误未显示，其余内容正常显示。"),
        (Lang::Zh, _, _) => format!("{skipped} 条记录因错误未显示，另有 {warnings} 处警告。其余内容正常显示。"),
        (Lang::En, 0, _) => format!(
            "There {} {w} warning{}; every record is shown.",
            if warnings == 1 { "is" } else { "are" },
            s(warnings)
        ),
        (Lang::En, _, 0) => format!(
            "{n} record{} could not be shown because of errors. Everything else is shown.",
            s(skipped)
        ),
        (Lang::En, _, _) => format!(
            "{n} record{} could not be shown because of errors, and there {} {w} warning{}. Everything else is shown.",
            s(skipped),
            if warnings == 1 { "is" } else { "are" },
            s(warnings)
        ),
    }
}

/// `1234567` → `1,234,567`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `amount / 10^scale` with up to `decimals` decimals (rounded half up), trailing zeros
/// removed: `scaled(111_984_000_000, 9, 3)` is `111.984`. Integer arithmetic only: formatting
/// floats would add the float printer (~5 KB brotli) to the wasm.
pub fn scaled(amount: u64, scale: u32, decimals: u32) -> String {
    let unit = 10u128.pow(scale);
    let step = 10u128.pow(scale.saturating_sub(decimals));
    let rounded = (u128::from(amount) + step / 2) / step * step;
    let (whole, frac) = (rounded / unit, rounded % unit);
    if frac == 0 || decimals == 0 {
        return whole.to_string();
    }
    let digits = format!("{:0width$}", frac, width = scale as usize);
    let shown = digits[..decimals.min(scale) as usize].trim_end_matches('0');
    if shown.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{shown}")
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `2020年12月4日` / `4 Dec 2020`.
pub fn date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            MONTHS[usize::from(d.month()) - 1],
            d.year()
        ),
    }
}

/// `12月4日` / `4 Dec`: a date whose year is clear from context.
pub fn day_month(lang: Lang, d: Date) -> String {
    match lang {
        Lang::Zh => format!("{}月{}日", d.month(), d.day()),
        Lang::En => format!("{} {}", d.day(), MONTHS[usize::from(d.month()) - 1]),
    }
}

/// The weekday name.
pub fn weekday(lang: Lang, d: Date) -> &'static str {
    const ZH: [&str; 7] = [
        "星期一",
        "星期二",
        "星期三",
        "星期四",
        "星期五",
        "星期六",
        "星期日",
    ];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let i = usize::from(d.weekday());
    match lang {
        Lang::Zh => ZH[i],
        Lang::En => EN[i],
    }
}

/// `2020年12月4日 09:30` / `4 Dec 2020, 09:30`.
pub fn date_time(lang: Lang, dt: DateTime) -> String {
    match lang {
        Lang::Zh => format!("{} {}", date(lang, dt.date), dt.time),
        Lang::En => format!("{}, {}", date(lang, dt.date), dt.time),
    }
}

/// `上午` / `morning`.
pub fn day_part(lang: Lang, part: DayPart) -> &'static str {
    match (lang, part) {
        (Lang::Zh, DayPart::Morning) => "上午",
        (Lang::Zh, DayPart::Afternoon) => "下午",
        (Lang::Zh, DayPart::Evening) => "晚上",
        (Lang::En, DayPart::Morning) => "morning",
        (Lang::En, DayPart::Afternoon) => "afternoon",
        (Lang::En, DayPart::Evening) => "evening",
    }
}

/// A point in time at its precision: `2020年12月4日上午`, `4 Dec 2020, morning`, `日期未公布`.
pub fn when(lang: Lang, w: When) -> String {
    match w {
        When::At(dt) => date_time(lang, dt),
        When::PartOfDay(d, p) => match lang {
            Lang::Zh => format!("{}{}", date(lang, d), day_part(lang, p)),
            Lang::En => format!("{}, {}", date(lang, d), day_part(lang, p)),
        },
        When::Day(d) => date(lang, d),
        When::Undated => Msg::DateNotAnnounced.text(lang).to_owned(),
    }
}

/// A start and optional end: `2018年5月16日至18日`, `16–18 May 2018`, `09:30–11:00`.
pub fn span(lang: Lang, start: When, end: Option<When>) -> String {
    let Some(end) = end else {
        return when(lang, start);
    };
    match (start, end) {
        (When::Day(a), When::Day(b)) if a.year() == b.year() && a.month() == b.month() => {
            match lang {
                Lang::Zh => format!("{}至{}日", date(lang, a), b.day()),
                Lang::En => format!(
                    "{}–{} {} {}",
                    a.day(),
                    b.day(),
                    MONTHS[usize::from(a.month()) - 1],
                    a.year()
                ),
            }
        }
        (When::At(a), When::At(b)) if a.date == b.date => {
            format!("{}–{}", date_time(lang, a), b.time)
        }
        _ => match lang {
            Lang::Zh => format!("{}至{}", when(lang, start), when(lang, end)),
            Lang::En => format!("{} – {}", when(lang, start), when(lang, end)),
        },
    }
}

/// `2019`, `2020年10月` / `Oct 2020`, or a full date.
pub fn partial_date(lang: Lang, d: PartialDate) -> String {
    match (d, lang) {
        (PartialDate::Year(y), Lang::Zh) => format!("{y}年"),
        (PartialDate::Year(y), Lang::En) => y.to_string(),
        (PartialDate::Month(y, m), Lang::Zh) => format!("{y}年{m}月"),
        (PartialDate::Month(y, m), Lang::En) => format!("{} {y}", MONTHS[usize::from(m) - 1]),
        (PartialDate::Day(d), lang) => date(lang, d),
    }
}

/// Money the way each language's reports write it: `70亿元`, `7 bn yuan`, `28.31亿美元`, `US$2.83 bn`.
pub fn money(lang: Lang, m: Money) -> String {
    let amount = m.amount;
    match lang {
        Lang::Zh => {
            let unit = match m.currency {
                Currency::Cny => "元",
                Currency::Usd => "美元",
                Currency::Hkd => "港元",
            };
            if amount >= 1_000_000_000_000 {
                format!("{}万亿{unit}", scaled(amount, 12, 4))
            } else if amount >= 100_000_000 {
                format!("{}亿{unit}", scaled(amount, 8, 4))
            } else if amount >= 10_000 {
                format!("{}万{unit}", scaled(amount, 4, 2))
            } else {
                format!("{}{unit}", m.amount)
            }
        }
        Lang::En => {
            let (prefix, suffix) = match m.currency {
                Currency::Cny => ("", " yuan"),
                Currency::Usd => ("US$", ""),
                Currency::Hkd => ("HK$", ""),
            };
            let shown = if amount >= 1_000_000_000_000 {
                format!("{} trillion", scaled(amount, 12, 3))
            } else if amount >= 1_000_000_000 {
                format!("{} bn", scaled(amount, 9, 3))
            } else if amount >= 1_000_000 {
                format!("{} million", scaled(amount, 6, 2))
            } else {
                group_thousands(m.amount)
            };
            format!("{prefix}{shown}{suffix}")
        }
    }
}

/// Money for reading on screen: [`money`] with the unit's own spaces made no-break, so a
/// narrow line breaks only between the number and the unit ("111.984" over "bn yuan", never
/// "111.984 bn" over "yuan"). Exports keep [`money`]'s plain spaces.
pub fn money_shown(lang: Lang, m: Money) -> String {
    let text = money(lang, m);
    match text.split_once(' ') {
        Some((number, unit)) => format!("{number} {}", unit.replace(' ', "\u{a0}")),
        None => text,
    }
}

/// A count in figures: `1,431` in English, `1431` in Chinese.
pub fn count(lang: Lang, n: u64) -> String {
    match lang {
        Lang::Zh => n.to_string(),
        Lang::En => group_thousands(n),
    }
}

/// `28%`, `+15.9%` (with `signed`).
pub fn percent(p: Percent, signed: bool) -> String {
    let sign = if signed && p.0 > 0 { "+" } else { "" };
    format!("{sign}{p}%")
}

/// A figure's value with its qualifier: `400余`/`more than 400`, `约28%`/`about 28%`.
pub fn qualified(lang: Lang, qualifier: Qualifier, value: &str) -> String {
    match (lang, qualifier) {
        (_, Qualifier::Exact) => value.to_owned(),
        (Lang::Zh, Qualifier::About) => format!("约{value}"),
        (Lang::Zh, Qualifier::MoreThan) => format!("超过{value}"),
        (Lang::Zh, Qualifier::LessThan) => format!("不足{value}"),
        (Lang::En, Qualifier::About) => format!("about {value}"),
        (Lang::En, Qualifier::MoreThan) => format!("more than {value}"),
        (Lang::En, Qualifier::LessThan) => format!("less than {value}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::YI;

    #[test]
    fn the_data_notice_leaves_out_a_zero_count() {
        let cases = [
            (Lang::En, 3, 0, "3 records could not be shown because of errors. Everything else is shown."),
            (Lang::En, 0, 1, "There is 1 warning; every record is shown."),
            (Lang::En, 1, 1_200, "1 record could not be shown because of errors, and there are 1,200 warnings. Everything else is shown."),
            (Lang::Zh, 3, 0, "3 条记录因错误未显示，其余内容正常显示。"),
            (Lang::Zh, 0, 2, "数据中有 2 处警告，所有记录均已显示。"),
            (Lang::Zh, 1, 2, "1 条记录因错误未显示，另有 2 处警告。其余内容正常显示。"),
        ];
        for (lang, skipped, warnings, want) in cases {
            assert_eq!(data_notice_summary(lang, skipped, warnings), want);
        }
    }

    #[test]
    fn dates_in_both_languages() {
        let d: Date = "2020-12-04".parse().unwrap();
        assert_eq!(date(Lang::Zh, d), "2020年12月4日");
        assert_eq!(date(Lang::En, d), "4 Dec 2020");
        let dt: DateTime = "2020-12-04T09:30".parse().unwrap();
        assert_eq!(date_time(Lang::Zh, dt), "2020年12月4日 09:30");
        assert_eq!(date_time(Lang::En, dt), "4 Dec 2020, 09:30");
        assert_eq!(
            when(Lang::Zh, When::PartOfDay(d, DayPart::Morning)),
            "2020年12月4日上午"
        );
        assert_eq!(when(Lang::En, When::Undated), "Date not announced");
        assert_eq!(weekday(Lang::En, d), "Friday");
    }

    #[test]
    fn spans() {
        let a = When::Day("2018-05-16".parse().unwrap());
        let b = When::Day("2018-05-18".parse().unwrap());
        assert_eq!(span(Lang::Zh, a, Some(b)), "2018年5月16日至18日");
        assert_eq!(span(Lang::En, a, Some(b)), "16–18 May 2018");
        let s = When::At("2020-12-04T09:30".parse().unwrap());
        let e = When::At("2020-12-04T11:00".parse().unwrap());
        assert_eq!(span(Lang::En, s, Some(e)), "4 Dec 2020, 09:30–11:00");
        assert_eq!(span(Lang::Zh, a, None), "2018年5月16日");
    }

    #[test]
    fn scaled_integers() {
        assert_eq!(scaled(111_984_000_000, 9, 3), "111.984");
        assert_eq!(scaled(111_984_000_000, 8, 4), "1119.84");
        assert_eq!(scaled(7_000_000_000, 8, 4), "70");
        assert_eq!(scaled(1_509_900_000_000, 12, 3), "1.51");
        assert_eq!(scaled(1_999_999, 6, 2), "2");
        assert_eq!(scaled(123, 0, 2), "123");
        assert_eq!(scaled(u64::MAX, 12, 4), "18446744.0737");
    }

    #[test]
    fn money_like_the_reports_write_it() {
        let cases = [
            (Money::cny(70 * YI), "70亿元", "7 bn yuan"),
            (
                Money::cny(111_984_000_000),
                "1119.84亿元",
                "111.984 bn yuan",
            ),
            (
                Money::cny(1_340_000_000_000),
                "1.34万亿元",
                "1.34 trillion yuan",
            ),
            (Money::cny(500_000_000), "5亿元", "500 million yuan"),
            (
                Money {
                    amount: 2_831_000_000,
                    currency: Currency::Usd,
                },
                "28.31亿美元",
                "US$2.831 bn",
            ),
            (Money::cny(5_000), "5000元", "5,000 yuan"),
        ];
        for (m, zh, en) in cases {
            assert_eq!(money(Lang::Zh, m), zh);
            assert_eq!(money(Lang::En, m), en);
        }
    }

    #[test]
    fn money_on_screen_breaks_only_between_number_and_unit() {
        let cases = [
            (Money::cny(111_984_000_000), "111.984 bn\u{a0}yuan"),
            (Money::cny(500_000_000), "500 million\u{a0}yuan"),
            (Money::cny(5_000), "5,000 yuan"),
            (
                Money {
                    amount: 2_831_000_000,
                    currency: Currency::Usd,
                },
                "US$2.831 bn",
            ),
        ];
        for (m, en) in cases {
            assert_eq!(money_shown(Lang::En, m), en);
            // Chinese has no spaces to keep.
            assert_eq!(money_shown(Lang::Zh, m), money(Lang::Zh, m));
        }
    }

    #[test]
    fn counts_and_qualifiers() {
        assert_eq!(count(Lang::En, 1431), "1,431");
        assert_eq!(count(Lang::Zh, 1431), "1431");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(
            qualified(Lang::En, Qualifier::MoreThan, "400"),
            "more than 400"
        );
        assert_eq!(qualified(Lang::Zh, Qualifier::About, "28%"), "约28%");
        assert_eq!(percent(Percent(1590), true), "+15.9%");
        assert_eq!(count_events(Lang::En, 1), "1 event");
        assert_eq!(count_projects(Lang::En, 2000), "2,000 projects");
    }
}
