//! The key map's tests: lookup, the reverse map, and which keys stand where.

use super::*;
use crate::app::state::Screen;

fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

#[test]
fn screen_keys_win_over_global_keys_and_shift_folds_into_chars() {
    let m = Mode::Screen(Screen::Discussion);
    assert_eq!(lookup(m, &press(KeyCode::Char('P'), KeyModifiers::SHIFT)), Some(Action::Presenter));
    assert_eq!(lookup(m, &press(KeyCode::Char('a'), KeyModifiers::NONE)), Some(Action::AddNote));
    assert_eq!(lookup(m, &press(KeyCode::Char('R'), KeyModifiers::CONTROL)), Some(Action::Redo));
    assert_eq!(lookup(Mode::Edit, &press(KeyCode::Char('q'), KeyModifiers::NONE)), None);
    assert_eq!(lookup(m, &press(KeyCode::BackTab, KeyModifiers::SHIFT)), Some(Action::PrevTab));
}

#[test]
fn o_opens_the_overview_and_digits_jump_there_only() {
    let shift_o = press(KeyCode::Char('O'), KeyModifiers::SHIFT);
    for screen in [Screen::Discussion, Screen::ShareOut] {
        assert_eq!(lookup(Mode::Screen(screen), &shift_o), Some(Action::Overview));
    }
    assert_eq!(lookup(Mode::Screen(Screen::Vote), &shift_o), None, "no overview on other steps");
    let o = press(KeyCode::Char('o'), KeyModifiers::NONE);
    assert_eq!(lookup(Mode::Overview, &o), Some(Action::ShowParking), "lowercase o stays the parking lot");
    assert_eq!(lookup(Mode::Overview, &shift_o), Some(Action::Overview));
    let three = press(KeyCode::Char('3'), KeyModifiers::NONE);
    assert_eq!(lookup(Mode::Overview, &three), Some(Action::JumpToGroup(3)));
    assert_eq!(lookup(Mode::Screen(Screen::Discussion), &three), None);
    let p = press(KeyCode::Char('P'), KeyModifiers::SHIFT);
    assert_eq!(lookup(Mode::Overview, &p), Some(Action::Presenter), "global keys work in the overview");
}

#[test]
fn numbered_actions_are_listed_once_as_a_range() {
    let s = &crate::ui::strings::EN;
    assert_eq!(labels_for(Mode::Overview, Action::JumpToGroup(1), s), "1-9");
    assert_eq!(first_label(Mode::Overview, Action::JumpToGroup(4), s).as_deref(), Some("1-9"));
    assert_eq!(labels_for(Mode::Overview, Action::NextTab, s), "Tab/→");
    assert_eq!(first_label(Mode::Overview, Action::OpenBoard, s).as_deref(), Some("Enter"));
    assert_eq!(labels_for(Mode::Screen(Screen::Vote), Action::Extend5, s), "");
}

#[test]
fn every_binding_is_reachable_through_the_reverse_map() {
    use Screen::*;
    let mut modes: Vec<Mode> =
        [Goal, Personas, Phases, Discussion, ShareOut, Vote, WrapUp, Other].map(Mode::Screen).to_vec();
    modes.extend([Mode::Edit, Mode::Help, Mode::GoalView, Mode::Link, Mode::Confirm, Mode::Presenter]);
    modes.extend([Mode::Converge, Mode::Agenda, Mode::Parking, Mode::PartEnd, Mode::Overview, Mode::Ballot]);
    for mode in modes {
        for (key, action) in bindings(mode) {
            assert!(keys_for(mode, *action).contains(key), "{mode:?} {action:?}");
        }
    }
}

/// Every mode, for the tables below.
fn all_modes() -> Vec<Mode> {
    use Screen::*;
    let mut modes: Vec<Mode> =
        [Goal, Personas, Phases, Discussion, ShareOut, Vote, WrapUp, Other].map(Mode::Screen).to_vec();
    modes.extend([Mode::Edit, Mode::Help, Mode::GoalView, Mode::Link, Mode::Confirm, Mode::Presenter]);
    modes.extend([Mode::Converge, Mode::Agenda, Mode::Parking, Mode::PartEnd, Mode::Overview, Mode::Ballot]);
    modes
}

#[test]
fn full_width_ascii_and_the_ideographic_space_fold_to_their_keys() {
    assert_eq!(fold_wide('？'), '?');
    assert_eq!(fold_wide('ｍ'), 'm');
    assert_eq!(fold_wide('Ｐ'), 'P');
    assert_eq!(fold_wide('！'), '!');
    assert_eq!(fold_wide('～'), '~');
    assert_eq!(fold_wide('\u{3000}'), ' ');
    for c in ['あ', 'ア', 'ｱ', '漢', '\u{FF00}', '\u{FF5F}', '｡', 'a', '?'] {
        assert_eq!(fold_wide(c), c, "{c:?} is not full-width ASCII");
    }
}

/// Every printable character key of every table, typed full-width, does
/// what the half-width key does; Ctrl keys too (Ctrl-ｃ quits and saves).
#[test]
fn every_table_answers_its_keys_typed_full_width() {
    let mut checked = 0;
    for mode in all_modes() {
        let globals = if has_globals(mode) { GLOBAL } else { &[] };
        for (key, _) in bindings(mode).iter().chain(globals) {
            let KeyCode::Char(c) = key.code else { continue };
            let wide = if c == ' ' { '\u{3000}' } else { char::from_u32(c as u32 + 0xFEE0).expect("wide") };
            let event = press(KeyCode::Char(wide), key.mods);
            assert_eq!(lookup(mode, &event), lookup_key(mode, *key), "{mode:?} {wide:?}");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} keys checked");
}

#[test]
fn kana_looks_like_the_ime_and_ascii_or_ctrl_does_not() {
    let of = |c, m| key_of(&press(KeyCode::Char(c), m));
    assert!(looks_like_ime(of('あ', KeyModifiers::NONE)));
    assert!(looks_like_ime(of('ｶ', KeyModifiers::NONE)));
    assert!(!looks_like_ime(of('？', KeyModifiers::NONE)), "folded to ?");
    assert!(!looks_like_ime(of('z', KeyModifiers::NONE)));
    assert!(!looks_like_ime(key_of(&press(KeyCode::Enter, KeyModifiers::NONE))));
}
