//! The current results as files: CSV for spreadsheets, JSON in the dataset's own format.
//! The text is built here; the UI only hands it to the browser as a download.

mod csv;
mod json;

pub use csv::csv;
pub use json::json;
