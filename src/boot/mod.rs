//! Start-up: panic hook, mount points, per-mount configuration.

mod config;
mod panic;

pub use config::MountConfig;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::app::App;

/// Installs the panic hook and mounts one app per mount element.
pub fn start(asset_base: &str) {
    panic::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for element in mount_points(&document) {
        let config = MountConfig::read(&element, asset_base, &document);
        // The static "loading" placeholder from index.html goes; the app draws its own.
        element.set_inner_html("");
        let _ = element.class_list().add_1("gv-root");
        let test_panic = element.has_attribute("data-test-panic");
        leptos::mount::mount_to(element, move || view! { <App config=config.clone() /> }).forget();
        if test_panic {
            // Test hook: proves a panic shows the crash panel (used by the end-to-end tests).
            panic!("data-test-panic is set on the mount element");
        }
    }
}

/// Every `[data-gba-visit]` element; `#gv-app` when there is none.
fn mount_points(document: &web_sys::Document) -> Vec<web_sys::HtmlElement> {
    let mut found = Vec::new();
    if let Ok(list) = document.query_selector_all("[data-gba-visit]") {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            {
                found.push(el);
            }
        }
    }
    if found.is_empty() {
        if let Some(el) = document
            .get_element_by_id("gv-app")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            found.push(el);
        }
    }
    found
}
