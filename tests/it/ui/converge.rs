//! Converging on the goal: the converge prompt when a step's time is up,
//! the agenda re-planned, and their snapshots.

use crate::ui_common;

use cjm::app::{App, MemorySink, Mode, Overlay};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, plan};
use crossterm::event::KeyCode;
use ui_common::*;

fn snap(name: &str, app: &App) {
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen_text(&render(app, w, h)));
    }
}

/// The discussion step, its time up: 52 min were left at minute 50.
fn time_up() -> (App, MemorySink, usize) {
    let (mut app, sink) = app_at(3, 50);
    assert_eq!(app.overlay, None);
    app.tick(app.now + 51 * MINUTE);
    // Part c ended on the way (at 58:30 of the step); no converge prompt yet.
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: 3, part: 2 }), "not before the countdown runs out");
    app.tick(app.now + 2 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::Converge { step: 3 }), "the step's end replaces the part's prompt");
    assert_eq!(app.mode(), Mode::Converge);
    let before = sink.events.borrow().len();
    (app, sink, before)
}

fn new_events(sink: &MemorySink, from: usize) -> Vec<Event> {
    sink.changes(from)
}

#[test]
fn the_prompt_comes_once_per_overrun() {
    let (mut app, sink, before) = time_up();
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.overlay, None);
    app.tick(app.now + 1000);
    app.tick(app.now + MINUTE);
    assert_eq!(app.overlay, None, "not again for the same overrun");
    assert_eq!(new_events(&sink, before), vec![]);
}

#[test]
fn extending_takes_the_time_from_the_remaining_steps() {
    let (mut app, sink, before) = time_up();
    let end_before: u64 = plan::agenda(app.session(), app.now).steps.iter().map(|s| s.replanned).sum();
    app.handle(&ch('5'));
    assert_eq!(app.overlay, None);
    let events = new_events(&sink, before);
    assert_eq!(events[0], Event::TimeboxAdjusted { step: 3, delta_ms: 5 * MINUTE as i64 });
    let taken: i64 = events[1..]
        .iter()
        .map(|e| match e {
            Event::TimeboxAdjusted { step, delta_ms } if *step > 3 => *delta_ms,
            other => panic!("unexpected {other:?}"),
        })
        .sum();
    let p = plan::agenda(app.session(), app.now);
    let end_after: u64 = p.steps.iter().map(|s| s.replanned).sum();
    assert_ne!(taken, 0, "the remaining steps are re-planned");
    if p.overrun == 0 {
        let rest: u64 = p.steps[4..].iter().map(|s| s.timebox).sum();
        assert_eq!(rest, p.time_left, "the session still ends on plan");
        assert_eq!(end_after, end_before);
    }
    assert!(p.steps[4..].iter().all(|s| s.timebox >= s.min));
    // A new overrun of the extended step prompts again.
    app.tick(app.now + 6 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::Converge { step: 3 }));
    app.handle(&ch('0'));
    assert_eq!(
        new_events(&sink, before)
            .iter()
            .filter(|e| matches!(e, Event::TimeboxAdjusted { step: 3, .. }))
            .count(),
        2
    );
}

#[test]
fn parking_the_open_items_parks_one_per_missing_check_then_moves_on() {
    let (mut app, sink, before) = time_up();
    let unmet = app.checks.iter().filter(|c| !c.met()).count();
    assert!(unmet > 0);
    app.handle(&ch('p'));
    let events = new_events(&sink, before);
    let parked = events.iter().filter(|e| matches!(e, Event::Parked { item, .. } if item.step == 3)).count();
    assert_eq!(parked, unmet);
    assert!(matches!(&events[unmet], Event::MoveForced { step: 3, .. }));
    assert_eq!(events[unmet + 1], Event::StepEntered { step: 4 });
    assert_eq!(events.len(), unmet + 2);
    assert_eq!(app.overlay, None);
}

#[test]
fn moving_on_records_why() {
    let (mut app, sink, before) = time_up();
    app.handle(&ch('m'));
    assert_eq!(
        new_events(&sink, before),
        vec![Event::MoveForced { step: 3, reason: "time ran out".into() }, Event::StepEntered { step: 4 }]
    );
}

#[test]
fn the_agenda_opens_from_any_screen_and_closes() {
    let (mut app, _) = app_at(3, 50);
    app.handle(&ch('A'));
    assert_eq!(app.overlay, Some(Overlay::Agenda));
    app.handle(&ch('A'));
    assert_eq!(app.overlay, None);
    app.handle(&ch('A'));
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.overlay, None);
}

#[test]
fn converge_prompt_snapshot() {
    let (app, _, _) = time_up();
    snap("converge", &app);
}

#[test]
fn agenda_snapshot() {
    let (mut app, _) = app_at(3, 70);
    app.handle(&ch('A'));
    snap("agenda", &app);
}

#[test]
fn refocus_shows_the_goal_the_step_purpose_and_its_checks() {
    let (mut app, sink) = app_at(3, 50);
    app.handle(&ch('g'));
    assert_eq!(app.overlay, Some(Overlay::Goal));
    assert_eq!(sink.events.borrow().last().map(|s| s.event.clone()), Some(Event::Refocused));
    snap("refocus", &app);
}

const DISCUSSION: usize = 3;

/// The agenda overlay (`A`) pads step titles by characters, not columns:
/// in Japanese each row runs past the box and the actual-minutes column
/// ("実績") is cut off.
#[test]
fn the_japanese_agenda_overlay_keeps_its_columns_in_the_box() {
    let (mut app, _) = app_at_in(cjm::domain::Lang::Ja, DISCUSSION, 30);
    app.handle(&ch('A'));
    let screen = screen_text(&render(&app, 100, 30));
    assert!(screen.contains("実績"), "the actual column's heading is cut off:\n{screen}");
}

#[test]
fn ja_agenda_snapshot() {
    let (mut app, _) = app_at_in(cjm::domain::Lang::Ja, DISCUSSION, 70);
    app.handle(&ch('A'));
    for (w, h) in [(80, 24), (100, 30)] {
        insta::assert_snapshot!(format!("ja_agenda_{w}x{h}"), screen_text(&render(&app, w, h)));
    }
}
