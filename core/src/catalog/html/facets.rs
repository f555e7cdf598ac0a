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

/// The values a facet's list shows (positions in its column): those matching `find`, and
/// unless `all`, only the first [`SHORT_LIST`] and the selected ones.
pub fn shown_values(
    index: &CatalogIndex,
    route: &CatalogRoute,
    facet: Facet,
    find: &str,
    all: bool,
    lang: Lang,
) -> Vec<usize> {
    let column = index.column(facet);
    let selected = route.facet(facet);
    let all = all || !find.trim().is_empty();
    (0..column.values().len())
        .filter(|&i| {
            let checked = selected.iter().any(|s| s == column.id(i));
            (all || i < SHORT_LIST || checked)
                && label_matches(&column.values()[i].label(index.data(), lang), find)
        })
        .collect()
}

/// What changes on a shown value as the results change: its count and its box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueState {
    /// The count, formatted for `lang`.
    pub count: String,
    /// Selected.
    pub checked: bool,
    /// Not selected and would give no results.
    pub disabled: bool,
}

/// The state of value `i` of a facet.
pub fn value_state(
    index: &CatalogIndex,
    outcome: &Outcome,
    route: &CatalogRoute,
    facet: Facet,
    i: usize,
    lang: Lang,
) -> ValueState {
    let id = index.column(facet).id(i);
    let checked = route.facet(facet).iter().any(|s| s == id);
    let count = outcome.counts[facet.ix()][i];
    ValueState {
        count: i18n::count(lang, u64::from(count)),
        checked,
        disabled: !checked && count == 0,
    }
}

/// The `<li>` items of a facet's `shown` values (see [`shown_values`]) with their states.
/// Zero-count values are disabled unless selected.
pub fn facet_values(
    index: &CatalogIndex,
    outcome: &Outcome,
    route: &CatalogRoute,
    facet: Facet,
    shown: &[usize],
    lang: Lang,
) -> String {
    let column = index.column(facet);
    let mut out = String::new();
    for &i in shown {
        let id = column.id(i);
        let state = value_state(index, outcome, route, facet, i, lang);
        let label = column.values()[i].label(index.data(), lang);
        let key = facet.key();
        let _ = write!(out, "<li class=\"gv-facet__value\"><input class=\"gv-facet__checkbox\" type=\"checkbox\" id=\"gv-facet-{key}-{i}\" data-facet=\"{key}\" data-value=\"");
        escape(&mut out, id);
        out.push('"');
        if state.checked {
            out.push_str(" checked");
        } else if state.disabled {
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
            state.count
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
