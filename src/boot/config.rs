//! Configuration of one mounted app, read from its element's `data-*` attributes.

use gba_core::load_error::{LOAD_TIMEOUT_MS, TIMEOUT_RANGE_MS};
use gba_core::route::View;
use gba_core::text::Lang;

/// Where the data comes from and what to show first.
#[derive(Clone, Debug, PartialEq)]
pub struct MountConfig {
    /// Absolute URL of the dataset.
    pub data_url: String,
    /// `data-lang`, if it names a language.
    pub lang: Option<Lang>,
    /// `data-view`, if it names a view.
    pub view: Option<View>,
    /// The browser's preferred language, if it is one of ours.
    pub browser_lang: Option<Lang>,
    /// How long to wait for the data (`data-timeout`, milliseconds).
    pub timeout_ms: u32,
}

/// The bundled dataset, relative to the app's own folder.
const DEFAULT_DATA: &str = "data/visit.json";

impl MountConfig {
    /// Reads `data-src`, `data-lang`, `data-view` and `data-timeout`. `data-src` is resolved against the
    /// document (as a webmaster writes it in the page); the default dataset against the folder
    /// the app was served from.
    pub fn read(
        element: &web_sys::HtmlElement,
        asset_base: &str,
        document: &web_sys::Document,
    ) -> MountConfig {
        let document_base = document.base_uri().ok().flatten().unwrap_or_default();
        let data_url = match element
            .get_attribute("data-src")
            .filter(|s| !s.trim().is_empty())
        {
            Some(src) => resolve(src.trim(), &document_base),
            None => resolve(DEFAULT_DATA, asset_base),
        };
        let browser_lang = web_sys::window()
            .and_then(|w| w.navigator().language())
            .and_then(|tag| Lang::from_tag(&tag));
        MountConfig {
            data_url,
            lang: element
                .get_attribute("data-lang")
                .and_then(|l| Lang::from_tag(&l)),
            view: element
                .get_attribute("data-view")
                .and_then(|v| View::from_slug(&v)),
            browser_lang,
            timeout_ms: element
                .get_attribute("data-timeout")
                .and_then(|t| t.trim().parse::<u32>().ok())
                .map_or(LOAD_TIMEOUT_MS, |t| {
                    t.clamp(TIMEOUT_RANGE_MS.0, TIMEOUT_RANGE_MS.1)
                }),
        }
    }
}

/// `relative` against `base`; `relative` unchanged when it cannot be resolved.
fn resolve(relative: &str, base: &str) -> String {
    web_sys::Url::new_with_base(relative, base)
        .map(|u| u.href())
        .unwrap_or_else(|_| relative.to_owned())
}
