//! The horizontal layout of one edition's days: an axis of the days that have events (gaps
//! between them marked, not drawn), each day a band of hours; events placed where their time is
//! known, across their part of the day or the whole day where only that is known; lanes by kind
//! or city, and rows within a lane so that no two cards overlap. Undated events get no place on
//! the axis: they are listed apart, by lane.
//!
//! Positions are in basis points (1/100 %) of the track's width, so the view only formats
//! integers; the track's minimum width is given in the caller's units.

use std::ops::Range;

use crate::model::{CityIx, Dataset, Event, EventIx, KindIx};
use crate::route::LaneBy;
use crate::time::Date;

use super::order::sort_by;
use super::pack;

/// Basis points in the whole track.
pub const FULL: u32 = 10_000;

/// Sizes the layout needs from the view, in any one unit (e.g. quarter-rems).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutOptions {
    /// The minimum width of one day.
    pub day_units: u32,
    /// The minimum width of an event's card (its title needs room even when its time is a point).
    pub card_units: u32,
}

/// The hours each day shows, in minutes since midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayWindow {
    /// First minute shown.
    pub from: u16,
    /// Last minute shown.
    pub to: u16,
}

impl DayWindow {
    /// 07:00–22:00 holds every part of the day; exact times outside it widen it to the hour.
    pub const DEFAULT: DayWindow = DayWindow {
        from: 7 * 60,
        to: 22 * 60,
    };

    pub(super) fn len(self) -> i64 {
        i64::from(self.to - self.from)
    }
}

/// What a lane stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LaneKey {
    /// A kind of event.
    Kind(KindIx),
    /// A city; `None` for events that name none (e.g. a programme in several cities).
    City(Option<CityIx>),
}

impl LaneKey {
    /// The lane an event goes in. Orders as the taxonomy does, events without a city last.
    pub fn of(event: &Event, by: LaneBy) -> LaneKey {
        match by {
            LaneBy::Kind => LaneKey::Kind(event.kind),
            LaneBy::City => LaneKey::City(event.city),
        }
    }

    pub(super) fn order(self) -> u64 {
        match self {
            LaneKey::Kind(k) => u64::from(k.0),
            LaneKey::City(Some(c)) => u64::from(c.0),
            LaneKey::City(None) => u64::MAX,
        }
    }
}

/// A lane: a horizontal band of one or more rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lane {
    /// What it stands for.
    pub key: LaneKey,
    /// Its first row counted over all lanes.
    pub first_row: u32,
    /// How many rows its cards need.
    pub rows: u32,
}

/// One day of the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AxisDay {
    /// The date.
    pub date: Date,
    /// Days without events skipped just before it (the axis marks the gap).
    pub gap_before: u32,
    /// Left edge, basis points of the track.
    pub left: u32,
    /// Width, basis points of the track.
    pub width: u32,
    /// The items (indices into `VisitLayout::items`) that start on this day.
    pub items: Range<usize>,
}

/// An event placed on the track.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    /// The event.
    pub event: EventIx,
    /// Index into `VisitLayout::lanes`.
    pub lane: u32,
    /// Row counted over all lanes.
    pub row: u32,
    /// Left edge of the card, basis points of the track: where the event starts.
    pub left: u32,
    /// Width of the card, basis points of the track.
    pub width: u32,
    /// Width of its time span, basis points of the card (0: a point in time).
    pub span: u32,
}

/// The whole layout of one edition's days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VisitLayout {
    /// The hours each day shows.
    pub window: Option<DayWindow>,
    /// The days, in order.
    pub days: Vec<AxisDay>,
    /// The lanes with dated events, in taxonomy order.
    pub lanes: Vec<Lane>,
    /// Dated events in time order (the order of the agenda and of the arrow keys).
    pub items: Vec<Placed>,
    /// Rows over all lanes.
    pub rows: u32,
    /// The track's minimum width in the caller's units.
    pub track_units: u32,
    /// Undated events by lane (lane order, then document order).
    pub undated: Vec<(LaneKey, Vec<EventIx>)>,
    /// Whether any event has a clock time (only then does the axis show hours).
    pub has_times: bool,
}

/// Lays out `events` of one edition, given in document order (which breaks ties in time).
pub fn layout(
    data: &Dataset,
    events: &[EventIx],
    by: LaneBy,
    options: LayoutOptions,
) -> VisitLayout {
    let (dated, undated) = pack::split(data, events, by);
    if dated.is_empty() {
        return VisitLayout {
            undated,
            ..VisitLayout::default()
        };
    }
    let axis = pack::Axis::of(data, &dated);
    let w = axis.window.len();
    let card = i64::from(options.card_units) * w / i64::from(options.day_units.max(1));
    let (spans, lanes) = pack::rows(data, &dated, by, &axis, card);
    let total = spans
        .iter()
        .map(|s| s.end.max(s.start + card))
        .max()
        .unwrap_or(0)
        .max(axis.dates.len() as i64 * w)
        .max(1);
    let bp = |minutes: i64| (minutes * i64::from(FULL) / total) as u32;

    // Lanes in taxonomy order; rows numbered over all of them.
    let mut lane_order: Vec<usize> = (0..lanes.len()).collect();
    sort_by(&mut lane_order, |&i| lanes[i].0.order());
    let mut out_lanes = Vec::with_capacity(lanes.len());
    let mut lane_pos = vec![0u32; lanes.len()];
    let mut next_row = 0u32;
    for (pos, &i) in lane_order.iter().enumerate() {
        lane_pos[i] = pos as u32;
        out_lanes.push(Lane {
            key: lanes[i].0,
            first_row: next_row,
            rows: lanes[i].1,
        });
        next_row += lanes[i].1;
    }

    let items: Vec<Placed> = dated
        .iter()
        .zip(&spans)
        .map(|(&event, s)| {
            let visual = (s.end - s.start).max(card).max(1);
            let lane = lane_pos[s.lane];
            Placed {
                event,
                lane,
                row: out_lanes[lane as usize].first_row + s.row,
                left: bp(s.start),
                width: bp(visual),
                span: ((s.end - s.start) * i64::from(FULL) / visual) as u32,
            }
        })
        .collect();

    let mut days = Vec::with_capacity(axis.dates.len());
    let mut cursor = 0;
    for (d, &date) in axis.dates.iter().enumerate() {
        let starts = cursor;
        let starts_on = |p: &Placed| {
            data.events[p.event.ix()]
                .start
                .date()
                .map(Date::days_since_epoch)
                == Some(date)
        };
        while cursor < items.len() && starts_on(&items[cursor]) {
            cursor += 1;
        }
        days.push(AxisDay {
            date: Date::from_days_since_epoch(date),
            gap_before: if d == 0 {
                0
            } else {
                (date - axis.dates[d - 1] - 1) as u32
            },
            left: bp(d as i64 * w),
            width: bp(w),
            items: starts..cursor,
        });
    }
    VisitLayout {
        window: Some(axis.window),
        days,
        lanes: out_lanes,
        items,
        rows: next_row,
        track_units: ((total * i64::from(options.day_units) + w - 1) / w) as u32,
        undated,
        has_times: axis.has_times,
    }
}
