//! The plain agenda: events grouped by day, undated ones in their edition's own group.

use std::sync::Arc;

use gba_core::i18n::{self, Msg};
use gba_core::model::{Dataset, Event, EventIx};
use gba_core::text::Lang;
use gba_core::timeline::agenda::{group_by_day, GroupKey};
use leptos::prelude::*;

use crate::ui::sources::SourceList;
use crate::ui::text::{fmt, msg, Tr};

/// Every event, grouped by day.
#[component]
pub fn EventList(data: Arc<Dataset>) -> impl IntoView {
    let groups = group_by_day(&data, (0..data.events.len()).map(|i| EventIx(i as u32)));
    if groups.is_empty() {
        return view! { <p class="gv-empty">{msg(Msg::NothingToShow)}</p> }.into_any();
    }
    view! {
        <section class="gv-agenda">
            {groups.into_iter().map(|group| {
                let heading = move |lang: Lang| match group.key {
                    GroupKey::Day(day) => format!("{} {}", i18n::date(lang, day), i18n::weekday(lang, day)),
                    GroupKey::Undated(edition) => format!("{}{} · {}", edition, Msg::EditionSuffix.text(lang), Msg::DateNotAnnounced.text(lang)),
                };
                let undated = matches!(group.key, GroupKey::Undated(_));
                let data = data.clone();
                view! {
                    <section class="gv-agenda__day" class:gv-agenda__day--undated=undated>
                        <h2 class="gv-agenda__heading">{fmt(heading)}</h2>
                        <ol class="gv-agenda__events">
                            {group.events.into_iter().map(|ix| view! { <EventItem data=data.clone() event=data.events[ix.ix()].clone() /> }).collect_view()}
                        </ol>
                    </section>
                }
            }).collect_view()}
        </section>
    }
    .into_any()
}

/// One event with its details.
#[component]
fn EventItem(data: Arc<Dataset>, event: Event) -> impl IntoView {
    let kind = data.event_kinds[event.kind.ix()].name.clone();
    let city = event.city.map(|c| data.cities[c.ix()].name.clone());
    let (start, end) = (event.start, event.end);
    let participants: Vec<_> = event
        .participants
        .iter()
        .map(|p| (data.who_name(p.who).clone(), p.role.clone()))
        .collect();
    view! {
        <li class="gv-event">
            <p class="gv-event__meta">
                <span class="gv-event__when">{fmt(move |lang| i18n::span(lang, start, end))}</span>
                " · "<span class="gv-event__kind"><Tr text=kind /></span>
                {city.map(|c| view! { " · "<span class="gv-event__city"><Tr text=c /></span> })}
            </p>
            <h3 class="gv-event__title"><Tr text=event.title.clone() /></h3>
            {event.venue.clone().map(|v| view! { <p class="gv-event__venue">{msg(Msg::Venue)}{msg(Msg::Colon)}<Tr text=v /></p> })}
            {event.summary.clone().map(|s| view! { <p class="gv-event__summary"><Tr text=s /></p> })}
            {(!participants.is_empty()).then(|| view! {
                <p class="gv-event__participants">
                    <span class="gv-event__label">{msg(Msg::Participants)}{msg(Msg::Colon)}</span>
                    {participants.into_iter().enumerate().map(|(i, (name, role))| view! {
                        {(i > 0).then_some("; ")}
                        <Tr text=name />
                        {role.map(|r| view! { " ("<Tr text=r />")" })}
                    }).collect_view()}
                </p>
            })}
            {event.note.clone().map(|n| view! { <p class="gv-event__note">{msg(Msg::Note)}{msg(Msg::Colon)}<Tr text=n /></p> })}
            <SourceList data=data.clone() sources=event.sources.clone() />
        </li>
    }
}
