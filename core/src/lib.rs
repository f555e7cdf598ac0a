//! The pure core of GBA Visit Explorer: the data format, its validation into a typed domain
//! model, and (as the app grows) filtering, search, timeline layout and URL state.
//!
//! Nothing here touches the browser, the network or the file system, so all of it is tested
//! with plain `cargo test` on the host.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod catalog;
#[cfg(feature = "schema")]
pub mod format_v1;
pub mod i18n;
pub mod load_error;
pub mod model;
pub mod money;
pub mod prefs;
pub mod route;
#[cfg(feature = "schema")]
pub mod schema;
pub mod synth;
pub mod text;
pub mod time;
pub mod timeline;
pub mod validate;
