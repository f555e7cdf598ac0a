//! A facet's values as checkboxes with their live counts. The UI handles their `change`
//! events in one place (each box says which facet and value it is in `data-` attributes).

use std::fmt::Write;

use super::escape;
use crate::catalog::search::label_matches;
use crate::catalog::{CatalogIndex, Facet, Outcome, NOT_ANNOUNCED_ID};
use crate::i18n::{self, CatalogMsg};
use crate::route::CatalogRoute;
use crate::text::Lang;

/// Values shown before "Show all".
pub const SHORT_LIST: usize = 8;

/// The `<li>` items of a facet: those matching `find`, and unless `all`, only the first
/// [`SHORT_LIST`] and the selected ones. Zero-count values are disabled unless selected.
pub fn facet_values(
    index: &CatalogIndex,
    outcome: &Outcome,
    route: &CatalogRoute,
    facet: Facet,
    find: &str,
    all: bool,
    lang: Lang,
) -> String {
    let column = index.column(facet);
    let selected = route.facet(facet);
    let all = all || !find.trim().is_empty();
    let mut out = String::new();
    for (i, v) in column.values().iter().enumerate() {
        let id = column.id(i);
        let checked = selected.iter().any(|s| s == id);
        let label = v.label(index.data(), lang);
        if !(all || i < SHORT_LIST || checked) || !label_matches(&label, find) {
            continue;
        }
        let count = outcome.counts[facet.ix()][i];
        let key = facet.key();
        let _ = write!(out, "<li class=\"gv-facet__value\"><input class=\"gv-facet__checkbox\" type=\"checkbox\" id=\"gv-facet-{key}-{i}\" data-facet=\"{key}\" data-value=\"");
        escape(&mut out, id);
        out.push('"');
        if checked {
            out.push_str(" checked");
        } else if count == 0 {
            out.push_str(" disabled");
        }
        let unknown = if id == NOT_ANNOUNCED_ID {
            " gv-facet__label--unknown"
        } else {
            ""
        };
        let _ = write!(out, "><label class=\"gv-facet__label{unknown}\" for=\"gv-facet-{key}-{i}\"><span class=\"gv-facet__name\">");
        escape(&mut out, &label);
        let _ = write!(
            out,
            "</span><span class=\"gv-facet__count\">{}</span></label></li>",
            i18n::count(lang, u64::from(count))
        );
    }
    if out.is_empty() {
        let _ = write!(
            out,
            "<li class=\"gv-facet__none\">{}</li>",
            CatalogMsg::NoValueMatches.text(lang)
        );
    }
    out
}
