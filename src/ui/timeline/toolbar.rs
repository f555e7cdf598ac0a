//! The zoom switch (each edition's days, or all editions: one click) and the lane switch.

use gba_core::i18n::TimelineMsg;
use gba_core::route::{LaneBy, Zoom};
use gba_core::timeline::labels;
use gba_core::timeline::scope::{editions, Scope};
use leptos::prelude::*;

use super::state::Tl;
use crate::ui::text::{msg, use_lang};

/// A button of a segmented switch.
fn segment(
    label: impl Fn() -> String + Send + Sync + 'static,
    pressed: impl Fn() -> bool + Send + Sync + 'static,
    on: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    // Erased here so the button's view is compiled once for every segment.
    segment_view(
        Signal::derive(label),
        Signal::derive(pressed),
        Callback::new(move |()| on()),
    )
}

fn segment_view(label: Signal<String>, pressed: Signal<bool>, on: Callback<()>) -> impl IntoView {
    view! {
        <button type="button" class="gv-tl-seg__button"
            aria-pressed=move || if pressed.get() { "true" } else { "false" }
            on:click=move |_| on.run(())>
            {label}
        </button>
    }
}

/// Zoom and lanes.
#[component]
pub fn Toolbar(tl: Tl) -> impl IntoView {
    let lang = use_lang();
    let zooms = editions(&tl.data()).into_iter().map(|e| {
        segment(
            move || labels::edition_button(lang.get(), e),
            move || tl.scope.get() == Scope::Visit(e),
            move || tl.go(|r| r.timeline.zoom = Zoom::Visit(Some(e))),
        )
    });
    let lanes = LaneBy::ALL.into_iter().map(|by| {
        let label = match by {
            LaneBy::Kind => TimelineMsg::ByKind,
            LaneBy::City => TimelineMsg::ByCity,
        };
        segment(
            move || label.text(lang.get()).to_owned(),
            move || tl.nav.route.with(|r| r.timeline.lanes == by),
            move || tl.go(|r| r.timeline.lanes = by),
        )
    });
    let visit = move || tl.scope.get() != Scope::History;
    view! {
        <div class="gv-tl-bar">
            <div class="gv-tl-seg" role="group" aria-label=msg(TimelineMsg::Zoom)>
                <span class="gv-tl-seg__label" aria-hidden="true">{msg(TimelineMsg::Zoom)}</span>
                {zooms.collect_view()}
                {segment(
                    move || TimelineMsg::History.text(lang.get()).to_owned(),
                    move || tl.scope.get() == Scope::History,
                    move || tl.go(|r| r.timeline.zoom = Zoom::History),
                )}
            </div>
            <div class="gv-tl-seg gv-tl-seg--lanes" role="group" aria-label=msg(TimelineMsg::Lanes)
                class:gv-tl-seg--off=move || !visit()>
                <span class="gv-tl-seg__label" aria-hidden="true">{msg(TimelineMsg::Lanes)}</span>
                {lanes.collect_view()}
            </div>
        </div>
    }
}
