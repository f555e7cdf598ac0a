//! Filters by kind, city and participant, each choice with the number of events it would show;
//! "clear filters" whenever one is on; the number shown, announced to screen readers.

use gba_core::i18n::{count, Msg, TimelineMsg};
use gba_core::model::Who;
use gba_core::route::{toggle, WhoRef};
use gba_core::text::Lang;
use gba_core::timeline::filter::who_ref;
use gba_core::timeline::labels;
use leptos::prelude::*;

use super::state::Tl;
use crate::ui::text::{msg, use_lang};

/// A toggle button with a count.
fn chip(label: String, n: usize, lang: Lang, pressed: bool, on: Callback<()>) -> impl IntoView {
    let events = gba_core::i18n::count_events(lang, n);
    view! {
        <button type="button" class="gv-tl-chip" aria-pressed=if pressed { "true" } else { "false" }
            on:click=move |_| on.run(())>
            {label}
            <span class="gv-tl-chip__n" aria-hidden="true">{count(lang, n as u64)}</span>
            <span class="gv-tl-sr">{format!("{}{events}", Msg::Colon.text(lang))}</span>
        </button>
    }
}

/// The facets.
#[component]
pub fn Filters(tl: Tl) -> impl IntoView {
    let lang = use_lang();
    let chosen = Memo::new(move |_| tl.nav.route.with(|r| r.timeline.clone()));
    let facets = move || {
        let (lang, data) = (lang.get(), tl.data());
        let route = chosen.get();
        let counts = tl.counts.get();
        let kinds = counts.kinds.iter().map(|&(k, n)| {
            let id = data.event_kinds[k.ix()].id.to_string();
            let pressed = route.kinds.contains(&id);
            let on = Callback::new(move |()| tl.go(|r| toggle(&mut r.timeline.kinds, id.clone())));
            chip(
                data.event_kinds[k.ix()].name.get(lang).to_owned(),
                n,
                lang,
                pressed,
                on,
            )
        });
        let cities = counts.cities.iter().map(|&(c, n)| {
            let id = data.cities[c.ix()].id.to_string();
            let pressed = route.cities.contains(&id);
            let on = Callback::new(move |()| tl.go(|r| toggle(&mut r.timeline.cities, id.clone())));
            chip(
                data.cities[c.ix()].name.get(lang).to_owned(),
                n,
                lang,
                pressed,
                on,
            )
        });
        let option = |w: Who, n: usize| {
            let value = who_ref(&data, w);
            let label = format!("{} ({})", data.who_name(w).get(lang), count(lang, n as u64));
            (!route.who.contains(&value))
                .then(|| view! { <option value=value.to_string()>{label}</option> })
        };
        let people = counts
            .who
            .iter()
            .filter(|(w, _)| matches!(w, Who::Person(_)));
        let orgs = counts
            .who
            .iter()
            .filter(|(w, _)| matches!(w, Who::Organisation(_)));
        let pills = counts.who.iter().filter(|(w, _)| route.who.contains(&who_ref(&data, *w))).map(|&(w, _)| {
            let value = who_ref(&data, w);
            let name = data.who_name(w).get(lang).to_owned();
            view! {
                <button type="button" class="gv-tl-chip gv-tl-chip--pill" aria-pressed="true"
                    aria-label=format!("{}{name}", TimelineMsg::Remove.text(lang))
                    on:click=move |_| { let v = value.clone(); tl.go(|r| toggle(&mut r.timeline.who, v)) }>
                    {name.clone()}<span class="gv-tl-chip__x" aria-hidden="true">"×"</span>
                </button>
            }
        });
        let pick = move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            if let Ok(who) = value.parse::<WhoRef>() {
                tl.go(|r| toggle(&mut r.timeline.who, who));
            }
        };
        view! {
            <div class="gv-tl-facet" role="group" aria-label=TimelineMsg::KindFacet.text(lang)>
                <span class="gv-tl-facet__label" aria-hidden="true">{TimelineMsg::KindFacet.text(lang)}</span>
                {kinds.collect_view()}
            </div>
            <div class="gv-tl-facet" role="group" aria-label=TimelineMsg::CityFacet.text(lang)>
                <span class="gv-tl-facet__label" aria-hidden="true">{TimelineMsg::CityFacet.text(lang)}</span>
                {cities.collect_view()}
            </div>
            <div class="gv-tl-facet">
                <label class="gv-tl-facet__label gv-tl-facet__label--select">
                    <span>{TimelineMsg::WhoFacet.text(lang)}</span>
                    <select class="gv-tl-select" on:change=pick prop:value="">
                        <option value="">{TimelineMsg::WhoChoose.text(lang)}</option>
                        <optgroup label=TimelineMsg::People.text(lang)>
                            {people.filter_map(|&(w, n)| option(w, n)).collect_view()}
                        </optgroup>
                        <optgroup label=TimelineMsg::Organisations.text(lang)>
                            {orgs.filter_map(|&(w, n)| option(w, n)).collect_view()}
                        </optgroup>
                    </select>
                </label>
                {pills.collect_view()}
            </div>
        }
    };
    let on = Memo::new(move |_| tl.nav.route.with(|r| r.timeline.has_filters()));
    let status = move || {
        let total = tl.in_scope.with(Vec::len);
        labels::shown(lang.get(), tl.shown.with(Vec::len), total)
    };
    view! {
        <div class="gv-tl-filters" role="group" aria-label=msg(TimelineMsg::Filters)>
            {facets}
        </div>
        <div class="gv-tl-status">
            <p class="gv-tl-status__count" role="status" aria-live="polite">{status}</p>
            <Show when=move || on.get()>
                <button type="button" class="gv-button gv-tl-clear"
                    on:click=move |_| tl.go(|r| r.timeline.clear_filters())>
                    {msg(TimelineMsg::ClearFilters)}
                </button>
            </Show>
        </div>
    }
}
