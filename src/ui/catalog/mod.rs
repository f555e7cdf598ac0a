//! The project catalog view.

mod project_list;

pub use project_list::ProjectList;
