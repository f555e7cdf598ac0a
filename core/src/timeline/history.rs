//! The history zoom: the editions side by side, each with its dates, cities, events and
//! headline figures.

use crate::model::{CityIx, Dataset, Edition, EventIx};
use crate::time::Date;

use super::keys::NavList;
use super::order::time_key;

/// How many figures an edition shows before "more figures".
pub const HEADLINE_FIGURES: usize = 4;

/// One edition's column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The edition.
    pub edition: Edition,
    /// Its first and last announced dates (of all its events, whatever the filter).
    pub dates: Option<(Date, Date)>,
    /// The cities its events name, in taxonomy order.
    pub cities: Vec<CityIx>,
    /// All its events, whatever the filter.
    pub total: usize,
    /// Its dated events that pass the filter, in time order.
    pub dated: Vec<EventIx>,
    /// Its undated events that pass the filter, in document order.
    pub undated: Vec<EventIx>,
    /// Its figures (indices into `Dataset::figures`): those reporting on one of its events
    /// first, then the rest, each in document order.
    pub figures: Vec<usize>,
}

/// The columns, editions ascending. `shown` are the events that pass the filter, in document
/// order (which breaks ties in time).
pub fn columns(data: &Dataset, shown: &[EventIx]) -> Vec<Column> {
    super::scope::editions(data)
        .into_iter()
        .map(|edition| column(data, edition, shown))
        .collect()
}

fn column(data: &Dataset, edition: Edition, shown: &[EventIx]) -> Column {
    let all: Vec<&crate::model::Event> = data
        .events
        .iter()
        .filter(|e| e.edition == edition)
        .collect();
    let days: Vec<Date> = all
        .iter()
        .flat_map(|e| [e.start.date(), e.end.and_then(|w| w.date())])
        .flatten()
        .collect();
    let dates = days
        .iter()
        .min()
        .zip(days.iter().max())
        .map(|(a, b)| (*a, *b));
    let mut cities: Vec<CityIx> = all.iter().filter_map(|e| e.city).collect();
    super::order::sort_by(&mut cities, |c| u64::from(c.0));
    cities.dedup();

    let mine = shown
        .iter()
        .copied()
        .filter(|ix| data.events[ix.ix()].edition == edition);
    let (mut dated, undated): (Vec<EventIx>, Vec<EventIx>) =
        mine.partition(|ix| data.events[ix.ix()].start.date().is_some());
    super::order::sort_by(&mut dated, |ix| time_key(data.events[ix.ix()].start));

    let of_event = |f: &crate::model::Figure| {
        f.event
            .is_some_and(|e| data.events[e.ix()].edition == edition)
    };
    let (mut figures, rest): (Vec<usize>, Vec<usize>) = (0..data.figures.len())
        .filter(|&i| of_event(&data.figures[i]) || data.figures[i].edition == Some(edition))
        .partition(|&i| of_event(&data.figures[i]));
    figures.extend(rest);

    Column {
        edition,
        dates,
        cities,
        total: all.len(),
        dated,
        undated,
        figures,
    }
}

/// The order of the arrow keys across the columns: each edition's dated events by day, then
/// its undated ones as a group of their own.
pub fn nav_order(data: &Dataset, columns: &[Column]) -> NavList {
    let mut list = NavList::default();
    for c in columns {
        for &ix in &c.dated {
            let day = data.events[ix.ix()].start.date();
            list.push(ix, day.map_or(0, Date::days_since_epoch));
        }
        for &ix in &c.undated {
            // A group per edition, after every real day.
            list.push(ix, i64::MAX - i64::from(c.edition.0));
        }
    }
    list
}
