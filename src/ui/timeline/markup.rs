//! The timeline's long lists written as escaped HTML.
//!
//! Why not `view!`: the timeline draws up to thousands of cards that never change shape, only
//! state (selected, tab stop, live mark). Drawn through Leptos a card cost about 0.4 ms and its
//! view code several kilobytes of wasm; element by element through web-sys about 0.13 ms (each
//! string crossing into JavaScript). Written here, the whole body crosses once and the browser's
//! parser builds it; the few states that change are patched on the cards concerned (`sync.rs`).
//!
//! Positions are not written as `style` attributes (a strict Content-Security-Policy forbids
//! them): each positioned element gets a class of its own, and one constructed stylesheet
//! (`Sheet`, which such a policy allows) gives those classes their custom properties
//! (`--gv-l` …). Where constructed stylesheets are missing, `apply_vars` sets the properties
//! element by element through CSSOM.

use wasm_bindgen::JsCast;

/// Custom properties of one element, set after the HTML is in place.
pub type Vars = Vec<(&'static str, u32)>;

/// An HTML document fragment being written.
#[derive(Default)]
pub struct Html {
    out: String,
    /// The class of the element being opened (written by `end`, after `vars` added to it).
    class: String,
    /// The start of the positioned elements' classes, unique on the page (`gv-p0-`).
    prefix: String,
    /// One rule per positioned element: `.gv-p0-12{--gv-l:333;--gv-w:4266}`.
    rules: String,
    /// The custom properties of each `data-v` element, in document order.
    pub vars: Vec<Vars>,
}

/// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped (safe in text and quoted attributes).
pub fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}

impl Html {
    /// A fragment whose positioned elements' classes start with `prefix`.
    pub fn with_prefix(prefix: String) -> Html {
        Html {
            prefix,
            ..Html::default()
        }
    }

    /// Opens `<tag` with a class and attributes (escaped values); finish it with `end`.
    pub fn open(&mut self, tag: &str, class: &str, attrs: &[(&str, &str)]) -> &mut Html {
        self.out.push('<');
        self.out.push_str(tag);
        self.class.clear();
        self.class.push_str(class);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self
    }

    /// Gives the element being opened custom properties (a class of its own and its rule).
    pub fn vars(&mut self, vars: Vars) -> &mut Html {
        let class = format!("{}{}", self.prefix, self.vars.len());
        self.rules.push('.');
        self.rules.push_str(&class);
        self.rules.push('{');
        for (name, value) in &vars {
            self.rules.push_str(&format!("{name}:{value};"));
        }
        self.rules.push('}');
        if !self.class.is_empty() {
            self.class.push(' ');
        }
        self.class.push_str(&class);
        self.out.push_str(" data-v");
        self.vars.push(vars);
        self
    }

    /// Ends an opening tag.
    pub fn end(&mut self) -> &mut Html {
        if !self.class.is_empty() {
            self.out.push_str(" class=\"");
            self.out.push_str(&self.class);
            self.out.push('"');
            self.class.clear();
        }
        self.out.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Html {
        escape_into(&mut self.out, text);
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

    /// Puts the fragment into `host` (replacing what was there) and gives the positioned
    /// elements their custom properties, through `sheet` when there is one.
    pub fn mount(self, host: &web_sys::Element, sheet: Option<&Sheet>) {
        match sheet {
            Some(sheet) => {
                sheet.replace(&self.rules);
                host.set_inner_html(&self.out);
            }
            None => {
                host.set_inner_html(&self.out);
                apply_vars(host, &self.vars);
            }
        }
    }

    /// Like `mount`, and the control that had the focus (known by its `data-act`) has it again
    /// afterwards, so a keyboard user stays where they were.
    pub fn mount_keeping_focus(self, host: &web_sys::Element) {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .filter(|a| host.contains(Some(a)))
            .and_then(|a| a.get_attribute("data-act"));
        self.mount(host, None);
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
}

/// Sets each `data-v` element's custom properties, in document order.
pub fn apply_vars(host: &web_sys::Element, vars: &[Vars]) {
    let Ok(marked) = host.query_selector_all("[data-v]") else {
        return;
    };
    for (i, list) in vars.iter().enumerate() {
        let Some(el) = marked
            .item(i as u32)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            break;
        };
        let style = el.style();
        for (name, value) in list {
            let _ = style.set_property(name, &value.to_string());
        }
    }
}

/// A constructed stylesheet adopted by the document, for the positions of one timeline.
pub struct Sheet(wasm_bindgen::JsValue);

impl Sheet {
    /// A new, empty sheet adopted by the document; `None` where the browser has no
    /// constructable stylesheets.
    pub fn adopt() -> Option<Sheet> {
        use js_sys::Reflect;
        let window = web_sys::window()?;
        let document = window.document()?;
        let constructor: js_sys::Function = Reflect::get(&window, &"CSSStyleSheet".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let sheet = Reflect::construct(&constructor, &js_sys::Array::new()).ok()?;
        let adopted = Reflect::get(&document, &"adoptedStyleSheets".into()).ok()?;
        if adopted.is_undefined() {
            return None;
        }
        // Keep the host page's own adopted sheets.
        let list = js_sys::Array::from(&adopted);
        list.push(&sheet);
        Reflect::set(&document, &"adoptedStyleSheets".into(), &list).ok()?;
        let sheet = Sheet(sheet);
        sheet.call("replaceSync", "")?;
        Some(sheet)
    }

    fn call(&self, method: &str, text: &str) -> Option<()> {
        let f: js_sys::Function = js_sys::Reflect::get(&self.0, &method.into())
            .ok()?
            .dyn_into()
            .ok()?;
        f.call1(&self.0, &text.into()).ok().map(|_| ())
    }

    /// Replaces the sheet's rules.
    pub fn replace(&self, rules: &str) {
        let _ = self.call("replaceSync", rules);
    }

    /// Removes the sheet from the document.
    pub fn drop_from_document(&self) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Ok(adopted) = js_sys::Reflect::get(&document, &"adoptedStyleSheets".into()) {
            let kept = js_sys::Array::from(&adopted).filter(&mut |s, _, _| s != self.0);
            let _ = js_sys::Reflect::set(&document, &"adoptedStyleSheets".into(), &kept);
        }
    }
}
