//! The app root: the one async boundary. Loads the dataset, shows loading, error or content.

use std::sync::Arc;

use gba_core::prefs::{Contrast, TextSize};
use gba_core::route::View;
use gba_core::text::Lang;
use leptos::prelude::*;

use super::catalog::CatalogView;
use super::load::{fetch_dataset, LoadProgress, Ready};
use super::nav::Nav;
use super::shell::{
    initial_prefs, DataNotice, Header, LoadErrorPanel, Loading, PrefsSignal, ViewTabs,
};
use super::text::HeadingBase;
use super::timeline::TimelineView;
use crate::boot::{EmbedMode, MountConfig};
use crate::ui::effect::dom_effect;

/// One mounted app.
#[component]
pub fn App(
    /// Where the data is and what to show first.
    config: MountConfig,
) -> impl IntoView {
    let nav = Nav::for_config(&config);
    if let Some(view) = config.view {
        // data-view sets the first view only when the link does not name one.
        if nav.route.get_untracked().to_fragment().is_empty() {
            nav.route.update(|r| r.view = view);
        }
    }
    let (data_url, timeout_ms) = (config.data_url.clone(), config.timeout_ms);
    let progress: LoadProgress = RwSignal::new(None);
    let data = LocalResource::new(move || fetch_dataset(data_url.clone(), timeout_ms, progress));

    // URL, then data-lang, then the browser, then the dataset's default.
    let preferred = config.lang.or(config.browser_lang);
    let lang = Memo::new(move |_| {
        nav.route
            .with(|r| r.lang)
            .or(preferred)
            .or_else(|| {
                data.get()
                    .and_then(|r| r.ok())
                    .map(|l| l.data.meta.default_lang)
            })
            .unwrap_or(Lang::Zh)
    });
    provide_context::<Signal<Lang>>(lang.into());
    provide_context(nav);
    provide_context(config.clone());
    provide_context(HeadingBase(config.heading_level));
    let prefs = RwSignal::new(initial_prefs());
    provide_context(PrefsSignal(prefs));
    if config.mode != EmbedMode::InPage {
        // The app owns the document: its language and title follow the app. (In a host page
        // only the app's own element carries `lang`.)
        dom_effect(move |_| {
            let lang = lang.get();
            let title = data
                .get()
                .and_then(|r| r.ok())
                .map(|l| l.data.meta.title.get(lang).to_owned());
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                if let Some(root) = document.document_element() {
                    let _ = root.set_attribute("lang", lang.bcp47());
                }
                if let Some(title) = title {
                    document.set_title(&title);
                }
            }
        });
    }

    view! {
        <div
            class="gv-app"
            class:gv-app--large=move || prefs.with(|p| p.text == TextSize::Large)
            class:gv-app--contrast=move || prefs.with(|p| p.contrast == Contrast::High)
            lang=move || lang.get().bcp47()
        >
            {move || match data.get() {
                None => view! { <Loading progress=progress /> }.into_any(),
                Some(Err(error)) => view! { <LoadErrorPanel error=error on_retry=move || data.refetch() /> }.into_any(),
                Some(Ok(ready)) => view! { <Explorer ready=ready /> }.into_any(),
            }}
        </div>
    }
}

/// The loaded app: header, notice, the two views.
#[component]
pub fn Explorer(
    /// The checked and indexed dataset, with its report.
    ready: Arc<Ready>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    // Shared, never copied: every view below borrows from this one Arc.
    let data = ready.data.clone();
    let report = ready.report.clone();
    let view_now = Memo::new(move |_| nav.route.with(|r| r.view));
    let timeline_data = data.clone();
    let index = ready.index.clone();
    let config = use_context::<MountConfig>().unwrap_or_else(|| MountConfig::for_url(""));
    // Ids must be unique per page, and a host page may mount several apps.
    let prefix = match &config.slot {
        gba_core::route::Slot::QueryParam(key) => key.clone(),
        gba_core::route::Slot::Fragment => "gv".to_owned(),
    };
    let title_id = format!("{prefix}-title");
    let content = move || match view_now.get() {
        View::Timeline => view! { <TimelineView data=timeline_data.clone() /> }.into_any(),
        View::Catalog => view! { <CatalogView index=index.clone() /> }.into_any(),
    };
    // On its own page the app is the page's main content; inside a host page it is a region
    // of the host's main content, labelled by its title.
    let body = if config.mode == EmbedMode::InPage {
        view! { <section class="gv-main" aria-labelledby=title_id.clone()>{content}</section> }
            .into_any()
    } else {
        view! { <main class="gv-main" id=format!("{prefix}-main")>{content}</main> }.into_any()
    };
    view! {
        <Header data=data.clone() title_id=title_id.clone() />
        <DataNotice report=report />
        <ViewTabs />
        {body}
    }
}
