//! Timeline logic, pure functions over the model: which events a zoom covers (`scope`), the
//! filter and its counts (`filter`), the horizontal layout of one edition's days (`layout`),
//! the editions side by side (`history`), all of it for one route (`model`), keyboard movement
//! (`keys`), live status (`live`), what a detail lists (`related`), sorting (`order`) and the
//! composed texts (`labels`). The view draws both the horizontal timeline and the vertical
//! agenda from the same layout.

pub mod action;
pub mod axis;
pub mod filter;
pub mod history;
pub mod keys;
pub mod labels;
pub mod layout;
pub mod live;
pub mod model;
pub mod order;
mod pack;
pub mod related;
pub mod scope;
