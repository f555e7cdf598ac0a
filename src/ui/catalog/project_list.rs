//! The plain project list: every field, "not announced" where no source gives a value.

use std::sync::Arc;

use gba_core::i18n::{self, Msg};
use gba_core::model::{Dataset, Project};
use gba_core::text::Text;
use leptos::prelude::*;

use crate::ui::sources::SourceList;
use crate::ui::text::{fmt, msg, Tr};

/// Every project in document order.
#[component]
pub fn ProjectList(data: Arc<Dataset>) -> impl IntoView {
    if data.projects.is_empty() {
        return view! { <p class="gv-empty">{msg(Msg::NothingToShow)}</p> }.into_any();
    }
    let count = data.projects.len();
    view! {
        <section class="gv-projects">
            <p class="gv-projects__count">{fmt(move |lang| i18n::count_projects(lang, count))}</p>
            <ul class="gv-projects__list">
                {data.projects.iter().map(|p| view! { <ProjectItem data=data.clone() project=p.clone() /> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// A value or "not announced".
fn or_not_announced(value: Option<Text>) -> AnyView {
    match value {
        Some(text) => view! { <Tr text=text /> }.into_any(),
        None => view! { <span class="gv-unknown">{msg(Msg::NotAnnounced)}</span> }.into_any(),
    }
}

/// One project.
#[component]
fn ProjectItem(data: Arc<Dataset>, project: Project) -> impl IntoView {
    let d = &data;
    let industry = project.industry.map(|i| d.industries[i.ix()].name.clone());
    let city = project.city.map(|c| d.cities[c.ix()].name.clone());
    let origin = project.origin.map(|r| d.regions[r.ix()].name.clone());
    let stage = project.stage.map(|s| d.stage_name(s).clone());
    let partner = project
        .partner
        .map(|o| d.organisations[o.ix()].name.clone());
    let event = project.event.map(|e| d.events[e.ix()].title.clone());
    let investment = project.investment;
    let row = |label: Msg, value: AnyView| view! { <dt class="gv-project__term">{msg(label)}</dt><dd class="gv-project__value">{value}</dd> };
    view! {
        <li class="gv-project">
            <h3 class="gv-project__name"><Tr text=project.name.clone() /></h3>
            <dl class="gv-project__fields">
                {row(Msg::Investment, match investment {
                    Some(m) => view! { <span class="gv-project__amount">{fmt(move |lang| i18n::money(lang, m))}</span> }.into_any(),
                    None => or_not_announced(None),
                })}
                {row(Msg::Stage, or_not_announced(stage))}
                {row(Msg::Partner, or_not_announced(partner))}
                {row(Msg::City, or_not_announced(city))}
                {row(Msg::Industry, or_not_announced(industry))}
                {row(Msg::Origin, or_not_announced(origin))}
                {row(Msg::SignedAt, or_not_announced(event))}
            </dl>
            {project.description.clone().map(|t| view! { <p class="gv-project__description"><Tr text=t /></p> })}
            {project.note.clone().map(|n| view! { <p class="gv-project__note">{msg(Msg::Note)}{msg(Msg::Colon)}<Tr text=n /></p> })}
            <SourceList data=data.clone() sources=project.sources.clone() />
        </li>
    }
}
