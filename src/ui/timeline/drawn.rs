//! Cards (and the track's day boxes) the browser has drawn once stay drawn.
//!
//! Every card, and every day's box on the track, is `content-visibility: auto`, so a timeline
//! of thousands of events lays out only the cards near the viewport. But a keyboard move on
//! the track scrolls between lanes, and each scroll locked and unlocked about a hundred cards at
//! the edge of that neighbourhood (their style and layout rebuilt every time): a second frame of
//! 20–30 ms after each move, in the way of the next one. From the first keyboard move or click
//! on (`Tl::activate`), a card the browser unlocks is set `visible`, so it is never skipped
//! again (a day's box likewise); cards never reached stay skipped.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `ContentVisibilityAutoStateChangeEvent`, which web-sys does not bind.
    type VisibilityChange;

    /// Whether the element's rendering is now skipped.
    #[wasm_bindgen(method, getter)]
    fn skipped(this: &VisibilityChange) -> bool;
}

/// From now on, keeps the cards the browser draws inside `host` drawn.
pub fn listen(host: &web_sys::HtmlElement) {
    let f = Closure::<dyn FnMut(web_sys::Event)>::new(keep_drawn).into_js_value();
    // The capture phase: the event does not bubble.
    let _ = host.add_event_listener_with_callback_and_bool(
        "contentvisibilityautostatechange",
        f.unchecked_ref(),
        true,
    );
}

/// An element whose rendering stops being skipped is drawn from now on.
fn keep_drawn(ev: web_sys::Event) {
    if ev.unchecked_ref::<VisibilityChange>().skipped() {
        return;
    }
    // Only cards and day boxes are `content-visibility: auto` in the timeline.
    if let Some(drawn) = ev.target() {
        let _ = drawn
            .unchecked_into::<web_sys::HtmlElement>()
            .style()
            .set_property("content-visibility", "visible");
    }
}
