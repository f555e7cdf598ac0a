//! The facet panel: one group per facet, each value a checkbox with its live count (the
//! results it would give with the other facets applied); zero-count values stay visible but
//! disabled; long facets show their first values and can be searched. The value lists are
//! markup from `gba_core::catalog::html`; one `change` handler per list toggles values.

use gba_core::catalog::html::{
    facet_name, facet_values, shown_values, value_state, ValueState, SHORT_LIST,
};
use gba_core::catalog::Facet;
use gba_core::i18n::CatalogMsg;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::use_catalog;
use crate::ui::effect::{dom_effect, Drawn};
use crate::ui::nav::{focus_after_redraw, HistoryMode};
use crate::ui::text::{msg, use_lang, Heading};

/// Every facet.
#[component]
pub fn FacetPanel() -> impl IntoView {
    view! {
        <div class="gv-facets">
            <Heading depth=2 class="gv-facets__heading">{msg(CatalogMsg::FiltersHeading)}</Heading>
            {Facet::ALL.into_iter().map(|facet| view! { <FacetGroup facet=facet /> }).collect_view()}
        </div>
    }
}

/// One facet: its values with counts.
#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let catalog = use_catalog();
    let lang = use_lang();
    let total = catalog
        .index
        .with_value(|ix| ix.column(facet).values().len());
    let long = total > SHORT_LIST;
    let expanded = RwSignal::new(false);
    let find = RwSignal::new(String::new());
    // The list is drawn when the values it shows change (search in the facet, "show all",
    // a selection beyond the first few, the language); otherwise only the counts and boxes
    // are updated in place: recreating a few dozen checkboxes per facet on every keystroke
    // costs the browser more than all the counting.
    let list: NodeRef<leptos::html::Ul> = NodeRef::new();
    dom_effect(move |drawn: Option<Drawn>| {
        let (all, find, lang) = (expanded.get(), find.get(), lang.get());
        let shown = catalog.route.with(|r| {
            catalog
                .index
                .with_value(|ix| shown_values(ix, r, facet, &find, all, lang))
        });
        // Tracked: runs again once the list element exists.
        let ul: web_sys::Element = list.get()?.into();
        catalog.outcome.with(|o| {
            catalog.route.with(|r| {
                catalog.index.with_value(|ix| {
                    if drawn
                        .flatten()
                        .is_some_and(|(s, l)| s == shown && l == lang)
                    {
                        patch(&ul, &shown, |i| value_state(ix, o, r, facet, i, lang));
                    } else {
                        ul.set_inner_html(&facet_values(ix, o, r, facet, &shown, lang));
                    }
                })
            })
        });
        Some((shown, lang))
    });
    let toggle = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let (Some(value), Some(id)) = (input.get_attribute("data-value"), Some(input.id())) else {
            return;
        };
        catalog.go(HistoryMode::Push, |r| r.toggle(facet, &value));
        // The list is drawn again: keep the keyboard where it was.
        focus_after_redraw(Box::new(move || document().get_element_by_id(&id)));
    };
    let heading_id = format!("gv-facet-{}-heading", facet.key());
    let (heading_a, heading_b) = (heading_id.clone(), heading_id.clone());
    let selected_count = move || catalog.route.with(|r| r.facet(facet).len());
    view! {
        <section class="gv-facet" aria-labelledby=heading_a>
            <Heading depth=3 class="gv-facet__heading" id=heading_b>
                {msg(facet_name(facet))}
                <span class="gv-facet__selected" class:gv-facet__selected--none=move || selected_count() == 0>{selected_count}</span>
            </Heading>
            {long.then(|| view! {
                <input
                    class="gv-facet__find"
                    type="search"
                    autocomplete="off"
                    placeholder=msg(CatalogMsg::FindValue)
                    aria-label=move || format!("{} – {}", msg(facet_name(facet))(), msg(CatalogMsg::FindValue)())
                    on:input=move |ev| find.set(event_target_value(&ev))
                />
            })}
            <ul class="gv-facet__values" role="list" aria-labelledby=heading_id on:change=toggle node_ref=list></ul>
            {long.then(|| view! {
                <button type="button" class="gv-link-button gv-facet__more" aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { msg(CatalogMsg::ShowFewerValues)() } else { msg(CatalogMsg::ShowAllValues)() }}
                    {move || (!expanded.get()).then(|| format!(" ({total})"))}
                </button>
            })}
        </section>
    }
}

/// Updates the counts and boxes of a drawn list of `shown` values in place.
fn patch(ul: &web_sys::Element, shown: &[usize], state: impl Fn(usize) -> ValueState) {
    let items = ul.children();
    for (k, &i) in shown.iter().enumerate() {
        let Some(li) = items.item(k as u32) else {
            return;
        };
        let ValueState {
            count,
            checked,
            disabled,
        } = state(i);
        // The box's properties (not its attributes, which a click no longer follows).
        if let Some(input) = li.first_element_child() {
            for (name, on) in [("checked", checked), ("disabled", disabled)] {
                let _ = js_sys::Reflect::set(&input, &name.into(), &on.into());
            }
        }
        if let Some(span) = li.last_element_child().and_then(|l| l.last_element_child()) {
            // Rewriting an unchanged count still lays its row out again (40 rows a keystroke).
            if span.text_content().as_deref() != Some(count.as_str()) {
                span.set_text_content(Some(&count));
            }
        }
    }
}
