//! GBA Visit Explorer: the Leptos shell over the pure `gba-core`.
//!
//! `boot` finds the mount elements and reads their configuration; `ui` holds the components.
//! All logic (validation, formatting, URL state) lives in `gba-core` and is tested on the host.

pub mod boot;
pub mod ui;
