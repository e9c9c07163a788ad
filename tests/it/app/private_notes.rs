//! Notes kept from the room: `h` on the board marks the selected note
//! private; the facilitator still sees it (marked), the presenter view
//! leaves it out, counts included.

use crate::ui_common;

use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Journal, NoteId};
use ui_common::*;

/// The discussion step of the built-in agenda.
const DISCUSSION: usize = 3;

fn discussion_app() -> (cjm::app::App, cjm::app::MemorySink) {
    let (mut app, sink) = app_at(DISCUSSION, 30);
    // The first cell of Aチーム's board: two pain points, 300 and 301.
    app.sel.group = Some(cjm::domain::GroupId(200));
    (app, sink)
}

#[test]
fn h_marks_the_selected_note_private_on_disk_and_again_shows_it() {
    let (mut app, sink) = discussion_app();
    app.handle(&ch('h'));
    assert!(app.session().private.contains(&NoteId(300)));
    let saved: Vec<Event> = sink.events.borrow().iter().map(|s| s.event.clone()).collect();
    assert_eq!(saved.last(), Some(&Event::NotePrivacySet { id: NoteId(300), private: true }));
    app.handle(&ch('h'));
    assert!(app.session().private.is_empty());
    app.handle(&ch('u'));
    assert!(app.session().private.contains(&NoteId(300)), "undo brings the mark back");
}

#[test]
fn the_facilitator_sees_the_mark_and_the_room_does_not_see_the_note() {
    let (mut app, _) = discussion_app();
    app.handle(&ch('h'));
    let facilitator = screen_text(&render(&app, 120, 40));
    assert!(facilitator.contains("(private) 初期設定が難しくて"), "{facilitator}");

    app.handle(&ch('P'));
    let room = screen_text(&render(&app, 120, 40));
    assert!(!room.contains("初期設定が難しくて"), "the private note is hidden:\n{room}");
    assert!(room.contains("管理画面の用語"), "the other note still shows:\n{room}");
    assert!(room.contains("Pain points (1)"), "the count leaves it out:\n{room}");
}

#[test]
fn a_deleted_note_is_no_longer_private_and_unknown_notes_are_ignored() {
    let (header, mut events) = workshop_events();
    events.push(stamp(T0 + 20 * MINUTE, Event::NotePrivacySet { id: NoteId(999), private: true }));
    events.push(stamp(T0 + 20 * MINUTE, Event::NotePrivacySet { id: NoteId(301), private: true }));
    let journal = Journal::new(header.clone(), events.clone());
    assert_eq!(journal.session().private.iter().copied().collect::<Vec<_>>(), vec![NoteId(301)]);
    events.push(stamp(T0 + 21 * MINUTE, Event::NoteDeleted { id: NoteId(301) }));
    assert!(Journal::new(header, events).session().private.is_empty());
}

/// `g` in the presenter view keeps the room's screen (it is not a menu),
/// but its exit criteria quote a private note's text to the room.
#[test]
fn refocus_over_the_presenter_view_does_not_show_a_private_note() {
    use cjm::domain::note::{Note, NoteKind};
    use cjm::domain::{GroupId, PersonaId, PhaseId};
    let (mut app, _) = app_at(DISCUSSION, 30);
    let note = Note {
        group: GroupId(200),
        persona: Some(PersonaId(1)),
        phase: PhaseId(17),
        kind: NoteKind::Pain,
        text: "Churn at ACME".into(),
        author: None,
        answers: vec![],
    };
    app.commit(Event::NoteAdded { id: NoteId(400), note });
    app.commit(Event::NotePrivacySet { id: NoteId(400), private: true });
    app.presenter = true;
    app.handle(&ch('g'));
    assert!(app.presenter, "refocus stays over the room's view");
    let room = screen_text(&render(&app, 120, 30));
    assert!(!room.contains("Churn at ACME"), "a private note shown to the room:\n{room}");
}

/// Over the presenter view the refocus shows the goal, the step and each
/// check by name with ✓/✗ and the progress, but no gap in words (a gap
/// may quote a note); the facilitator's refocus still spells gaps out.
#[test]
fn refocus_for_the_room_names_the_checks_without_their_gaps() {
    let (mut app, _) = app_at(DISCUSSION, 30);
    app.handle(&ch('g'));
    let own = screen_text(&render(&app, 120, 30));
    assert!(own.contains(" — "), "the facilitator sees the gaps:\n{own}");
    app.presenter = true;
    let room = screen_text(&render(&app, 120, 30));
    assert!(room.contains("Exit criteria"), "{room}");
    assert!(room.contains("✗ "), "{room}");
    assert!(!room.contains(" — "), "no gap details for the room:\n{room}");
    assert!(room.contains("施策の優先度を決定する"), "the goal:\n{room}");
}

/// The room's overview and the room's board agree: a pain-point cell whose
/// only notes are private is empty for the room, and the board says
/// "· gap ·"; the overview should say "✗ 0", not a bare "0".
#[test]
fn the_rooms_overview_marks_a_cell_emptied_by_private_notes_as_a_gap() {
    let (mut app, _) = app_at(DISCUSSION, 30);
    app.commit(Event::NotePrivacySet { id: NoteId(300), private: true });
    app.commit(Event::NotePrivacySet { id: NoteId(301), private: true });
    app.handle(&ch('O'));
    app.presenter = true;
    let room = screen_text(&render(&app, 100, 30));
    let onboarding = room.lines().find(|l| l.starts_with("│Onboarding")).unwrap_or_default();
    let pain = onboarding.split('│').nth(1).unwrap_or_default();
    assert!(pain.contains("✗ 0"), "the room sees an empty needed cell without ✗:\n{room}");
}

/// The room's overview is rebuilt after a change: showing a note again
/// (or undoing) gives the room its count back, and the facilitator's
/// overview counts private notes all along.
#[test]
fn the_rooms_overview_follows_each_change() {
    let (mut app, _) = app_at(DISCUSSION, 30);
    app.commit(Event::NotePrivacySet { id: NoteId(300), private: true });
    app.commit(Event::NotePrivacySet { id: NoteId(301), private: true });
    app.handle(&ch('O'));
    let pain_cell = |text: &str| {
        // The first block's Onboarding row: "│Onboarding  2  1  1│" (┃ when selected).
        let row = text.lines().find(|l| l[3..].starts_with("Onboarding")).unwrap_or_default().to_string();
        row.split(['│', '┃']).nth(1).unwrap_or_default().to_string()
    };
    let own = screen_text(&render(&app, 100, 30));
    assert!(pain_cell(&own).contains('2') && !pain_cell(&own).contains('✗'), "{own}");
    app.presenter = true;
    assert!(pain_cell(&screen_text(&render(&app, 100, 30))).contains("✗ 0"));
    app.commit(Event::NotePrivacySet { id: NoteId(301), private: false });
    let room = screen_text(&render(&app, 100, 30));
    assert!(pain_cell(&room).contains('1') && !pain_cell(&room).contains('✗'), "{room}");
}

/// The refocus over the presenter view ticks the checks as the room sees
/// them, as the room's board and overview do: with the Established As-Is
/// kept from the room, its pain point is unanswered for the room.
#[test]
fn refocus_over_the_presenter_view_ticks_the_checks_the_room_sees() {
    let (mut app, _) = discussion_app();
    app.commit(Event::NotePrivacySet { id: NoteId(305), private: true });
    app.handle(&ch('g'));
    let own = screen_text(&render(&app, 120, 30));
    assert!(own.contains("Exit criteria 1/3"), "{own}");
    app.presenter = true;
    let room = screen_text(&render(&app, 120, 30));
    assert!(room.contains("Exit criteria 0/3"), "{room}");
    let answered = (app.strings.check_name)(cjm::domain::checks::Check::PainPointsAnswered);
    assert!(room.contains(&format!("✗ {answered}")), "{room}");
}
