//! The timeline view.

mod event_list;

pub use event_list::EventList;
