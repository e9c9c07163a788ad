//! The presenter view shows the room the step, the clock and the work,
//! and hides the facilitator's menus, ballots and private notes.

use crate::ui_common;

use cjm::app::Overlay;
use cjm::domain::{Event, GroupId, Lang, NoteId, ParticipantId};
use crossterm::event::KeyCode;
use ui_common::wide::{render_frame, split_wide_chars};
use ui_common::*;

const DISCUSSION: usize = 3;
const VOTE: usize = 5;

fn presenter(app: &mut cjm::app::App) -> String {
    app.presenter = true;
    screen_text(&render(app, 100, 30))
}

#[test]
fn the_room_sees_goal_part_instruction_and_clock_but_no_menus() {
    let (mut app, _) = app_at(DISCUSSION, 30);
    app.message = Some("could not save: disk full".into());
    let room = presenter(&mut app);
    assert!(room.contains("Goal: 施策の優先度を決定する"), "{room}");
    assert!(room.contains("b. Pain points"), "{room}");
    assert!(room.contains("where does the customer stumble"), "{room}");
    assert!(room.contains("█"), "large digits at 100×30:\n{room}");
    assert!(room.contains("1:12:00 left"), "{room}");
    for private in ["? help", "q quit", "disk full", "Still needed"] {
        assert!(!room.contains(private), "{private:?} is the facilitator's:\n{room}");
    }
}

#[test]
fn while_voting_the_room_sees_who_has_voted_never_what() {
    let (mut app, _) = app_at(VOTE, 80);
    app.commit(Event::VotingOpened);
    app.commit(Event::BallotCast {
        voter: ParticipantId(100),
        audience: "promoters".into(),
        picks: vec![NoteId(303)],
    });
    let room = presenter(&mut app);
    assert!(room.contains("Voting is open · 0/3 voted"), "{room}");
    assert!(room.contains("1/3   · 佐藤") && room.contains("  ·   · 鈴木"), "{room}");
    assert!(!room.contains("初期設定の代行"), "no measure, so no pick, shows while voting:\n{room}");
    assert!(!room.contains("[●]"), "{room}");
}

#[test]
fn after_voting_the_room_sees_each_audiences_ranking_without_private_measures() {
    let (mut app, _) = app_at(VOTE, 80);
    with_votes(&mut app);
    let room = presenter(&mut app);
    assert!(room.contains("Ranking · Promoters"), "{room}");
    assert!(room.contains("  1  2 ██████ 初期設定の代行サービス"), "{room}");
    app.commit(Event::NotePrivacySet { id: NoteId(303), private: true });
    let room = presenter(&mut app);
    assert!(!room.contains("初期設定の代行サービス"), "{room}");
}

#[test]
fn the_room_sees_the_part_clock_large_the_whole_clock_and_the_heads_up() {
    // Part a (9 of 90 minutes) has one minute left, 8 minutes in.
    let (mut app, _) = app_at(DISCUSSION, 12 + 8);
    let room = presenter(&mut app);
    assert!(room.contains("a. Share the persona 01:00 left · whole 1:22:00 left (of 1:30:00)"), "{room}");
    assert!(room.contains("⚑ 01:00 left in a. Share the persona — next: b. Pain points"), "{room}");
    assert!(room.contains("█ █   █  █  █ █ █ █"), "the part's 01:00 in large digits:\n{room}");
    app.tick(app.now + 2 * 60_000);
    let room = presenter(&mut app);
    assert!(!room.contains("⚑"), "no heads-up and no prompt at the start of part b:\n{room}");
    assert!(room.contains("b. Pain points 26:00 left"), "{room}");

    // The part-end prompt is the facilitator's: it waits for the presenter view to close.
    app.handle(&ch('P'));
    app.tick(app.now + 1_000);
    assert!(matches!(app.overlay, Some(cjm::app::Overlay::PartEnd { part: 0, .. })), "{:?}", app.overlay);
}

#[test]
fn the_time_up_prompt_waits_for_the_presenter_view_to_close() {
    let (mut app, _) = app_at(DISCUSSION, 12 + 89);
    app.presenter = true;
    app.tick(app.now + 2 * 60_000);
    let room = screen_text(&render(&app, 100, 30));
    assert!(app.overlay.is_none() && room.contains("over"), "the room sees it is over, no menu:\n{room}");
    app.handle(&ch('P'));
    app.tick(app.now + 1_000);
    assert!(matches!(app.overlay, Some(cjm::app::Overlay::Converge { .. })), "{:?}", app.overlay);
}

#[test]
fn in_the_presenter_view_tab_picks_the_group_and_o_shows_every_group() {
    let (mut app, _) = app_at(DISCUSSION, 30);
    app.sel.group = Some(cjm::domain::GroupId(200));
    let room = presenter(&mut app);
    assert!(room.contains("Aチーム · Persona"), "{room}");
    app.handle(&key(crossterm::event::KeyCode::Tab));
    let room = presenter(&mut app);
    assert!(room.contains("B team · Persona"), "Tab shows the next group's board:\n{room}");
    app.handle(&ch('O'));
    let room = presenter(&mut app);
    assert!(room.contains("1. Aチーム") && room.contains("2. B team"), "O shows the overview:\n{room}");
    assert!(!room.contains("▶"), "without the facilitator's selection:\n{room}");
    app.handle(&ch('O'));
    assert!(presenter(&mut app).contains("B team · Persona"), "O again: back to the board");
}

#[test]
fn on_an_untimed_setup_step_the_room_sees_no_timebox_and_no_large_digits() {
    let (mut app, _) = ui_common::discuss::discuss_app(cjm::domain::Lang::En, 10);
    app.handle(&ch('['));
    let room = presenter(&mut app);
    assert!(room.contains("Phase definition") && room.contains("no timebox · setup"), "{room}");
    assert!(!room.contains("█"), "nothing to count down:\n{room}");
    app.presenter = false;
    app.handle(&ch(']'));
    let room = presenter(&mut app);
    assert!(room.contains("█") && room.contains("1:20:00 left"), "the discussion again:\n{room}");
}

/// The fixture enters the discussion at 12 minutes: `start` is its 0:00.
fn discussion_in(lang: Lang) -> (cjm::app::App, u64) {
    let (app, _) = app_at_in(lang, DISCUSSION, 12);
    let start = app.now;
    (app, start)
}

fn run(app: &mut cjm::app::App, start: u64, from_secs: u64, to_secs: u64) {
    for s in from_secs..=to_secs {
        app.tick(start + s * 1000);
    }
}

/// terminal shows "┃オこの…" with the prompt's left border missing.
#[test]
fn the_part_end_prompt_over_the_japanese_overview_splits_no_wide_character() {
    let (mut app, start) = discussion_in(Lang::Ja);
    with_four_groups(&mut app);
    app.handle(&ch('O'));
    assert!(app.overview_on());
    run(&mut app, start, 0, 9 * 60);
    assert_eq!(app.overlay, Some(Overlay::PartEnd { step: DISCUSSION, part: 0 }));
    for (w, h) in [(100, 30), (80, 24)] {
        let (_, buf) = render_frame(&app, w, h);
        assert_eq!(split_wide_chars(&buf), Vec::<String>::new(), "at {w}×{h}");
    }
}

/// selection, so Tab never brings groups 3 and 4 into the room's sight.
#[test]
fn at_80x24_tab_in_the_presenter_overview_brings_the_other_groups_into_sight() {
    let (mut app, _) = discussion_in(Lang::En);
    with_four_groups(&mut app);
    app.sel.group = Some(GroupId(200));
    app.handle(&ch('P'));
    app.handle(&ch('O'));
    for _ in 0..3 {
        app.handle(&key(KeyCode::Tab));
    }
    assert_eq!(app.group(), Some(GroupId(203)));
    let room = screen_text(&render(&app, 80, 24));
    assert!(room.contains("4. D team"), "the selected fourth group is out of the room's sight:\n{room}");
}

/// points (and "!2" without a To-Be) where its board shows one.
#[test]
fn the_presenter_overview_does_not_count_private_notes() {
    let (mut app, _) = discussion_in(Lang::En);
    with_four_groups(&mut app);
    // D team's two Onboarding pain points: one kept from the room.
    app.commit(Event::NotePrivacySet { id: NoteId(408), private: true });
    app.sel.group = Some(GroupId(203));
    app.presenter = true;
    let board = screen_text(&render(&app, 100, 30));
    assert!(board.contains("Pain points (1)"), "the board counts only what the room sees:\n{board}");
    app.handle(&ch('O'));
    let room = screen_text(&render(&app, 100, 30));
    assert!(!room.contains("!2"), "the overview counts the private pain point:\n{room}");
}

#[test]
fn a_key_that_opens_a_menu_leaves_the_presenter_view_first() {
    for (keys, what) in [("]", "the missing checks"), ("o", "the parking lot"), ("A", "the agenda")] {
        let (mut app, _) = app_at(DISCUSSION, 30);
        app.handle(&ch('P'));
        type_text(&mut app, keys);
        assert!(!app.presenter, "{what} is the facilitator's: the room's view closes");
        assert!(app.overlay.is_some() || app.edit.is_some(), "{what} opens");
    }
    for (keys, what) in
        [("g", "the goal"), ("?", "the help"), ("T", "a theme"), (" ", "a pause"), ("+", "more time")]
    {
        let (mut app, _) = app_at(DISCUSSION, 30);
        app.handle(&ch('P'));
        type_text(&mut app, keys);
        assert!(app.presenter, "{what} keeps the presenter view");
    }
}
