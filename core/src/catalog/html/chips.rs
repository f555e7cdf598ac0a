//! The active filters as chips: each a link to the same results without that filter.

use std::fmt::Write;

use super::{escape, href};
use crate::catalog::{CatalogIndex, Facet, UnknownAmounts};
use crate::i18n::{self, CatalogMsg, Msg};
use crate::money::Money;
use crate::route::{Links, Route};
use crate::text::Lang;

/// The heading of a facet.
pub fn facet_name(facet: Facet) -> CatalogMsg {
    match facet {
        Facet::Industry => CatalogMsg::FacetIndustry,
        Facet::City => CatalogMsg::FacetCity,
        Facet::Origin => CatalogMsg::FacetOrigin,
        Facet::Capital => CatalogMsg::FacetCapital,
        Facet::Stage => CatalogMsg::FacetStage,
        Facet::Event => CatalogMsg::FacetEvent,
        Facet::Edition => CatalogMsg::FacetEdition,
    }
}

/// The chip row; empty when nothing is filtered.
pub fn chips(index: &CatalogIndex, route: &Route, links: &Links, lang: Lang) -> String {
    let c = &route.catalog;
    if !c.is_filtered() {
        return String::new();
    }
    let colon = Msg::Colon.text(lang);
    let mut items: Vec<(String, Route)> = Vec::new();
    let without = |change: &dyn Fn(&mut Route)| {
        let mut r = route.clone();
        change(&mut r);
        r.catalog.refined();
        r
    };
    if !c.q.trim().is_empty() {
        items.push((
            format!("{}{colon}{}", CatalogMsg::SearchChip.text(lang), c.q.trim()),
            without(&|r| r.catalog.q.clear()),
        ));
    }
    for facet in Facet::ALL {
        let column = index.column(facet);
        for id in c.facet(facet) {
            let Some(p) = column.position(id) else {
                continue;
            };
            let label = column.values()[p].label(index.data(), lang);
            items.push((
                format!("{}{colon}{label}", facet_name(facet).text(lang)),
                without(&|r| r.catalog.facet_mut(facet).retain(|x| x != id)),
            ));
        }
    }
    if c.min.is_some() || c.max.is_some() {
        let m = |b: Option<crate::catalog::AmountBound>| b.map(|b| Money::cny(b.0));
        let range = i18n::catalog::range(lang, m(c.min), m(c.max));
        items.push((
            format!("{}{colon}{range}", Msg::Investment.text(lang)),
            without(&|r| {
                r.catalog.min = None;
                r.catalog.max = None;
            }),
        ));
    }
    if c.unknown == UnknownAmounts::Exclude {
        items.push((
            CatalogMsg::UnknownExcludedChip.text(lang).to_owned(),
            without(&|r| r.catalog.unknown = UnknownAmounts::Include),
        ));
    }
    let label = CatalogMsg::ActiveFilters.text(lang);
    let mut out = format!("<div class=\"gv-chips\" role=\"group\" aria-label=\"{label}\"><span class=\"gv-chips__label\">{label}</span><ul class=\"gv-chips__list\" role=\"list\">");
    for (text, target) in items {
        out.push_str("<li class=\"gv-chips__item\"><a class=\"gv-chip\"");
        href(&mut out, links, &target);
        let _ = write!(
            out,
            " aria-label=\"{}{colon}",
            CatalogMsg::RemoveFilter.text(lang)
        );
        escape(&mut out, &text);
        out.push_str("\"><span class=\"gv-chip__text\">");
        escape(&mut out, &text);
        out.push_str("</span><span class=\"gv-chip__x\" aria-hidden=\"true\">×</span></a></li>");
    }
    out.push_str("</ul><a class=\"gv-link-button gv-chips__clear\"");
    let mut cleared = route.clone();
    cleared.catalog.clear_filters();
    href(&mut out, links, &cleared);
    let _ = write!(out, ">{}</a></div>", CatalogMsg::ClearAll.text(lang));
    out
}
