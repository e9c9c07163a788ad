//! `cjm discuss` keeps the personas and phases editable: `[` from the
//! discussion reaches the untimed phases and personas steps, where the
//! usual keys edit them, and `]` goes back, never asking for a reason and
//! never opening the time-up prompt there.

use crate::ui_common;

use cjm::app::{App, Mode, Screen};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Lang};
use crossterm::event::KeyCode;
use ui_common::discuss::discuss_app;
use ui_common::{T0, ch, key, render, screen_text, type_text};

fn screen(app: &App) -> String {
    screen_text(&render(app, 100, 30))
}

/// No overlay, no field open: nothing asks the facilitator anything.
fn nothing_prompts(app: &App) {
    assert_eq!(app.overlay, None);
    assert!(app.edit.is_none());
}

#[test]
fn bracket_reaches_the_phases_a_renamed_phase_shows_on_the_board_and_bracket_returns() {
    let (mut app, sink) = discuss_app(Lang::En, 10);
    assert_eq!(app.mode(), Mode::Screen(Screen::Discussion));
    app.handle(&ch('['));
    nothing_prompts(&app);
    assert_eq!(app.mode(), Mode::Screen(Screen::Phases));
    let phases = screen(&app);
    assert!(phases.contains("no timebox · setup"), "{phases}");
    assert!(phases.contains("Onboarding"), "the chosen scheme is shown:\n{phases}");
    app.handle(&ch('e'));
    for _ in "Onboarding".chars() {
        app.handle(&key(KeyCode::Backspace));
    }
    type_text(&mut app, "Getting started");
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.session().phases()[0].name, "Getting started");
    app.tick(T0 + 15 * MINUTE);
    app.handle(&ch(']'));
    nothing_prompts(&app);
    assert_eq!(app.mode(), Mode::Screen(Screen::Discussion));
    let board = screen(&app);
    assert!(board.contains("Getting started") && !board.contains("Onboarding"), "{board}");
    let s = app.session();
    assert_eq!(s.clock.elapsed(2, T0 + 15 * MINUTE), 10 * MINUTE, "the discussion waited");
    assert!(s.forced.is_empty());
    assert!(board.contains("1:20:00 left"), "{board}");
    let saved = sink.events.borrow();
    assert!(
        saved.iter().all(|e| !matches!(e.event, Event::MoveForced { .. } | Event::TimeboxAdjusted { .. }))
    );
}

#[test]
fn the_personas_are_editable_and_moving_on_past_their_gaps_asks_nothing() {
    let (mut app, _) = discuss_app(Lang::En, 5);
    app.handle(&ch('['));
    app.handle(&ch('['));
    nothing_prompts(&app);
    assert_eq!(app.mode(), Mode::Screen(Screen::Personas));
    assert!(!app.gaps.is_empty(), "the default personas have no challenges yet");
    let personas = screen(&app);
    assert!(
        personas.contains("no timebox · setup") && personas.contains("Leader with high drive"),
        "{personas}"
    );
    app.handle(&ch('e'));
    assert!(app.edit.is_some(), "the usual key renames the persona");
    app.handle(&key(KeyCode::Esc));
    app.handle(&ch(']'));
    nothing_prompts(&app);
    assert_eq!(app.mode(), Mode::Screen(Screen::Phases));
    app.handle(&ch(']'));
    nothing_prompts(&app);
    assert_eq!(app.mode(), Mode::Screen(Screen::Discussion));
}

#[test]
fn on_a_setup_step_time_never_runs_out_and_plus_says_there_is_no_timebox() {
    let (mut app, sink) = discuss_app(Lang::Ja, 1);
    app.handle(&ch('['));
    let before = sink.events.borrow().len();
    app.tick(T0 + 400 * MINUTE);
    nothing_prompts(&app);
    app.handle(&ch('+'));
    assert_eq!(app.message.as_deref(), Some(app.strings.untimed_no_adjust));
    app.handle(&ch('-'));
    assert_eq!(sink.events.borrow().len(), before, "nothing recorded");
    let text = screen(&app);
    assert!(text.contains("時間枠なし・準備"), "{text}");
    app.handle(&ch(' '));
    let text = screen(&app);
    assert!(text.contains("時間枠なし・準備 · 一時停止中"), "{text}");
    app.handle(&ch(' '));
    app.handle(&ch(']'));
    nothing_prompts(&app);
    app.tick(T0 + 401 * MINUTE);
    assert!(app.overlay.is_none(), "the discussion ran one minute: not over");
}

/// A discussion-only session written before the setup steps existed
/// (its agenda: discussion, share-out, wrap-up; no `untimed` anywhere)
/// still loads, stands on its discussion with the clock running, and `[`
/// has nowhere to go.
#[test]
fn a_session_from_before_the_setup_steps_loads_and_runs() {
    use cjm::domain::discuss::{self, Groups, Words};
    let mut template = cjm::templates::default_for(Lang::En).discussion_only(90).expect("90 minutes");
    template.steps.retain(|s| !s.untimed);
    let header = discuss::header(template, "old goal", None, T0);
    let words = Words { group: "Group ", reason: "default" };
    let events = discuss::start(&cjm::domain::Session::new(header.clone()), Groups::PerPersona, words, T0);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.ron");
    cjm::store::create(&path, &header, &events, false).expect("written");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(!text.contains("untimed"), "the old format:\n{text}");
    let parsed = cjm::store::load(&path).expect("loads");
    let journal = cjm::domain::Journal::new(parsed.header, parsed.events);
    let mut app = App::new(journal, Box::new(cjm::app::MemorySink::default()), T0 + MINUTE);
    assert_eq!(app.mode(), Mode::Screen(Screen::Discussion));
    assert!(screen(&app).contains("Step 1/3 · Group discussion"));
    app.handle(&ch('['));
    assert_eq!(app.session().current_step(), 0);
    let countdown = app.session().countdown(T0 + MINUTE);
    assert_eq!(countdown, Some(cjm::domain::timer::Countdown::Running(89 * MINUTE)));
}
