//! One project in the result list: its name (a link to its detail) and key facts.

use gba_core::i18n::{self, Msg};
use gba_core::model::ProjectIx;
use gba_core::text::Text;
use leptos::prelude::*;

use super::state::{plain_click, use_catalog};
use crate::ui::nav::HistoryMode;
use crate::ui::text::{fmt, msg, Tr};

/// A fact or "not announced".
fn fact(label: Msg, value: Option<Text>) -> impl IntoView {
    view! {
        <div class="gv-result__fact">
            <dt class="gv-result__term">{msg(label)}</dt>
            <dd class="gv-result__value">
                {match value {
                    Some(t) => view! { <Tr text=t /> }.into_any(),
                    None => view! { <span class="gv-unknown">{msg(Msg::NotAnnounced)}</span> }.into_any(),
                }}
            </dd>
        </div>
    }
}

/// One result.
#[component]
pub fn ResultItem(project: ProjectIx) -> impl IntoView {
    let catalog = use_catalog();
    let (p, d) = catalog.index.with_value(|ix| {
        (
            ix.data().projects[project.ix()].clone(),
            ix.data_arc().clone(),
        )
    });
    let id = p.id.to_string();
    let href = {
        let id = id.clone();
        move || catalog.href(|r| r.catalog.project = Some(id.clone()))
    };
    let open = move |ev: leptos::ev::MouseEvent| {
        if plain_click(&ev) {
            ev.prevent_default();
            let id = id.clone();
            catalog.go(HistoryMode::Push, |r| r.project = Some(id));
        }
    };
    let stage = p.stage;
    let investment = p.investment;
    view! {
        <li class="gv-result">
            <div class="gv-result__head">
                <h3 class="gv-result__name">
                    <a class="gv-result__link" href=href on:click=open><Tr text=p.name.clone() /></a>
                </h3>
                <p class="gv-result__amount" class:gv-unknown=investment.is_none()>
                    {match investment {
                        Some(m) => fmt(move |lang| i18n::money(lang, m)).into_any(),
                        None => msg(Msg::NotAnnounced).into_any(),
                    }}
                </p>
            </div>
            <dl class="gv-result__facts">
                {fact(Msg::City, p.city.map(|c| d.cities[c.ix()].name.clone()))}
                {fact(Msg::Industry, p.industry.map(|i| d.industries[i.ix()].name.clone()))}
                <div class="gv-result__fact">
                    <dt class="gv-result__term">{msg(Msg::Stage)}</dt>
                    <dd class="gv-result__value">
                        {match stage {
                            Some(s) => view! { <span class=format!("gv-stage gv-stage--{}", s.ix())><Tr text=d.stage_name(s).clone() /></span> }.into_any(),
                            None => view! { <span class="gv-unknown">{msg(Msg::NotAnnounced)}</span> }.into_any(),
                        }}
                    </dd>
                </div>
                {fact(Msg::Partner, p.partner.map(|o| d.organisations[o.ix()].name.clone()))}
            </dl>
        </li>
    }
}
