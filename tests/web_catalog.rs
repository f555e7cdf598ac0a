//! Browser tests of the catalog: the view mounted in headless Chromium with the bundled data.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use gba_core::catalog::CatalogIndex;
use gba_core::text::Lang;
use gba_core::validate::load_str;
use gba_visit_explorer::ui::catalog::CatalogView;
use gba_visit_explorer::ui::nav::Nav;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{container, sleep, texts, wait_for};

const BUNDLED: &str = include_str!("../public/data/visit.json");

#[wasm_bindgen_test]
async fn facets_count_filter_and_draw_the_summary() {
    let data = Arc::new(load_str(BUNDLED).expect("bundled dataset").dataset);
    let index = Arc::new(CatalogIndex::new(data));
    let root = container();
    let lang = RwSignal::new(Lang::Zh);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context::<Signal<Lang>>(lang.into());
        provide_context(Nav::from_url());
        view! { <CatalogView index=index.clone() /> }
    });
    sleep(20).await;
    assert_eq!(texts(&root, ".gv-results__count"), ["共 13 个项目"]);
    // The summary comes a frame after the results.
    assert!(wait_for(&root, ".gv-chart__plot").await);
    assert_eq!(texts(&root, ".gv-result").len(), 13);
    // Every facet value shows its count; "not announced" is one of them.
    let cities = texts(
        &root,
        "#gv-facet-city-heading ~ .gv-facet__values .gv-facet__label",
    );
    assert_eq!(cities, ["南昌2", "吉安1", "未公布10"]);
    // Both charts are accessible images with a table beside them.
    assert_eq!(
        root.query_selector_all(".gv-chart__plot[role=img]")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(
        root.query_selector_all(".gv-chart__table")
            .unwrap()
            .length(),
        2
    );

    let nanchang = root
        .query_selector("input[data-facet=city][data-value=nanchang]")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    nanchang.click();
    sleep(20).await;
    assert_eq!(texts(&root, ".gv-results__count"), ["共 2 个项目"]);
    assert!(texts(&root, ".gv-chip__text")
        .iter()
        .any(|c| c == "所在城市：南昌"));
    // The other facets' counts follow, updated in place (the same values, new counts).
    let industries = texts(
        &root,
        "#gv-facet-industry-heading ~ .gv-facet__values .gv-facet__label",
    );
    assert_eq!(industries, ["电子信息0", "半导体照明1", "航空1", "未公布0"]);
    // Zero-count values stay listed but cannot be chosen.
    let disabled = root
        .query_selector("input[data-facet=industry][data-value=electronic-information]")
        .unwrap()
        .unwrap();
    assert!(disabled.has_attribute("disabled"));

    lang.set(Lang::En);
    sleep(20).await;
    assert_eq!(texts(&root, ".gv-results__count"), ["2 projects found"]);
    drop(handle);
    // Leave the URL as it was for the other tests.
    let _ = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#"));
}
