//! The steps of `layout`: undated events apart by lane, the axis (days and hours), and rows
//! within each lane so that no two cards overlap.

use crate::model::{Dataset, EventIx, When};
use crate::route::LaneBy;
use crate::time::Date;

use super::layout::{DayWindow, LaneKey};
use super::order::{sort_by, time_key};

/// The most days one event may stretch the axis by (guards against a mistyped end year).
const MAX_SPAN_DAYS: i64 = 31;

/// Dated events in time order, and undated ones by lane (lane order, then as given).
pub(super) fn split(
    data: &Dataset,
    events: &[EventIx],
    by: LaneBy,
) -> (Vec<EventIx>, Vec<(LaneKey, Vec<EventIx>)>) {
    let mut dated: Vec<EventIx> = Vec::new();
    let mut undated: Vec<(LaneKey, Vec<EventIx>)> = Vec::new();
    for &ix in events {
        let e = &data.events[ix.ix()];
        if e.start.date().is_some() {
            dated.push(ix);
            continue;
        }
        let key = LaneKey::of(e, by);
        match undated.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(ix),
            None => undated.push((key, vec![ix])),
        }
    }
    let mut order: Vec<usize> = (0..undated.len()).collect();
    sort_by(&mut order, |&i| undated[i].0.order());
    let undated = order.iter().map(|&i| undated[i].clone()).collect();
    sort_by(&mut dated, |&ix| time_key(data.events[ix.ix()].start));
    (dated, undated)
}

/// The days of the axis and the hours each shows.
pub(super) struct Axis {
    /// Every date an event starts on or runs through, as days since the epoch, ascending.
    pub dates: Vec<i64>,
    /// The hours shown.
    pub window: DayWindow,
    /// Whether any event has a clock time.
    pub has_times: bool,
}

impl Axis {
    /// The axis of some dated events.
    pub fn of(data: &Dataset, dated: &[EventIx]) -> Axis {
        let mut dates: Vec<i64> = Vec::new();
        let mut window = DayWindow::DEFAULT;
        let mut has_times = false;
        for &ix in dated {
            let e = &data.events[ix.ix()];
            let first = e.start.date().map_or(0, Date::days_since_epoch);
            let last = e
                .end
                .and_then(When::date)
                .map_or(first, |d| d.days_since_epoch());
            dates.extend(first..=last.clamp(first, first + MAX_SPAN_DAYS));
            for when in [Some(e.start), e.end].into_iter().flatten() {
                if let When::At(at) = when {
                    let m = at.time.minutes();
                    has_times = true;
                    window.from = window.from.min(m / 60 * 60);
                    window.to = window.to.max((m.div_ceil(60) * 60).min(24 * 60));
                }
            }
        }
        sort_by(&mut dates, |&d| (d + (1 << 39)) as u64);
        dates.dedup();
        Axis {
            dates,
            window,
            has_times,
        }
    }

    /// A minute since the epoch (CST) as a position on the axis, in minutes: days side by
    /// side, hours outside the window at its edges, dates beyond the axis at its end.
    pub fn position(&self, minute: i64) -> i64 {
        let w = self.window.len();
        let in_day = minute.rem_euclid(1440) - i64::from(self.window.from);
        match self.dates.binary_search(&minute.div_euclid(1440)) {
            Ok(d) => d as i64 * w + in_day.clamp(0, w),
            Err(_) => self.dates.len() as i64 * w,
        }
    }
}

/// Where one event's time falls on the axis, and its row in its lane.
pub(super) struct Span {
    /// Start, minutes along the axis.
    pub start: i64,
    /// End, minutes along the axis (the start for a point in time).
    pub end: i64,
    /// Its lane, in order of first appearance.
    pub lane: usize,
    /// Its row within the lane.
    pub row: u32,
}

/// Spans and lanes (key, rows): rows by greedy interval partitioning in order of start, each
/// card at least `card` minutes wide so that its title fits.
pub(super) fn rows(
    data: &Dataset,
    dated: &[EventIx],
    by: LaneBy,
    axis: &Axis,
    card: i64,
) -> (Vec<Span>, Vec<(LaneKey, u32)>) {
    let mut lanes: Vec<(LaneKey, Vec<i64>)> = Vec::new(); // key, the end of each row
    let mut spans = Vec::with_capacity(dated.len());
    for &ix in dated {
        let e = &data.events[ix.ix()];
        let start = axis.position(e.start.earliest_minute().unwrap_or(0));
        let last = e
            .end
            .and_then(When::latest_minute)
            .or(e.start.latest_minute());
        let end = axis.position(last.unwrap_or(0)).max(start);
        let key = LaneKey::of(e, by);
        let lane = lanes
            .iter()
            .position(|(k, _)| *k == key)
            .unwrap_or_else(|| {
                lanes.push((key, Vec::new()));
                lanes.len() - 1
            });
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
        spans.push(Span {
            start,
            end,
            lane,
            row: row as u32,
        });
    }
    let lanes = lanes
        .into_iter()
        .map(|(k, rows)| (k, rows.len() as u32))
        .collect();
    (spans, lanes)
}
