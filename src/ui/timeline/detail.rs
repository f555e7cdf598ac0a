//! An event's detail: time at its precision, venue, city, participants with their roles,
//! summary, projects (with a link to them in the catalog), figures and sources. Escape or the
//! close button returns focus to the event.

use gba_core::i18n::{self, Msg, TimelineMsg};
use gba_core::model::{EventIx, When};
use gba_core::route::View;
use gba_core::text::{Lang, Text};
use gba_core::timeline::{labels, related};
use leptos::prelude::*;

use super::state::Tl;
use crate::ui::sources::SourceList;
use crate::ui::text::{msg, use_lang, Tr};

/// A term and its value, or "not announced".
fn fact(label: &'static str, value: Option<Text>, lang: Lang) -> impl IntoView {
    view! {
        <dt class="gv-tl-detail__term">{label}</dt>
        <dd class="gv-tl-detail__value">
            {match value {
                Some(t) => view! { <Tr text=t /> }.into_any(),
                None => view! { <span class="gv-unknown">{Msg::NotAnnounced.text(lang)}</span> }.into_any(),
            }}
        </dd>
    }
}

/// The detail of one event.
fn detail(tl: Tl, ix: EventIx, lang: Lang) -> impl IntoView {
    let data = tl.data();
    let e = &data.events[ix.ix()];
    let kind = data.event_kinds[e.kind.ix()].name.get(lang);
    let precise = matches!(e.start, When::At(_));
    let when = i18n::span(lang, e.start, e.end);
    let projects = related::projects(&data, ix);
    let figures = related::figures(&data, ix);
    let id = e.id.to_string();
    let catalog = move || {
        let mut r = tl.nav.route.get();
        r.view = View::Catalog;
        r.catalog.events = vec![id.clone()];
        r
    };
    let catalog_href = catalog.clone();
    let participants = e.participants.iter().map(|p| {
        let position = match p.who {
            gba_core::model::Who::Person(x) => data.people[x.ix()].position.clone(),
            _ => None,
        };
        view! {
            <li class="gv-tl-detail__person">
                <span class="gv-tl-detail__name"><Tr text=data.who_name(p.who).clone() /></span>
                {position.map(|t| view! { <span class="gv-tl-detail__position"><Tr text=t /></span> })}
                {p.role.clone().map(|t| view! { <span class="gv-tl-detail__role"><Tr text=t /></span> })}
            </li>
        }
    });
    let project_list = (!projects.is_empty()).then(|| {
        let n = projects.len();
        view! {
            <h4 class="gv-tl-detail__heading">{TimelineMsg::Projects.text(lang)}</h4>
            <ul class="gv-tl-detail__list">
                {projects.iter().map(|p| view! { <li><Tr text=data.projects[p.ix()].name.clone() /></li> }).collect_view()}
            </ul>
            <a class="gv-tl-detail__catalog" href=move || tl.nav.href(&catalog_href())
                on:click=move |ev: leptos::ev::MouseEvent| {
                    if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                        ev.prevent_default();
                        let next = catalog();
                        tl.go(|r| *r = next);
                    }
                }>
                {labels::projects_link(lang, n)}
            </a>
        }
    });
    let figure_list = (!figures.is_empty()).then(|| {
        // The same figure cards as the history columns, drawn by the same code.
        let host = NodeRef::<leptos::html::Div>::new();
        let fig_data = data.clone();
        Effect::new(move |_| {
            if let Some(host) = host.get() {
                let mut h = super::markup::Html::default();
                super::history::figures(
                    &mut h,
                    &fig_data,
                    lang,
                    &figures,
                    "gv-tl-figs gv-tl-figs--detail",
                );
                h.mount(&host);
            }
        });
        view! {
            <h4 class="gv-tl-detail__heading">{TimelineMsg::EventFigures.text(lang)}</h4>
            <div node_ref=host></div>
        }
    });
    let mark = tl.live.with(|l| l.mark(ix));
    view! {
        <p class="gv-tl-detail__kicker">{format!("{kind} · {}", labels::edition(lang, e.edition))}</p>
        <h3 class="gv-tl-detail__title" tabindex="-1"><Tr text=e.title.clone() /></h3>
        {mark.map(|m| view! { <p class="gv-tl-detail__live">{labels::mark(m).text(lang)}</p> })}
        <dl class="gv-tl-detail__facts">
            <dt class="gv-tl-detail__term">{TimelineMsg::When.text(lang)}</dt>
            <dd class="gv-tl-detail__value">
                {when}
                {(!precise && e.start != When::Undated).then(|| view! {
                    <span class="gv-tl-detail__precision">{TimelineMsg::TimeNotAnnounced.text(lang)}</span>
                })}
            </dd>
            {fact(Msg::Venue.text(lang), e.venue.clone(), lang)}
            {fact(Msg::City.text(lang), e.city.map(|c| data.cities[c.ix()].name.clone()), lang)}
        </dl>
        {e.summary.clone().map(|s| view! { <p class="gv-tl-detail__summary"><Tr text=s /></p> })}
        {(!e.participants.is_empty()).then(|| view! {
            <h4 class="gv-tl-detail__heading">{Msg::Participants.text(lang)}</h4>
            <ul class="gv-tl-detail__list">{participants.collect_view()}</ul>
        })}
        {project_list}
        {figure_list}
        {e.note.clone().map(|n| view! { <p class="gv-tl-detail__note">{Msg::Note.text(lang)}{Msg::Colon.text(lang)}<Tr text=n /></p> })}
        <SourceList data=data.clone() sources=e.sources.clone() />
    }
}

/// The detail panel of the selected event, if any.
#[component]
pub fn Detail(tl: Tl) -> impl IntoView {
    let lang = use_lang();
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            tl.close();
        }
    };
    move || {
        let ix = tl.selected.get()?;
        let lang = lang.get();
        Some(view! {
            <section class="gv-tl-detail" aria-label=tl.data().events[ix.ix()].title.get(lang).to_owned() on:keydown=keys>
                <button type="button" class="gv-tl-detail__close" on:click=move |_| tl.close()
                    aria-label=msg(TimelineMsg::Close)>
                    <span aria-hidden="true">"×"</span>
                </button>
                {detail(tl, ix, lang)}
            </section>
        })
    }
}
