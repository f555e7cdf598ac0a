//! A project's detail (deep link `project=<id>`): every field, "not announced" for unknowns,
//! its sources, and links to the timeline events where it was signed or promoted.

use gba_core::catalog::project_events;
use gba_core::i18n::{self, CatalogMsg, Msg};
use gba_core::model::ProjectIx;
use gba_core::route::View;
use gba_core::text::Text;
use leptos::prelude::*;

use super::state::{plain_click, use_catalog};
use crate::ui::nav::HistoryMode;
use crate::ui::sources::SourceList;
use crate::ui::text::{fmt, msg, Tr};

/// A row of the field list.
fn row(label: impl Fn() -> &'static str + Send + Sync + 'static, value: AnyView) -> impl IntoView {
    view! { <dt class="gv-detail__term">{label}</dt><dd class="gv-detail__value">{value}</dd> }
}

fn text_or_unknown(value: Option<Text>) -> AnyView {
    match value {
        Some(t) => view! { <Tr text=t /> }.into_any(),
        None => view! { <span class="gv-unknown">{msg(Msg::NotAnnounced)}</span> }.into_any(),
    }
}

/// The detail of the project with id `id`.
#[component]
pub fn ProjectDetail(id: String) -> impl IntoView {
    let catalog = use_catalog();
    let back = move |_| catalog.go(HistoryMode::Push, |r| r.project = None);
    let found = catalog.index.with_value(|ix| ix.project_by_id(&id));
    let back_button = view! {
        <button type="button" class="gv-link-button gv-detail__back" on:click=back>
            <span aria-hidden="true">"← "</span>{msg(CatalogMsg::BackToResults)}
        </button>
    };
    let Some(p) = found else {
        return view! { <div class="gv-detail">{back_button}<p class="gv-empty">{msg(CatalogMsg::ProjectNotFound)}</p></div> }.into_any();
    };
    view! { <div class="gv-detail">{back_button}<DetailBody project=p /></div> }.into_any()
}

#[component]
fn DetailBody(project: ProjectIx) -> impl IntoView {
    let catalog = use_catalog();
    let data = catalog.index.with_value(|ix| ix.data_arc().clone());
    let p = data.projects[project.ix()].clone();
    let events = project_events(&data, project);
    let edition = p
        .edition
        .or_else(|| events.first().map(|e| data.events[e.ix()].edition));
    let investment = p.investment;
    let event_links = events
        .iter()
        .map(|&e| {
            let event = &data.events[e.ix()];
            let id = event.id.to_string();
            let href = {
                let id = id.clone();
                catalog.href(move |r| {
                    r.view = View::Timeline;
                    r.timeline.event = Some(id);
                })
            };
            view! {
                <li class="gv-detail__event">
                    <Tr text=event.title.clone() />" · "
                    <a class="gv-detail__link" href=href on:click=move |ev: leptos::ev::MouseEvent| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            let id = id.clone();
                            catalog.go_route(HistoryMode::Push, |r| { r.view = View::Timeline; r.timeline.event = Some(id); });
                        }
                    }>{msg(CatalogMsg::OnTimeline)}</a>
                </li>
            }
        })
        .collect_view();
    let has_events = !events.is_empty();
    view! {
        <article class="gv-detail__card" aria-labelledby="gv-detail-name">
            <h3 class="gv-detail__name" id="gv-detail-name" tabindex="-1"><Tr text=p.name.clone() /></h3>
            {p.description.clone().map(|t| view! { <p class="gv-detail__description"><Tr text=t /></p> })}
            <h4 class="gv-visually-hidden">{msg(CatalogMsg::Facts)}</h4>
            <dl class="gv-detail__fields">
                {row(msg(Msg::Investment), match investment {
                    Some(m) => view! { <strong class="gv-detail__amount">{fmt(move |lang| i18n::money(lang, m))}</strong> }.into_any(),
                    None => text_or_unknown(None),
                })}
                {row(msg(Msg::Stage), text_or_unknown(p.stage.map(|s| data.stage_name(s).clone())))}
                {row(msg(Msg::Industry), text_or_unknown(p.industry.map(|i| data.industries[i.ix()].name.clone())))}
                {row(msg(Msg::City), text_or_unknown(p.city.map(|c| data.cities[c.ix()].name.clone())))}
                {row(msg(Msg::Origin), text_or_unknown(p.origin.map(|r| data.regions[r.ix()].name.clone())))}
                {row(msg(CatalogMsg::CapitalType), text_or_unknown(p.capital.map(|c| data.capital_types[c.ix()].name.clone())))}
                {row(msg(Msg::Partner), text_or_unknown(p.partner.map(|o| data.organisations[o.ix()].name.clone())))}
                {row(msg(Msg::Edition), match edition {
                    Some(e) => fmt(move |lang| format!("{e}{}", Msg::EditionSuffix.text(lang))).into_any(),
                    None => text_or_unknown(None),
                })}
                {row(msg(Msg::SignedAt), if has_events {
                    view! { <ul class="gv-detail__events">{event_links}</ul> }.into_any()
                } else {
                    text_or_unknown(None)
                })}
            </dl>
            {p.note.clone().map(|n| view! { <p class="gv-detail__note">{msg(Msg::Note)}{msg(Msg::Colon)}<Tr text=n /></p> })}
            <SourceList data=data.clone() sources=p.sources.clone() />
        </article>
    }
}
