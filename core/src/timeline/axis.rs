//! Reading a laid-out edition: the box each day is drawn in, the parts of the day and the hour
//! ticks each day shows, where the clock falls on the track, and the order of the arrow keys.

use crate::model::{Dataset, DayPart};
use crate::time::{Date, DateTime};

use super::keys::NavList;
use super::layout::{AxisDay, Placed, VisitLayout, FULL};

/// The box a day is drawn in: the day itself and every card that starts on it (a card may
/// reach into the next days). Basis points of the track.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayBox {
    /// Left edge: the day's.
    pub left: u32,
    /// Width: up to the day's right edge or the farthest right edge of its cards.
    pub width: u32,
}

impl DayBox {
    /// A card of the day placed within this box instead of the track: its left edge and width
    /// in basis points of the box, rounded to the nearest.
    pub fn place(&self, p: &Placed) -> Placed {
        // Spans are at most a few times `FULL`: the products fit in a u32.
        let w = self.width.max(1);
        let of = |x: u32| (x * FULL + w / 2) / w;
        Placed {
            left: of(p.left.saturating_sub(self.left)),
            width: of(p.width),
            ..*p
        }
    }
}

/// A mark inside each day of the axis, in basis points of the day's width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InDay<T> {
    /// What is marked.
    pub what: T,
    /// Left edge, basis points of the day.
    pub left: u32,
    /// Width, basis points of the day (0 for a tick).
    pub width: u32,
}

impl<T> InDay<T> {
    /// Whether the mark sits in the last eighth of its day, where a label drawn to its right
    /// runs into the next day.
    pub fn near_end(&self) -> bool {
        self.left > FULL / 8 * 7
    }
}

impl VisitLayout {
    /// The box `day` (one of `days`) is drawn in.
    pub fn day_box(&self, day: &AxisDay) -> DayBox {
        let right = self.items[day.items.clone()]
            .iter()
            .map(|p| p.left + p.width)
            .fold(day.left + day.width, u32::max);
        DayBox {
            left: day.left,
            width: right - day.left,
        }
    }

    /// The parts of the day as bands where part-of-day events are drawn. They are labelled by
    /// name only: their edges are placement, not announced hours.
    pub fn bands(&self) -> Vec<InDay<DayPart>> {
        let Some(window) = self.window else {
            return Vec::new();
        };
        let w = u32::from(window.to - window.from).max(1);
        let at = |m: u16| u32::from(m.clamp(window.from, window.to) - window.from) * FULL / w;
        DayPart::ALL
            .into_iter()
            .map(|part| {
                let (a, b) = part.span_minutes();
                InDay {
                    what: part,
                    left: at(a),
                    width: at(b) - at(a),
                }
            })
            .collect()
    }

    /// Hour ticks every three hours (only when some event has a clock time): the hour and
    /// where it sits in the day.
    pub fn ticks(&self) -> Vec<InDay<u8>> {
        let Some(window) = self.window.filter(|_| self.has_times) else {
            return Vec::new();
        };
        let w = u32::from(window.to - window.from).max(1);
        (window.from.div_ceil(180)..)
            .map(|i| i * 180)
            .take_while(|&m| m < window.to)
            .filter(|&m| m > window.from)
            .map(|m| InDay {
                what: (m / 60) as u8,
                left: u32::from(m - window.from) * FULL / w,
                width: 0,
            })
            .collect()
    }

    /// Where `now` falls on the track (basis points), if its date is one of the axis days;
    /// hours outside the window sit at the window's edge.
    pub fn position_of(&self, now: DateTime) -> Option<u32> {
        let window = self.window?;
        let day = self.days.iter().find(|d| d.date == now.date)?;
        let w = u32::from(window.to - window.from).max(1);
        let into = u32::from(now.time.minutes().clamp(window.from, window.to) - window.from);
        Some(day.left + day.width * into / w)
    }

    /// The events in the order of the arrow keys (dated in time order, then undated as listed),
    /// each with its group for PageUp/PageDown (the day; all undated events form one group).
    pub fn nav_order(&self, data: &Dataset) -> NavList {
        let mut list = NavList::default();
        for p in &self.items {
            let day = data.events[p.event.ix()].start.date();
            list.push(p.event, day.map_or(i64::MAX, Date::days_since_epoch));
        }
        for (_, events) in &self.undated {
            for &ix in events {
                list.push(ix, i64::MAX);
            }
        }
        list
    }
}
