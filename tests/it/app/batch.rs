//! One user action is one durable batch: its events go to the sink in one
//! write (one fsync of the session file), `u` takes the whole action back
//! and Ctrl-R restores it, and a write that fails part-way applies none.

use crate::ui_common;

use cjm::app::{App, MemorySink, Overlay};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Session};
use crossterm::event::KeyCode;
use ui_common::*;

/// The discussion step, its time up (as in tests/converge.rs).
fn time_up() -> (App, MemorySink) {
    let (mut app, sink) = app_at(3, 50);
    app.tick(app.now + 51 * MINUTE);
    app.tick(app.now + 2 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::Converge { step: 3 }));
    (app, sink)
}

fn timeboxes(s: &Session) -> Vec<u64> {
    (0..s.header.template.steps.len()).map(|i| s.timebox(i)).collect()
}

/// The records written since `from`: a batch marker and its events.
fn written(sink: &MemorySink, from: usize) -> Vec<Event> {
    sink.events.borrow()[from..].iter().map(|s| s.event.clone()).collect()
}

/// Runs `act`, returns (records written, writes made).
fn measure(app: &mut App, sink: &MemorySink, act: impl FnOnce(&mut App)) -> (Vec<Event>, usize) {
    let (events, writes) = (sink.events.borrow().len(), *sink.writes.borrow());
    act(app);
    (written(sink, events), *sink.writes.borrow() - writes)
}

/// One `u` and one Ctrl-R, each one write: `u` brings back what `of`
/// read before the action, Ctrl-R what it read after.
fn undo_redo_whole<T: PartialEq + std::fmt::Debug>(
    app: &mut App,
    sink: &MemorySink,
    before: &T,
    of: impl Fn(&Session) -> T,
) {
    let after = of(app.session());
    assert_ne!(&after, before, "the action changed something");
    let (undo, writes) = measure(app, sink, |app| app.handle(&ch('u')));
    assert_eq!((undo, writes), (vec![Event::Undo], 1));
    assert_eq!(&of(app.session()), before, "one u takes back the whole action");
    let (redo, writes) = measure(app, sink, |app| app.handle(&ctrl('r')));
    assert_eq!((redo, writes), (vec![Event::Redo], 1));
    assert_eq!(of(app.session()), after, "one Ctrl-R restores the whole action");
}

#[test]
fn five_more_minutes_is_one_write_and_one_undo() {
    let (mut app, sink) = time_up();
    let before = timeboxes(app.session());
    let (records, writes) = measure(&mut app, &sink, |app| app.handle(&ch('5')));
    assert_eq!(writes, 1, "one write, one fsync");
    let n = records.len() - 1;
    assert!(n >= 2, "the step and at least one re-planned step: {records:?}");
    assert_eq!(records[0], Event::Batch { len: n });
    assert!(records[1..].iter().all(|e| matches!(e, Event::TimeboxAdjusted { .. })));
    println!("+5 in the time-up prompt: {} records ({n} events + marker), {writes} write", records.len());
    undo_redo_whole(&mut app, &sink, &before, timeboxes);
}

#[test]
fn parking_and_moving_on_is_one_write_and_one_undo() {
    let (mut app, sink) = time_up();
    let unmet = app.checks.iter().filter(|c| !c.met()).count();
    let parked = |s: &Session| s.parking.clone();
    let before = parked(app.session());
    let (records, writes) = measure(&mut app, &sink, |app| app.handle(&ch('p')));
    assert_eq!(writes, 1);
    assert_eq!(records.len(), unmet + 3, "marker, {unmet} parked, why, the next step: {records:?}");
    assert_eq!(records[0], Event::Batch { len: unmet + 2 });
    assert_eq!(app.session().current_step(), 4);
    println!("park and move on: {} records ({} events + marker), {writes} write", records.len(), unmet + 2);
    undo_redo_whole(&mut app, &sink, &before, parked);
    assert_eq!(app.session().current_step(), 4, "moving on is navigation: undo leaves it");
}

#[test]
fn saving_members_is_one_write_and_one_undo() {
    let (mut app, sink) = app_at(3, 30);
    let members = |s: &Session| (s.participants.clone(), s.groups.clone());
    let before = members(app.session());
    app.handle(&ch('m'));
    app.handle(&ctrl('w'));
    app.handle(&ctrl('w'));
    type_text(&mut app, "佐藤、山田, Kim, 山田");
    let (records, writes) = measure(&mut app, &sink, |app| app.handle(&key(KeyCode::Enter)));
    assert_eq!(writes, 1);
    assert_eq!(records.len(), 4, "marker, 山田 and Kim (once each), the group: {records:?}");
    assert_eq!(records[0], Event::Batch { len: 3 });
    assert!(matches!(records[3], Event::GroupSaved { .. }));
    println!("saving members (2 new): {} records (3 events + marker), {writes} write", records.len());
    undo_redo_whole(&mut app, &sink, &before, members);
}

#[test]
fn a_single_event_action_writes_no_marker() {
    let (mut app, sink) = app_at(3, 30);
    let (records, writes) = measure(&mut app, &sink, |app| app.handle(&ch('+')));
    assert_eq!(writes, 1);
    assert!(matches!(records.as_slice(), [Event::TimeboxAdjusted { .. }]), "{records:?}");
}

#[test]
fn a_write_failing_mid_batch_applies_none_of_it() {
    for k in 1..=3 {
        let (mut app, sink) = time_up();
        let (state, events) = (app.session().clone(), sink.events.borrow().clone());
        *sink.fail_at.borrow_mut() = Some(k);
        app.handle(&ch('5'));
        assert_eq!(app.session(), &state, "nothing applied when record {k} fails");
        assert_eq!(*sink.events.borrow(), events, "nothing kept when record {k} fails");
        assert!(app.message.as_deref().is_some_and(|m| m.contains("disk full")), "{:?}", app.message);
        assert!(!app.journal().can_redo());
    }
    // Saving members that fails part-way: no participant without its group.
    let (mut app, sink) = app_at(3, 30);
    let state = app.session().clone();
    app.handle(&ch('m'));
    type_text(&mut app, ", Kim, Lee");
    *sink.fail_at.borrow_mut() = Some(3);
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session(), &state);
    assert!(app.edit.is_some(), "the typed text stays in the field");
}

#[test]
fn a_batch_the_file_refuses_leaves_the_file_as_it_was() {
    use cjm::domain::Stamped;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.ron");
    let (header, events) = workshop_events();
    cjm::store::create(&path, &header, &events, false).expect("create");
    let before = std::fs::read(&path).expect("read");
    let mut writer = cjm::store::Writer::open(&path).expect("open");
    let goal = |text: String| Event::GoalSet { goal: text, done_when: String::new() };
    let batch = cjm::domain::journal::batch(vec![
        Stamped { at: 1, event: goal("fits".into()) },
        Stamped { at: 1, event: goal("x".repeat(cjm::store::format::MAX_LINE_BYTES)) },
    ]);
    assert!(writer.append_all(&batch).is_err());
    assert_eq!(std::fs::read(&path).expect("read"), before, "not one record of the batch written");
    // The writer goes on: the next batch is whole.
    let ok = cjm::domain::journal::batch(vec![
        Stamped { at: 2, event: goal("a".into()) },
        Stamped { at: 2, event: goal("b".into()) },
    ]);
    writer.append_all(&ok).expect("append");
    let parsed = cjm::store::load(&path).expect("load");
    assert!(parsed.torn.is_none());
    assert_eq!(parsed.events[events.len()..], ok[..]);
}

#[test]
fn a_file_of_single_events_still_undoes_one_event_at_a_time() {
    use cjm::domain::{Journal, Stamped};
    let (header, mut events) = workshop_events();
    let n = events.len();
    // As cjm wrote `+5` before batches: one event a line, no marker.
    for step in [3, 4, 5] {
        events.push(Stamped { at: 10, event: Event::TimeboxAdjusted { step, delta_ms: 60_000 } });
    }
    let mut journal = Journal::new(header, events);
    let before = timeboxes(journal.session());
    journal.push(Stamped { at: 11, event: Event::Undo });
    let after = timeboxes(journal.session());
    let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert_eq!(changed, 1, "one undo, one event: {before:?} -> {after:?}");
    assert_eq!(journal.events().len(), n + 4);
}
