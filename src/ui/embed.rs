//! The iframe side of the iframe embedding: tells the host page (dist/embed/gv-embed.js) the
//! app's height and route, and follows the host when its Back/Forward changes the route.
//!
//! Messages: `{type: "gv:height", height}`, `{type: "gv:route", route, push}` to the host;
//! `{type: "gv:navigate", route}` from the host, accepted only from the parent window with the
//! origin named in the iframe's `?host=` parameter.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::nav::HistoryMode;

thread_local! {
    /// The host page's origin, once known.
    static HOST_ORIGIN: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&obj, &(*key).into(), value);
    }
    obj.into()
}

/// Sends a message to the host page (only to its origin when known).
fn post(msg: JsValue) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    // Height and route are public page state; when the host did not say who it is, any origin
    // may read them (the host script still checks who sent them).
    let target = HOST_ORIGIN
        .with(|h| h.borrow().clone())
        .unwrap_or_else(|| "*".into());
    let _ = parent.post_message(&msg, &target);
}

/// Tells the host page the route changed; it mirrors it in its own URL and history.
pub fn announce_route(fragment: &str, mode: HistoryMode) {
    post(message(
        "gv:route",
        &[
            ("route", fragment.into()),
            ("push", (mode == HistoryMode::Push).into()),
        ],
    ));
}

/// Follows `gv:navigate` messages from the host page (its Back/Forward, or a shared link).
pub fn follow_host(host_origin: Option<String>, on_navigate: impl Fn(String) + 'static) {
    HOST_ORIGIN.with(|h| *h.borrow_mut() = host_origin.clone());
    let Some(window) = web_sys::window() else {
        return;
    };
    let parent = window.parent().ok().flatten();
    let listener =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_parent = match (&parent, event.source()) {
                (Some(p), Some(source)) => JsValue::from(p.clone()) == JsValue::from(source),
                _ => false,
            };
            let from_host = host_origin.as_deref() == Some(event.origin().as_str());
            if !(from_parent && from_host) {
                return;
            }
            let data = event.data();
            let kind = js_sys::Reflect::get(&data, &"type".into())
                .ok()
                .and_then(|v| v.as_string());
            let route = js_sys::Reflect::get(&data, &"route".into())
                .ok()
                .and_then(|v| v.as_string());
            if let (Some("gv:navigate"), Some(route)) = (kind.as_deref(), route) {
                on_navigate(route);
            }
        });
    let _ = window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    // Lives as long as the page.
    listener.forget();
}

/// Reports the height of the page's content to the host page now and whenever it changes.
pub fn report_height() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let send = {
        let body = body.clone();
        // The body's scroll height is the content's height (the root element's would never
        // shrink below the iframe's current height).
        move || {
            post(message(
                "gv:height",
                &[("height", f64::from(body.scroll_height()).into())],
            ))
        }
    };
    send();
    let observer_callback = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(observer_callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    observer_callback.forget();
}
