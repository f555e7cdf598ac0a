//! Fetching the dataset: the app's one trip to the network, with a time limit. What the
//! response means (status, HTML page, content type, size) is decided by the pure core. Large
//! files are checked in steps, yielding to the browser between them, so the page stays
//! responsive and the loading state can show how far it has come.

use std::sync::Arc;

use gba_core::catalog::CatalogIndex;
use gba_core::load_error::{check_announced_length, check_response, LoadError};
use gba_core::model::Dataset;
use gba_core::validate::{text_of, Loaded, Loader, Progress, Report};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long one slice of checking may run before the browser gets a turn (ms): short enough
/// that input is answered within 100 ms, long enough that the turns (about 8 ms each,
/// measured) cost little.
const SLICE_MS: f64 = 40.0;
/// Records checked between clock readings.
const BATCH: usize = 200;

/// Projects indexed between clock readings.
const INDEX_BATCH: usize = 500;
/// Of the progress shown, the part up to the end of checking (indexing the rest), and within
/// it the part splitting the document into records takes: about the share of the time each
/// takes for large files.
const CHECK_SHARE: usize = 70;
const SPLIT_SHARE: usize = 25;

/// Where the loading state reads the progress of checking and indexing: percent done.
pub type LoadProgress = RwSignal<Option<u8>>;

/// A dataset ready to show: checked, and indexed for the catalog.
pub struct Ready {
    /// The records that passed (shared by every view, never copied).
    pub data: Arc<Dataset>,
    /// Problems and skipped records.
    pub report: Report,
    /// The catalog's index of `data`.
    pub index: Arc<CatalogIndex>,
}

impl From<Loaded> for Ready {
    /// Indexes a checked dataset in one go (for small data and tests).
    fn from(loaded: Loaded) -> Ready {
        let data = Arc::new(loaded.dataset);
        Ready {
            index: Arc::new(CatalogIndex::new(data.clone())),
            data,
            report: loaded.report,
        }
    }
}

/// Fetches, validates and indexes the dataset at `url`, giving up on the network after
/// `timeout_ms`.
pub async fn fetch_dataset(
    url: String,
    timeout_ms: u32,
    progress: LoadProgress,
) -> Result<Arc<Ready>, LoadError> {
    let result = fetch_checked(&url, timeout_ms, progress).await;
    if let Some(detail) = result.as_ref().err().and_then(LoadError::detail) {
        // The browser's words ("TypeError: Failed to fetch") are for the webmaster, beside the
        // browser's own report of the request; the panel tells readers in plain words.
        web_sys::console::warn_1(&format!("GBA Visit Explorer: {url}: {detail}").into());
    }
    result
}

/// `fetch_dataset` without the logging.
async fn fetch_checked(
    url: &str,
    timeout_ms: u32,
    progress: LoadProgress,
) -> Result<Arc<Ready>, LoadError> {
    progress.set(None);
    mark("gv-data-requested");
    let controller = web_sys::AbortController::new()
        .map_err(|_| LoadError::Network("AbortController".into()))?;
    let signal = controller.signal();
    let deadline = Deadline::start(timeout_ms, controller);
    let seconds = timeout_ms.div_ceil(1000);
    let failed = |e: gloo_net::Error| {
        if signal.aborted() {
            LoadError::Timeout { seconds }
        } else {
            LoadError::Network(e.to_string())
        }
    };

    let response = gloo_net::http::Request::get(url)
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
    drop(deadline);
    check_response(
        response.status(),
        headers.get("content-type").as_deref(),
        &body,
    )?;
    mark("gv-data-received");
    let loaded = check_in_steps(&body, progress).await?;
    mark("gv-data-checked");
    let ready = index_in_steps(loaded, progress).await;
    mark("gv-data-indexed");
    Ok(Arc::new(ready))
}

/// Builds the catalog's index, giving the browser a turn every `SLICE_MS`.
async fn index_in_steps(loaded: Loaded, progress: LoadProgress) -> Ready {
    let data = Arc::new(loaded.dataset);
    let mut build = CatalogIndex::build(data.clone());
    in_slices(progress, (CHECK_SHARE, 100), &mut || {
        (!build.step(INDEX_BATCH)).then(|| build.progress())
    })
    .await;
    Ready {
        index: Arc::new(build.finish()),
        data,
        report: loaded.report,
    }
}

/// Validates `body`, giving the browser a turn every `SLICE_MS`: first splitting the
/// document into its records, then checking them.
async fn check_in_steps(body: &[u8], progress: LoadProgress) -> Result<Loaded, LoadError> {
    let text = text_of(body).map_err(LoadError::Invalid)?;
    let mut opening = Loader::open(text).map_err(LoadError::Invalid)?;
    in_slices(progress, (0, SPLIT_SHARE), &mut || {
        (!opening.step(BATCH)).then(|| opening.progress())
    })
    .await;
    let mut loader = opening.finish().map_err(LoadError::Invalid)?;
    in_slices(
        progress,
        (SPLIT_SHARE, CHECK_SHARE),
        &mut || match loader.step(BATCH) {
            Progress::Done => None,
            Progress::Working { done, total } => Some((done, total)),
        },
    )
    .await;
    Ok(loader.finish())
}

/// Calls `step` until it returns `None` (done), giving the browser a turn every `SLICE_MS`
/// and showing how far it has come (`Some((done, total))`) as a percentage from `from` to `to`.
async fn in_slices(
    progress: LoadProgress,
    (from, to): (usize, usize),
    step: &mut dyn FnMut() -> Option<(usize, usize)>,
) {
    loop {
        let slice_start = js_sys::Date::now();
        let (done, total) = loop {
            match step() {
                None => return,
                Some(at) if js_sys::Date::now() - slice_start > SLICE_MS => break at,
                Some(_) => {}
            }
        };
        progress.set(Some((from + done * (to - from) / total.max(1)) as u8));
        next_turn().await;
    }
}

/// Resolves on the browser's next macrotask (after it has painted and handled input).
pub(crate) async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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

/// A `performance.mark` (visible in the browser's performance tools and read by the
/// benchmarks in bench/).
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
