//! The page of results and the pagination links.

use std::fmt::Write;

use super::{escape, href, text, unknown};
use crate::catalog::CatalogIndex;
use crate::i18n::{self, CatalogMsg, Msg};
use crate::model::ProjectIx;
use crate::route::{Links, Route};
use crate::text::{Lang, Text};

fn fact(out: &mut String, label: Msg, value: Option<&Text>, lang: Lang) {
    let _ = write!(out, "<div class=\"gv-result__fact\"><dt class=\"gv-result__term\">{}</dt><dd class=\"gv-result__value\">", label.text(lang));
    match value {
        Some(t) => text(out, t, lang),
        None => unknown(out, lang),
    }
    out.push_str("</dd></div>");
}

/// Where a result's name leads: the project's detail, with the route it was found by.
pub fn result_route(index: &CatalogIndex, route: &Route, p: ProjectIx) -> Route {
    let mut target = route.clone();
    target.catalog.project = Some(index.data().projects[p.ix()].id.to_string());
    target
}

/// The `<li>` items of one page of results; each name links to the project's detail. `base`
/// is the app title's heading level.
pub fn results(
    index: &CatalogIndex,
    route: &Route,
    links: &Links,
    page: &[ProjectIx],
    lang: Lang,
    base: u8,
) -> String {
    let h = super::heading(base, 2);
    let d = index.data();
    let mut out = String::with_capacity(page.len() * 900);
    for &p in page {
        let pr = &d.projects[p.ix()];
        let target = result_route(index, route, p);
        let _ = write!(out, "<li class=\"gv-result\"><div class=\"gv-result__head\"><{h} class=\"gv-result__name\"><a class=\"gv-result__link\"");
        href(&mut out, links, &target);
        out.push('>');
        text(&mut out, &pr.name, lang);
        let _ = write!(out, "</a></{h}><p class=\"gv-result__amount\">");
        match pr.investment {
            Some(m) => out.push_str(&i18n::money_shown(lang, m)),
            None => unknown(&mut out, lang),
        }
        out.push_str("</p></div><dl class=\"gv-result__facts\">");
        fact(
            &mut out,
            Msg::City,
            pr.city.map(|c| &d.cities[c.ix()].name),
            lang,
        );
        fact(
            &mut out,
            Msg::Industry,
            pr.industry.map(|i| &d.industries[i.ix()].name),
            lang,
        );
        let _ = write!(out, "<div class=\"gv-result__fact\"><dt class=\"gv-result__term\">{}</dt><dd class=\"gv-result__value\">", Msg::Stage.text(lang));
        match pr.stage {
            Some(s) => {
                let _ = write!(out, "<span class=\"gv-stage gv-stage--{}\">", s.ix());
                text(&mut out, d.stage_name(s), lang);
                out.push_str("</span>");
            }
            None => unknown(&mut out, lang),
        }
        out.push_str("</dd></div>");
        fact(
            &mut out,
            Msg::Partner,
            pr.partner.map(|o| &d.organisations[o.ix()].name),
            lang,
        );
        out.push_str("</dl></li>");
    }
    out
}

/// Previous, numbered pages around the current one, next; empty for a single page.
pub fn pagination(route: &Route, links: &Links, total: usize, lang: Lang) -> String {
    let per = route.catalog.per.get();
    let pages = total.div_ceil(per).max(1);
    if pages <= 1 {
        return String::new();
    }
    let current = route.catalog.page_number().min(pages);
    let link = |out: &mut String, page: usize, label: &str, class: &str, current_page: bool| {
        let mut r = route.clone();
        r.catalog.page = if page > 1 { page } else { 0 };
        let _ = write!(out, "<a class=\"gv-pages__link {class}\"");
        href(out, links, &r);
        if current_page {
            out.push_str(" aria-current=\"page\"");
        }
        out.push('>');
        escape(out, label);
        out.push_str("</a>");
    };
    let mut out = format!(
        "<nav class=\"gv-pages\" aria-label=\"{}\">",
        CatalogMsg::Pagination.text(lang)
    );
    let step = |out: &mut String, target: Option<usize>, msg: CatalogMsg| match target {
        Some(p) => link(out, p, msg.text(lang), "gv-pages__step", false),
        None => {
            let _ = write!(out, "<span class=\"gv-pages__link gv-pages__step gv-pages__link--off\" aria-disabled=\"true\">{}</span>", msg.text(lang));
        }
    };
    step(
        &mut out,
        (current > 1).then(|| current - 1),
        CatalogMsg::Previous,
    );
    let mut last_shown = 0;
    for page in 1..=pages {
        let near = page == 1 || page == pages || page.abs_diff(current) <= 1;
        if !near {
            continue;
        }
        if page > last_shown + 1 {
            out.push_str("<span class=\"gv-pages__gap\" aria-hidden=\"true\">…</span>");
        }
        link(
            &mut out,
            page,
            &i18n::count(lang, page as u64),
            "gv-pages__number",
            page == current,
        );
        last_shown = page;
    }
    step(
        &mut out,
        (current < pages).then(|| current + 1),
        CatalogMsg::Next,
    );
    let _ = write!(
        out,
        "<span class=\"gv-visually-hidden\">{}</span></nav>",
        i18n::catalog::page_of(lang, current, pages)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Route;

    #[test]
    fn pagination_links_keep_the_route_and_mark_the_current_page() {
        let route = Route::parse("#/projects?q=gz&page=5");
        let html = pagination(&route, &crate::route::Links::fragment(), 200, Lang::En);
        assert!(
            html.contains("href=\"#/projects?q=gz&amp;page=4\""),
            "{html}"
        );
        assert!(html.contains("aria-current=\"page\">5</a>"));
        assert!(
            html.contains("href=\"#/projects?q=gz\" data-gv-route=\"/projects?q=gz\">1</a>"),
            "page 1 has no page key"
        );
        assert!(html.contains("Page 5 of 10"));
        assert_eq!(
            pagination(&route, &crate::route::Links::fragment(), 20, Lang::En),
            ""
        );
    }
}
