use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};

use super::*;

fn sample() -> Timeline {
    let (header, events) = crate::sample::events();
    Timeline::new(header, events)
}

fn press(p: &mut Player, code: KeyCode) {
    p.handle(&TermEvent::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn from_parses_steps_titles_and_times() {
    assert_eq!(parse_from("3"), Ok(From::Step(3)));
    assert_eq!(parse_from(" Vote "), Ok(From::Title("Vote".into())));
    assert_eq!(parse_from("01:02:03"), Ok(From::Offset(3_723_000)));
    assert_eq!(parse_from("0:00:00"), Ok(From::Offset(0)));
    assert_eq!(parse_from("12:30"), Ok(From::Offset(750_000)));
    assert!(parse_from("0").is_err());
    assert!(parse_from("1:60:00").is_err());
    assert!(parse_from("a:b:c").is_err());
    assert!(parse_from("").is_err());
}

#[test]
fn from_resolves_to_just_after_the_step_was_entered() {
    let t = sample();
    let at = resolve(&t, &From::Step(2)).expect("step 2 was run");
    assert_eq!(t.events()[at - 1].event, Event::StepEntered { step: 1 });
    assert_eq!(t.state_at(at).current_step(), 1);
    let title = t.header().template.steps[1].title.to_uppercase();
    assert_eq!(resolve(&t, &From::Title(title)), Ok(at));
    assert!(resolve(&t, &From::Step(99)).is_err());
    assert!(resolve(&t, &From::Title("no such step".into())).is_err());
    assert_eq!(resolve(&t, &From::Offset(0)), Ok(t.position_at(t.span().0)));
    assert_eq!(resolve(&t, &From::Offset(u64::MAX)), Ok(t.len()));
}

#[test]
fn keys_move_the_playhead_and_editing_keys_do_nothing() {
    let mut p = Player::new(sample(), 60.0, false);
    let before = p.app.session().clone();
    for c in ['e', 'n', 'x', 'u', 'd', 'P'] {
        press(&mut p, KeyCode::Char(c));
    }
    press(&mut p, KeyCode::Enter);
    assert_eq!(p.playback.position, 0);
    assert_eq!(p.app.session(), &before);
    assert!(p.app.edit.is_none() && !p.app.presenter);

    press(&mut p, KeyCode::Right);
    assert_eq!(p.playback.position, 1);
    press(&mut p, KeyCode::Char(']'));
    let step = p.playback.position;
    assert!(matches!(p.timeline.events()[step - 1].event, Event::StepEntered { .. }));
    press(&mut p, KeyCode::Char(']'));
    assert!(p.playback.position > step);
    press(&mut p, KeyCode::Char('['));
    assert_eq!(p.playback.position, step);
    assert_eq!(p.app.journal().events().len(), step);
    press(&mut p, KeyCode::End);
    assert_eq!(p.playback.position, p.timeline.len());
    assert_eq!(p.app.session(), &p.timeline.state_at(p.timeline.len()));
    press(&mut p, KeyCode::Home);
    assert_eq!(p.playback.position, 0);
}

#[test]
fn space_speed_goal_help_and_quit() {
    let mut p = Player::new(sample(), 60.0, false);
    press(&mut p, KeyCode::Char(' '));
    assert!(!p.playback.playing);
    p.tick(60_000);
    assert_eq!(p.playback.position, 0, "paused: time does not move it");
    press(&mut p, KeyCode::Char(' '));
    press(&mut p, KeyCode::Char('+'));
    assert_eq!(p.playback.speed, 120.0);
    press(&mut p, KeyCode::Char('-'));
    press(&mut p, KeyCode::Char('-'));
    assert_eq!(p.playback.speed, 30.0);
    press(&mut p, KeyCode::Char('g'));
    p.seek(10);
    assert_eq!(p.app.overlay, Some(Overlay::Goal), "the goal stays up across seeks");
    press(&mut p, KeyCode::Char('?'));
    assert!(p.help);
    press(&mut p, KeyCode::Esc);
    assert!(!p.help && p.app.overlay.is_none());
    press(&mut p, KeyCode::Char('q'));
    assert!(p.quit);
}

#[test]
fn playing_with_fake_time_advances_and_the_view_follows() {
    let mut p = Player::new(sample(), 600.0, false);
    for _ in 0..100 {
        p.tick(1000);
    }
    assert!(p.playback.position > 0);
    assert_eq!(p.app.journal().events().len(), p.playback.position);
}

#[test]
fn the_reverse_map_names_every_action_and_the_view_cannot_write() {
    for a in [R::TogglePlay, R::NextEvent, R::PrevEvent, R::NextStep, R::PrevStep, R::Faster, R::Slower] {
        assert!(!keys_for(a).is_empty(), "{a:?}");
    }
    assert_eq!(keys_for(R::Faster).len(), 2);
    let mut p = Player::new(sample(), 60.0, false);
    assert!(!p.app.commit(Event::Refocused));
}

#[test]
fn idle_stretches_cut_short_are_recorded_for_the_bar() {
    let mut p = Player::new(sample(), 60.0, false);
    for _ in 0..2000 {
        p.tick(100);
    }
    assert_eq!(p.skipped.len(), p.playback.skips);
    assert!(!p.skipped.is_empty(), "the sample has quiet stretches");
    let (start, end) = p.timeline.span();
    assert!(p.skipped.iter().all(|(a, b)| start <= *a && a < b && *b <= end));
}

#[test]
fn the_theme_stays_while_the_playhead_moves() {
    use crate::ui::theme::ThemeName;
    let mut p = Player::new(sample(), 60.0, false);
    p.app.set_theme(ThemeName::HighContrast);
    p.seek(5);
    press(&mut p, KeyCode::Right);
    p.tick(60_000);
    assert_eq!(p.app.theme, ThemeName::HighContrast);
}

/// With the IME on the replay keys still answer: `？` is `?`, `ｑ` is `q`,
/// the ideographic space plays.
#[test]
fn replay_keys_typed_full_width_do_what_half_width_ones_do() {
    for (key, action) in KEYS {
        let KeyCode::Char(c) = key.code else { continue };
        let wide = if c == ' ' { '\u{3000}' } else { char::from_u32(c as u32 + 0xFEE0).expect("wide") };
        assert_eq!(lookup(&KeyEvent::new(KeyCode::Char(wide), key.mods)), Some(*action), "{wide:?}");
    }
}
