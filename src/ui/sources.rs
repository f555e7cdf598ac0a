//! The sources a record cites, with safe links.

use std::sync::Arc;

use gba_core::i18n::{self, Msg};
use gba_core::model::{Dataset, SourceIx};
use gba_core::validate::is_safe_url;
use leptos::prelude::*;

use crate::ui::text::{fmt, msg, Tr};

/// "Sources: S2 Hong Kong Commercial Daily, 2020-12-04 …".
#[component]
pub fn SourceList(data: Arc<Dataset>, sources: Vec<SourceIx>) -> impl IntoView {
    view! {
        <div class="gv-sources">
            <span class="gv-sources__label">{msg(Msg::Sources)}</span>
            <ul class="gv-sources__list">
                {sources.into_iter().map(|ix| {
                    let s = data.sources[ix.ix()].clone();
                    let date = s.date;
                    // The validator only keeps http(s) links; checked again because this is where
                    // a link becomes clickable.
                    let link = s.url.clone().filter(|u| is_safe_url(u));
                    view! {
                        <li class="gv-sources__item">
                            <span class="gv-sources__id">{s.id.to_string()}</span>" "
                            <span class="gv-sources__publisher"><Tr text=s.publisher.clone() /></span>
                            {date.map(|d| view! { <span class="gv-sources__date">" · "{fmt(move |lang| i18n::partial_date(lang, d))}</span> })}
                            " · "<cite class="gv-sources__title"><Tr text=s.title.clone() /></cite>
                            {match link {
                                Some(url) => view! {
                                    " "<a class="gv-sources__link" href=url.to_string() target="_blank" rel="noopener noreferrer">{msg(Msg::OpenSource)}</a>
                                }.into_any(),
                                None => view! { " "<span class="gv-sources__nolink">"("{msg(Msg::NoLink)}")"</span> }.into_any(),
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
