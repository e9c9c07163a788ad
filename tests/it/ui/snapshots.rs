//! Every screen at 80×24 and 120×40, with Japanese notes, as text.

use crate::ui_common;

use cjm::app::Overlay;
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, GroupId};
use ui_common::*;

fn snap(name: &str, app: &cjm::app::App) {
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), ui_common::wide::checked_screen(name, app, w, h));
    }
}

#[test]
fn goal_screen() {
    let (app, _) = app_at(0, 13);
    snap("goal", &app);
}

#[test]
fn personas_screen() {
    let (app, _) = app_at(1, 14);
    snap("personas", &app);
}

#[test]
fn phases_screen() {
    let (mut app, _) = app_at(2, 20);
    app.sel.scheme = 2;
    snap("phases", &app);
}

#[test]
fn discussion_screen() {
    let (mut app, _) = app_at(3, 50);
    app.sel.group = Some(GroupId(200));
    app.sel.row = 2;
    snap("discussion", &app);
}

#[test]
fn share_out_screen() {
    let (mut app, _) = app_at(4, 20);
    app.commit(Event::ShareOutStarted { group: GroupId(200) });
    app.tick(app.now + 3 * MINUTE);
    snap("share_out", &app);
}

#[test]
fn vote_screen_while_open() {
    let (mut app, _) = app_at(5, 20);
    app.commit(Event::BallotCast {
        voter: cjm::domain::ParticipantId(100),
        audience: "promoters".into(),
        picks: vec![cjm::domain::NoteId(303)],
    });
    snap("vote_open", &app);
}

#[test]
fn vote_screen_before_opening_with_a_merge() {
    let (mut app, _) = app_at(5, 20);
    with_merge(&mut app);
    snap("vote_before_open", &app);
}

#[test]
fn ranking_with_a_tie() {
    let (mut app, _) = app_at(6, 20);
    with_votes(&mut app);
    with_tie(&mut app);
    snap("ranking_tie", &app);
}

#[test]
fn load_view_with_an_overloaded_owner() {
    let (mut app, _) = app_at(6, 20);
    with_load(&mut app);
    snap("load", &app);
}

#[test]
fn decide_screen_after_closing() {
    let (mut app, _) = app_at(6, 20);
    with_votes(&mut app);
    snap("decide", &app);
}

#[test]
fn wrap_up_screen() {
    let (mut app, _) = app_at(7, 20);
    app.path = Some("sessions/workshop.ron".into());
    with_votes(&mut app);
    snap("wrap_up", &app);
}

#[test]
fn help_overlay() {
    let (mut app, _) = app_at(3, 30);
    app.overlay = Some(Overlay::Help);
    snap("help_discussion", &app);
}

#[test]
fn presenter_view() {
    let (mut app, _) = app_at(3, 30);
    app.presenter = true;
    snap("presenter", &app);
}

#[test]
fn edit_field_with_japanese() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('a'));
    type_text(&mut app, "ヘルプページが見つからない😀");
    snap("edit_note", &app);
}

#[test]
fn editing_a_note_in_place_wraps_in_its_cell() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('e'));
    type_text(&mut app, "、特にSSOの設定");
    snap("edit_note_in_place", &app);
    // The real cursor stands after "の設定" on the field's second row.
    let mut terminal = render(&app, 120, 40);
    let text = screen_text(&terminal);
    let (row, line) = text.lines().enumerate().find(|(_, l)| l.starts_with("│  の設定")).expect("second row");
    let col = cjm::text::width(&line[..line.find("の設定").expect("end")]) + cjm::text::width("の設定");
    let cursor = terminal.get_cursor_position().expect("cursor");
    assert_eq!((cursor.x, cursor.y), (col as u16, row as u16), "{text}");
}

#[test]
fn overrun_shows_the_word_over() {
    let (app, _) = app_at(0, 200);
    let text = screen_text(&render(&app, 80, 24));
    assert!(text.contains("over"), "{text}");
}

#[test]
fn too_small_asks_for_80x24_and_recovers() {
    let (app, _) = app_at(3, 30);
    let small = screen_text(&render(&app, 60, 20));
    insta::assert_snapshot!("too_small_60x20", small);
    assert!(small.contains("80×24"));
    for (w, h) in [(0, 0), (1, 1), (79, 24), (80, 23), (200, 5)] {
        let _ = render(&app, w, h);
    }
    let big = screen_text(&render(&app, 80, 24));
    assert!(!big.contains("too small"));
}

/// The countdown cell's colour and words at a point in the goal step (5 min).
fn countdown_at(seconds: u64) -> (String, ratatui::style::Color) {
    let (mut app, _) = app_at(0, 0);
    app.tick(T0 + seconds * 1000);
    app.overlay = None; // the converge prompt, once over
    let terminal = render(&app, 80, 24);
    let text = screen_text(&terminal);
    let line = text.lines().nth(1).unwrap_or("").to_string();
    let buf = terminal.backend().buffer();
    (line, buf[(79, 1)].fg)
}

#[test]
fn countdown_turns_amber_at_80_percent_and_red_with_the_word_over() {
    // The dark theme's fixed shades: green #87d787, amber #ffd75f, red #ff5f5f.
    let t = cjm::ui::theme::Theme::DARK;
    let (line, fg) = countdown_at(60);
    assert!(line.ends_with("04:00 left"), "{line}");
    assert_eq!(Some(fg), t.running.fg);
    let (line, fg) = countdown_at(4 * 60);
    assert!(line.ends_with("01:00 left"), "{line}");
    assert_eq!(Some(fg), t.warning.fg);
    let (line, fg) = countdown_at(7 * 60 + 5);
    assert!(line.ends_with("+02:05 over"), "{line}");
    assert_eq!(Some(fg), t.over.fg);
    assert_ne!(t.running.fg, t.warning.fg);
    assert_ne!(t.warning.fg, t.over.fg);
}

#[test]
fn a_long_goal_wraps_and_is_never_cut_to_nothing() {
    let (mut app, _) = app_at(3, 30);
    let goal = "CSチームの施策の優先度を決定し、オンボーディング期から定着期への移行を妨げている要因を全員で特定して、来四半期に着手する施策とその担当者を決める";
    app.commit(Event::GoalSet { goal: goal.into(), done_when: "順位付きの施策一覧".into() });
    snap("long_goal", &app);
    let text = screen_text(&render(&app, 80, 24));
    assert!(text.lines().next().is_some_and(|l| l.contains("CSチームの施策")));
    app.overlay = Some(Overlay::Goal);
    let full = screen_text(&render(&app, 80, 24)).replace(['\n', ' ', '│'], "");
    assert!(full.contains(goal), "the full-screen goal shows all of it:\n{full}");
}

#[test]
fn missing_overlay() {
    let (mut app, _) = app_at(3, 50);
    app.handle(&ch(']'));
    type_text(&mut app, "the rest after the break");
    snap("missing", &app);
}

/// `cjm discuss`: `[` from the discussion reaches the untimed phases
/// step, its header saying there is no timebox.
#[test]
fn discuss_phases_screen() {
    let (mut app, _) = ui_common::discuss::discuss_app(cjm::domain::Lang::En, 10);
    app.handle(&ch('['));
    snap("discuss_phases", &app);
}

/// `cjm discuss`: the wrap-up shows only what a discussion produces (no
/// vote or decide lines: its agenda has neither step).
#[test]
fn discuss_wrap_up_screen() {
    let (mut app, _) = ui_common::discuss::discuss_app(cjm::domain::Lang::En, 10);
    app.path = Some("sessions/team.ron".into());
    for step in [3, 4] {
        assert!(app.commit(cjm::domain::Event::StepEntered { step }));
    }
    snap("discuss_wrap_up", &app);
}
