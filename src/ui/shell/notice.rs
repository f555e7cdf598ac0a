//! The collapsible notice listing records the validator skipped and its warnings.

use gba_core::i18n::{self, Msg};
use gba_core::validate::{Report, Severity};
use leptos::prelude::*;

use crate::ui::text::{fmt, msg, use_lang};

/// At most this many problems are listed; the count says how many more there are.
const LISTED: usize = 50;

/// Shown only when validation noticed something.
#[component]
pub fn DataNotice(report: Report) -> impl IntoView {
    if report.problems.is_empty() {
        return None;
    }
    let lang = use_lang();
    let (skipped, warnings) = (report.skipped.len(), report.warnings());
    let more = report.problems.len().saturating_sub(LISTED);
    let problems: Vec<_> = report.problems.into_iter().take(LISTED).collect();
    Some(view! {
        <details class="gv-notice" role="note">
            <summary class="gv-notice__summary">
                <strong>{msg(Msg::DataNoticeHeading)}</strong>" "
                {fmt(move |lang| i18n::data_notice_summary(lang, skipped, warnings))}
            </summary>
            <ul class="gv-notice__list">
                {problems.into_iter().map(|p| {
                    let severity = p.severity();
                    view! {
                        <li class="gv-notice__item" class:gv-notice__item--error=severity == Severity::Error>
                            <code class="gv-notice__path">{move || p.describe(lang.get())}</code>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p class="gv-notice__more">"+ "{more}</p> })}
        </details>
    })
}
