//! A step run as consecutive parts (the discussion's a–d): each part's
//! share of the timebox, the facilitator's moves of the boundaries between
//! them, which part is current, the heads-up before a part ends, and which
//! parts ended in a stretch of time.
//!
//! The inner boundaries split the step's PLANNED timebox (the template's
//! minutes), so more or less time for the step ([`super::Event::TimeboxAdjusted`])
//! moves only the end of the last part: a part that has ended stays ended.
//! Boundary shifts come from [`super::Event::PartAdjusted`]: `shifts[k]`
//! moves the end of part `k` (and with it the start of part `k + 1`).
//! When the step is cut below a boundary, that boundary waits at the
//! step's end (the parts after it are squeezed to nothing) until time is
//! given back.

use super::agenda::Part;
use super::clock::{MINUTE, Millis};

/// How long before a part ends the room gets a heads-up.
pub const HEADS_UP: Millis = 2 * MINUTE;

/// The shortest a part may be made by giving its time to the part before.
pub const MIN_PART: Millis = MINUTE;

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

impl Slot {
    /// How long the part is.
    pub fn length(&self) -> Millis {
        self.end - self.start
    }
}

/// A step's clock as its parts see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timebox {
    /// The template's timebox, which the inner boundaries split.
    pub planned: Millis,
    /// The timebox with the facilitator's adjustments: the last part's end.
    pub actual: Millis,
}

impl Timebox {
    /// A timebox that was never adjusted.
    pub fn unadjusted(planned: Millis) -> Self {
        Timebox { planned, actual: planned }
    }
}

/// Splits the planned timebox by the parts' percentages, then moves each
/// inner boundary by its shift. The slots are contiguous and the last ends
/// exactly at the actual timebox; a boundary is clamped between the
/// previous one and the actual timebox, so any shifts and any adjustment
/// give a valid schedule (a part may shrink to nothing; the app keeps it
/// from getting that short).
pub fn schedule(parts: &[Part], timebox: Timebox, shifts: &[i64]) -> Vec<Slot> {
    let mut start = 0;
    (0..parts.len())
        .map(|index| {
            let end = if index + 1 == parts.len() {
                timebox.actual
            } else {
                boundary(parts, timebox, shifts, index).clamp(start, timebox.actual.max(start))
            };
            let slot = Slot { index, start, end };
            start = end;
            slot
        })
        .collect()
}

/// Where part `index` would end by its share of the planned timebox and
/// its shift alone, before [`schedule`] clamps it.
fn boundary(parts: &[Part], timebox: Timebox, shifts: &[i64], index: usize) -> Millis {
    let percent = |p: &Part| u128::from(p.percent);
    let total: u128 = parts.iter().map(percent).sum::<u128>().max(1);
    let acc: u128 = parts.iter().take(index.saturating_add(1)).map(percent).sum();
    // acc <= total, so the share fits back into the planned timebox.
    let planned = Millis::try_from(u128::from(timebox.planned) * acc / total).unwrap_or(Millis::MAX);
    shifted(planned, shifts.get(index).copied().unwrap_or(0))
}

/// `at` moved by `shift`, saturating at 0 and at `Millis::MAX`.
fn shifted(at: Millis, shift: i64) -> Millis {
    if shift < 0 { at.saturating_sub(shift.unsigned_abs()) } else { at.saturating_add(shift.unsigned_abs()) }
}

/// Where the room is within a parted step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    /// The current part (the last one once time is up).
    pub slot: Slot,
    /// Time left in it (0 once over).
    pub left: Millis,
    /// Whether the heads-up is due (within [`heads_up_window`] of its end, not yet over).
    pub heads_up: bool,
    /// Whether this part's time is up.
    pub over: bool,
}

/// The current part after `elapsed` of the step.
pub fn current(parts: &[Part], timebox: Timebox, shifts: &[i64], elapsed: Millis) -> Option<Now> {
    let slots = schedule(parts, timebox, shifts);
    let slot = *slots.iter().find(|s| elapsed < s.end).or(slots.last())?;
    let left = slot.end.saturating_sub(elapsed);
    let over = elapsed >= slot.end;
    Some(Now { slot, left, heads_up: !over && left <= heads_up_window(&slot), over })
}

/// How long before its end a part gets the heads-up: [`HEADS_UP`], but at
/// most half the part, so a short part is not announced as ending from
/// its first second.
pub fn heads_up_window(slot: &Slot) -> Millis {
    HEADS_UP.min(slot.length() / 2)
}

/// The parts, except the last, whose end falls after `from` and at or
/// before `to` (offsets into the step), in order. The last part's end is
/// the step's end, which the step's own converge prompt handles.
pub fn ended_between(
    parts: &[Part],
    timebox: Timebox,
    shifts: &[i64],
    from: Millis,
    to: Millis,
) -> Vec<usize> {
    let slots = schedule(parts, timebox, shifts);
    let inner = slots.len().saturating_sub(1);
    slots[..inner].iter().filter(|s| from < s.end && s.end <= to).map(|s| s.index).collect()
}

/// The shift that ends part `part` at `elapsed` instead of where it ends
/// now (negative when it ends early), or `None` for the last part or one
/// that is not running at `elapsed`.
pub fn end_now(
    parts: &[Part],
    timebox: Timebox,
    shifts: &[i64],
    part: usize,
    elapsed: Millis,
) -> Option<i64> {
    let slots = schedule(parts, timebox, shifts);
    let slot = slots.get(part).filter(|_| part < slots.len().saturating_sub(1))?;
    // From where the boundary is without clamping: one that waits at a cut
    // step's end is further out than it shows.
    let end = boundary(parts, timebox, shifts, part).max(slot.end);
    let early = i64::try_from(end - elapsed.min(end)).unwrap_or(i64::MAX);
    (slot.start <= elapsed && elapsed < slot.end).then_some(-early)
}

/// Whether part `part` can have `delta` more time taken from the next part
/// and leave that part at least [`MIN_PART`] long.
pub fn can_extend(parts: &[Part], timebox: Timebox, shifts: &[i64], part: usize, delta: Millis) -> bool {
    let slots = schedule(parts, timebox, shifts);
    let next = part.checked_add(1).and_then(|n| slots.get(n));
    next.is_some_and(|next| next.length() >= delta.saturating_add(MIN_PART))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(percents: &[u8]) -> Vec<Part> {
        percents
            .iter()
            .map(|p| Part { title: format!("{p}"), instructions: String::new(), percent: *p, checks: vec![] })
            .collect()
    }

    const M: i64 = MINUTE as i64;
    const NINETY: Timebox = Timebox { planned: 90 * MINUTE, actual: 90 * MINUTE };

    fn ends(p: &[Part], shifts: &[i64]) -> Vec<Millis> {
        schedule(p, NINETY, shifts).iter().map(|s| s.end / MINUTE).collect()
    }

    #[test]
    fn ninety_minutes_split_10_30_25_35() {
        let slots = schedule(&parts(&[10, 30, 25, 35]), NINETY, &[]);
        let lengths: Vec<Millis> = slots.iter().map(|s| s.length() / 1000).collect();
        assert_eq!(lengths, vec![540, 1620, 1350, 1890]);
        assert_eq!(slots.last().map(|s| s.end), Some(90 * MINUTE));
    }

    #[test]
    fn a_shift_moves_one_boundary_and_keeps_the_timebox() {
        let p = parts(&[10, 30, 25, 35]);
        assert_eq!(ends(&p, &[0, 0, 0]), vec![9, 36, 58, 90]);
        // b gets five more minutes, taken from c; a and d do not move.
        assert_eq!(ends(&p, &[0, 5 * M, 0]), vec![9, 41, 58, 90]);
        // a ends 4 minutes early: b starts then and is 4 minutes longer.
        let slots = schedule(&p, NINETY, &[-4 * M]);
        assert_eq!((slots[1].start, slots[1].length()), (5 * MINUTE, 31 * MINUTE));
        // A shift on the last part's end (there is none) is ignored.
        assert_eq!(ends(&p, &[0, 0, 0, 30 * M]), vec![9, 36, 58, 90]);
    }

    #[test]
    fn shifts_are_clamped_so_the_schedule_stays_in_order_and_in_the_timebox() {
        let p = parts(&[10, 30, 25, 35]);
        assert_eq!(ends(&p, &[-60 * M]), vec![0, 36, 58, 90], "a shrinks to nothing, not below");
        assert_eq!(ends(&p, &[0, 40 * M]), vec![9, 76, 76, 90], "c is squeezed out, d keeps its start");
        assert_eq!(ends(&p, &[0, 0, 90 * M]), vec![9, 36, 90, 90]);
        assert_eq!(ends(&p, &[i64::MIN, i64::MAX, i64::MAX]), vec![0, 90, 90, 90]);
        for s in schedule(&p, NINETY, &[i64::MAX, i64::MIN, 3]).windows(2) {
            assert_eq!(s[0].end, s[1].start);
            assert!(s[0].start <= s[0].end);
        }
    }

    #[test]
    fn heads_up_comes_two_minutes_before_a_part_ends() {
        let p = parts(&[10, 30, 25, 35]);
        let at = |m: u64, s: u64| current(&p, NINETY, &[], m * MINUTE + s * 1000).unwrap();
        assert_eq!(at(6, 59).slot.index, 0);
        assert!(!at(6, 59).heads_up);
        assert!(at(7, 0).heads_up);
        assert_eq!(at(9, 0).slot.index, 1, "part b starts at 9:00");
        assert!(!at(9, 0).heads_up);
        assert!(at(34, 0).heads_up, "b ends at 36:00");
    }

    #[test]
    fn a_part_shorter_than_twice_the_heads_up_gets_it_for_its_second_half() {
        // A 5-minute discussion: a is 30 s, b 1:30, c 1:15, d 1:45.
        let p = parts(&[10, 30, 25, 35]);
        let five = Timebox::unadjusted(5 * MINUTE);
        let at = |secs: u64| current(&p, five, &[], secs * 1000).unwrap();
        assert!(!at(0).heads_up, "not from a's first second");
        assert!(!at(14).heads_up);
        assert!(at(15).heads_up, "15 s left of a's 30");
        assert!(!at(30).heads_up && !at(74).heads_up, "b from 0:30 to 2:00");
        assert!(at(75).heads_up);
        let slot = Slot { index: 0, start: 0, end: 10 * MINUTE };
        assert_eq!(heads_up_window(&slot), HEADS_UP, "a long part keeps the full two minutes");
        assert_eq!(heads_up_window(&Slot { index: 0, start: 5, end: 5 }), 0);
    }

    #[test]
    fn heads_up_follows_a_moved_boundary() {
        let p = parts(&[10, 30, 25, 35]);
        let shifts = [5 * M];
        let at = |m: u64| current(&p, NINETY, &shifts, m * MINUTE).unwrap();
        assert!(!at(7).heads_up, "a now ends at 14:00");
        assert_eq!(at(9).slot.index, 0);
        assert!(at(12).heads_up);
        assert_eq!(at(12).left, 2 * MINUTE);
        assert_eq!(at(14).slot.index, 1);
    }

    #[test]
    fn after_an_early_end_the_next_part_is_current() {
        let p = parts(&[10, 30, 25, 35]);
        let shift = end_now(&p, NINETY, &[], 0, 5 * MINUTE).unwrap();
        assert_eq!(shift, -4 * M);
        let now = current(&p, NINETY, &[shift], 5 * MINUTE).unwrap();
        assert_eq!(now.slot.index, 1);
        assert_eq!(now.left, 31 * MINUTE);
        assert!(!now.over);
        // Only the running part, and never the last, can be ended now.
        assert_eq!(end_now(&p, NINETY, &[], 1, 5 * MINUTE), None);
        assert_eq!(end_now(&p, NINETY, &[], 3, 80 * MINUTE), None);
        assert_eq!(end_now(&p, NINETY, &[], 2, 40 * MINUTE), Some(-18 * M - M / 2), "c ends at 58:30");
    }

    #[test]
    fn extending_a_part_leaves_the_next_at_least_a_minute() {
        let p = parts(&[10, 30, 25, 35]);
        assert!(can_extend(&p, NINETY, &[], 0, 5 * MINUTE));
        // c is 1 minute after b takes 21: no more.
        assert!(can_extend(&p, NINETY, &[0, 16 * M], 1, 5 * MINUTE));
        assert!(!can_extend(&p, NINETY, &[0, 17 * M], 1, 5 * MINUTE));
        assert!(!can_extend(&p, NINETY, &[], 3, MINUTE), "the last part has no next part");
    }

    #[test]
    fn ended_between_names_each_part_end_once_and_never_the_last() {
        let p = parts(&[10, 30, 25, 35]);
        let ended = |from: u64, to: u64, shifts: &[i64]| {
            ended_between(&p, NINETY, shifts, from * MINUTE, to * MINUTE)
        };
        assert_eq!(ended(0, 8, &[]), Vec::<usize>::new());
        assert_eq!(ended(8, 9, &[]), vec![0], "a ends at 9:00 exactly");
        assert_eq!(ended(9, 10, &[]), Vec::<usize>::new(), "not again");
        assert_eq!(ended(0, 100, &[]), vec![0, 1, 2]);
        assert_eq!(ended(8, 9, &[5 * M]), Vec::<usize>::new(), "a was given 5 more minutes");
        assert_eq!(ended(13, 14, &[5 * M]), vec![0]);
    }

    #[test]
    fn more_or_less_time_for_the_step_moves_only_the_last_part_end() {
        let p = parts(&[10, 30, 25, 35]);
        let ends = |actual: u64, shifts: &[i64]| -> Vec<Millis> {
            let tb = Timebox { planned: 90 * MINUTE, actual: actual * MINUTE };
            schedule(&p, tb, shifts).iter().map(|s| s.end / MINUTE).collect()
        };
        assert_eq!(ends(95, &[]), vec![9, 36, 58, 95], "five more minutes are d's");
        assert_eq!(ends(80, &[]), vec![9, 36, 58, 80], "ten fewer come from d");
        assert_eq!(
            ends(50, &[]),
            vec![9, 36, 50, 50],
            "cut below c's end: c ends with the step, d is squeezed out"
        );
        assert_eq!(ends(5, &[]), vec![5, 5, 5, 5]);
        assert_eq!(ends(60, &[0, 30 * M]), vec![9, 60, 60, 60], "a shift never passes the step's end");
        assert_eq!(ends(95, &[0, 5 * M]), vec![9, 41, 58, 95], "shifts still move their boundary");
        // Once the step is a part again, passed boundaries stay where they were.
        let tb = |actual: u64| Timebox { planned: 90 * MINUTE, actual: actual * MINUTE };
        assert_eq!(current(&p, tb(95), &[], 9 * MINUTE + 10_000).map(|n| n.slot.index), Some(1));
        assert_eq!(ended_between(&p, tb(95), &[], 9 * MINUTE + 10_000, 10 * MINUTE), Vec::<usize>::new());
        assert_eq!(
            ended_between(&p, tb(80), &[], 30 * MINUTE, 36 * MINUTE),
            vec![1],
            "b still ends at 36:00"
        );
    }

    #[test]
    fn ending_a_part_now_works_when_the_step_was_cut_below_its_end() {
        let p = parts(&[10, 30, 25, 35]);
        let cut = Timebox { planned: 90 * MINUTE, actual: 40 * MINUTE };
        // c's end (58:30) waits at the cut step's end, 40:00.
        let shift = end_now(&p, cut, &[], 2, 38 * MINUTE).unwrap();
        assert_eq!(shift, -20 * M - M / 2);
        let shifts = [0, 0, shift];
        let ends: Vec<Millis> = schedule(&p, cut, &shifts).iter().map(|s| s.end).collect();
        assert_eq!(ends, vec![9 * MINUTE, 36 * MINUTE, 38 * MINUTE, 40 * MINUTE], "c ends at 38:00, d runs");
        assert_eq!(current(&p, cut, &shifts, 38 * MINUTE).map(|n| n.slot.index), Some(3));
    }

    #[test]
    fn extreme_timeboxes_and_shifts_do_not_overflow() {
        let p = parts(&[10, 30, 25, 35]);
        let huge = Timebox { planned: Millis::MAX, actual: Millis::MAX };
        let slots = schedule(&p, huge, &[i64::MAX, i64::MIN, i64::MAX]);
        assert_eq!(slots.last().map(|s| s.end), Some(Millis::MAX));
        for s in slots.windows(2) {
            assert_eq!(s[0].end, s[1].start);
        }
        assert_eq!(end_now(&p, huge, &[i64::MAX], 0, 0), Some(-i64::MAX), "saturates");
        assert!(!can_extend(&p, NINETY, &[], usize::MAX, MINUTE));
        assert!(!can_extend(&p, NINETY, &[], 0, Millis::MAX));
        assert_eq!(end_now(&p, NINETY, &[], usize::MAX, 0), None);
    }

    #[test]
    fn past_the_timebox_the_last_part_is_over() {
        let now = current(&parts(&[50, 50]), Timebox::unadjusted(10 * MINUTE), &[], 12 * MINUTE).unwrap();
        assert_eq!(now.slot.index, 1);
        assert!(now.over && !now.heads_up);
        assert_eq!(now.left, 0);
        assert!(current(&[], Timebox::unadjusted(10 * MINUTE), &[], 0).is_none());
        assert!(ended_between(&[], Timebox::unadjusted(10 * MINUTE), &[], 0, 20 * MINUTE).is_empty());
    }
}
