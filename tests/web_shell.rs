//! Browser tests of the shell: components mounted in headless Chromium (`cargo test --target
//! wasm32-unknown-unknown`, see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use gba_core::text::Lang;
use gba_core::validate::load_str;
use gba_visit_explorer::boot::MountConfig;
use gba_visit_explorer::ui::app::{App, Explorer};
use gba_visit_explorer::ui::load::Ready;
use gba_visit_explorer::ui::nav::Nav;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{container, texts, wait_for};

const BUNDLED: &str = include_str!("../public/data/visit.json");

#[wasm_bindgen_test]
async fn explorer_renders_every_event_and_switches_language() {
    let loaded = Arc::new(Ready::from(load_str(BUNDLED).expect("bundled dataset")));
    // The timeline opens on the latest edition's days.
    let events = loaded
        .data
        .events
        .iter()
        .filter(|e| e.edition.0 == 2020)
        .count();
    let root = container();
    let lang = RwSignal::new(Lang::Zh);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context::<Signal<Lang>>(lang.into());
        provide_context(Nav::from_url());
        view! { <Explorer ready=loaded.clone() /> }
    });
    leptos::task::tick().await;
    assert!(wait_for(&root, "[role=option]").await);

    assert_eq!(texts(&root, "[role=listbox] [role=option]").len(), events);
    let title = texts(&root, ".gv-header__title");
    assert_eq!(title, ["江西对接粤港澳大湾区经贸合作活动"]);
    assert!(texts(&root, ".gv-tl-undated__title")
        .iter()
        .any(|h| h.contains("日期未公布")));

    // Clicking the switch changes the route; here the test drives the language signal directly
    // and checks that every visible string follows it.
    lang.set(Lang::En);
    leptos::task::tick().await;
    common::sleep(50).await;
    assert_eq!(
        texts(&root, ".gv-header__title"),
        ["Jiangxi–Greater Bay Area Economic and Trade Mission"]
    );
    assert!(texts(&root, ".gv-tl-undated__title")
        .iter()
        .any(|h| h.contains("Date not announced")));
    assert!(texts(&root, ".gv-tl-day__date")
        .iter()
        .any(|h| h == "4 Dec Friday"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn app_shows_a_bilingual_error_with_retry_when_the_data_is_missing() {
    let root = container();
    let config = MountConfig {
        lang: Some(Lang::En),
        timeout_ms: 5_000,
        ..MountConfig::for_url("/no-such-file.json")
    };
    let handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <App config=config.clone() /> },
    );
    assert!(wait_for(&root, ".gv-error").await, "an error panel appears");
    let messages = texts(&root, ".gv-error__message");
    assert!(messages[0].contains("HTTP 404"), "{messages:?}");
    assert!(
        messages[1].contains("数据未能载入"),
        "the other language is shown too: {messages:?}"
    );
    assert_eq!(texts(&root, ".gv-error button"), ["Retry"]);
    drop(handle);
}

/// A `Nav` mounted for `config` (reading the test page's own URL), with its mount handle.
fn mounted_nav(config: MountConfig) -> (Nav, impl Drop) {
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let keep = slot.clone();
    let handle = leptos::mount::mount_to(container(), move || {
        keep.set(Some(Nav::for_config(&config)));
        view! { <p>"nav"</p> }
    });
    (slot.get().expect("mounted"), handle)
}

/// A click: the other view, pushed (the route changes now, its URL in a later task).
fn click_other_view(nav: Nav) {
    use gba_core::route::View;
    use gba_visit_explorer::ui::nav::HistoryMode;
    nav.go(HistoryMode::Push, |r| {
        r.view = match r.view {
            View::Timeline => View::Catalog,
            View::Catalog => View::Timeline,
        }
    });
}

#[wasm_bindgen_test]
async fn back_before_a_click_reaches_the_url_leaves_the_url_where_back_went() {
    use gba_core::route::{Route, Slot};
    let window = web_sys::window().unwrap();
    let before = window.location().href().unwrap();
    let (nav, handle) = mounted_nav(MountConfig {
        mode: gba_visit_explorer::boot::EmbedMode::Page,
        slot: Slot::Fragment,
        ..MountConfig::for_url("")
    });
    let start = nav.route.get_untracked();
    click_other_view(nav);
    assert_ne!(nav.route.get_untracked(), start);
    // ... and Back arrives first (the URL has not moved: Back leaves it as it is here).
    window
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
    common::sleep(30).await;
    assert_eq!(window.location().href().unwrap(), before);
    assert_eq!(nav.route.get_untracked(), Route::parse(&before));
    drop(handle);
}

#[wasm_bindgen_test]
async fn in_an_iframe_the_host_pages_back_overtaking_a_click_wins_too() {
    use gba_core::route::{Route, Slot};
    use gba_visit_explorer::boot::EmbedMode;
    let window = web_sys::window().unwrap();
    let origin = window.location().origin().unwrap();
    let (nav, handle) = mounted_nav(MountConfig {
        mode: EmbedMode::Iframe {
            host_origin: Some(origin),
        },
        slot: Slot::Fragment,
        ..MountConfig::for_url("")
    });
    let start = nav.route.get_untracked();
    click_other_view(nav);
    // The host page's Back, told by gv-embed.js, arrives before the click's write. (The test
    // page is its own parent, so the message comes from the "parent" at the host's origin.)
    js_sys::eval(&format!(
        "window.dispatchEvent(new MessageEvent('message', {{ data: {{ type: 'gv:navigate', route: {:?} }}, origin: location.origin, source: window }}))",
        start.to_fragment()
    ))
    .unwrap();
    common::sleep(30).await;
    assert_eq!(nav.route.get_untracked(), start);
    let hash = window.location().hash().unwrap();
    let now = Route::parse(hash.strip_prefix('#').unwrap_or(&hash));
    assert_eq!(now, start, "the URL kept the host's route");
    drop(handle);
}
