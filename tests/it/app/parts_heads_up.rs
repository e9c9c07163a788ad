//! The heads-up before a part ends: kept to the second half of a short
//! part, and saying "paused" while the clock is, as the part line does.

use crate::ui_common;

use cjm::app::{App, MemorySink};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Journal};
use cjm::ui::header::{heads_up, part_countdown};
use crossterm::event::KeyCode;
use ui_common::*;

const DISCUSSION: usize = 3;

/// The discussion planned for `minutes` (as `cjm discuss --minutes`), at its start.
fn discussion_of(minutes: u32) -> (App, u64) {
    let (mut header, mut events) = workshop_events();
    header.template.steps[DISCUSSION].minutes = minutes;
    events.push(stamp(T0 + 12 * MINUTE, Event::StepEntered { step: DISCUSSION }));
    let app = App::new(Journal::new(header, events), Box::new(MemorySink::default()), T0 + 12 * MINUTE);
    let start = app.now;
    (app, start)
}

#[test]
fn a_short_part_is_not_announced_as_ending_from_its_first_second() {
    // Five minutes: a is 30 s long.
    let (mut app, start) = discussion_of(5);
    app.tick(start + 1000);
    assert_eq!(heads_up(&app), None, "a has 29 s of 30 left");
    assert!(screen_text(&render(&app, 100, 30)).contains("▸ a. "));
    app.tick(start + 15_000);
    let banner = heads_up(&app).unwrap_or_default();
    assert!(banner.starts_with("⚑ 00:15 left in a. "), "{banner}");
}

#[test]
fn the_heads_up_keeps_the_paused_suffix_of_the_part_line() {
    let (mut app, start) = discussion_of(90);
    app.tick(start + 34 * MINUTE + 30_000);
    app.handle(&key(KeyCode::Esc)); // a's end, passed on the way
    app.commit(Event::TimerPaused);
    let line = part_countdown(&app).map(|(text, _)| text).unwrap_or_default();
    assert!(line.ends_with(" · paused"), "{line}");
    let banner = heads_up(&app).unwrap_or_default();
    assert_eq!(banner, "⚑ 01:30 left in b. Pain points — next: c. As-Is measures · paused");
    for (w, h) in [(100, 30), (80, 24)] {
        let screen = screen_text(&render(&app, w, h));
        assert!(screen.contains("As-Is measures · paused"), "at {w}×{h}:\n{screen}");
    }
    app.commit(Event::TimerResumed);
    assert!(!heads_up(&app).unwrap_or_default().contains("paused"));
}
