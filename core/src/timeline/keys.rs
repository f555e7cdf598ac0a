//! Keyboard movement through the timeline: arrow keys in time order, Home/End, PageUp/PageDown
//! by day. The view keeps one tab stop and asks here where a key leads.

use crate::model::EventIx;

/// A movement a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// The next event in time order.
    Next,
    /// The previous event.
    Prev,
    /// The first event.
    First,
    /// The last event.
    Last,
    /// The first event of the next day (or group).
    NextGroup,
    /// The first event of the previous day (or of this one, from inside it).
    PrevGroup,
}

impl Move {
    /// The movement for a `KeyboardEvent.key` value, if any. Left/Up and Right/Down both move
    /// in time order, so the keys mean the same in the horizontal and the vertical layout.
    pub fn from_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowRight" | "ArrowDown" => Move::Next,
            "ArrowLeft" | "ArrowUp" => Move::Prev,
            "Home" => Move::First,
            "End" => Move::Last,
            "PageDown" => Move::NextGroup,
            "PageUp" => Move::PrevGroup,
            _ => return None,
        })
    }
}

/// Events in the order the keys move through them, each with its group (its day).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NavList {
    /// The events.
    pub order: Vec<EventIx>,
    /// The group of each event (same length).
    pub groups: Vec<i64>,
}

impl NavList {
    /// Appends an event.
    pub fn push(&mut self, event: EventIx, group: i64) {
        self.order.push(event);
        self.groups.push(group);
    }

    /// Where an event is in the order.
    pub fn position(&self, event: EventIx) -> Option<usize> {
        self.order.iter().position(|&e| e == event)
    }

    /// Where a movement from `from` leads. From nowhere (or from an event not in the list),
    /// every movement but `Last` starts at the first event.
    pub fn step(&self, from: Option<EventIx>, movement: Move) -> Option<EventIx> {
        let last = self.order.len().checked_sub(1)?;
        let at = from.and_then(|e| self.position(e));
        let target = match (at, movement) {
            (_, Move::First) => 0,
            (_, Move::Last) => last,
            (None, _) => 0,
            (Some(i), Move::Next) => (i + 1).min(last),
            (Some(i), Move::Prev) => i.saturating_sub(1),
            (Some(i), Move::NextGroup) => (i..=last)
                .find(|&j| self.groups[j] != self.groups[i])
                .unwrap_or(last),
            (Some(i), Move::PrevGroup) => {
                let start = self.group_start(i);
                if start < i {
                    start
                } else {
                    self.group_start(i.saturating_sub(1))
                }
            }
        };
        Some(self.order[target])
    }

    fn group_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && self.groups[j - 1] == self.groups[i] {
            j -= 1;
        }
        j
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(groups: &[i64]) -> NavList {
        let mut l = NavList::default();
        for (i, &g) in groups.iter().enumerate() {
            l.push(EventIx(i as u32 * 10), g);
        }
        l
    }

    #[test]
    fn keys_move_in_time_order_and_by_day() {
        // Events 0,10 on day 1; 20,30,40 on day 2; 50 undated.
        let l = list(&[1, 1, 2, 2, 2, i64::MAX]);
        let at = |e: Option<u32>, key: &str| {
            l.step(e.map(EventIx), Move::from_key(key).unwrap())
                .map(|e| e.0)
        };
        let cases: [(Option<u32>, &str, u32); 14] = [
            (None, "ArrowRight", 0),
            (None, "End", 50),
            (Some(0), "ArrowRight", 10),
            (Some(10), "ArrowDown", 20),
            (Some(20), "ArrowLeft", 10),
            (Some(0), "ArrowUp", 0),
            (Some(50), "ArrowRight", 50),
            (Some(30), "Home", 0),
            (Some(0), "PageDown", 20),
            (Some(20), "PageDown", 50),
            (Some(50), "PageDown", 50),
            (Some(40), "PageUp", 20),
            (Some(20), "PageUp", 0),
            (Some(50), "PageUp", 20),
        ];
        for (from, key, to) in cases {
            assert_eq!(at(from, key), Some(to), "{from:?} {key}");
        }
        assert_eq!(Move::from_key("Enter"), None);
        assert_eq!(NavList::default().step(None, Move::Next), None);
        assert_eq!(l.step(Some(EventIx(999)), Move::Next), Some(EventIx(0)));
    }
}
