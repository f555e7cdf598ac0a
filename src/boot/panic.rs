//! A panic anywhere replaces each app with a visible, bilingual error panel.
//!
//! The panel is built with plain DOM calls because after a panic the Rust side cannot be
//! trusted to run again. Its reload button is handled by `gv-boot.js` (plain JavaScript).

use std::cell::RefCell;

use gba_core::i18n::Msg;
use gba_core::text::Lang;

thread_local! {
    /// Every mounted app's root (some inside shadow roots, out of `querySelector`'s reach).
    static ROOTS: RefCell<Vec<web_sys::HtmlElement>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a mounted app's root, for the crash panel.
pub fn register(root: &web_sys::HtmlElement) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

/// Installs the hook (once).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&format!("GBA Visit Explorer panicked: {detail}").into());
        show_panel(&detail);
    }));
}

fn show_panel(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // try_with/try_borrow: a panic while the registry is borrowed must not panic again.
    let roots = ROOTS
        .try_with(|r| r.try_borrow().map(|r| r.clone()).unwrap_or_default())
        .unwrap_or_default();
    for root in roots {
        if let Some(panel) = build_panel(&document, detail) {
            root.set_text_content(None);
            let _ = root.append_child(&panel);
        }
    }
}

fn build_panel(document: &web_sys::Document, detail: &str) -> Option<web_sys::Element> {
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("gv-crash");
    panel.set_attribute("role", "alert").ok()?;
    for lang in Lang::ALL {
        let block = document.create_element("div").ok()?;
        block.set_attribute("lang", lang.bcp47()).ok()?;
        let heading = document.create_element("h2").ok()?;
        heading.set_class_name("gv-crash__title");
        heading.set_text_content(Some(Msg::Crashed.text(lang)));
        let help = document.create_element("p").ok()?;
        help.set_text_content(Some(Msg::CrashedHelp.text(lang)));
        block.append_child(&heading).ok()?;
        block.append_child(&help).ok()?;
        panel.append_child(&block).ok()?;
    }
    let button = document.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_attribute("data-gv-reload", "").ok()?;
    button.set_class_name("gv-button gv-button--primary");
    button.set_text_content(Some(&format!(
        "{} / {}",
        Msg::Reload.text(Lang::Zh),
        Msg::Reload.text(Lang::En)
    )));
    panel.append_child(&button).ok()?;
    let details = document.create_element("pre").ok()?;
    details.set_class_name("gv-crash__detail");
    details.set_text_content(Some(detail));
    panel.append_child(&details).ok()?;
    Some(panel)
}
