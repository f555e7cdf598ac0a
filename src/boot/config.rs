//! Configuration of one mounted app, read from its element's `data-*` attributes and, for an
//! iframe, from its page's URL.

use gba_core::load_error::{LOAD_TIMEOUT_MS, TIMEOUT_RANGE_MS};
use gba_core::route::{query, Slot, View};
use gba_core::text::Lang;

/// How the app sits in the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedMode {
    /// Our own index.html (`data-mode="page"`): the app owns the page.
    Page,
    /// index.html inside a host page's iframe (`?embed=iframe`): reports its height and route
    /// to the host's gv-embed.js.
    Iframe {
        /// The host page's origin (`?host=`), the only one allowed to talk to the app.
        host_origin: Option<String>,
    },
    /// Mounted into an element of a host page: keeps to its element and one query parameter.
    InPage,
}

/// Where the data comes from, what to show first and how the app sits in the page.
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
    /// Page, iframe or in-page.
    pub mode: EmbedMode,
    /// Where the route lives in the URL.
    pub slot: Slot,
    /// The level of the app's title heading: 1 on its own page, `data-heading-level` (default
    /// 2) inside a host page, so it fits the host's outline.
    pub heading_level: u8,
}

/// The bundled dataset, relative to the app's own folder.
const DEFAULT_DATA: &str = "data/visit.json";

impl MountConfig {
    /// Reads `data-src`, `data-lang`, `data-view`, `data-timeout`, `data-mode`,
    /// `data-state-key` and `data-heading-level`. `data-src` is resolved against the document
    /// (as a webmaster writes it in the page); the default dataset against the folder the app
    /// was served from.
    pub fn read(
        element: &web_sys::HtmlElement,
        asset_base: &str,
        document: &web_sys::Document,
    ) -> MountConfig {
        let attr = |name: &str| {
            element
                .get_attribute(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let document_base = document.base_uri().ok().flatten().unwrap_or_default();
        let data_url = match attr("data-src") {
            Some(src) => resolve(&src, &document_base),
            None => resolve(DEFAULT_DATA, asset_base),
        };
        let page_query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let page_param = |key: &str| {
            query::pairs(page_query.strip_prefix('?').unwrap_or(&page_query))
                .into_iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
        };
        let mode = if page_param("embed").as_deref() == Some("iframe") {
            EmbedMode::Iframe {
                host_origin: page_param("host").filter(|o| is_origin(o)),
            }
        } else if attr("data-mode").as_deref() == Some("page") {
            EmbedMode::Page
        } else {
            EmbedMode::InPage
        };
        let slot = match mode {
            EmbedMode::InPage => {
                Slot::QueryParam(attr("data-state-key").unwrap_or_else(|| "gv".into()))
            }
            _ => Slot::Fragment,
        };
        let heading_level = match mode {
            EmbedMode::InPage => attr("data-heading-level")
                .and_then(|l| l.parse::<u8>().ok())
                .map_or(2, |l| l.clamp(1, 5)),
            _ => 1,
        };
        MountConfig {
            data_url,
            // In an iframe, gv-embed.js passes the host element's data-lang as ?lang=.
            lang: attr("data-lang")
                .or_else(|| page_param("lang"))
                .and_then(|l| Lang::from_tag(&l)),
            view: attr("data-view").and_then(|v| View::from_slug(&v)),
            browser_lang: web_sys::window()
                .and_then(|w| w.navigator().language())
                .and_then(|tag| Lang::from_tag(&tag)),
            timeout_ms: attr("data-timeout")
                .and_then(|t| t.parse::<u32>().ok())
                .map_or(LOAD_TIMEOUT_MS, |t| {
                    t.clamp(TIMEOUT_RANGE_MS.0, TIMEOUT_RANGE_MS.1)
                }),
            mode,
            slot,
            heading_level,
        }
    }

    /// A configuration for tests and tools: in-page, no embedding, the given data URL.
    pub fn for_url(data_url: &str) -> MountConfig {
        MountConfig {
            data_url: data_url.to_owned(),
            lang: None,
            view: None,
            browser_lang: None,
            timeout_ms: LOAD_TIMEOUT_MS,
            mode: EmbedMode::InPage,
            slot: Slot::QueryParam("gv".into()),
            heading_level: 2,
        }
    }
}

/// Whether `s` is a bare `http(s)://host[:port]` origin.
fn is_origin(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty()
            && r.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
    })
}

/// `relative` against `base`; `relative` unchanged when it cannot be resolved.
fn resolve(relative: &str, base: &str) -> String {
    web_sys::Url::new_with_base(relative, base)
        .map(|u| u.href())
        .unwrap_or_else(|_| relative.to_owned())
}
