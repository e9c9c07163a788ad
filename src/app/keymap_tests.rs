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
    modes.extend([Mode::Converge, Mode::Agenda, Mode::Parking, Mode::PartEnd, Mode::Overview]);
    for mode in modes {
        for (key, action) in bindings(mode) {
            assert!(keys_for(mode, *action).contains(key), "{mode:?} {action:?}");
        }
    }
}
