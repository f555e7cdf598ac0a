//! Timeline logic: grouping, layout, live status. Pure functions over the model.

pub mod agenda;
