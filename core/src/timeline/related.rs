//! What an event's detail lists beside the event itself.

use crate::model::{Dataset, EventIx, ProjectIx};

/// The projects signed or promoted at an event: those it lists and those that name it, in
/// document order, each once.
pub fn projects(data: &Dataset, event: EventIx) -> Vec<ProjectIx> {
    let listed = &data.events[event.ix()].projects;
    (0..data.projects.len())
        .map(|i| ProjectIx(i as u32))
        .filter(|p| listed.contains(p) || data.projects[p.ix()].event == Some(event))
        .collect()
}

/// The figures that report on an event (indices into `Dataset::figures`).
pub fn figures(data: &Dataset, event: EventIx) -> Vec<usize> {
    (0..data.figures.len())
        .filter(|&i| data.figures[i].event == Some(event))
        .collect()
}
