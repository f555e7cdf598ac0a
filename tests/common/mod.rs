//! Helpers shared by the browser tests (`tests/web_*.rs`).
#![allow(dead_code)]

use wasm_bindgen::JsCast;

/// A fresh element in the test page to mount into.
pub fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document
        .create_element("div")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    el.set_class_name("gv-root");
    document.body().unwrap().append_child(&el).unwrap();
    el
}

pub fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `done()` holds (or gives up after ~5 s); whether it held.
pub async fn wait_until(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if done() {
            return true;
        }
        sleep(50).await;
    }
    done()
}

/// Waits until `selector` matches inside `root` (or gives up after ~5 s).
pub async fn wait_for(root: &web_sys::HtmlElement, selector: &str) -> bool {
    wait_until(|| root.query_selector(selector).unwrap().is_some()).await
}
