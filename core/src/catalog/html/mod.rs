//! Markup for the parts of the catalog that are read-only: result list, pagination, chips,
//! summary charts, histogram and project detail. Built here as text (escaped, pure, tested on
//! the host); the UI puts it in place. Every control in it is a plain link to another URL
//! state, so it needs no event handler: following the link is the action, and Back undoes it.
//! (Rendering these parts as text instead of as Leptos view trees keeps the app within its
//! size budget: see docs/catalog.md.) The helpers and the source list serve the timeline's
//! event detail too.

mod chips;
mod detail;
mod facets;
mod results;
mod summary;

pub use chips::{chips, facet_name};
pub use detail::{detail, source_list};
pub use facets::{facet_values, shown_values, value_state, ValueState, SHORT_LIST};
pub use results::{pagination, result_route, results};
pub use summary::{histogram, summary, Chart};

use std::fmt::Write;

use crate::route::{Links, Route};
use crate::text::{Lang, Text};

/// Appends `s` escaped for HTML text and attribute values.
/// (Copies the runs between special characters whole: the timeline escapes thousands of cards.)
pub fn escape(out: &mut String, s: &str) {
    let mut rest = s;
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

/// Content text in `lang`; when only the other language exists it is wrapped in a span with
/// that language's `lang` attribute, so screen readers pronounce it right.
pub fn text(out: &mut String, t: &Text, lang: Lang) {
    let shown = t.pick(lang);
    if shown.is_fallback(lang) {
        let _ = write!(out, "<span lang=\"{}\">", shown.lang.bcp47());
        escape(out, shown.text);
        out.push_str("</span>");
    } else {
        escape(out, shown.text);
    }
}

/// The attributes of a link to a route, unescaped: `href` opens it in a new tab too (built for
/// where the page keeps its state, see `Links`); the UI follows `data-gv-route` on a plain
/// click, so the host page never navigates.
pub fn link_attributes(links: &Links, route: &Route) -> [(&'static str, String); 2] {
    [
        ("href", links.href(route)),
        ("data-gv-route", route.to_fragment()),
    ]
}

/// `href="…" data-gv-route="…"` for a link to a route (`link_attributes`, escaped).
pub fn href(out: &mut String, links: &Links, route: &Route) {
    for (name, value) in link_attributes(links, route) {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape(out, &value);
        out.push('"');
    }
}

/// The tag of a heading `depth` levels below the app's title, whose level is `base` (1 on the
/// app's own page; set by the host page when embedded), clamped to `h1`–`h6`: the app's outline
/// fits under the host page's.
pub fn heading(base: u8, depth: u8) -> &'static str {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    TAGS[usize::from(heading_level(base, depth) - 1)]
}

/// The level (1–6) of a heading `depth` levels below an app title of level `base`.
pub fn heading_level(base: u8, depth: u8) -> u8 {
    base.saturating_add(depth).clamp(1, 6)
}

/// "Not announced", marked as such.
pub fn unknown(out: &mut String, lang: Lang) {
    out.push_str("<span class=\"gv-unknown\">");
    out.push_str(crate::i18n::Msg::NotAnnounced.text(lang));
    out.push_str("</span>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_fallback_language() {
        let mut out = String::new();
        escape(&mut out, "<a href=\"x\">&'");
        assert_eq!(out, "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        let mut out = String::new();
        text(
            &mut out,
            &Text {
                zh: Some("赣州".into()),
                en: None,
            },
            Lang::En,
        );
        assert_eq!(out, "<span lang=\"zh-CN\">赣州</span>");
    }

    #[test]
    fn headings_follow_the_app_title_and_stop_at_h6() {
        assert_eq!(heading(1, 0), "h1");
        assert_eq!(heading(1, 2), "h3");
        assert_eq!(heading(2, 2), "h4");
        assert_eq!(heading(4, 3), "h6");
        assert_eq!(heading(5, 3), "h6");
        assert_eq!(heading(0, 0), "h1");
    }
}
