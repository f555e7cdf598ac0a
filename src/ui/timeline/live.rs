//! The clock and the live bar: during an edition's days, what is under way and what is next.

use std::time::Duration;

use gba_core::i18n::TimelineMsg;
use gba_core::time::DateTime;
use gba_core::timeline::labels;
use gba_core::timeline::live::Mark;
use leptos::prelude::*;

use super::state::Tl;
use crate::ui::nav::Nav;
use crate::ui::text::use_lang;

/// The clock in China Standard Time: the link's `now=` if given (demos, tests), else the
/// browser's clock, read every 30 seconds.
pub fn use_clock(nav: Nav) -> Signal<DateTime> {
    let read = || DateTime::from_unix_ms_cst(js_sys::Date::now() as i64);
    let tick = RwSignal::new(read());
    if let Ok(handle) = set_interval_with_handle(move || tick.set(read()), Duration::from_secs(30))
    {
        on_cleanup(move || handle.clear());
    }
    let fixed = Memo::new(move |_| nav.route.with(|r| r.now));
    Signal::derive(move || fixed.get().unwrap_or_else(|| tick.get()))
}

/// Shown only during an edition's days.
#[component]
pub fn LiveBar(tl: Tl) -> impl IntoView {
    let lang = use_lang();
    move || {
        let live = tl.live.get();
        live.edition?;
        let (lang, data, now) = (lang.get(), tl.data(), tl.now.get());
        let marks = live.marks.into_iter().map(|(ix, mark)| {
            let title = data.events[ix.ix()].title.get(lang).to_owned();
            view! {
                <li class="gv-tl-live__item">
                    <span class="gv-tl-live__mark" class:gv-tl-live__mark--next=mark == Mark::Next>
                        {labels::mark(mark).text(lang)}
                    </span>
                    <button type="button" class="gv-tl-live__event" on:click=move |_| tl.open(ix)>{title}</button>
                </li>
            }
        });
        Some(view! {
            <section class="gv-tl-live" aria-label=TimelineMsg::Now.text(lang)>
                <p class="gv-tl-live__clock">
                    <span class="gv-tl-live__dot" aria-hidden="true"></span>
                    {labels::clock(lang, now)}
                </p>
                <ul class="gv-tl-live__list">{marks.collect_view()}</ul>
            </section>
        })
    }
}
