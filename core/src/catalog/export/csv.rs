//! CSV export: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), headers in the
//! interface language, RFC 4180 quoting, CRLF line ends.
//!
//! Unknown values: the numeric amount and currency cells are left empty (so spreadsheet sums
//! stay right); every other field that no source gives says 未公布 / "Not announced".
//! Text cells starting with `=`, `+`, `-` or `@` get a leading `'` so a spreadsheet never runs
//! them as formulas.

use crate::i18n::{self, CatalogMsg, Msg};
use crate::model::{Dataset, ProjectIx};
use crate::text::{Lang, Text};

use super::super::project_events;

fn cell(out: &mut String, value: &str) {
    let guarded = matches!(value.chars().next(), Some('=' | '+' | '-' | '@'));
    let quote = guarded
        || value.contains([',', '"', '\n', '\r'])
        || value.starts_with(' ')
        || value.ends_with(' ');
    if quote {
        out.push('"');
        if guarded {
            out.push('\'');
        }
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn row(out: &mut String, cells: &[String]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        cell(out, c);
    }
    out.push_str("\r\n");
}

/// The projects as CSV text, in the order given.
pub fn csv(data: &Dataset, lang: Lang, projects: &[ProjectIx]) -> String {
    let na = || Msg::NotAnnounced.text(lang).to_owned();
    let name = |t: Option<&Text>| t.map_or_else(na, |t| t.get(lang).to_owned());
    let mut out = String::from("\u{FEFF}");
    let headers: Vec<String> = [
        CatalogMsg::ColumnId.text(lang),
        CatalogMsg::ColumnName.text(lang),
        Msg::Industry.text(lang),
        Msg::City.text(lang),
        Msg::Origin.text(lang),
        CatalogMsg::CapitalType.text(lang),
        CatalogMsg::ColumnAmount.text(lang),
        CatalogMsg::ColumnCurrency.text(lang),
        Msg::Investment.text(lang),
        Msg::Stage.text(lang),
        Msg::Partner.text(lang),
        Msg::SignedAt.text(lang),
        Msg::Edition.text(lang),
        CatalogMsg::Description.text(lang),
        Msg::Note.text(lang),
        Msg::Sources.text(lang),
    ]
    .map(str::to_owned)
    .into();
    row(&mut out, &headers);
    for &p in projects {
        let pr = &data.projects[p.ix()];
        let events = project_events(data, p);
        let edition = pr
            .edition
            .or_else(|| events.first().map(|e| data.events[e.ix()].edition));
        let cells = [
            pr.id.to_string(),
            pr.name.get(lang).to_owned(),
            name(pr.industry.map(|i| &data.industries[i.ix()].name)),
            name(pr.city.map(|c| &data.cities[c.ix()].name)),
            name(pr.origin.map(|r| &data.regions[r.ix()].name)),
            name(pr.capital.map(|c| &data.capital_types[c.ix()].name)),
            pr.investment
                .map(|m| m.amount.to_string())
                .unwrap_or_default(),
            pr.investment
                .map(|m| m.currency.code().to_owned())
                .unwrap_or_default(),
            pr.investment.map_or_else(na, |m| i18n::money(lang, m)),
            name(pr.stage.map(|s| data.stage_name(s))),
            name(pr.partner.map(|o| &data.organisations[o.ix()].name)),
            if events.is_empty() {
                na()
            } else {
                events
                    .iter()
                    .map(|e| data.events[e.ix()].title.get(lang))
                    .collect::<Vec<_>>()
                    .join("; ")
            },
            edition.map_or_else(na, |e| e.to_string()),
            pr.description
                .as_ref()
                .map(|d| d.get(lang).to_owned())
                .unwrap_or_default(),
            pr.note
                .as_ref()
                .map(|d| d.get(lang).to_owned())
                .unwrap_or_default(),
            pr.sources
                .iter()
                .map(|s| {
                    let s = &data.sources[s.ix()];
                    let link = s
                        .url
                        .as_deref()
                        .map(|u| format!(" <{u}>"))
                        .unwrap_or_default();
                    format!(
                        "{} {}: {}{link}",
                        s.id,
                        s.publisher.get(lang),
                        s.title.get(lang)
                    )
                })
                .collect::<Vec<_>>()
                .join(" | "),
        ];
        row(&mut out, &cells);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_guarded() {
        let cases = [
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=SUM(A1)", "\"'=SUM(A1)\""),
            ("-5", "\"'-5\""),
            ("赣州", "赣州"),
            ("", ""),
        ];
        for (value, written) in cases {
            let mut out = String::new();
            cell(&mut out, value);
            assert_eq!(out, written, "{value}");
        }
    }
}
