//! The timeline's long lists written as escaped HTML.
//!
//! Why not `view!`: the timeline draws up to thousands of cards that never change shape, only
//! state (selected, tab stop, live mark). Drawn through Leptos a card cost about 0.4 ms and its
//! view code several kilobytes of wasm; element by element through web-sys about 0.13 ms (each
//! string crossing into JavaScript). Written here, the whole body crosses once and the browser's
//! parser builds it; the few states that change are patched on the cards concerned (`sync.rs`).
//!
//! A long drawing is not put in place at once: after the first `FIRST` cards of a list (a
//! history column, the track, an undated lane: more than a large screen shows of it) the rest
//! of the list is cut into pieces of `PIECE` cards, each left in the list as an empty
//! `<template>` and drawn in its place on a later turn of the browser (`Tl::draw_later`).
//! Measured at 2,000 cards, the browser spends ~190 ms parsing, styling and laying out the
//! whole body in one turn; the first screen now shows after 88–160 ms (bench/timeline.mjs).
//!
//! Positions are not written as `style` attributes (a strict Content-Security-Policy forbids
//! them): elements that need them are marked `data-v` and `apply_vars` sets their `left`,
//! `width`, `top`… through CSSOM, in document order. Plain values, not custom properties read by
//! `calc(var(…))`: measured, that costs the browser a third more style and layout time.

use std::mem::{replace, take};

use gba_core::catalog::html::escape;
use wasm_bindgen::JsCast;

/// Style properties of one element, set after the HTML is in place.
pub type Vars = Vec<(&'static str, String)>;

/// Markup and the style properties of its `data-v` elements, in document order.
pub type Piece = (String, Vec<Vars>);

/// Cards of a list drawn before the rest is left for later.
const FIRST: u32 = 90;
/// Cards in each piece drawn later.
const PIECE: u32 = 300;
/// The place of a piece drawn later: a `<template>` is neither shown nor read out.
const PLACE: &str = "<template data-gv-later></template>";

/// Basis points as a CSS percentage: `3333` → `33.33%`.
pub fn pct(bp: u32) -> String {
    format!("{}.{:02}%", bp / 100, bp % 100)
}

/// Eighths of an em as a CSS length: `42` → `5.250em`. In em, not rem, so the track grows with
/// the app's text (large-text mode) and ignores a host page's root font size; every element
/// given one of these lengths keeps the timeline's font size.
pub fn em(eighths: u32) -> String {
    format!("{}.{:03}em", eighths / 8, eighths % 8 * 125)
}

/// An HTML document fragment being written.
#[derive(Default)]
pub struct Html {
    out: String,
    /// The custom properties of each `data-v` element, in document order.
    pub vars: Vec<Vars>,
    /// The app title's heading level (0 = not set, read as 1).
    base: u8,
    /// Cards written into the piece being written.
    cards: u32,
    /// The first piece, while a later one is being written.
    first: Option<Piece>,
    /// The pieces left for later, last first (`pop` gives the next).
    later: Vec<Piece>,
}

impl Html {
    /// A fragment whose headings sit below an app title of level `base`.
    pub fn with_headings(base: u8) -> Html {
        Html {
            base,
            ..Html::default()
        }
    }

    /// The tag of a heading `depth` levels below the app title.
    pub fn heading(&self, depth: u8) -> &'static str {
        gba_core::catalog::html::heading(self.base.max(1), depth)
    }

    /// Called before `n` cards that stay together (one card, or a day of the track with its
    /// cards): once enough are written, the rest of the list goes into pieces drawn later,
    /// each in the place where it was cut.
    pub fn cards_start(&mut self, n: u32) {
        let limit = if self.first.is_some() { PIECE } else { FIRST };
        if self.cards > 0 && self.cards + n > limit {
            self.cards = 0;
            self.out.push_str(PLACE);
            let piece = (take(&mut self.out), take(&mut self.vars));
            match self.first {
                None => self.first = Some(piece),
                Some(_) => self.later.push(piece),
            }
        }
        self.cards += n;
    }

    /// Called after each list of cards (a piece must end in the element it started in).
    pub fn cards_end(&mut self) {
        if let Some((out, vars)) = self.first.take() {
            let piece = (replace(&mut self.out, out), replace(&mut self.vars, vars));
            self.later.push(piece);
        }
        self.cards = 0;
    }

    /// Opens `<tag class="…"` followed by attributes (escaped values); close it with `end`.
    pub fn open(&mut self, tag: &str, class: &str, attrs: &[(&str, &str)]) -> &mut Html {
        self.out.push('<');
        self.out.push_str(tag);
        if !class.is_empty() {
            self.out.push_str(" class=\"");
            self.out.push_str(class);
            self.out.push('"');
        }
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape(&mut self.out, value);
            self.out.push('"');
        }
        self
    }

    /// Gives the element being opened style properties (set by `apply_vars`).
    pub fn vars(&mut self, vars: Vars) -> &mut Html {
        self.out.push_str(" data-v");
        self.vars.push(vars);
        self
    }

    /// Ends an opening tag.
    pub fn end(&mut self) -> &mut Html {
        self.out.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Html {
        escape(&mut self.out, text);
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// A whole element with text and no attributes but a class.
    pub fn leaf(&mut self, tag: &str, class: &str, text: &str) -> &mut Html {
        self.open(tag, class, &[]).end().text(text).close(tag)
    }

    /// A `<span>` with a class and text.
    pub fn span(&mut self, class: &str, text: &str) -> &mut Html {
        self.leaf("span", class, text)
    }

    /// Puts the fragment into `host` (replacing what was there) and sets the marked elements'
    /// style properties; returns the pieces left for later (`draw_piece`), next last.
    pub fn mount(mut self, host: &web_sys::Element) -> Vec<Piece> {
        host.set_inner_html(&self.out);
        apply_vars(host.query_selector_all("[data-v]"), &self.vars);
        self.later.reverse();
        self.later
    }

    /// Like `mount`, and the control that had the focus (known by its `data-act`) has it again
    /// afterwards, so a keyboard user stays where they were.
    pub fn mount_keeping_focus(self, host: &web_sys::Element) {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .filter(|a| host.contains(Some(a)))
            .and_then(|a| a.get_attribute("data-act"));
        self.mount(host);
        let again = focused
            .and_then(|act| {
                host.query_selector(&format!("[data-act=\"{act}\"]"))
                    .ok()
                    .flatten()
            })
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = again {
            let _ = el.focus();
        }
    }

    /// The HTML written so far (for tests).
    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// The text being written, for the catalog's markup helpers (`gba_core::catalog::html`).
    pub fn buf(&mut self) -> &mut String {
        &mut self.out
    }

    /// The finished markup (for elements whose style needs no `apply_vars`).
    pub fn into_string(self) -> String {
        self.out
    }
}

/// Puts a piece left for later in the first place left for one inside `host`. Pieces are cut
/// in document order, so the first place is the next piece's. The piece is parsed and styled
/// inside the `<template>`, out of the document: styled in place, each element cost the
/// browser a style invalidation (profiled: about 4 times slower).
pub fn draw_piece(host: &web_sys::Element, (markup, vars): Piece) {
    if let Ok(Some(place)) = host.query_selector("template[data-gv-later]") {
        let place: web_sys::HtmlTemplateElement = place.unchecked_into();
        place.set_inner_html(&markup);
        let piece = place.content();
        apply_vars(piece.query_selector_all("[data-v]"), &vars);
        let _ = place.replace_with_with_node_1(&piece);
    }
}

/// Sets the style properties of the `data-v` elements, in document order: one `cssText` per
/// element (CSSOM, which a strict Content-Security-Policy allows; each call into the browser
/// costs more than the work it does, hence one per element).
fn apply_vars(marked: Result<web_sys::NodeList, wasm_bindgen::JsValue>, vars: &[Vars]) {
    let Ok(marked) = marked else {
        return;
    };
    let mut css = String::new();
    for (i, list) in vars.iter().enumerate() {
        let Some(node) = marked.item(i as u32) else {
            break;
        };
        css.clear();
        for (name, value) in list {
            css.push_str(name);
            css.push(':');
            css.push_str(value);
            css.push(';');
        }
        // Only elements are marked `data-v`, and only HTML elements are written here.
        node.unchecked_ref::<web_sys::HtmlElement>()
            .style()
            .set_css_text(&css);
    }
}
