//! More or less time for a step with parts (`+`, `-`, the converge
//! prompt's extend): only the last part's end moves, so a part that has
//! ended stays ended and no part end is skipped or prompted twice; the
//! fold of the saved events agrees with the running app.

use crate::ui_common;

use cjm::app::{App, MemorySink, Overlay};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Journal, Lang, fold};
use crossterm::event::KeyCode;
use ui_common::*;

const DISCUSSION: usize = 3;

/// The fixture enters the discussion at 12 minutes: `start` is its 0:00.
fn discussion_in(lang: Lang) -> (App, u64) {
    let (app, _) = app_at_in(lang, DISCUSSION, 12);
    let start = app.now;
    (app, start)
}

/// The discussion planned for `minutes` (as `cjm discuss --minutes`), at its start.
fn discussion_of(minutes: u32) -> (App, MemorySink, u64) {
    let (mut header, mut events) = workshop_events();
    header.template.steps[DISCUSSION].minutes = minutes;
    events.push(stamp(T0 + 12 * MINUTE, Event::StepEntered { step: DISCUSSION }));
    let sink = MemorySink::default();
    let app = App::new(Journal::new(header, events), Box::new(sink.clone()), T0 + 12 * MINUTE);
    let start = app.now;
    (app, sink, start)
}

fn run(app: &mut App, start: u64, from_secs: u64, to_secs: u64) {
    for s in from_secs..=to_secs {
        app.tick(start + s * 1000);
    }
}

fn part_index(app: &App) -> usize {
    app.session().part_now(DISCUSSION, app.now).map(|n| n.slot.index).unwrap_or(99)
}

/// The part ends as the running app sees them and as a fold of its
/// events (what `cjm replay` and a reopened session see) does.
fn same_after_fold(app: &App) {
    let (header, events) = (app.session().header.clone(), app.journal().events().to_vec());
    let folded = fold(header, &events);
    assert_eq!(folded.part_slots(DISCUSSION), app.session().part_slots(DISCUSSION));
}

#[test]
fn more_time_for_the_step_does_not_reopen_a_part_that_has_ended() {
    let (mut app, start) = discussion_in(Lang::En);
    run(&mut app, start, 0, 9 * 60);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }));
    app.handle(&key(KeyCode::Enter));
    run(&mut app, start, 9 * 60, 9 * 60 + 10);
    assert_eq!(part_index(&app), 1, "b runs from 9:00");
    app.handle(&ch('+'));
    assert_eq!(part_index(&app), 1, "five more minutes for the step must not bring back part a");
    run(&mut app, start, 9 * 60 + 10, 10 * 60);
    assert_eq!(app.overlay, None, "part a's end must not prompt twice");
    // The five minutes are d's: b, c still end at 36:00 and 58:30.
    let ends: Vec<u64> = app.session().part_slots(DISCUSSION).iter().map(|s| s.end / 1000).collect();
    assert_eq!(ends, vec![9 * 60, 36 * 60, 58 * 60 + 30, 95 * 60]);
    same_after_fold(&app);
}

#[test]
fn less_time_for_the_step_skips_no_part_end() {
    let (mut app, start) = discussion_in(Lang::En);
    run(&mut app, start, 0, 8 * 60);
    app.handle(&ch('-'));
    app.handle(&ch('-'));
    assert_eq!(app.session().timebox(DISCUSSION), 80 * MINUTE);
    assert_eq!(part_index(&app), 0, "a still runs");
    run(&mut app, start, 8 * 60, 9 * 60);
    assert_eq!(
        app.overlay,
        Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }),
        "a ends at 9:00 as planned"
    );
    app.handle(&key(KeyCode::Enter));
    // Cut the step to 40 minutes: c's end (58:30) waits at the step's end.
    for _ in 0..8 {
        app.handle(&ch('-'));
    }
    let ends: Vec<u64> = app.session().part_slots(DISCUSSION).iter().map(|s| s.end / MINUTE).collect();
    assert_eq!(ends, vec![9, 36, 40, 40]);
    run(&mut app, start, 9 * 60, 36 * 60);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 1 }), "b's end still prompts");
    same_after_fold(&app);
}

#[test]
fn extending_a_short_discussion_at_time_up_gives_the_time_to_the_last_part() {
    let (mut app, sink, start) = discussion_of(5);
    // 5 minutes: a 0:30, b 2:00, c 3:15, d to 5:00.
    for s in 0..=5 * 60 + 1 {
        app.tick(start + s * 1000);
        if matches!(app.overlay, Some(Overlay::PartEnd { .. })) {
            app.handle(&key(KeyCode::Enter));
        }
    }
    assert_eq!(app.overlay, Some(Overlay::Converge { step: DISCUSSION }));
    let before = sink.events.borrow().len();
    app.handle(&ch('5'));
    assert_eq!(app.overlay, None);
    assert!(
        sink.events.borrow()[before..]
            .iter()
            .any(|e| e.event == Event::TimeboxAdjusted { step: DISCUSSION, delta_ms: 5 * MINUTE as i64 })
    );
    assert_eq!(part_index(&app), 3, "d goes on; c does not come back");
    let now = app.session().part_now(DISCUSSION, app.now).map(|n| (n.left, n.over));
    assert_eq!(now, Some((5 * MINUTE - 1000, false)), "d has the five minutes");
    for s in 5 * 60 + 1..10 * 60 {
        app.tick(start + s * 1000);
        assert_eq!(app.overlay, None, "no part ends again at {s} s");
    }
    same_after_fold(&app);
}

/// `Session::shift_part` once computed `part + 1` on the part index read
/// from the session file: a file with `part: 18446744073709551615` panicked
/// the fold (overflow in debug; out of range in release).
#[test]
fn a_part_index_out_of_range_in_the_file_is_ignored_not_a_panic() {
    let (header, mut events) = workshop_events();
    let event = Event::PartAdjusted { step: DISCUSSION, part: usize::MAX, delta_ms: 0 };
    events.push(stamp(events.last().map_or(0, |e| e.at), event));
    let folded = std::panic::catch_unwind(|| cjm::domain::fold(header, &events));
    assert!(folded.is_ok(), "folding a file's PartAdjusted with a huge part index panics");
}

#[test]
fn extreme_adjustments_in_the_file_leave_a_readable_schedule() {
    let (header, mut events) = workshop_events();
    let at = events.last().map_or(0, |e| e.at);
    events.push(stamp(at, Event::StepEntered { step: DISCUSSION }));
    for event in [
        Event::PartAdjusted { step: DISCUSSION, part: 0, delta_ms: i64::MIN },
        Event::PartAdjusted { step: DISCUSSION, part: 1, delta_ms: i64::MAX },
        Event::PartAdjusted { step: DISCUSSION, part: 1, delta_ms: i64::MAX },
        Event::PartAdjusted { step: usize::MAX, part: 0, delta_ms: 1 },
        Event::TimeboxAdjusted { step: DISCUSSION, delta_ms: i64::MAX },
    ] {
        events.push(stamp(at, event));
    }
    let s = fold(header, &events);
    assert_eq!(s.part_shifts(DISCUSSION), &[i64::MIN, i64::MAX, 0]);
    let ends: Vec<u64> = s.part_slots(DISCUSSION).iter().map(|p| p.end).collect();
    let timebox = s.timebox(DISCUSSION);
    assert_eq!(ends, vec![0, timebox, timebox, timebox]);
    assert!(s.countdown(at + MINUTE).is_some(), "the countdown of a huge timebox is read without overflow");
    assert_eq!(s.part_now(DISCUSSION, at + MINUTE).map(|n| n.slot.index), Some(1));
}

#[test]
fn greater_than_ends_a_part_whose_end_waits_at_a_cut_step_end() {
    let (mut app, start) = discussion_in(Lang::En);
    app.tick(start + 38 * MINUTE);
    app.handle(&key(KeyCode::Esc)); // b's end, passed on the way
    for _ in 0..10 {
        app.handle(&ch('-'));
    }
    assert_eq!(app.session().timebox(DISCUSSION), 40 * MINUTE);
    assert_eq!(part_index(&app), 2, "c runs, its end at the step's");
    app.handle(&ch('>'));
    assert_eq!(part_index(&app), 3, "c ended now; d runs to 40:00");
    same_after_fold(&app);
}
