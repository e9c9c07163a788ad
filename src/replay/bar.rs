//! The timeline bar's layout: which column shows what, computed once per
//! width. Pure; `ui::timeline` only paints it.

use super::Timeline;
use crate::domain::{Event, Millis};

/// What one column of the bar shows (the strongest mark wins; a forced
/// move happens as the next step is entered, so it outranks the boundary,
/// whose number still shows on the label row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Ordinary time inside the timebox.
    Plain,
    /// Time past the current step's timebox.
    Over,
    /// The goal was shown full screen (`Event::Refocused`).
    Refocus,
    /// The room moved on with open items (`Event::MoveForced`).
    Forced,
    /// A step was entered here.
    Boundary,
}

impl Mark {
    /// The character drawn: every mark has its own, so colour is never
    /// the only signal.
    pub fn glyph(self) -> char {
        match self {
            Mark::Plain => '─',
            Mark::Over => '!',
            Mark::Refocus => 'R',
            Mark::Forced => 'F',
            Mark::Boundary => '|',
        }
    }

    fn rank(self) -> u8 {
        match self {
            Mark::Plain => 0,
            Mark::Over => 1,
            Mark::Boundary => 2,
            Mark::Refocus => 3,
            Mark::Forced => 4,
        }
    }
}

/// The bar at one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// One mark per column.
    pub cells: Vec<Mark>,
    /// Step boundaries: column and the step's number (1-based), in order.
    pub boundaries: Vec<(usize, usize)>,
}

/// The column of session time `at` on a bar `width` wide.
pub fn column(timeline: &Timeline, width: usize, at: Millis) -> usize {
    let (start, end) = timeline.span();
    if width == 0 {
        return 0;
    }
    let span = end.saturating_sub(start);
    if span == 0 {
        return 0;
    }
    let offset = at.clamp(start, end) - start;
    ((u128::from(offset) * (width as u128 - 1)) / u128::from(span)) as usize
}

/// The session time at the left edge of column `col`.
fn time_of(timeline: &Timeline, width: usize, col: usize) -> Millis {
    let (start, end) = timeline.span();
    if width <= 1 {
        return start;
    }
    start + ((u128::from(end - start) * col as u128) / (width as u128 - 1)) as Millis
}

/// Lays the bar out: overruns read from the state at each column's time
/// (so pauses and added minutes count as in the live header), then the
/// events' marks on top.
pub fn layout(timeline: &Timeline, width: usize) -> Bar {
    let mut cells = vec![Mark::Plain; width];
    for (col, cell) in cells.iter_mut().enumerate() {
        let at = time_of(timeline, width, col);
        let session = timeline.state_at(timeline.position_at(at));
        let step = session.current_step();
        if !session.untimed(step) && session.clock.elapsed(step, at) > session.timebox(step) {
            *cell = Mark::Over;
        }
    }
    let steps = timeline.header().template.steps.len();
    // The first step is current from the start, without an event.
    let mut boundaries = Vec::new();
    let mut current = None;
    if steps > 0 && width > 0 {
        boundaries.push((0, 1));
        cells[0] = Mark::Boundary;
        current = Some(0);
    }
    for stamped in timeline.events() {
        let mark = match stamped.event {
            Event::StepEntered { step } if step < steps && current != Some(step) => {
                current = Some(step);
                Mark::Boundary
            }
            Event::Refocused => Mark::Refocus,
            Event::MoveForced { .. } => Mark::Forced,
            _ => continue,
        };
        let col = column(timeline, width, stamped.at);
        if let Some(cell) = cells.get_mut(col) {
            if mark == Mark::Boundary {
                let number = current.map_or(0, |s| s + 1);
                // A step entered before the session left column 0 (as
                // `cjm discuss` enters its discussion) is where it began.
                if boundaries.len() == 1 && col == 0 {
                    boundaries[0] = (0, number);
                } else {
                    boundaries.push((col, number));
                }
            }
            if mark.rank() > cell.rank() {
                *cell = mark;
            }
        }
    }
    Bar { cells, boundaries }
}

/// The label row: step numbers at their boundaries; a label that would
/// touch the previous one moves right just enough (every step keeps its
/// number: `1 2 3 4`, never `1     3  4`). When the row is too short for
/// all of them, the ones that no longer fit end in `…`.
pub fn labels(bar: &Bar) -> String {
    let mut row: Vec<char> = vec![' '; bar.cells.len()];
    let mut free = 0;
    for (i, (col, step)) in bar.boundaries.iter().enumerate() {
        let text: Vec<char> = step.to_string().chars().collect();
        // Right of the previous label; at the row's end, as far right as fits.
        let mut at = (*col).max(free);
        if at + text.len() > row.len() {
            at = row.len().saturating_sub(text.len());
        }
        if at < free || at + text.len() > row.len() {
            // Out of room: say that more steps follow.
            if i > 0
                && let Some(last) = row.iter().rposition(|c| *c != ' ')
            {
                let end = (last + 2).min(row.len() - 1);
                row[end] = '…';
            }
            break;
        }
        row[at..at + text.len()].copy_from_slice(&text);
        free = at + text.len() + 1;
    }
    row.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::MINUTE;
    use crate::domain::{Header, Stamped};

    fn timeline(events: Vec<(u64, Event)>) -> Timeline {
        let header = Header { created_at: 0, ..crate::sample::events().0 };
        let events = events.into_iter().map(|(at, event)| Stamped { at, event }).collect();
        Timeline::new(header, events)
    }

    #[test]
    fn boundaries_markers_and_columns_land_where_their_times_are() {
        let t = timeline(vec![
            (0, Event::StepEntered { step: 0 }),
            (50 * MINUTE, Event::Refocused),
            (60 * MINUTE, Event::MoveForced { step: 0, reason: "late".into() }),
            (60 * MINUTE, Event::StepEntered { step: 1 }),
            (100 * MINUTE, Event::Refocused),
        ]);
        let bar = layout(&t, 101);
        assert_eq!(bar.cells.len(), 101);
        assert_eq!(bar.boundaries, vec![(0, 1), (60, 2)]);
        assert_eq!(bar.cells[0], Mark::Boundary);
        assert_eq!(bar.cells[50], Mark::Refocus);
        assert_eq!(bar.cells[60], Mark::Forced, "a forced move shows over its boundary");
        assert_eq!(bar.cells[100], Mark::Refocus);
        assert_eq!(column(&t, 101, 30 * MINUTE), 30);
        assert_eq!(column(&t, 101, u64::MAX), 100, "clamped to the end");
    }

    #[test]
    fn time_past_the_timebox_is_marked_over_with_its_own_glyph() {
        let t = timeline(vec![(0, Event::GoalConfirmed), (100 * MINUTE, Event::Refocused)]);
        let timebox = t.state_at(1).timebox(0);
        let bar = layout(&t, 101);
        let first_over = bar.cells.iter().position(|m| *m == Mark::Over);
        let expected = (timebox / MINUTE) as usize + 1;
        assert_eq!(first_over, Some(expected), "timebox {timebox}");
        assert!(bar.cells[1..expected].iter().all(|m| *m == Mark::Plain));
        let glyphs: Vec<char> = [Mark::Plain, Mark::Over, Mark::Refocus, Mark::Forced, Mark::Boundary]
            .iter()
            .map(|m| m.glyph())
            .collect();
        let mut unique = glyphs.clone();
        unique.dedup();
        assert_eq!(unique.len(), glyphs.len());
    }

    #[test]
    fn a_step_entered_at_the_start_is_the_first_label() {
        let t = timeline(vec![
            (0, Event::StepEntered { step: 3 }),
            (0, Event::GoalConfirmed),
            (60 * MINUTE, Event::StepEntered { step: 2 }),
            (100 * MINUTE, Event::Refocused),
        ]);
        let bar = layout(&t, 101);
        assert_eq!(bar.boundaries, vec![(0, 4), (60, 3)]);
        assert!(labels(&bar).starts_with('4'));
    }

    #[test]
    fn labels_name_steps_and_never_overlap() {
        let bar = Bar { cells: vec![Mark::Plain; 20], boundaries: vec![(0, 1), (1, 2), (5, 10), (19, 11)] };
        assert_eq!(labels(&bar), "1 2  10           11");
    }

    /// #14 item 20: steps close together keep their numbers, moved right
    /// just enough; with no room left, `…` says more follow.
    #[test]
    fn labels_close_together_all_show_and_a_full_row_ends_in_an_ellipsis() {
        let close = Bar { cells: vec![Mark::Plain; 20], boundaries: vec![(0, 1), (1, 2), (2, 3), (8, 4)] };
        assert_eq!(labels(&close), "1 2 3   4           ");
        let full = Bar { cells: vec![Mark::Plain; 6], boundaries: (0..6).map(|i| (i, i + 1)).collect() };
        assert_eq!(labels(&full), "1 2 3…");
    }

    #[test]
    fn an_empty_session_lays_out_without_panicking() {
        let t = timeline(vec![]);
        assert_eq!(layout(&t, 10).cells.len(), 10);
        assert_eq!(layout(&t, 0).cells.len(), 0);
    }
}
