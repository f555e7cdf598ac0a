//! Effects that write to the DOM (never to a signal), through one boxed function type.

use gba_core::text::Lang;
use leptos::prelude::Effect;

/// What a list drew: its items, by index (facet values, projects), and their language. The
/// value of the effects that patch the catalog's lists: one type, so one copy of the effect.
pub type Drawn = Option<(Vec<usize>, Lang)>;

/// Runs `f` now and whenever a signal it reads changes, handing it the value it returned last
/// time. Boxed on purpose: `Effect::new` compiles its own copy of the effect's task for every
/// closure type (about half a kilobyte of wasm each); through this box there is one copy per
/// value type.
pub fn dom_effect<T: 'static>(f: impl FnMut(Option<T>) -> T + 'static) {
    let f: Box<dyn FnMut(Option<T>) -> T> = Box::new(f);
    Effect::new(f);
}
