//! The header says true things: "paused" after the whole clock's
//! sentence, no next part that has no time left, the goal being written
//! while its field is open, and a gap two checks share said once.

use crate::ui_common;

use cjm::app::edit::begin;
use cjm::app::state::Target;
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Lang};
use cjm::ui::header::{heads_up, needed, whole_countdown};
use ui_common::*;

const DISCUSSION: usize = 3;

#[test]
fn paused_follows_the_whole_clock_sentence() {
    for (lang, ending) in [(Lang::En, "(of 1:30:00) · paused"), (Lang::Ja, "（計 1:30:00） · 一時停止中")]
    {
        let (mut app, _) = app_at_in(lang, DISCUSSION, 12);
        app.tick(app.now + 8_000);
        app.commit(Event::TimerPaused);
        let (text, _) = whole_countdown(&app);
        assert!(text.ends_with(ending), "{lang:?}: {text}");
        let screen = screen_text(&render(&app, 100, 30));
        assert!(screen.contains(ending), "{lang:?}:\n{screen}");
    }
    let (app, _) = app_at(DISCUSSION, 12);
    let (text, _) = whole_countdown(&app);
    assert!(text.ends_with("(of 1:30:00)"), "running: {text}");
}

/// With `-` taking the step below c's end, d has no time: the heads-up
/// before c's end says the step ends, not "next: d. …".
#[test]
fn the_heads_up_names_no_next_part_that_has_no_time() {
    let (mut app, _) = app_at(DISCUSSION, 12);
    let start = app.now;
    for _ in 0..7 {
        app.handle(&ch('-'));
    }
    assert_eq!(app.session().timebox(DISCUSSION), 55 * MINUTE);
    app.tick(start + 53 * MINUTE + 30_000);
    let banner = heads_up(&app).unwrap_or_default();
    assert_eq!(banner, "⚑ 01:30 left in c. As-Is measures — then the step ends");
    let (mut app, _) = app_at(DISCUSSION, 12);
    app.tick(start + 34 * MINUTE + 30_000);
    let banner = heads_up(&app).unwrap_or_default();
    assert_eq!(banner, "⚑ 01:30 left in b. Pain points — next: c. As-Is measures", "uncut");
}

#[test]
fn the_goal_line_says_the_goal_is_being_written_while_its_field_is_open() {
    for (lang, writing, press_e) in [
        (Lang::En, "(being written: Enter saves it)", "press e"),
        (Lang::Ja, "（入力中：Enter で保存）", "e で入力"),
    ] {
        let (mut app, _) = app_at_in(lang, 0, 1);
        app.commit(Event::GoalSet { goal: String::new(), done_when: String::new() });
        assert!(screen_text(&render(&app, 100, 30)).contains(press_e), "{lang:?}: before");
        begin(&mut app, Target::Goal);
        let screen = screen_text(&render(&app, 100, 30));
        assert!(screen.contains(writing), "{lang:?}:\n{screen}");
        assert!(!screen.contains(press_e), "{lang:?}:\n{screen}");
    }
}

/// Without groups every check of the discussion misses them: the header
/// says so once.
#[test]
fn a_gap_two_checks_share_is_said_once() {
    let (mut app, _) = app_at(DISCUSSION, 20);
    let groups: Vec<_> = app.session().groups.keys().copied().collect();
    for id in groups {
        app.commit(Event::GroupDeleted { id });
    }
    let line = needed(&app, 200).to_string();
    assert_eq!(line.matches("There are no groups").count(), 1, "{line}");
    assert!(line.contains("(1)"), "{line}");
}
