//! The frame around the views: header, language switch, tabs, notices, loading and errors.

mod header;
mod notice;
mod status;
mod tabs;
mod toolbar;

pub use header::Header;
pub use notice::DataNotice;
pub use status::{LoadErrorPanel, Loading};
pub use tabs::ViewTabs;
pub use toolbar::{initial_prefs, DisplayToolbar, PrefsSignal};
