//! The discussion's parts run as one timebox: the part-end prompt with its
//! choices, `>` to end a part early, undo, the header's two clocks and the
//! heads-up, and their snapshots in English and Japanese.

use crate::ui_common;

use cjm::app::{App, MemorySink, Mode, Overlay};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Journal, Lang};
use crossterm::event::KeyCode;
use ui_common::wide::checked_screen;
use ui_common::*;

const M: i64 = MINUTE as i64;
const DISCUSSION: usize = 3;

/// The 90-minute discussion at its start (the fixture enters it at 12 min).
fn discussion_in(lang: Lang) -> (App, MemorySink, u64) {
    let (app, sink) = app_at_in(lang, DISCUSSION, 12);
    let start = app.now;
    assert_eq!(app.session().clock.elapsed(DISCUSSION, start), 0);
    (app, sink, start)
}

fn discussion() -> (App, MemorySink, u64) {
    discussion_in(Lang::En)
}

/// Ticks second by second over `from..=to` minutes into the step, as the
/// terminal loop does.
fn run(app: &mut App, start: u64, from_secs: u64, to_secs: u64) {
    for s in from_secs..=to_secs {
        app.tick(start + s * 1000);
    }
}

fn new_events(sink: &MemorySink, from: usize) -> Vec<Event> {
    sink.events.borrow()[from..].iter().map(|s| s.event.clone()).collect()
}

fn part_index(app: &App) -> usize {
    app.session().part_now(DISCUSSION, app.now).map(|n| n.slot.index).unwrap_or(99)
}

#[test]
fn the_prompt_opens_once_when_part_a_ends_at_nine_minutes() {
    let (mut app, sink, start) = discussion();
    run(&mut app, start, 0, 8 * 60 + 59);
    assert_eq!(app.overlay, None, "not before 9:00");
    app.tick(start + 9 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }));
    assert_eq!(app.mode(), Mode::PartEnd);
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.overlay, None);
    run(&mut app, start, 9 * 60, 20 * 60);
    assert_eq!(app.overlay, None, "not again for the same part end");
    assert_eq!(new_events(&sink, 0), vec![], "going on needs no event: the part clock moved on");
    assert_eq!(part_index(&app), 1);
}

#[test]
fn five_more_minutes_move_the_boundary_and_prompt_again_at_the_new_end() {
    let (mut app, sink, start) = discussion();
    app.tick(start + 9 * MINUTE);
    app.handle(&ch('5'));
    assert_eq!(app.overlay, None);
    assert_eq!(
        new_events(&sink, 0),
        vec![Event::PartAdjusted { step: DISCUSSION, part: 0, delta_ms: 5 * M }]
    );
    assert_eq!(part_index(&app), 0, "part a runs again");
    let slots = app.session().part_slots(DISCUSSION);
    assert_eq!((slots[1].start, slots[1].end), (14 * MINUTE, 36 * MINUTE), "taken from b, the timebox stays");
    assert_eq!(app.session().timebox(DISCUSSION), 90 * MINUTE);
    run(&mut app, start, 9 * 60, 14 * 60 - 1);
    assert_eq!(app.overlay, None);
    app.tick(start + 14 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }));
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.overlay, None);
}

#[test]
fn five_more_minutes_are_refused_when_the_next_part_would_drop_under_a_minute() {
    let (mut app, sink, start) = discussion();
    // b ends at 53:00, leaving c 5:30.
    app.commit(Event::PartAdjusted { step: DISCUSSION, part: 1, delta_ms: 17 * M });
    let before = sink.events.borrow().len();
    app.tick(start + 53 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 1 }));
    app.handle(&ch('5'));
    assert_eq!(new_events(&sink, before), vec![]);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 1 }), "the choice stays open");
    let message = app.message.clone().unwrap_or_default();
    assert!(message.contains("c. As-Is measures") && message.contains("1 minute"), "{message}");
}

#[test]
fn parking_parks_what_the_part_misses_and_goes_on() {
    let (mut app, sink, start) = discussion();
    app.tick(start + 36 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 1 }), "b ends at 36:00");
    app.handle(&ch('p'));
    assert_eq!(app.overlay, None);
    let events = new_events(&sink, 0);
    assert_eq!(events.len(), 1, "one unmet check of part b: pain points per phase; {events:?}");
    match &events[0] {
        Event::Parked { item, .. } => {
            assert_eq!(item.step, DISCUSSION);
            assert!(
                item.text.starts_with("Pain points per phase") || item.text.contains("pain"),
                "{}",
                item.text
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(app.session().current_step(), DISCUSSION, "the step goes on");
    assert_eq!(part_index(&app), 2);
}

#[test]
fn the_prompt_waits_for_another_overlay_to_close() {
    let (mut app, _, start) = discussion();
    app.tick(start + 8 * MINUTE);
    app.handle(&ch('?'));
    run(&mut app, start, 8 * 60, 10 * 60);
    assert_eq!(app.overlay, Some(Overlay::Help));
    app.handle(&key(KeyCode::Esc));
    app.tick(start + 10 * MINUTE + 1000);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }));
}

#[test]
fn the_prompt_waits_for_a_note_being_typed() {
    let (mut app, _, start) = discussion();
    app.tick(start + 8 * MINUTE);
    app.handle(&ch('a'));
    assert!(app.edit.is_some());
    type_text(&mut app, "wait");
    run(&mut app, start, 8 * 60, 10 * 60);
    assert_eq!(app.overlay, None, "typing is never interrupted");
    app.handle(&key(KeyCode::Enter));
    assert!(app.edit.is_none());
    app.tick(start + 10 * MINUTE + 1000);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }));
}

#[test]
fn greater_than_ends_the_part_now_and_undo_brings_it_back() {
    let (mut app, sink, start) = discussion();
    app.tick(start + 5 * MINUTE);
    app.handle(&ch('>'));
    assert_eq!(
        new_events(&sink, 0),
        vec![Event::PartAdjusted { step: DISCUSSION, part: 0, delta_ms: -4 * M }]
    );
    assert_eq!(part_index(&app), 1, "b starts now");
    let now = app.session().part_now(DISCUSSION, app.now).map(|n| n.left);
    assert_eq!(now, Some(31 * MINUTE), "b gets the time a did not use");
    run(&mut app, start, 5 * 60, 6 * 60);
    assert_eq!(app.overlay, None, "ending a part on purpose opens no prompt");
    app.handle(&ch('u'));
    assert_eq!(sink.events.borrow().last().map(|s| s.event.clone()), Some(Event::Undo));
    assert_eq!(part_index(&app), 0, "a runs again");
    run(&mut app, start, 6 * 60, 9 * 60);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }));
    // The file replays to the same schedule.
    let (header, mut events) = workshop_events();
    events.push(stamp(T0 + 12 * MINUTE, Event::StepEntered { step: DISCUSSION }));
    events.extend(sink.events.borrow().iter().cloned());
    let replayed = Journal::new(header, events);
    assert_eq!(replayed.session().part_slots(DISCUSSION), app.session().part_slots(DISCUSSION));
}

#[test]
fn greater_than_outside_a_parted_step_or_in_the_last_part_only_explains() {
    let (mut app, sink) = app_at(5, 30);
    app.handle(&ch('>'));
    assert_eq!(app.message.as_deref(), Some(app.strings.no_parts));
    let (mut app2, sink2, start) = discussion();
    app2.tick(start + 60 * MINUTE);
    app2.overlay = None;
    app2.handle(&ch('>'));
    assert_eq!(app2.message.as_deref(), Some(app2.strings.last_part));
    assert_eq!(new_events(&sink, 0), vec![]);
    assert_eq!(new_events(&sink2, 0), vec![]);
}

#[test]
fn a_part_adjustment_of_the_last_part_or_another_step_is_ignored_by_the_fold() {
    let (mut app, _, _) = discussion();
    let before = app.session().part_slots(DISCUSSION);
    app.commit(Event::PartAdjusted { step: DISCUSSION, part: 3, delta_ms: 5 * M });
    app.commit(Event::PartAdjusted { step: 0, part: 0, delta_ms: 5 * M });
    app.commit(Event::PartAdjusted { step: 42, part: 0, delta_ms: 5 * M });
    assert_eq!(app.session().part_slots(DISCUSSION), before);
    assert!(app.session().part_shifts.is_empty());
}

#[test]
fn the_header_shows_both_clocks_and_the_heads_up_in_words() {
    let (mut app, _, start) = discussion();
    app.tick(start + 20 * MINUTE);
    app.handle(&key(KeyCode::Esc));
    let text = screen_text(&render(&app, 100, 30));
    assert!(text.contains("▸ b. Pain points 16:00 left"), "{text}");
    assert!(text.contains("whole 1:10:00 left (of 1:30:00)"), "{text}");
    assert_eq!(cjm::ui::header::heads_up(&app), None);
    app.tick(start + 34 * MINUTE);
    let banner = cjm::ui::header::heads_up(&app);
    assert_eq!(banner.as_deref(), Some("⚑ 02:00 left in b. Pain points — next: c. As-Is measures"));
    assert!(screen_text(&render(&app, 80, 24)).contains("⚑ 02:00 left in b. Pain points"));
    assert_eq!(cjm::ui::header::countdown(&app).0, "56:00 left", "countdown stays the whole step's");
}

fn snap(name: &str, app: &App) {
    for (w, h) in [(80, 24), (100, 30)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), checked_screen(name, app, w, h));
    }
}

fn heads_up_in(lang: Lang) -> App {
    let (mut app, _, start) = discussion_in(lang);
    app.tick(start + 34 * MINUTE + 30_000);
    app.handle(&key(KeyCode::Enter)); // a's end, passed on the way
    assert_eq!(app.overlay, None);
    assert!(cjm::ui::header::heads_up(&app).is_some());
    app
}

fn part_end_in(lang: Lang) -> App {
    let (mut app, _, start) = discussion_in(lang);
    app.tick(start + 36 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 1 }));
    app
}

#[test]
fn heads_up_snapshot() {
    snap("heads_up", &heads_up_in(Lang::En));
}

#[test]
fn heads_up_snapshot_ja() {
    snap("ja_heads_up", &heads_up_in(Lang::Ja));
}

#[test]
fn part_end_snapshot() {
    snap("part_end", &part_end_in(Lang::En));
}

#[test]
fn part_end_snapshot_ja() {
    snap("ja_part_end", &part_end_in(Lang::Ja));
}
