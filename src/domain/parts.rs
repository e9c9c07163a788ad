//! A step run as consecutive parts (the discussion's a–d): each part's
//! share of the timebox, which part is current, and the heads-up before a
//! part ends.

use super::agenda::Part;
use super::clock::{MINUTE, Millis};

/// How long before a part ends the room gets a heads-up.
pub const HEADS_UP: Millis = 2 * MINUTE;

/// One part laid out on the step's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Index in the step's parts.
    pub index: usize,
    /// Offset from the step's start.
    pub start: Millis,
    /// Offset where it ends.
    pub end: Millis,
}

/// Splits `timebox` by the parts' percentages; the slots are contiguous and
/// the last ends exactly at `timebox` (rounding goes to the last part).
pub fn schedule(parts: &[Part], timebox: Millis) -> Vec<Slot> {
    let total: u64 = parts.iter().map(|p| u64::from(p.percent)).sum::<u64>().max(1);
    let mut start = 0;
    let mut acc = 0u64;
    parts
        .iter()
        .enumerate()
        .map(|(index, p)| {
            acc += u64::from(p.percent);
            let end = if index + 1 == parts.len() { timebox } else { timebox * acc / total };
            let slot = Slot { index, start, end };
            start = end;
            slot
        })
        .collect()
}

/// Where the room is within a parted step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    /// The current part (the last one once time is up).
    pub slot: Slot,
    /// Time left in it (0 once over).
    pub left: Millis,
    /// Whether the heads-up is due (within [`HEADS_UP`] of its end, not yet over).
    pub heads_up: bool,
    /// Whether this part's time is up.
    pub over: bool,
}

/// The current part after `elapsed` of the step.
pub fn current(parts: &[Part], timebox: Millis, elapsed: Millis) -> Option<Now> {
    let slots = schedule(parts, timebox);
    let slot = *slots.iter().find(|s| elapsed < s.end).or(slots.last())?;
    let left = slot.end.saturating_sub(elapsed);
    let over = elapsed >= slot.end;
    Some(Now { slot, left, heads_up: !over && left <= HEADS_UP, over })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(percents: &[u8]) -> Vec<Part> {
        percents
            .iter()
            .map(|p| Part { title: format!("{p}"), instructions: String::new(), percent: *p })
            .collect()
    }

    #[test]
    fn ninety_minutes_split_10_30_25_35() {
        let slots = schedule(&parts(&[10, 30, 25, 35]), 90 * MINUTE);
        let lengths: Vec<Millis> = slots.iter().map(|s| (s.end - s.start) / 1000).collect();
        assert_eq!(lengths, vec![540, 1620, 1350, 1890]);
        assert_eq!(slots.last().map(|s| s.end), Some(90 * MINUTE));
    }

    #[test]
    fn heads_up_comes_two_minutes_before_a_part_ends() {
        let p = parts(&[10, 30, 25, 35]);
        let at = |m: u64, s: u64| current(&p, 90 * MINUTE, m * MINUTE + s * 1000).unwrap();
        assert_eq!(at(6, 59).slot.index, 0);
        assert!(!at(6, 59).heads_up);
        assert!(at(7, 0).heads_up);
        assert_eq!(at(9, 0).slot.index, 1, "part b starts at 9:00");
        assert!(!at(9, 0).heads_up);
        assert!(at(34, 0).heads_up, "b ends at 36:00");
    }

    #[test]
    fn past_the_timebox_the_last_part_is_over() {
        let now = current(&parts(&[50, 50]), 10 * MINUTE, 12 * MINUTE).unwrap();
        assert_eq!(now.slot.index, 1);
        assert!(now.over && !now.heads_up);
        assert_eq!(now.left, 0);
        assert!(current(&[], 10 * MINUTE, 0).is_none());
    }
}
