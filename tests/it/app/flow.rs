//! The app driven by key events (no terminal): state and the session
//! file after each step.

use crate::ui_common;

use std::io::Write;

use cjm::app::{App, Mode, Overlay, Screen};
use cjm::domain::note::NoteKind;
use cjm::domain::{Event, Lang};
use cjm::{store, templates, tui};
use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ui_common::*;

fn new_app(dir: &std::path::Path) -> App {
    let path = tui::create_session(dir, templates::default_for(Lang::En), T0).expect("create");
    let mut app = tui::load_app(&path, T0).expect("load");
    cjm::app::edit::begin(&mut app, cjm::app::state::Target::Goal);
    app
}

fn file_events(app: &App) -> Vec<Event> {
    let path = app.path.clone().expect("path");
    store::load(&path).expect("load").events.into_iter().map(|s| s.event).collect()
}

#[test]
fn undo_in_a_new_workshop_stops_at_the_templates_personas_and_schemes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = new_app(dir.path());
    assert_eq!(file_events(&app).last(), Some(&Event::Created), "the creation events are closed");
    type_text(&mut app, "施策の優先度を決定する");
    app.handle(&key(KeyCode::Enter));
    let seeded = (app.session().personas.clone(), app.session().schemes.clone());
    for _ in 0..6 {
        app.handle(&ch('u'));
    }
    assert_eq!((app.session().personas.clone(), app.session().schemes.clone()), seeded);
    assert_eq!(app.session().personas.len(), 4);
    assert!(!app.journal().can_undo());
}

#[test]
fn a_workshop_typed_in_is_on_disk_before_it_is_shown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = new_app(dir.path());
    assert_eq!(app.mode(), Mode::Edit, "the goal is asked for first");
    type_text(&mut app, "施策の優先度を決定する");
    app.handle(&key(KeyCode::Enter));
    assert!(file_events(&app).contains(&Event::GoalSet {
        goal: "施策の優先度を決定する".into(),
        done_when: app.session().done_when.clone()
    }));
    assert!(!app.session().clock.started, "the clock waits for confirmation");
    app.handle(&key(KeyCode::Enter));
    assert!(app.session().goal_confirmed);
    assert_eq!(file_events(&app).last(), Some(&Event::GoalConfirmed));

    // Personas: name the first quadrant.
    next_step(&mut app);
    assert_eq!(app.screen(), Screen::Personas);
    app.handle(&ch('e'));
    app.handle(&ctrl('w'));
    app.handle(&ctrl('w'));
    app.handle(&ctrl('w'));
    app.handle(&ctrl('w'));
    type_text(&mut app, "田中さん");
    app.handle(&key(KeyCode::Enter));
    assert!(app.session().personas.values().any(|p| p.name.ends_with("田中さん")));

    // Discussion: a group and a note.
    next_step(&mut app);
    next_step(&mut app);
    assert_eq!(app.screen(), Screen::Discussion);
    app.handle(&ch('n'));
    type_text(&mut app, "Aチーム");
    app.handle(&key(KeyCode::Enter));
    app.handle(&ch('r'));
    app.handle(&ch('a'));
    type_text(&mut app, "初期設定が難しい");
    app.handle(&key(KeyCode::Enter));
    let note = app.session().notes.values().next().expect("a note").clone();
    assert_eq!((note.text.as_str(), note.kind), ("初期設定が難しい", NoteKind::Pain));
    assert!(note.persona.is_some(), "the note carries the group's persona");
    assert!(
        file_events(&app)
            .iter()
            .any(|e| matches!(e, Event::NoteAdded { note, .. } if note.text == "初期設定が難しい"))
    );

    // Move it down to As-Is and right one column.
    app.handle(&TermEvent::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::SHIFT)));
    app.handle(&TermEvent::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::SHIFT)));
    let moved = app.session().notes.values().next().expect("note");
    assert_eq!(moved.kind, NoteKind::AsIs);
    assert_eq!((app.sel.column, app.sel.row), (1, 1));

    // Quit saves the place; reopening shows it.
    app.handle(&ch('q'));
    assert!(app.quit);
    assert!(matches!(file_events(&app).last(), Some(Event::Viewed(_))));
    let path = app.path.clone().expect("path");
    drop(app);
    let reopened = tui::load_app(&path, T0 + 1000).expect("reopen");
    assert_eq!(reopened.screen(), Screen::Discussion);
    assert_eq!((reopened.sel.column, reopened.sel.row), (1, 1));
    assert!(reopened.sel.group.is_some());
}

#[test]
fn a_failed_write_changes_nothing_but_the_message() {
    let (mut app, sink) = app_at(3, 30);
    *sink.fail.borrow_mut() = true;
    let before = app.session().notes.len();
    app.handle(&ch('a'));
    type_text(&mut app, "x");
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session().notes.len(), before);
    assert!(app.message.as_deref().is_some_and(|m| m.contains("disk full")));
}

#[test]
fn quit_while_typing_asks_and_yes_saves_the_text() {
    let (mut app, sink) = app_at(3, 30);
    app.handle(&ch('a'));
    type_text(&mut app, "途中のメモ");
    app.handle(&ctrl('q'));
    assert_eq!(app.overlay, Some(Overlay::Confirm(cjm::app::state::Question::QuitWhileTyping)));
    assert!(!app.quit);
    app.handle(&ch('y'));
    assert!(app.quit);
    let events = sink.events.borrow();
    assert!(
        events.iter().any(|s| matches!(&s.event, Event::NoteAdded { note, .. } if note.text == "途中のメモ"))
    );
    assert!(matches!(events.last().map(|s| &s.event), Some(Event::Viewed(_))));
}

#[test]
fn ctrl_c_while_typing_saves_and_quits() {
    let (mut app, sink) = app_at(3, 30);
    app.handle(&ch('a'));
    type_text(&mut app, "q is typed, not quit");
    assert!(!app.quit);
    app.handle(&ctrl('c'));
    assert!(app.quit);
    assert!(
        sink.events.borrow().iter().any(
            |s| matches!(&s.event, Event::NoteAdded { note, .. } if note.text == "q is typed, not quit")
        )
    );
}

#[test]
fn undo_and_redo_are_keys() {
    let (mut app, _) = app_at(3, 30);
    let n = app.session().notes.len();
    app.handle(&ch('x'));
    assert_eq!(app.session().notes.len(), n - 1);
    app.handle(&ch('u'));
    assert_eq!(app.session().notes.len(), n);
    app.handle(&ctrl('r'));
    assert_eq!(app.session().notes.len(), n - 1);
}

#[test]
fn only_key_presses_count_and_paste_goes_into_the_field() {
    let (mut app, _) = app_at(3, 30);
    let mut release = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    app.handle(&TermEvent::Key(release));
    assert_eq!(app.mode(), Mode::Screen(Screen::Discussion));
    app.handle(&ch('a'));
    app.handle(&TermEvent::Paste("貼り付け\r\n二行目".into()));
    assert_eq!(app.edit.as_ref().map(|e| e.input.text().to_string()), Some("貼り付け\n二行目".into()));
}

#[test]
fn timer_keys_pause_and_adjust_the_step() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch(' '));
    assert!(app.session().clock.paused);
    app.handle(&ch(' '));
    assert!(!app.session().clock.paused);
    let before = app.session().timebox(3);
    app.handle(&ch('+'));
    app.handle(&ch('+'));
    app.handle(&ch('-'));
    assert_eq!(app.session().timebox(3), before + 5 * 60_000);
}

#[test]
fn help_goal_and_presenter_open_and_esc_closes() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('?'));
    assert_eq!(app.mode(), Mode::Help);
    app.handle(&key(KeyCode::Esc));
    app.handle(&ch('g'));
    assert_eq!(app.mode(), Mode::GoalView);
    assert_eq!(app.session().refocus.get(&3), Some(&1), "showing the goal records a refocus");
    app.handle(&key(KeyCode::Esc));
    app.handle(&ch('P'));
    assert_eq!(app.mode(), Mode::Presenter);
    next_step(&mut app);
    assert_eq!(app.screen(), Screen::ShareOut, "global keys work in the presenter view");
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.mode(), Mode::Screen(Screen::ShareOut));
}

#[test]
fn a_to_be_links_to_pain_points() {
    let (mut app, _) = app_at(3, 30);
    app.sel.row = 2; // To-Be, first column: note 303, linked to 300 and 301
    app.handle(&ch('l'));
    assert!(matches!(app.overlay, Some(Overlay::Link { .. })));
    app.handle(&key(KeyCode::Enter)); // unlink 300
    let answers = &app.session().notes[&cjm::domain::NoteId(303)].answers;
    assert_eq!(answers, &vec![cjm::domain::NoteId(301)]);
    app.handle(&key(KeyCode::Esc));
    assert_eq!(app.overlay, None);
}

#[test]
fn the_link_picker_opens_on_the_to_bes_own_phase() {
    let (mut app, _) = app_at(3, 30);
    app.sel.column = 1;
    app.sel.row = 2; // To-Be in Established: note 306
    app.handle(&ch('l'));
    let Some(Overlay::Link { note, cursor }) = app.overlay.clone() else { panic!("{:?}", app.overlay) };
    assert_eq!(note, cjm::domain::NoteId(306));
    let candidates = cjm::app::ops::link_candidates(&app, note);
    assert_eq!(candidates.get(cursor), Some(&cjm::domain::NoteId(304)), "{candidates:?}");
    assert!(cursor > 0, "Onboarding's pains come first in the list");
}

#[test]
fn a_torn_tail_is_set_aside_and_the_session_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = tui::create_session(dir.path(), templates::default_for(Lang::En), T0).expect("create");
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(b"(at:1,event:GoalSet(goal:\"cut"))
        .expect("tear");
    let mut app = tui::load_app(&path, T0).expect("recovers");
    assert!(app.message.as_deref().is_some_and(|m| m.contains(".torn-")), "{:?}", app.message);
    let backups = std::fs::read_dir(dir.path()).expect("dir").filter_map(Result::ok);
    assert!(backups.into_iter().any(|e| e.file_name().to_string_lossy().contains(".torn-")));
    app.handle(&ch('e'));
    type_text(&mut app, "goal");
    app.handle(&key(KeyCode::Enter));
    let parsed = store::load(&path).expect("loads");
    assert!(parsed.torn.is_none());
    assert!(parsed.events.iter().any(|s| matches!(&s.event, Event::GoalSet { goal, .. } if goal == "goal")));
}

#[test]
fn help_lists_every_key_bound_on_every_screen() {
    use cjm::app::keymap::{self, label};
    for step in 0..8 {
        let (app, _) = app_at(step, 30);
        let help = cjm::ui::overlays::help_lines(&app);
        let mode = Mode::Screen(app.screen());
        for (key, action) in keymap::bindings(mode).iter().chain(keymap::GLOBAL) {
            let key = label(*key, app.strings);
            let desc = (app.strings.action)(*action).1;
            assert!(
                help.iter().any(|(k, d)| k.split('/').any(|x| x == key) && d == desc),
                "step {step}: {key} ({desc}) missing from help"
            );
        }
    }
}

#[test]
fn ctrl_c_quits_from_any_overlay() {
    for open in ['?', 'g'] {
        let (mut app, _) = app_at(3, 30);
        app.handle(&ch(open));
        app.handle(&ctrl('c'));
        assert!(app.quit, "from {open}");
    }
}

#[test]
fn the_screen_redraws_when_the_shown_second_changes() {
    let (mut app, _) = app_at(3, 30);
    app.dirty = false;
    app.tick(app.now + 10);
    let same_second = app.now % 1000 >= 10;
    assert_eq!(app.dirty, !same_second);
    app.dirty = false;
    app.tick(app.now + 1000);
    assert!(app.dirty);
}

#[test]
fn a_session_opens_in_its_own_language_and_l_switches_it_live() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = tui::create_session(dir.path(), templates::default_for(Lang::Ja), T0).expect("create");
    let mut app = tui::load_app(&path, T0).expect("load");
    assert_eq!(app.strings.lang, Lang::Ja, "no --lang: the session's (its template's) language");
    app.handle(&ch('L'));
    assert_eq!(app.strings.lang, Lang::En);
    assert_eq!(app.requests, vec![cjm::app::Request::SaveLang(Lang::En)], "saving is left to the loop");
    app.handle(&ch('?'));
    app.handle(&ch('L'));
    assert_eq!(
        (app.strings.lang, app.overlay.clone()),
        (Lang::Ja, Some(Overlay::Help)),
        "L works in help too"
    );
}

#[test]
fn ctrl_u_clears_a_prefilled_field_and_home_end_move_in_it() {
    let (mut app, _) = app_at(0, 5);
    let before = app.session().done_when.clone();
    assert!(!before.is_empty(), "the done-when opens prefilled");
    app.handle(&ch('d'));
    assert_eq!(app.edit.as_ref().map(|e| e.input.text().to_string()), Some(before));
    app.handle(&ctrl('u'));
    assert_eq!(app.edit.as_ref().map(|e| e.input.text()), Some(""), "Ctrl-U empties the field");
    type_text(&mut app, "bc");
    app.handle(&ctrl('a'));
    type_text(&mut app, "a");
    app.handle(&key(KeyCode::End));
    type_text(&mut app, "d");
    app.handle(&key(KeyCode::Home));
    app.handle(&ctrl('e'));
    type_text(&mut app, "e");
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session().done_when, "abcde");
}

#[test]
fn help_lists_the_fields_editing_keys() {
    let (app, _) = app_at(3, 30);
    let help = cjm::ui::overlays::help_lines(&app);
    for (keys, desc) in [
        ("Ctrl-U", "delete everything before the cursor (clears a filled field)"),
        ("Home/Ctrl-A", "cursor to the start of the line"),
        ("End/Ctrl-E", "cursor to the end of the line"),
        ("Ctrl-W/Alt-Backspace", "delete the word before the cursor"),
        ("Ctrl-K", "delete everything after the cursor"),
    ] {
        assert!(help.iter().any(|(k, d)| k == keys && d == desc), "{keys} {desc} missing: {help:?}");
    }
}
