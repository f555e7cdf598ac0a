//! The timeline's composed texts: times on cards, counts, announcements, figure values.

use crate::i18n::{self, Msg, TimelineMsg};
use crate::model::{DayPart, Edition, Figure, FigureValue, When};
use crate::text::Lang;

use super::live::Mark;

/// `2020年活动` / `2020 edition`.
pub fn edition(lang: Lang, edition: Edition) -> String {
    format!("{edition}{}", Msg::EditionSuffix.text(lang))
}

/// The zoom button of one edition: `2020年` / `2020`.
pub fn edition_button(lang: Lang, edition: Edition) -> String {
    match lang {
        Lang::Zh => format!("{edition}年"),
        Lang::En => edition.to_string(),
    }
}

/// The name of the list of one edition's events: `2020年活动日程` / `Days of the 2020 edition`.
pub fn visit_label(lang: Lang, e: Edition) -> String {
    match lang {
        Lang::Zh => format!("{e}年活动日程"),
        Lang::En => format!("Days of the {e} edition"),
    }
}

/// What the live region announces: `显示 4 项活动（共 17 项）` / `Showing 4 of 17 events`.
pub fn shown(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh if shown == total => format!("显示全部 {total} 项活动"),
        Lang::Zh => format!("显示 {shown} 项活动（共 {total} 项）"),
        Lang::En if shown == total => format!("Showing all {}", i18n::count_events(lang, total)),
        Lang::En => format!(
            "Showing {} of {}",
            i18n::count(lang, shown as u64),
            i18n::count_events(lang, total)
        ),
    }
}

/// `上午` / `Morning`.
pub fn day_part(part: DayPart) -> TimelineMsg {
    match part {
        DayPart::Morning => TimelineMsg::Morning,
        DayPart::Afternoon => TimelineMsg::Afternoon,
        DayPart::Evening => TimelineMsg::Evening,
    }
}

/// How precise a card's time is (it picks the card's style).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    /// A clock time.
    Time,
    /// A part of the day.
    PartOfDay,
    /// A date (or several days).
    Day,
    /// No date.
    Undated,
}

/// The precision of a start.
pub fn precision(start: When) -> Precision {
    match start {
        When::At(_) => Precision::Time,
        When::PartOfDay(..) => Precision::PartOfDay,
        When::Day(_) => Precision::Day,
        When::Undated => Precision::Undated,
    }
}

/// A card's date at its precision, without the year (the edition, named by the list, gives
/// it): `12月4日 09:30–11:00`, `12月4日上午`, `4 Dec, morning`, `5月16日至18日`, `日期未公布`.
/// Part-of-day cards never show the hours they are drawn over.
pub fn short_when(lang: Lang, start: When, end: Option<When>) -> String {
    let full = i18n::span(lang, start, end);
    let Some(year) = start.date().map(|d| d.year().to_string()) else {
        return full;
    };
    // The spans put the year either first (`2020年`) or last (` 2020`); drop it.
    match lang {
        Lang::Zh => full.replacen(&format!("{year}年"), "", 1),
        Lang::En => full.replacen(&format!(" {year}"), "", 1),
    }
}

/// The label of a live mark.
pub fn mark(mark: Mark) -> TimelineMsg {
    match mark {
        Mark::Now => TimelineMsg::LiveNow,
        Mark::ThisPart(DayPart::Morning) => TimelineMsg::LiveMorning,
        Mark::ThisPart(DayPart::Afternoon) => TimelineMsg::LiveAfternoon,
        Mark::ThisPart(DayPart::Evening) => TimelineMsg::LiveEvening,
        Mark::Today => TimelineMsg::LiveToday,
        Mark::Started => TimelineMsg::LiveStarted,
        Mark::Next => TimelineMsg::LiveNext,
    }
}

/// `11 项活动未公布日期` / `11 events without an announced date`.
pub fn undated_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n} 项"),
        Lang::En => i18n::count_events(lang, n),
    }
}

/// The gap between two axis days: `相隔 3 天` / `3 days later`.
pub fn gap(lang: Lang, skipped: u32) -> String {
    match lang {
        Lang::Zh => format!("相隔 {} 天", skipped + 1),
        Lang::En => format!("{} days later", skipped + 1),
    }
}

/// The link to the catalog: `在项目库中查看这 3 个项目` / `Show these 3 projects in the catalog`.
pub fn projects_link(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Zh, 1) => "在项目库中查看该项目".into(),
        (Lang::Zh, n) => format!("在项目库中查看这 {n} 个项目"),
        (Lang::En, 1) => "Show this project in the catalog".into(),
        (Lang::En, n) => format!("Show these {n} projects in the catalog"),
    }
}

/// A figure's value with its qualifier: `1119.84亿元`, `超过400`, `about 28%`.
pub fn figure_value(lang: Lang, f: &Figure) -> String {
    let value = match f.value {
        FigureValue::Count(n) => i18n::count(lang, n),
        FigureValue::Money(m) => i18n::money_shown(lang, m),
        FigureValue::Percent(p) => i18n::percent(p, false),
    };
    i18n::qualified(lang, f.qualifier, &value)
}

/// Where a figure's unit starts right after its number (`819.7|亿元`, `28.31|亿美元`), so a
/// narrow column can put the unit whole on the next line rather than break inside it. `None`
/// when the value ends in its number (`超过400`) or a space already separates them
/// (`81.97 billion yuan`).
pub fn unit_start(value: &str) -> Option<usize> {
    let end = value.rfind(|c: char| c.is_ascii_digit())? + 1;
    let next = value[end..].chars().next()?;
    (!next.is_whitespace() && !matches!(next, '%' | '.' | ',')).then_some(end)
}

/// A figure's change: `同比 +15.9%` / `+15.9% year on year`.
pub fn growth(lang: Lang, f: &Figure) -> Option<String> {
    let g = i18n::percent(f.growth?, true);
    Some(match lang {
        Lang::Zh => format!("{}{g}", TimelineMsg::Growth.text(lang)),
        Lang::En => format!("{g} {}", TimelineMsg::Growth.text(lang)),
    })
}

/// The live bar's clock: `现在：2020年12月4日 09:30（北京时间）` / `Now: 4 Dec 2020, 09:30 (China Standard Time)`.
pub fn clock(lang: Lang, now: crate::time::DateTime) -> String {
    let (now_label, zone) = (TimelineMsg::Now.text(lang), TimelineMsg::Cst.text(lang));
    let at = i18n::date_time(lang, now);
    match lang {
        Lang::Zh => format!("{now_label}：{at}（{zone}）"),
        Lang::En => format!("{now_label}: {at} ({zone})"),
    }
}

#[cfg(test)]
mod tests {
    use super::unit_start;

    #[test]
    fn a_unit_after_the_number_starts_after_its_last_digit() {
        let split = |v: &'static str| unit_start(v).map(|i| (&v[..i], &v[i..]));
        assert_eq!(split("819.7亿元"), Some(("819.7", "亿元")));
        assert_eq!(split("28.31亿美元"), Some(("28.31", "亿美元")));
        assert_eq!(split("约2.5万元"), Some(("约2.5", "万元")));
    }

    #[test]
    fn no_unit_or_a_spaced_unit_gives_none() {
        for value in [
            "超过400",
            "1431",
            "81.97 billion yuan",
            "28%",
            "about 28%",
            "",
            "元",
        ] {
            assert_eq!(unit_start(value), None, "{value}");
        }
    }
}
