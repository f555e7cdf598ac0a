//! The project catalog view.

mod project_list;

use std::sync::Arc;

use gba_core::model::Dataset;
use leptos::prelude::*;

use project_list::ProjectList;

/// The catalog view: what the Projects tab shows.
#[component]
pub fn CatalogView(
    /// The loaded dataset.
    data: Arc<Dataset>,
) -> impl IntoView {
    view! { <ProjectList data=data /> }
}
