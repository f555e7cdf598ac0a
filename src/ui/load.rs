//! Fetching the dataset: the app's one trip to the network, with a time limit.

use std::sync::Arc;

use gba_core::load_error::{looks_like_html, LoadError, LOAD_TIMEOUT_MS};
use gba_core::validate::{load_bytes, Loaded, MAX_DOCUMENT_BYTES};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Fetches and validates the dataset at `url`.
pub async fn fetch_dataset(url: String) -> Result<Arc<Loaded>, LoadError> {
    let controller = web_sys::AbortController::new()
        .map_err(|_| LoadError::Network("AbortController".into()))?;
    let signal = controller.signal();
    let _deadline = Deadline::start(LOAD_TIMEOUT_MS, controller);
    let failed = |e: gloo_net::Error| {
        if signal.aborted() {
            LoadError::Timeout
        } else {
            LoadError::Network(e.to_string())
        }
    };

    let response = gloo_net::http::Request::get(&url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(failed)?;
    let status = response.status();
    let announced = response
        .headers()
        .get("content-length")
        .and_then(|v| v.trim().parse::<u64>().ok());
    if let Some(bytes) = announced.filter(|&b| b > MAX_DOCUMENT_BYTES as u64) {
        return Err(LoadError::TooLarge { bytes });
    }
    let body = response.binary().await.map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Http { status });
    }
    if looks_like_html(&body) {
        return Err(LoadError::Html { status });
    }
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
