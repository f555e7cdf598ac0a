//! The timeline view.

mod event_list;

use std::sync::Arc;

use gba_core::model::Dataset;
use leptos::prelude::*;

use event_list::EventList;

/// The timeline view: what the Timeline tab shows.
#[component]
pub fn TimelineView(
    /// The loaded dataset.
    data: Arc<Dataset>,
) -> impl IntoView {
    view! { <EventList data=data /> }
}
