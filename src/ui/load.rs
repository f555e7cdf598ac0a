//! Fetching the dataset: the app's one trip to the network, with a time limit. What the
//! response means (status, HTML page, content type, size) is decided by the pure core.

use std::sync::Arc;

use gba_core::load_error::{check_announced_length, check_response, LoadError};
use gba_core::validate::{load_bytes, Loaded};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Fetches and validates the dataset at `url`, giving up after `timeout_ms`.
pub async fn fetch_dataset(url: String, timeout_ms: u32) -> Result<Arc<Loaded>, LoadError> {
    let controller = web_sys::AbortController::new()
        .map_err(|_| LoadError::Network("AbortController".into()))?;
    let signal = controller.signal();
    let _deadline = Deadline::start(timeout_ms, controller);
    let seconds = timeout_ms.div_ceil(1000);
    let failed = |e: gloo_net::Error| {
        if signal.aborted() {
            LoadError::Timeout { seconds }
        } else {
            LoadError::Network(e.to_string())
        }
    };

    let response = gloo_net::http::Request::get(&url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(failed)?;
    let headers = response.headers();
    check_announced_length(
        headers
            .get("content-length")
            .and_then(|v| v.trim().parse().ok()),
    )?;
    // The headers arrived, so a failure now means the body broke off (or the time ran out).
    let body = response.binary().await.map_err(|e| match failed(e) {
        LoadError::Network(detail) => LoadError::Incomplete(detail),
        other => other,
    })?;
    check_response(
        response.status(),
        headers.get("content-type").as_deref(),
        &body,
    )?;
    load_bytes(&body).map(Arc::new).map_err(LoadError::Invalid)
}

/// Aborts the request when the time limit passes; cleared when dropped.
struct Deadline {
    handle: Option<i32>,
    _callback: Closure<dyn FnMut()>,
}

impl Deadline {
    fn start(ms: u32, controller: web_sys::AbortController) -> Deadline {
        let callback = Closure::<dyn FnMut()>::new(move || controller.abort());
        let handle = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                ms as i32,
            )
            .ok()
        });
        Deadline {
            handle,
            _callback: callback,
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(handle), Some(window)) = (self.handle, web_sys::window()) {
            window.clear_timeout_with_handle(handle);
        }
    }
}
