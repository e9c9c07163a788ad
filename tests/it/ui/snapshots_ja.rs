//! Every screen in Japanese at 80×24 and 120×40, as text, and a walk over
//! every cell checking that no wide character is split: its following
//! cell is the blank continuation cell, never a border or another symbol,
//! and it never starts in the last column.

use crate::ui_common;

use cjm::app::{App, Overlay};
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, GroupId, Lang};
use ratatui::buffer::Buffer;
use ui_common::wide::{checked_screen, render_frame as render_ja, split_wide_chars};
use ui_common::*;

fn ja(step: usize, minutes_in: u64) -> App {
    app_at_in(Lang::Ja, step, minutes_in).0
}

fn snap(name: &str, app: &App) {
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("ja_{name}_{w}x{h}"), checked_screen(name, app, w, h));
    }
}

#[test]
fn goal_screen() {
    snap("goal", &ja(0, 13));
}

#[test]
fn goal_screen_before_confirming() {
    let (header, events) = workshop_events_in(Lang::Ja);
    let events: Vec<_> = events.into_iter().filter(|s| s.event != Event::GoalConfirmed).collect();
    let app = App::new(
        cjm::domain::Journal::new(header, events),
        Box::new(cjm::app::MemorySink::default()),
        T0 + 2 * MINUTE,
    );
    snap("goal_unconfirmed", &app);
}

#[test]
fn personas_screen() {
    snap("personas", &ja(1, 14));
}

#[test]
fn phases_screen() {
    let mut app = ja(2, 20);
    app.sel.scheme = 2;
    snap("phases", &app);
}

#[test]
fn discussion_screen() {
    let mut app = ja(3, 50);
    app.sel.group = Some(GroupId(200));
    app.sel.row = 2;
    snap("discussion", &app);
}

#[test]
fn discussion_with_a_message() {
    let mut app = ja(3, 50);
    app.handle(&ch('u'));
    app.handle(&ctrl('r'));
    app.handle(&ctrl('r'));
    snap("discussion_message", &app);
}

#[test]
fn share_out_screen() {
    let mut app = ja(4, 20);
    app.commit(Event::ShareOutStarted { group: GroupId(200) });
    app.tick(app.now + 3 * MINUTE);
    snap("share_out", &app);
}

#[test]
fn vote_screen_while_open() {
    let mut app = ja(5, 20);
    app.commit(Event::BallotCast {
        voter: cjm::domain::ParticipantId(100),
        audience: "promoters".into(),
        picks: vec![cjm::domain::NoteId(303)],
    });
    snap("vote_open", &app);
}

#[test]
fn vote_screen_before_opening_with_a_merge() {
    let mut app = ja(5, 20);
    with_merge(&mut app);
    snap("vote_before_open", &app);
}

#[test]
fn ranking_with_a_tie() {
    let mut app = ja(6, 20);
    with_votes(&mut app);
    with_tie(&mut app);
    snap("ranking_tie", &app);
}

#[test]
fn load_view_with_an_overloaded_owner() {
    let mut app = ja(6, 20);
    with_load(&mut app);
    snap("load", &app);
}

#[test]
fn decide_screen_after_closing() {
    let mut app = ja(6, 20);
    with_votes(&mut app);
    snap("decide", &app);
}

#[test]
fn wrap_up_screen() {
    let mut app = ja(7, 20);
    app.path = Some("sessions/workshop.ron".into());
    with_votes(&mut app);
    snap("wrap_up", &app);
}

#[test]
fn help_overlays() {
    for (name, step) in [("help_goal", 0), ("help_discussion", 3), ("help_vote", 5)] {
        let mut app = ja(step, 30);
        app.overlay = Some(Overlay::Help);
        snap(name, &app);
    }
}

#[test]
fn goal_overlay_and_presenter_view() {
    let mut app = ja(3, 30);
    app.overlay = Some(Overlay::Goal);
    snap("goal_overlay", &app);
    app.overlay = None;
    app.presenter = true;
    snap("presenter", &app);
}

#[test]
fn link_overlay() {
    let mut app = ja(3, 30);
    app.sel.group = Some(GroupId(200));
    app.sel.row = 2;
    app.handle(&ch('l'));
    assert!(matches!(app.overlay, Some(Overlay::Link { .. })));
    snap("link", &app);
}

#[test]
fn edit_field_and_quit_question() {
    let mut app = ja(3, 30);
    app.handle(&ch('a'));
    type_text(&mut app, "ヘルプページが見つからない😀");
    snap("edit_note", &app);
    for (w, h) in [(80, 24), (120, 40)] {
        let mut terminal = render(&app, w, h);
        let text = screen_text(&terminal);
        let typed = "ヘルプページが見つからない😀";
        // The note is typed in place and may wrap in its cell: the cursor
        // follows the end of the text's last row, which starts with the
        // longest tail of the typed text on that row.
        let cursor = terminal.get_cursor_position().expect("cursor");
        let line = text.lines().nth(usize::from(cursor.y)).expect("cursor row");
        let tail = typed
            .char_indices()
            .map(|(i, _)| &typed[i..])
            .find(|t| line.contains(t))
            .expect("the end of the typed text on the cursor row");
        let col = cjm::text::width(&line[..line.find(tail).expect("tail")]) + cjm::text::width(tail);
        assert!(tail.chars().count() > 1, "{w}x{h}: the cursor row shows the typed text: {line:?}");
        assert_eq!(cursor.x, col as u16, "{w}x{h}: cursor after the text in {line:?}");
        assert!(line.contains('✎') || tail != typed, "{w}x{h}: the field is marked: {line:?}");
    }
    app.handle(&ctrl('q'));
    assert!(matches!(app.overlay, Some(Overlay::Confirm(_))));
    snap("quit_question", &app);
}

#[test]
fn a_long_goal_wraps_with_an_ellipsis() {
    let mut app = ja(3, 30);
    let goal = "CSチームの施策の優先度を決定し、オンボーディング期から定着期への移行を妨げている要因を全員で特定して、来四半期に着手する施策とその担当者を決める";
    app.commit(Event::GoalSet { goal: goal.into(), done_when: "順位付きの施策一覧".into() });
    snap("long_goal", &app);
}

#[test]
fn too_small_in_japanese() {
    let app = ja(3, 30);
    let (terminal, buf) = render_ja(&app, 60, 20);
    assert!(split_wide_chars(&buf).is_empty());
    insta::assert_snapshot!("ja_too_small_60x20", screen_text(&terminal));
}

#[test]
fn the_split_check_catches_a_border_over_a_wide_character() {
    let mut buf = Buffer::empty(ratatui::layout::Rect::new(0, 0, 6, 1));
    buf.set_string(0, 0, "施策", ratatui::style::Style::new());
    assert!(split_wide_chars(&buf).is_empty());
    buf[(1, 0)].set_symbol("│");
    assert_eq!(split_wide_chars(&buf), vec!["(0, 0) \"施\" then \"│\""]);
    let mut edge = Buffer::empty(ratatui::layout::Rect::new(0, 0, 6, 1));
    edge[(5, 0)].set_symbol("施");
    assert_eq!(split_wide_chars(&edge).len(), 1, "a wide character in the last column is cut");
}

#[test]
fn narrow_board_columns_keep_the_count_and_cut_the_row_name() {
    let mut app = ja(3, 50);
    app.commit(Event::SchemeChosen { id: cjm::domain::SchemeId(5), reason: "期間で見る".into() });
    snap("discussion_five_phases", &app);
    let text = screen_text(&render(&app, 80, 24));
    assert!(text.contains("つまづく… (0)"), "{text}");
}

#[test]
fn long_group_lines_end_in_an_ellipsis_not_half_a_character() {
    let mut app = ja(3, 50);
    let group = cjm::domain::group::Group {
        name: "Bチーム（オンボーディング期から定着期への移行を担当する混成チーム）".into(),
        persona: Some(cjm::domain::PersonaId(1)),
        members: (100..103).map(cjm::domain::ParticipantId).collect(),
    };
    app.commit(Event::GroupSaved { id: GroupId(201), group });
    app.sel.group = Some(GroupId(201));
    snap("discussion_long_group", &app);
    let text = screen_text(&render(&app, 80, 24));
    let tabs = text.lines().find(|l| l.starts_with("グループ:")).expect("tabs");
    assert!(tabs.trim_end().ends_with('…'), "{tabs}");
}

/// `cjm discuss`: `[` from the discussion reaches the untimed phases
/// step, its header saying there is no timebox.
#[test]
fn discuss_phases_screen() {
    let (mut app, _) = ui_common::discuss::discuss_app(Lang::Ja, 10);
    app.handle(&ch('['));
    snap("discuss_phases", &app);
}

/// `cjm discuss`: the wrap-up shows only what a discussion produces (no
/// vote or decide lines: its agenda has neither step).
#[test]
fn discuss_wrap_up_screen() {
    let (mut app, _) = ui_common::discuss::discuss_app(Lang::Ja, 10);
    app.path = Some("sessions/team.ron".into());
    for step in [3, 4] {
        assert!(app.commit(cjm::domain::Event::StepEntered { step }));
    }
    snap("discuss_wrap_up", &app);
}
