//! The two views as tabs of links (each a real URL, so they open in a new tab too).

use gba_core::i18n::Msg;
use gba_core::route::View;
use leptos::prelude::*;

use crate::ui::nav::{HistoryMode, Nav};
use crate::ui::text::msg;

/// Timeline | Projects.
#[component]
pub fn ViewTabs() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let tab = move |view: View, label: Msg| {
        let href = move || {
            let mut route = nav.route.get();
            route.view = view;
            nav.href(&route)
        };
        let current = move || nav.route.with(|r| r.view == view);
        view! {
            <a
                class="gv-tabs__tab"
                class:gv-tabs__tab--current=current
                href=href
                aria-current=move || current().then_some("page")
                on:click=move |ev: leptos::ev::MouseEvent| {
                    // Plain clicks stay in the app; modified clicks (new tab) follow the link.
                    if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
                        ev.prevent_default();
                        nav.go(HistoryMode::Push, |r| r.view = view);
                    }
                }
            >
                {msg(label)}
            </a>
        }
    };
    view! {
        <nav class="gv-tabs" aria-label=msg(Msg::ViewsLabel)>
            {tab(View::Timeline, Msg::TimelineTab)}
            {tab(View::Catalog, Msg::ProjectsTab)}
        </nav>
    }
}
