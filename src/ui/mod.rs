//! Leptos components. They wire signals to the pure core and draw; no logic of their own.

pub mod app;
pub mod catalog;
pub mod effect;
pub mod embed;
pub mod load;
pub mod nav;
pub mod shell;
pub mod text;
pub mod timeline;
