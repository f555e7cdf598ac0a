//! A project's detail: every field ("not announced" for unknowns), its sources with safe links,
//! and links to the timeline events where it was signed or promoted.

use std::fmt::Write;

use super::{escape, href, text, unknown};
use crate::catalog::{project_events, CatalogIndex};
use crate::i18n::{self, CatalogMsg, Msg};
use crate::model::{Dataset, SourceIx};
use crate::route::{Links, Route, View};
use crate::text::{Lang, Text};
use crate::validate::is_safe_url;

fn row(out: &mut String, label: &str, value: impl FnOnce(&mut String)) {
    let _ = write!(
        out,
        "<dt class=\"gv-detail__term\">{label}</dt><dd class=\"gv-detail__value\">"
    );
    value(out);
    out.push_str("</dd>");
}

fn opt(out: &mut String, t: Option<&Text>, lang: Lang) {
    match t {
        Some(t) => text(out, t, lang),
        None => unknown(out, lang),
    }
}

/// The detail of the project with data id `id` (or a note that it is not in the data), with a
/// link back to the results. `base` is the app title's heading level.
pub fn detail(
    index: &CatalogIndex,
    route: &Route,
    links: &Links,
    id: &str,
    lang: Lang,
    base: u8,
) -> String {
    let h = super::heading(base, 2);
    let mut back = route.clone();
    back.catalog.project = None;
    let mut out = String::from("<a class=\"gv-link-button gv-detail__back\"");
    href(&mut out, links, &back);
    let _ = write!(
        out,
        "><span aria-hidden=\"true\">← </span>{}</a>",
        CatalogMsg::BackToResults.text(lang)
    );
    let Some(p) = index.project_by_id(id) else {
        let _ = write!(
            out,
            "<p class=\"gv-empty\">{}</p>",
            CatalogMsg::ProjectNotFound.text(lang)
        );
        return out;
    };
    let d = index.data();
    let pr = &d.projects[p.ix()];
    let _ = write!(out, "<article class=\"gv-detail__card\" aria-labelledby=\"gv-detail-name\"><{h} class=\"gv-detail__name\" id=\"gv-detail-name\" tabindex=\"-1\">");
    text(&mut out, &pr.name, lang);
    let _ = write!(out, "</{h}>");
    if let Some(desc) = &pr.description {
        out.push_str("<p class=\"gv-detail__description\">");
        text(&mut out, desc, lang);
        out.push_str("</p>");
    }
    out.push_str("<dl class=\"gv-detail__fields\">");
    row(&mut out, Msg::Investment.text(lang), |o| {
        match pr.investment {
            Some(m) => {
                let _ = write!(
                    o,
                    "<strong class=\"gv-detail__amount\">{}</strong>",
                    i18n::money_shown(lang, m)
                );
            }
            None => unknown(o, lang),
        }
    });
    row(&mut out, Msg::Stage.text(lang), |o| {
        opt(o, pr.stage.map(|s| d.stage_name(s)), lang)
    });
    row(&mut out, Msg::Industry.text(lang), |o| {
        opt(o, pr.industry.map(|i| &d.industries[i.ix()].name), lang)
    });
    row(&mut out, Msg::City.text(lang), |o| {
        opt(o, pr.city.map(|c| &d.cities[c.ix()].name), lang)
    });
    row(&mut out, Msg::Origin.text(lang), |o| {
        opt(o, pr.origin.map(|r| &d.regions[r.ix()].name), lang)
    });
    row(&mut out, CatalogMsg::CapitalType.text(lang), |o| {
        opt(o, pr.capital.map(|c| &d.capital_types[c.ix()].name), lang)
    });
    row(&mut out, Msg::Partner.text(lang), |o| {
        opt(o, pr.partner.map(|x| &d.organisations[x.ix()].name), lang)
    });
    let events = project_events(d, p);
    let edition = pr
        .edition
        .or_else(|| events.first().map(|e| d.events[e.ix()].edition));
    row(&mut out, Msg::Edition.text(lang), |o| match edition {
        Some(e) => {
            let _ = write!(o, "{e}{}", Msg::EditionSuffix.text(lang));
        }
        None => unknown(o, lang),
    });
    row(&mut out, Msg::SignedAt.text(lang), |o| {
        if events.is_empty() {
            return unknown(o, lang);
        }
        o.push_str("<ul class=\"gv-detail__events\">");
        for e in &events {
            let event = &d.events[e.ix()];
            let mut target = route.clone();
            target.view = View::Timeline;
            target.timeline.event = Some(event.id.to_string());
            o.push_str("<li class=\"gv-detail__event\">");
            text(o, &event.title, lang);
            o.push_str(" · <a class=\"gv-detail__link\"");
            href(o, links, &target);
            let _ = write!(o, ">{}</a></li>", CatalogMsg::OnTimeline.text(lang));
        }
        o.push_str("</ul>");
    });
    out.push_str("</dl>");
    if let Some(note) = &pr.note {
        let _ = write!(
            out,
            "<p class=\"gv-detail__note\">{}{}",
            Msg::Note.text(lang),
            Msg::Colon.text(lang)
        );
        text(&mut out, note, lang);
        out.push_str("</p>");
    }
    source_list(&mut out, d, &d.projects[p.ix()].sources, lang);
    out.push_str("</article>");
    out
}

/// "Sources: S2 Hong Kong Commercial Daily · 2020-12-04 · title, open": each cited source, with
/// a link only when its URL is http(s).
pub fn source_list(out: &mut String, d: &Dataset, list: &[SourceIx], lang: Lang) {
    let _ = write!(out, "<div class=\"gv-sources\"><span class=\"gv-sources__label\">{}</span><ul class=\"gv-sources__list\">", Msg::Sources.text(lang));
    for s in list {
        let s = &d.sources[s.ix()];
        out.push_str("<li class=\"gv-sources__item\"><span class=\"gv-sources__id\">");
        escape(out, &s.id);
        out.push_str("</span> <span class=\"gv-sources__publisher\">");
        text(out, &s.publisher, lang);
        out.push_str("</span>");
        if let Some(date) = s.date {
            let _ = write!(
                out,
                "<span class=\"gv-sources__date\"> · {}</span>",
                i18n::partial_date(lang, date)
            );
        }
        out.push_str(" · <cite class=\"gv-sources__title\">");
        text(out, &s.title, lang);
        out.push_str("</cite> ");
        match s.url.as_deref().filter(|u| is_safe_url(u)) {
            Some(url) => {
                out.push_str("<a class=\"gv-sources__link\" href=\"");
                escape(out, url);
                let _ = write!(
                    out,
                    "\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>",
                    Msg::OpenSource.text(lang)
                );
            }
            None => {
                let _ = write!(
                    out,
                    "<span class=\"gv-sources__nolink\">({})</span>",
                    Msg::NoLink.text(lang)
                );
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></div>");
}
