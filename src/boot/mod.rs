//! Start-up: panic hook, mount points, per-mount configuration.
//!
//! On our own page (and in an iframe) the app mounts into its element directly. In a host page
//! it mounts into a shadow root attached to the host's element, with its stylesheets linked
//! inside: the host's CSS (`* {}`, `#content ul li {}`, `a {}`…) cannot reach the app and the
//! app's CSS cannot reach the host.

mod config;
mod panic;

pub use config::{EmbedMode, MountConfig};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::app::App;

/// Installs the panic hook and mounts one app per mount element. `styles` are the app's
/// stylesheet file names (relative to `asset_base`), linked into each shadow root.
pub fn start(asset_base: &str, styles: &[String]) {
    panic::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for element in mount_points(&document) {
        let config = MountConfig::read(&element, asset_base, &document);
        // The static "loading" placeholder from index.html goes; the app draws its own.
        element.set_inner_html("");
        let root = match config.mode {
            EmbedMode::InPage => isolated_root(&document, &element, asset_base, styles)
                .unwrap_or_else(|| element.clone()),
            _ => element.clone(),
        };
        let _ = root.class_list().add_1("gv-root");
        panic::register(&root);
        if matches!(config.mode, EmbedMode::Iframe { .. }) {
            crate::ui::embed::report_height();
        }
        let test_panic = element.has_attribute("data-test-panic");
        leptos::mount::mount_to(root, move || view! { <App config=config.clone() /> }).forget();
        if test_panic {
            // Test hook: proves a panic shows the crash panel (used by the end-to-end tests).
            panic!("data-test-panic is set on the mount element");
        }
    }
}

/// A root inside a shadow root of `host`, with the app's stylesheets linked in it. `None`
/// when the element cannot host a shadow root (the app then mounts into it directly).
fn isolated_root(
    document: &web_sys::Document,
    host: &web_sys::HtmlElement,
    asset_base: &str,
    styles: &[String],
) -> Option<web_sys::HtmlElement> {
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    for name in styles {
        let link = document.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        let href = web_sys::Url::new_with_base(name, asset_base)
            .map(|u| u.href())
            .unwrap_or_else(|_| name.clone());
        link.set_attribute("href", &href).ok()?;
        shadow.append_child(&link).ok()?;
    }
    let root = document
        .create_element("div")
        .ok()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    shadow.append_child(&root).ok()?;
    Some(root)
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
