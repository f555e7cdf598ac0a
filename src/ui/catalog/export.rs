//! Export of the current results (CSV, JSON) and printing. The file text comes from
//! `gba_core::catalog::export`; here it only becomes a Blob and an object-URL download.

use gba_core::catalog::export;
use gba_core::i18n::CatalogMsg;
use gba_core::model::ProjectIx;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::state::use_catalog;
use crate::ui::text::{msg, use_lang};

/// Offers `text` as a file download named `name`.
fn download(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.set_class_name("gv-visually-hidden");
    document.body()?.append_child(&link).ok()?;
    link.click();
    link.remove();
    web_sys::Url::revoke_object_url(&url).ok()
}

/// CSV, JSON, Print.
#[component]
pub fn ExportButtons() -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let rows = move || -> Vec<ProjectIx> {
        let (sort, lang) = (
            catalog.route.with_untracked(|r| r.sort),
            lang.get_untracked(),
        );
        catalog.outcome.with_untracked(|o| {
            catalog
                .index
                .with_value(|ix| ix.sorted(&o.matches, sort, lang).collect())
        })
    };
    let csv = move |_| {
        let text = catalog
            .index
            .with_value(|ix| export::csv(ix.data(), lang.get_untracked(), &rows()));
        download("gba-projects.csv", "text/csv;charset=utf-8", &text);
    };
    let json = move |_| {
        let text = catalog
            .index
            .with_value(|ix| export::json(ix.data(), &rows()));
        download("gba-projects.json", "application/json", &text);
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="gv-export" role="group" aria-label=msg(CatalogMsg::ExportHeading)>
            <span class="gv-export__label">{msg(CatalogMsg::ExportHeading)}</span>
            <button type="button" class="gv-button gv-export__button" on:click=csv>{msg(CatalogMsg::ExportCsv)}</button>
            <button type="button" class="gv-button gv-export__button" on:click=json>{msg(CatalogMsg::ExportJson)}</button>
            <button type="button" class="gv-button gv-export__button" on:click=print>{msg(CatalogMsg::Print)}</button>
        </div>
    }
}
