//! The whole app in its event loop on a TestBackend, with scripted keys,
//! a fake clock and the signal flag.

use crate::ui_common;

use std::collections::VecDeque;
use std::sync::atomic::AtomicBool;

use cjm::domain::{Event, FakeClock};
use cjm::tui::event_loop::{self, Scripted};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ui_common::*;

#[test]
fn keys_run_through_the_loop_and_quit_saves_the_view() {
    let (mut app, sink) = app_at(3, 30);
    let clock = FakeClock::at(app.now);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut input = Scripted(VecDeque::from([
        ch('a'),
        ch('メ'),
        ch('モ'),
        key(crossterm::event::KeyCode::Enter),
        ch('q'),
    ]));
    let stop = AtomicBool::new(false);
    event_loop::run(&mut terminal, &mut app, &mut input, &clock, &stop).expect("runs");
    assert!(app.quit);
    let events = sink.events.borrow();
    assert!(events.iter().any(|s| matches!(&s.event, Event::NoteAdded { note, .. } if note.text == "メモ")));
    assert!(matches!(events.last().map(|s| &s.event), Some(Event::Viewed(_))));
    let text = screen_text(&terminal);
    assert!(text.contains("メモ"), "{text}");
}

#[test]
fn the_signal_flag_ends_the_loop_with_the_view_saved() {
    let (mut app, sink) = app_at(3, 30);
    app.sel.column = 2;
    let clock = FakeClock::at(app.now);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let stop = AtomicBool::new(true);
    event_loop::run(&mut terminal, &mut app, &mut Scripted::default(), &clock, &stop).expect("runs");
    assert!(app.quit);
    let last = sink.events.borrow().last().map(|s| s.event.clone());
    assert!(matches!(last, Some(Event::Viewed(v)) if v.column == 2));
}

#[test]
fn resizing_below_80x24_shows_the_message_and_recovers() {
    let (mut app, _) = app_at(3, 30);
    let clock = FakeClock::at(app.now);
    let mut terminal = Terminal::new(TestBackend::new(60, 20)).expect("terminal");
    let stop = AtomicBool::new(false);
    let mut input = Scripted(VecDeque::from([ch('q')]));
    event_loop::run(&mut terminal, &mut app, &mut input, &clock, &stop).expect("runs");
    assert!(screen_text(&terminal).contains("80×24"));
    terminal.backend_mut().resize(100, 30);
    app.quit = false;
    app.dirty = true;
    let mut input = Scripted(VecDeque::from([crossterm::event::Event::Resize(100, 30), ch('q')]));
    event_loop::run(&mut terminal, &mut app, &mut input, &clock, &stop).expect("runs");
    assert!(!screen_text(&terminal).contains("80×24"));
}

#[test]
fn l_switches_the_language_live_and_the_loop_remembers_it() {
    use cjm::domain::Lang;
    use cjm::store::settings;
    let config = tempfile::tempdir().expect("tempdir");
    let (mut app, _) = app_at(3, 30);
    app.config_dir = Some(config.path().to_path_buf());
    let clock = FakeClock::at(app.now);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let stop = AtomicBool::new(false);
    let mut input = Scripted(VecDeque::from([ch('L'), ch('?')]));
    event_loop::run(&mut terminal, &mut app, &mut input, &clock, &stop).expect("runs");
    assert_eq!(app.strings.lang, Lang::Ja);
    assert!(app.requests.is_empty(), "the loop performed the request");
    assert_eq!(settings::load(config.path()).expect("settings").lang, Some(Lang::Ja));
    let text = screen_text(&terminal);
    assert!(
        text.contains("キー一覧") && text.contains("この画面") && text.contains("次のグループ・案・投票者"),
        "help shows in Japanese:\n{text}"
    );

    // A broken settings file is reported, not overwritten.
    std::fs::write(settings::path(config.path()), "(lang: Klingon)").expect("write");
    app.overlay = None;
    app.handle(&ch('L'));
    event_loop::perform(&mut app);
    assert_eq!(app.strings.lang, Lang::En);
    assert!(app.message.as_deref().is_some_and(|m| m.starts_with("Not saved")), "{:?}", app.message);
    let kept = std::fs::read_to_string(settings::path(config.path())).expect("read");
    assert_eq!(kept, "(lang: Klingon)");
}
