//! Keys with the IME on (no terminal): full-width keys do what their
//! half-width keys do, text in a field stays as typed, and a kana key
//! outside a field says once that the IME seems on.

use crate::ui_common;

use cjm::app::Mode;
use cjm::domain::Lang;
use cjm::ui::strings_ja::JA;
use ui_common::*;

#[test]
fn full_width_keys_open_the_key_list_the_goal_and_park() {
    let (mut app, _) = app_at_in(Lang::Ja, 3, 13);
    app.handle(&ch('？'));
    assert_eq!(app.mode(), Mode::Help, "？ opens the key list");
    app.handle(&ch('？'));
    assert_ne!(app.mode(), Mode::Help, "？ closes it again");
    app.handle(&ch('ｇ'));
    assert_eq!(app.mode(), Mode::GoalView, "ｇ shows the goal");
    app.handle(&ch('ｇ'));
    let parked = app.session().parking.len();
    app.handle(&ch('ｐ'));
    assert_eq!(app.session().parking.len(), parked + 1, "ｐ parks the selected note");
    assert_eq!(app.message.as_deref(), Some(JA.parked));
}

#[test]
fn in_a_field_full_width_text_stays_as_typed() {
    let (mut app, _) = app_at_in(Lang::Ja, 3, 13);
    app.handle(&ch('ａ'));
    assert_eq!(app.mode(), Mode::Edit, "ａ adds a note");
    type_text(&mut app, "？ｍ\u{3000}あ?");
    let edit = app.edit.as_ref().expect("field open");
    assert_eq!(edit.input.text(), "？ｍ\u{3000}あ?");
    assert_eq!(app.message, None, "no IME hint while typing");
}

#[test]
fn a_kana_key_outside_a_field_says_once_that_the_ime_seems_on() {
    let (mut app, _) = app_at_in(Lang::Ja, 3, 13);
    app.handle(&ch('あ'));
    assert_eq!(app.message.as_deref(), Some(JA.ime_on));
    app.handle(&ch('？'));
    app.handle(&ch('？'));
    assert_eq!(app.message, None, "a command clears it");
    app.handle(&ch('か'));
    assert_eq!(app.message, None, "said once per run");
}

#[test]
fn an_unknown_half_width_key_is_no_ime_hint() {
    let (mut app, _) = app_at_in(Lang::Ja, 3, 13);
    app.handle(&ch('z'));
    assert_eq!(app.message, None);
}
