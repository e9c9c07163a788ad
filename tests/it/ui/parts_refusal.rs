//! A choice the part-end prompt refuses says why inside the prompt: the
//! footer's message row is under the prompt's box at 100×30 and 80×24.
//! (The time-up converge prompt closes on every choice, so its messages
//! reach the footer.)

use crate::ui_common;

use cjm::app::{App, MemorySink, Overlay};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Lang};
use crossterm::event::KeyCode;
use ui_common::wide::checked_screen;
use ui_common::*;

const DISCUSSION: usize = 3;

/// The fixture enters the discussion at 12 minutes: `start` is its 0:00.
fn discussion_in(lang: Lang) -> (App, MemorySink, u64) {
    let (app, sink) = app_at_in(lang, DISCUSSION, 12);
    let start = app.now;
    (app, sink, start)
}

/// b's end prompt, with b ending at 56:00 and leaving c 2:30; `5` pressed.
fn refused_in(lang: Lang) -> App {
    let (mut app, _, start) = discussion_in(lang);
    app.commit(Event::PartAdjusted { step: DISCUSSION, part: 1, delta_ms: 20 * MINUTE as i64 });
    for s in 0..=56 * 60 {
        app.tick(start + s * 1000);
        if app.overlay == Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }) {
            app.handle(&key(KeyCode::Enter));
        }
    }
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 1 }));
    app.handle(&ch('5'));
    app
}

#[test]
fn a_refused_five_minutes_says_why_where_the_facilitator_can_read_it() {
    let app = refused_in(Lang::En);
    assert!(matches!(app.overlay, Some(Overlay::PartEnd { .. })), "refused: the prompt stays");
    assert!(app.message.as_deref().is_some_and(|m| m.starts_with("Not enough time")));
    for (w, h) in [(100, 30), (80, 24)] {
        let screen = screen_text(&render(&app, w, h));
        assert!(screen.contains("Not enough time"), "the refusal is hidden at {w}×{h}:\n{screen}");
    }
}

#[test]
fn a_park_that_cannot_be_saved_says_so_inside_the_prompt() {
    let (mut app, sink, start) = discussion_in(Lang::En);
    // b still misses pain points: `p` has something to park.
    app.tick(start + 36 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 1 }));
    *sink.fail.borrow_mut() = true;
    app.handle(&ch('p'));
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 1 }), "nothing parked: it stays");
    let saved = app.strings.not_saved;
    for (w, h) in [(100, 30), (80, 24)] {
        let screen = screen_text(&render(&app, w, h));
        assert!(screen.contains(&format!("⚠ {saved}")), "at {w}×{h}:\n{screen}");
    }
}

#[test]
fn the_prompt_opens_without_an_earlier_message_and_a_new_key_clears_the_refusal() {
    let (mut app, _, start) = discussion_in(Lang::En);
    app.message = Some("Exported to cjm.md".into());
    app.tick(start + 9 * MINUTE);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }));
    assert!(!screen_text(&render(&app, 100, 30)).contains('⚠'), "an earlier message is not a refusal");
    let mut app = refused_in(Lang::En);
    assert!(screen_text(&render(&app, 100, 30)).contains("⚠ Not enough time"));
    app.handle(&key(KeyCode::Enter));
    assert_eq!(app.overlay, None);
    assert_eq!(app.message, None);
}

fn snap(name: &str, app: &App) {
    for (w, h) in [(80, 24), (100, 30)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), checked_screen(name, app, w, h));
    }
}

#[test]
fn refused_snapshot() {
    snap("part_end_refused", &refused_in(Lang::En));
}

#[test]
fn refused_snapshot_ja() {
    snap("ja_part_end_refused", &refused_in(Lang::Ja));
}
