//! The wasm entry point. `gv-boot.js` instantiates the module and calls `gv_start` with the URL
//! of the folder the app was served from, so data and assets resolve under any sub-path.

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the app into every `[data-gba-visit]` element (or `#gv-app`); `styles` are the app's
/// stylesheets, linked into the shadow root of apps mounted in host pages.
#[wasm_bindgen]
pub fn gv_start(asset_base: String, styles: Vec<String>) {
    gba_visit_explorer::boot::start(&asset_base, &styles);
}

fn main() {
    // Nothing here: mounting waits for `gv_start`, which knows where the app was served from.
}
