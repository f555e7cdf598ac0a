//! The wasm entry point. `gv-boot.js` instantiates the module and calls `gv_start` with the URL
//! of the folder the app was served from, so data and assets resolve under any sub-path.

use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the app into every `[data-gba-visit]` element (or `#gv-app`).
#[wasm_bindgen]
pub fn gv_start(asset_base: String) {
    gba_visit_explorer::boot::start(&asset_base);
}

fn main() {
    // Nothing here: mounting waits for `gv_start`, which knows where the app was served from.
}
