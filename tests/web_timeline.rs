//! Browser tests of the timeline: the bundled data drawn in headless Chromium, driven with the
//! keyboard and the mouse (`cargo test --target wasm32-unknown-unknown`, see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use gba_core::text::Lang;
use gba_core::validate::load_str;
use gba_visit_explorer::ui::app::Explorer;
use gba_visit_explorer::ui::load::Ready;
use gba_visit_explorer::ui::nav::{HistoryMode, Nav};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{container, sleep, texts, wait_for, wait_until};

const BUNDLED: &str = include_str!("../public/data/visit.json");

/// Mounts the explorer at a fragment, in a language; waits until the timeline is drawn.
async fn mount(fragment: &str, lang: Lang) -> (web_sys::HtmlElement, RwSignal<Lang>, Nav) {
    mount_data(BUNDLED, fragment, lang).await
}

/// Like `mount`, with another dataset.
async fn mount_data(
    json: &str,
    fragment: &str,
    lang: Lang,
) -> (web_sys::HtmlElement, RwSignal<Lang>, Nav) {
    let window = web_sys::window().unwrap();
    let _ = window.history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(fragment),
    );
    let loaded = Arc::new(Ready::from(load_str(json).expect("valid dataset")));
    let root = container();
    let lang = RwSignal::new(lang);
    let nav = StoredValue::new_local(None::<Nav>);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context::<Signal<Lang>>(lang.into());
        let n = Nav::from_url();
        nav.set_value(Some(n));
        provide_context(n);
        view! { <Explorer ready=loaded.clone() /> }
    });
    handle.forget();
    assert!(wait_for(&root, "[role=option]").await, "cards are drawn");
    sleep(20).await;
    (root, lang, nav.get_value().unwrap())
}

fn cards(root: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let list = root
        .query_selector_all("[role=listbox] [role=option]")
        .unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

/// Dispatches a `keydown` the way a key press does (it bubbles to the timeline's listener).
fn press(target: &web_sys::Element, key: &str) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let ctor: js_sys::Function =
        js_sys::Reflect::get(&web_sys::window().unwrap(), &"KeyboardEvent".into())
            .unwrap()
            .dyn_into()
            .unwrap();
    let args = js_sys::Array::of2(&"keydown".into(), &init);
    let event: web_sys::Event = js_sys::Reflect::construct(&ctor, &args)
        .unwrap()
        .dyn_into()
        .unwrap();
    target.dispatch_event(&event).unwrap();
}

fn focused_text() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_2020_visit_places_dated_events_and_keeps_undated_ones_apart() {
    let (root, lang, _) = mount("#/timeline", Lang::Zh).await;
    let all = cards(&root);
    assert_eq!(all.len(), 13, "the 2020 edition's events");
    let on_track = root
        .query_selector_all(".gv-tl-track [role=option]")
        .unwrap();
    assert_eq!(
        on_track.length(),
        2,
        "only the two dated events are on the axis"
    );
    let first: web_sys::HtmlElement = on_track.item(0).unwrap().dyn_into().unwrap();
    // 08:00 of the first of two days shown 07:00–22:00: 60 of the day's 900 minutes, placed
    // in the box of its day, which is the first half of the track (3.33% of the track, rounded
    // down to the basis point, is 6.66% of the box).
    assert_eq!(first.style().get_property_value("left").unwrap(), "6.66%");
    let days: Vec<String> = (0..2)
        .map(|i| {
            let b = root.query_selector_all(".gv-tl-daybox").unwrap().item(i);
            let b: web_sys::HtmlElement = b.unwrap().dyn_into().unwrap();
            b.style().get_property_value("left").unwrap()
        })
        .collect();
    assert_eq!(days, ["0%", "50%"]);
    assert!(first.text_content().unwrap().contains("12月3日上午"));
    let undated = texts(&root, ".gv-tl-undated [role=option]");
    assert_eq!(undated.len(), 11);
    assert!(undated.iter().all(|t| t.contains("日期未公布")));
    assert_eq!(
        root.query_selector_all("[role=option][tabindex=\"0\"]")
            .unwrap()
            .length(),
        1,
        "one tab stop"
    );

    lang.set(Lang::En);
    sleep(50).await;
    assert!(texts(&root, ".gv-tl-undated__title")
        .iter()
        .any(|t| t == "Date not announced"));
    assert!(cards(&root)[1]
        .text_content()
        .unwrap()
        .contains("4 Dec, morning"));
}

#[wasm_bindgen_test]
async fn keys_move_the_tab_stop_and_open_and_close_the_detail() {
    let (root, _, nav) = mount("#/timeline?lang=en", Lang::En).await;
    let first = cards(&root)[0].clone();
    first.focus().unwrap();
    press(&first, "ArrowRight");
    sleep(20).await;
    assert!(focused_text().contains("Investment Cooperation Promotion Conference"));
    let second = cards(&root)[1].clone();
    assert_eq!(second.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("-1"));

    press(&second, "End");
    sleep(20).await;
    assert!(focused_text().contains("City-level events"));
    press(&cards(&root)[12], "Home");
    sleep(20).await;
    assert!(focused_text().contains("Electronic Information"));

    press(&first, "Enter");
    assert!(wait_for(&root, ".gv-tl-detail__title").await);
    assert_eq!(
        nav.route.get_untracked().timeline.event.as_deref(),
        Some("ev2020-electronics-promotion")
    );
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    let detail = root.query_selector(".gv-tl-detail").unwrap().unwrap();
    press(&detail, "Escape");
    sleep(30).await;
    assert!(root.query_selector(".gv-tl-detail").unwrap().is_none());
    assert_eq!(nav.route.get_untracked().timeline.event, None);
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("false")
    );
    assert!(
        focused_text().contains("Electronic Information"),
        "focus returns"
    );
}

#[wasm_bindgen_test]
async fn a_click_opens_the_detail_and_the_filters_narrow_the_cards() {
    let (root, _, nav) = mount("#/timeline?zoom=history", Lang::Zh).await;
    assert_eq!(cards(&root).len(), 17, "every edition side by side");
    assert_eq!(
        texts(&root, ".gv-tl-edition__title"),
        ["2018年活动", "2019年活动", "2020年活动"]
    );
    let fair = cards(&root)
        .into_iter()
        .find(|c| c.text_content().unwrap().contains("赣深会"))
        .unwrap();
    fair.click();
    assert!(wait_for(&root, ".gv-tl-detail__title").await);
    assert!(texts(&root, ".gv-tl-detail")
        .join("")
        .contains("2018年5月16日"));

    nav.go(gba_visit_explorer::ui::nav::HistoryMode::Push, |r| {
        r.timeline.kinds = vec!["fair".into()]
    });
    sleep(50).await;
    assert_eq!(cards(&root).len(), 2);
    let status = texts(&root, "[role=status]");
    assert!(
        status.iter().any(|s| s == "显示 2 项活动（共 17 项）"),
        "{status:?}"
    );
}

#[wasm_bindgen_test]
async fn titles_are_text_never_markup() {
    let hostile = BUNDLED.replace(
        "粤港澳大湾区电子信息产业链招商推介会",
        // In JSON text: the title reads <img …> & "quotes" 'single'.
        "<img src=x onerror=alert(1)> & \\\"quotes\\\" 'single'",
    );
    let loaded = Arc::new(Ready::from(load_str(&hostile).expect("dataset")));
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context::<Signal<Lang>>(Signal::stored(Lang::Zh));
        provide_context(Nav::from_url());
        view! { <Explorer ready=loaded.clone() /> }
    });
    handle.forget();
    assert!(wait_for(&root, "[role=option]").await);
    assert!(root.query_selector(".gv-tl-track img").unwrap().is_none());
    let shown = texts(&root, ".gv-tl-card__title");
    assert!(
        shown
            .iter()
            .any(|t| t == "<img src=x onerror=alert(1)> & \"quotes\" 'single'"),
        "{shown:?}"
    );
}

/// The cards' event indices in document order.
fn drawn_order(root: &web_sys::HtmlElement) -> Vec<u32> {
    cards(root)
        .iter()
        .map(|c| c.get_attribute("data-ix").unwrap().parse().unwrap())
        .collect()
}

/// A synthetic dataset of `events` events (for scale tests only; every record says so).
fn synthetic(events: usize, seed: u64) -> String {
    let base: serde_json::Value = serde_json::from_str(BUNDLED).unwrap();
    let size = gba_core::synth::SynthSize {
        events,
        projects: 0,
        seed,
    };
    gba_core::synth::generate(&base, size)
}

/// Lets pending microtasks (the reactive effects) run, but no timer.
async fn microtasks() {
    for _ in 0..20 {
        let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(resolved)
            .await
            .unwrap();
    }
}

/// What the timeline shows for a fragment, in the order the cards must be drawn.
fn expected_order(json: &str, fragment: &str) -> Vec<u32> {
    use gba_core::timeline::layout::LayoutOptions;
    use gba_core::timeline::model::{Body, Model};
    let data = load_str(json).unwrap().dataset;
    let route = gba_core::route::Route::parse(fragment).timeline;
    let options = LayoutOptions {
        day_units: 64,
        card_units: 40,
    };
    let ixs = |list: &[gba_core::model::EventIx]| list.iter().map(|e| e.0).collect::<Vec<_>>();
    match Model::build(&data, &route, options).body {
        Body::History(columns) => columns
            .iter()
            .flat_map(|c| [ixs(&c.dated), ixs(&c.undated)].concat())
            .collect(),
        Body::Visit(l) => {
            let mut order: Vec<u32> = l.items.iter().map(|p| p.event.0).collect();
            for (_, events) in &l.undated {
                order.extend(ixs(events));
            }
            order
        }
    }
}

/// Counts the pieces put in place (each replaces its `<template>`) from now on.
fn count_pieces() {
    js_sys::Function::new_no_args(
        "window.gvPieces = 0; new MutationObserver((rs) => { for (const r of rs) \
         for (const n of r.removedNodes) if (n.nodeName === 'TEMPLATE') window.gvPieces++; })\
         .observe(document.body, { subtree: true, childList: true });",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
}

fn pieces() -> f64 {
    js_sys::Reflect::get(&web_sys::window().unwrap(), &"gvPieces".into())
        .unwrap()
        .as_f64()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_long_timeline_is_drawn_a_screen_first_then_piece_by_piece_in_place() {
    let json = synthetic(700, 11);
    for fragment in ["#/timeline?zoom=history", "#/timeline?zoom=2019&lanes=city"] {
        count_pieces();
        let (root, _, _) = mount_data(&json, fragment, Lang::En).await;
        let expected = expected_order(&json, fragment);
        wait_until(|| root.query_selector("template").unwrap().is_none()).await;
        assert!(
            root.query_selector("template").unwrap().is_none(),
            "all drawn"
        );
        assert!(pieces() >= 2.0, "{fragment}: drawn in pieces, not at once");
        assert!(expected.len() > 200, "{fragment}: {}", expected.len());
        assert_eq!(
            drawn_order(&root),
            expected,
            "{fragment}: each piece in its place"
        );
        // On the track every card and its bar were placed, those of later pieces too.
        let placed = root
            .query_selector_all(".gv-tl-track [role=option], .gv-tl-card__bar")
            .unwrap();
        for i in 0..placed.length() {
            let el: web_sys::HtmlElement = placed.item(i).unwrap().dyn_into().unwrap();
            assert!(!el.style().get_property_value("width").unwrap().is_empty());
        }
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn a_card_not_drawn_yet_is_drawn_when_the_selection_reaches_it() {
    let json = synthetic(700, 5);
    let fragment = "#/timeline?zoom=history";
    let (root, lang, nav) = mount_data(&json, fragment, Lang::En).await;
    // A redraw (the language changes); effects run on microtasks, later pieces on macrotasks:
    // in between, the pieces after the first screen are not drawn yet.
    lang.set(Lang::Zh);
    microtasks().await;
    let waiting = expected_order(&json, fragment)
        .into_iter()
        .find(|ix| {
            let selector = format!("[data-ix=\"{ix}\"]");
            root.query_selector(&selector).unwrap().is_none()
        })
        .expect("a card in a piece not drawn yet");
    // Selecting it marks its card at once (a piece written before would say "not selected").
    let data = load_str(&json).unwrap().dataset;
    let id = data.events[waiting as usize].id.to_string();
    nav.go(HistoryMode::Push, |r| r.timeline.event = Some(id));
    microtasks().await;
    let card = root
        .query_selector(&format!("[data-ix=\"{waiting}\"]"))
        .unwrap()
        .expect("drawn");
    assert_eq!(card.get_attribute("aria-selected").as_deref(), Some("true"));
    sleep(50).await;
    assert_eq!(card.get_attribute("aria-selected").as_deref(), Some("true"));
    root.remove();
}

/// The timeline's own stylesheet in the test page (its cards are `content-visibility: auto`),
/// removed when dropped.
struct TimelineCss(web_sys::Element);

impl TimelineCss {
    fn add() -> TimelineCss {
        let document = web_sys::window().unwrap().document().unwrap();
        let style = document.create_element("style").unwrap();
        style.set_text_content(Some(include_str!("../style/timeline.css")));
        document.head().unwrap().append_child(&style).unwrap();
        TimelineCss(style)
    }
}

impl Drop for TimelineCss {
    fn drop(&mut self) {
        self.0.remove();
    }
}

fn kept_drawn(card: &web_sys::HtmlElement) -> bool {
    card.style()
        .get_property_value("content-visibility")
        .unwrap()
        == "visible"
}

#[wasm_bindgen_test]
async fn once_the_keys_move_a_card_the_browser_drew_stays_drawn() {
    let _css = TimelineCss::add();
    let json = synthetic(700, 3);
    let (root, _, _) = mount_data(&json, "#/timeline?zoom=history", Lang::En).await;
    wait_until(|| root.query_selector("template").unwrap().is_none()).await;
    let all = cards(&root);
    let (first, last, middle) = (&all[0], &all[all.len() - 1], &all[all.len() / 2]);
    first.focus().unwrap();
    // The last card is far below: the page scrolls to it, the browser draws it; then back.
    press(first, "End");
    // The browser reports the card drawn a frame or two after the scroll (longer on a busy
    // machine): wait for it, up to ~5 s.
    wait_until(|| kept_drawn(last)).await;
    assert_eq!(
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .as_ref(),
        Some(last.unchecked_ref::<web_sys::Element>())
    );
    assert!(kept_drawn(last), "drawn once, kept drawn");
    press(last, "Home");
    sleep(150).await;
    assert!(kept_drawn(last), "still kept drawn, far off screen now");
    assert!(
        !kept_drawn(middle),
        "a card never near the viewport is left to the browser"
    );
    root.remove();
}
