//! Nothing typed is ever lost: when the event a field makes cannot be
//! saved (disk full, a record over the 1 MiB the writer takes), the field
//! stays open with its text and cursor, and the message says why.

use crate::ui_common;

use cjm::app::edit::begin;
use cjm::app::state::Target;
use cjm::domain::Event;
use cjm::domain::persona::Quadrant;
use crossterm::event::KeyCode;
use ui_common::*;

const DISCUSSION: usize = 3;

/// A note the writer refuses (over the 1 MiB a record may hold, e.g. a
/// pasted document) is not saved, and the field it was typed in is gone
/// with it: the text is lost. It should stay open with the text, as an
/// empty reason keeps the move-on field open.
#[test]
fn a_note_the_writer_refuses_stays_in_its_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    let (header, mut events) = workshop_events();
    events.push(stamp(T0 + 12 * 60_000, Event::StepEntered { step: DISCUSSION }));
    cjm::store::create(&path, &header, &events, false).expect("created");
    let writer = cjm::store::Writer::open(&path).expect("writer");
    let journal = cjm::domain::Journal::new(header, events);
    let mut app = cjm::app::App::new(journal, Box::new(writer), T0 + 30 * 60_000);
    app.handle(&ch('a'));
    assert!(app.edit.is_some(), "a new note's field is open");
    let long = "x".repeat(1_100_000);
    app.handle(&crossterm::event::Event::Paste(long.clone()));
    app.handle(&key(crossterm::event::KeyCode::Enter));
    assert!(app.message.is_some(), "the refusal is said");
    let kept = app.edit.as_ref().map(|e| e.input.text());
    assert_eq!(kept.map(|t| t.len()), Some(long.len()), "the pasted text is gone");
}

/// Every kind of field, its text typed and the cursor moved back two
/// characters, then Enter on a full disk: the same field is open again
/// with the same text and cursor, and nothing changed but the message.
#[test]
fn every_field_keeps_its_text_when_the_disk_is_full() {
    let (probe, _) = app_at(DISCUSSION, 30);
    let s = probe.session();
    let group = *s.groups.keys().next().expect("a group");
    let note = *s.notes.keys().next().expect("a note");
    let scheme = *s.schemes.keys().next().expect("a scheme");
    let persona = *s.personas.keys().next().expect("a persona");
    let targets = [
        Target::Goal,
        Target::DoneWhen,
        Target::PersonaName(None, Quadrant::ALL[0]),
        Target::PersonaName(Some(persona), Quadrant::ALL[0]),
        Target::PersonaTraits(persona),
        Target::PersonaChallenges(persona),
        Target::NewPhase(scheme, 0),
        Target::PhaseName(scheme, 0),
        Target::PhaseDefinition(scheme, 0),
        Target::NewScheme,
        Target::ChoiceReason(scheme),
        Target::NewGroup,
        Target::Members(group),
        Target::Note(note),
        Target::Wording(note),
        Target::NewParticipant,
        Target::ForceReason(DISCUSSION),
        Target::Park,
    ];
    for target in targets {
        let (mut app, sink) = app_at(DISCUSSION, 30);
        let before = app.session().clone();
        let sel = app.sel.clone();
        begin(&mut app, target.clone());
        type_text(&mut app, " 新しい人, 打ち合わせ");
        app.handle(&key(KeyCode::Left));
        app.handle(&key(KeyCode::Left));
        let typed = app.edit.clone().expect("the field is open");
        *sink.fail.borrow_mut() = true;
        app.handle(&key(KeyCode::Enter));
        let kept = app.edit.as_ref().map(|e| (&e.target, e.input.text(), e.input.cursor()));
        let typed = Some((&typed.target, typed.input.text(), typed.input.cursor()));
        assert_eq!(kept, typed, "{target:?}: the field is not as typed");
        assert!(
            app.message.as_deref().is_some_and(|m| m.contains("disk full")),
            "{target:?}: the failure is not said: {:?}",
            app.message
        );
        assert_eq!(app.session(), &before, "{target:?}: something changed");
        assert_eq!(app.sel, sel, "{target:?}: the selection moved");
    }
}

/// A new note on a full disk: the field stays, and once the disk has room
/// Enter saves it.
#[test]
fn a_kept_note_saves_on_the_next_enter() {
    let (mut app, sink) = app_at(DISCUSSION, 30);
    let before = app.session().notes.len();
    app.handle(&ch('a'));
    type_text(&mut app, "途中のメモ");
    *sink.fail.borrow_mut() = true;
    app.handle(&key(KeyCode::Enter));
    assert!(app.edit.is_some());
    *sink.fail.borrow_mut() = false;
    app.handle(&key(KeyCode::Enter));
    assert!(app.edit.is_none());
    assert_eq!(app.session().notes.len(), before + 1);
    assert!(app.session().notes.values().any(|n| n.text == "途中のメモ"));
}

/// Quitting while typing saves the text first; when it cannot be saved
/// the app stays, with the field and the message, instead of quitting
/// without it (Ctrl-C, and `y` to the quit question).
#[test]
fn quitting_does_not_drop_text_that_cannot_be_saved() {
    for quit in [vec![ctrl('c')], vec![ctrl('q'), ch('y')]] {
        let (mut app, sink) = app_at(DISCUSSION, 30);
        app.handle(&ch('a'));
        type_text(&mut app, "途中のメモ");
        *sink.fail.borrow_mut() = true;
        for k in &quit {
            app.handle(k);
        }
        assert!(!app.quit, "{quit:?}: quit without the text");
        assert_eq!(app.edit.as_ref().map(|e| e.input.text()), Some("途中のメモ"), "{quit:?}");
        assert!(app.message.as_deref().is_some_and(|m| m.contains("disk full")), "{quit:?}");
        *sink.fail.borrow_mut() = false;
        app.handle(&ctrl('c'));
        assert!(app.quit, "{quit:?}: with room on the disk it saves and quits");
        assert!(app.session().notes.values().any(|n| n.text == "途中のメモ"));
    }
}
