//! Japanese line breaking on screen: a goal and done-when chosen to hit
//! each rule (ー, small kana, 〜, 々, ・, a number with its unit, closing
//! and opening marks) on the board's header and the presenter view, at
//! 80×24 and 100×30. No wrapped line starts with a mark that may not
//! start one.

use crate::ui_common;

use cjm::app::App;
use cjm::domain::{Event, GroupId, Lang};
use ui_common::wide::checked_screen;
use ui_common::*;

/// 35 kanji and kana, then ボー at columns 71–74 of the goal (ー where an
/// 80-column header breaks), and 日々 at 91–94 (々 where a 100-column one
/// breaks).
const GOAL: &str = "解約率を下げるために顧客成功の担当者が取り組む施策を全員で議論して優先ボーディングの運用と日々の定着チェックっぽい作業を最低15分減らす";
const DONE_WHEN: &str = "ショッピングカートのオンボーディングに「施策」が3件、担当者と期日（15分）。日々の運用チェックっぽい作業ゼロ";

fn app() -> App {
    let (mut app, _) = app_at_in(Lang::Ja, 3, 13);
    app.commit(Event::GoalSet { goal: GOAL.into(), done_when: DONE_WHEN.into() });
    app.sel.group = Some(GroupId(200));
    app
}

/// Lines of `screen` holding a piece of the goal or done-when but not its
/// start: none may begin with a line-start-prohibited mark.
fn assert_no_bad_line_start(name: &str, screen: &str) {
    for line in screen.lines() {
        let body = line.trim_matches(|c: char| c == ' ' || c == '│');
        let Some(first) = body.chars().next() else { continue };
        let continues = [GOAL, DONE_WHEN].iter().any(|t| t.contains(body) && !t.starts_with(body));
        if continues && body.chars().count() > 1 {
            assert!(
                !"ーっゃゅょァィゥェォッャュョ〜々・、。」）".contains(first),
                "{name}: {line:?}\n{screen}"
            );
        }
    }
}

#[test]
fn the_board_header_wraps_the_goal_by_the_rules() {
    let app = app();
    for (w, h) in [(80, 24), (100, 30)] {
        let screen = checked_screen("board", &app, w, h);
        assert_no_bad_line_start("board", &screen);
        let second = if w == 80 { "        ボーディング" } else { "        日々の定着" };
        assert!(screen.lines().nth(1).is_some_and(|l| l.starts_with(second)), "{w}: {second}\n{screen}");
        insta::assert_snapshot!(format!("wrap_board_{w}x{h}"), screen);
    }
}

#[test]
fn the_presenter_view_wraps_the_goal_by_the_rules() {
    let mut app = app();
    app.presenter = true;
    for (w, h) in [(80, 24), (100, 30)] {
        let screen = checked_screen("presenter", &app, w, h);
        assert_no_bad_line_start("presenter", &screen);
        let second = if w == 80 { "ボーディング" } else { "日々の定着" };
        assert!(screen.lines().nth(1).is_some_and(|l| l.starts_with(second)), "{w}: {second}\n{screen}");
        insta::assert_snapshot!(format!("wrap_presenter_{w}x{h}"), screen);
    }
}
