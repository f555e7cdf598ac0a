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
use crate::time::{Date, DateTime};

use super::order::{sort_by, time_key};

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

    fn len(self) -> i64 {
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

    fn order(self) -> u64 {
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

/// The most days one event may stretch the axis by (guards against a mistyped end year).
const MAX_SPAN_DAYS: i64 = 31;

/// Lays out `events` of one edition, given in document order (which breaks ties in time).
pub fn layout(
    data: &Dataset,
    events: &[EventIx],
    by: LaneBy,
    options: LayoutOptions,
) -> VisitLayout {
    let ev = |ix: EventIx| &data.events[ix.ix()];
    let mut dated: Vec<EventIx> = Vec::new();
    let mut undated: Vec<(LaneKey, Vec<EventIx>)> = Vec::new();
    for &ix in events {
        if ev(ix).start.date().is_some() {
            dated.push(ix);
            continue;
        }
        let key = LaneKey::of(ev(ix), by);
        match undated.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(ix),
            None => undated.push((key, vec![ix])),
        }
    }
    let mut undated_order: Vec<usize> = (0..undated.len()).collect();
    sort_by(&mut undated_order, |&i| undated[i].0.order());
    let undated: Vec<(LaneKey, Vec<EventIx>)> =
        undated_order.iter().map(|&i| undated[i].clone()).collect();
    sort_by(&mut dated, |&ix| time_key(ev(ix).start));
    if dated.is_empty() {
        return VisitLayout {
            undated,
            ..VisitLayout::default()
        };
    }

    // The days: every date an event starts on or runs through.
    let mut dates: Vec<i64> = Vec::new();
    let mut window = DayWindow::DEFAULT;
    for &ix in &dated {
        let e = ev(ix);
        let first = e.start.date().map_or(0, Date::days_since_epoch);
        let last = end_date(e).map_or(first, |d| d.days_since_epoch());
        dates.extend(first..=last.clamp(first, first + MAX_SPAN_DAYS));
        for when in [Some(e.start), e.end].into_iter().flatten() {
            if let crate::model::When::At(DateTime { time, .. }) = when {
                let m = time.minutes();
                window.from = window.from.min(m / 60 * 60);
                window.to = window.to.max((m.div_ceil(60) * 60).min(24 * 60));
            }
        }
    }
    sort_by(&mut dates, |&d| (d + (1 << 39)) as u64);
    dates.dedup();
    let has_times = dated.iter().any(|&ix| {
        [Some(ev(ix).start), ev(ix).end]
            .into_iter()
            .flatten()
            .any(|w| matches!(w, crate::model::When::At(_)))
    });
    let w = window.len();
    let day_of = |days: i64| dates.binary_search(&days).ok();
    // Minute since the epoch → position on the axis, in minutes.
    let position = |minute: i64| -> i64 {
        let days = minute.div_euclid(1440);
        let in_day = minute.rem_euclid(1440) - i64::from(window.from);
        match day_of(days) {
            Some(d) => d as i64 * w + in_day.clamp(0, w),
            // Beyond the capped span: the end of the axis.
            None => dates.len() as i64 * w,
        }
    };
    let card = i64::from(options.card_units) * w / i64::from(options.day_units.max(1));

    // Lanes and, within each, rows by greedy interval partitioning in order of start.
    let mut lanes: Vec<(LaneKey, Vec<i64>)> = Vec::new(); // key, end of each row
    let mut spans: Vec<(i64, i64, usize, u32)> = Vec::with_capacity(dated.len());
    for &ix in &dated {
        let e = ev(ix);
        let start = position(e.start.earliest_minute().unwrap_or(0));
        let end = position(
            e.end
                .and_then(|w| w.latest_minute())
                .or(e.start.latest_minute())
                .unwrap_or(0),
        )
        .max(start);
        let key = LaneKey::of(e, by);
        let lane = match lanes.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                lanes.push((key, Vec::new()));
                lanes.len() - 1
            }
        };
        let rows = &mut lanes[lane].1;
        let visual_end = end.max(start + card);
        let row = match rows.iter().position(|&row_end| row_end <= start) {
            Some(r) => {
                rows[r] = visual_end;
                r
            }
            None => {
                rows.push(visual_end);
                rows.len() - 1
            }
        };
        spans.push((start, end, lane, row as u32));
    }
    let total = spans
        .iter()
        .map(|&(start, end, _, _)| end.max(start + card))
        .max()
        .unwrap_or(0)
        .max(dates.len() as i64 * w)
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
        let rows = lanes[i].1.len() as u32;
        out_lanes.push(Lane {
            key: lanes[i].0,
            first_row: next_row,
            rows,
        });
        next_row += rows;
    }

    let items: Vec<Placed> = dated
        .iter()
        .zip(&spans)
        .map(|(&event, &(start, end, lane, row))| {
            let visual = (end - start).max(card).max(1);
            Placed {
                event,
                lane: lane_pos[lane],
                row: out_lanes[lane_pos[lane] as usize].first_row + row,
                left: bp(start),
                width: bp(visual),
                span: ((end - start) * i64::from(FULL) / visual) as u32,
            }
        })
        .collect();

    let mut days = Vec::with_capacity(dates.len());
    let mut cursor = 0;
    for (d, &date) in dates.iter().enumerate() {
        let starts = cursor;
        while cursor < items.len()
            && ev(items[cursor].event)
                .start
                .date()
                .map(Date::days_since_epoch)
                == Some(date)
        {
            cursor += 1;
        }
        days.push(AxisDay {
            date: Date::from_days_since_epoch(date),
            gap_before: if d == 0 {
                0
            } else {
                (date - dates[d - 1] - 1) as u32
            },
            left: bp(d as i64 * w),
            width: bp(w),
            items: starts..cursor,
        });
    }
    VisitLayout {
        window: Some(window),
        days,
        lanes: out_lanes,
        items,
        rows: next_row,
        track_units: ((total * i64::from(options.day_units) + w - 1) / w) as u32,
        undated,
        has_times,
    }
}

/// The last date an event runs to, if its end is dated and not before its start.
fn end_date(e: &Event) -> Option<Date> {
    let start = e.start.date()?;
    e.end.and_then(|w| w.date()).filter(|&d| d >= start)
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

impl VisitLayout {
    /// The parts of the day as bands where part-of-day events are drawn. They are labelled by
    /// name only: their edges are placement, not announced hours.
    pub fn bands(&self) -> Vec<InDay<crate::model::DayPart>> {
        let Some(window) = self.window else {
            return Vec::new();
        };
        let w = u32::from(window.to - window.from).max(1);
        let at = |m: u16| u32::from(m.clamp(window.from, window.to) - window.from) * FULL / w;
        crate::model::DayPart::ALL
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
    pub fn nav_order(&self, data: &Dataset) -> super::keys::NavList {
        let mut list = super::keys::NavList::default();
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
