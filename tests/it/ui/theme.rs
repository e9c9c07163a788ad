//! Colour themes: `T` cycles them on every screen, says which one is on,
//! and the loop remembers the choice in config.ron next to the language.

use crate::ui_common;

use std::collections::VecDeque;
use std::sync::atomic::AtomicBool;

use cjm::app::{Overlay, Request};
use cjm::domain::{FakeClock, Lang};
use cjm::store::settings;
use cjm::tui::event_loop::{self, Scripted};
use cjm::ui::theme::ThemeName;
use crossterm::event::KeyCode;
use predicates::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ui_common::*;

use crate::support::home;

#[test]
fn t_cycles_dark_light_high_contrast_says_which_and_asks_the_loop_to_save_it() {
    let (mut app, _) = app_at(3, 30);
    assert_eq!(app.theme, ThemeName::Dark, "a new app is dark");
    let mut seen = Vec::new();
    for _ in 0..3 {
        app.handle(&ch('T'));
        seen.push((app.theme, app.message.clone().unwrap_or_default()));
    }
    assert_eq!(
        seen,
        vec![
            (ThemeName::Light, "Theme: light".to_string()),
            (ThemeName::HighContrast, "Theme: high contrast".to_string()),
            (ThemeName::Dark, "Theme: dark".to_string()),
        ]
    );
    assert_eq!(
        app.requests,
        [ThemeName::Light, ThemeName::HighContrast, ThemeName::Dark].map(Request::SaveTheme).to_vec(),
        "saving is left to the loop"
    );
    assert!(std::ptr::eq(app.theme(), ThemeName::Dark.theme()));
}

#[test]
fn the_message_names_the_theme_in_japanese() {
    let (mut app, _) = app_at_in(Lang::Ja, 3, 30);
    app.handle(&ch('T'));
    assert_eq!(app.message.as_deref(), Some("テーマ: ライト"));
    app.handle(&ch('T'));
    assert_eq!(app.message.as_deref(), Some("テーマ: ハイコントラスト"));
}

#[test]
fn t_works_in_the_presenter_view_help_and_the_full_screen_goal() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('P'));
    assert!(app.presenter);
    app.handle(&ch('T'));
    assert_eq!((app.theme, app.presenter), (ThemeName::Light, true), "presenter view stays on");
    app.handle(&ch('?'));
    app.handle(&ch('T'));
    assert_eq!((app.theme, app.overlay.clone()), (ThemeName::HighContrast, Some(Overlay::Help)));
    app.handle(&key(KeyCode::Esc));
    app.handle(&ch('g'));
    app.handle(&ch('T'));
    assert_eq!((app.theme, app.overlay.clone()), (ThemeName::Dark, Some(Overlay::Goal)));
}

#[test]
fn a_capital_t_typed_into_a_field_is_text() {
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('a'));
    app.handle(&ch('T'));
    assert_eq!(app.theme, ThemeName::Dark);
    assert!(app.requests.is_empty());
    assert_eq!(app.edit.as_ref().map(|e| e.input.text().to_string()), Some("T".into()));
}

#[test]
fn help_lists_t_on_every_screen() {
    for step in [0, 3, 5] {
        let (mut app, _) = app_at(step, 30);
        app.handle(&ch('?'));
        let lines = cjm::ui::overlays::help_lines(&app);
        assert!(
            lines.iter().any(|(k, d)| k == "T" && d.contains("dark, light, high contrast")),
            "step {step}: {lines:?}"
        );
    }
}

fn run_keys(app: &mut cjm::app::App, keys: Vec<crossterm::event::Event>) -> Terminal<TestBackend> {
    let clock = FakeClock::at(app.now);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let stop = AtomicBool::new(false);
    event_loop::run(&mut terminal, app, &mut Scripted(VecDeque::from(keys)), &clock, &stop).expect("runs");
    terminal
}

#[test]
fn the_loop_remembers_the_theme_and_keeps_the_language() {
    let config = tempfile::tempdir().expect("tempdir");
    std::fs::write(settings::path(config.path()), "(lang: En)").expect("write");
    let (mut app, _) = app_at(3, 30);
    app.config_dir = Some(config.path().to_path_buf());
    let terminal = run_keys(&mut app, vec![ch('T'), ch('T')]);
    assert!(app.requests.is_empty(), "the loop performed the requests");
    let saved = settings::load(config.path()).expect("settings");
    assert_eq!(
        saved,
        settings::Settings {
            lang: Some(Lang::En),
            theme: Some("high-contrast".into()),
            ..Default::default()
        }
    );
    // And the language key keeps the theme.
    app.quit = false;
    run_keys(&mut app, vec![ch('L')]);
    let saved = settings::load(config.path()).expect("settings");
    assert_eq!(
        saved,
        settings::Settings {
            lang: Some(Lang::Ja),
            theme: Some("high-contrast".into()),
            ..Default::default()
        }
    );
    assert_eq!(ThemeName::parse(saved.theme.as_deref().unwrap_or_default()), Some(ThemeName::HighContrast));
    // The last frame was drawn white on black.
    let cell = &terminal.backend().buffer()[(0, 23)];
    assert_eq!((cell.fg, cell.bg), (ratatui::style::Color::White, ratatui::style::Color::Black));
}

#[test]
fn a_broken_config_is_reported_not_overwritten() {
    let config = tempfile::tempdir().expect("tempdir");
    std::fs::write(settings::path(config.path()), "(lang: Klingon)").expect("write");
    let (mut app, _) = app_at(3, 30);
    app.config_dir = Some(config.path().to_path_buf());
    app.handle(&ch('T'));
    event_loop::perform(&mut app);
    assert_eq!(app.theme, ThemeName::Light, "the theme still changes on screen");
    assert!(app.message.as_deref().is_some_and(|m| m.starts_with("Not saved")), "{:?}", app.message);
    let kept = std::fs::read_to_string(settings::path(config.path())).expect("read");
    assert_eq!(kept, "(lang: Klingon)");
}

#[test]
fn an_unknown_theme_in_config_warns_and_a_known_one_does_not() {
    let home = home::Home::new();
    home::write(&home.path("config.ron"), b"(theme: \"neon\")");
    home.cjm()
        .arg("list")
        .assert()
        .success()
        .stderr(predicate::str::contains("warning").and(predicate::str::contains("unknown theme \"neon\"")));
    home.ja().arg("list").assert().success().stderr(predicate::str::contains("テーマ \"neon\" はありません"));
    home.cjm()
        .env("NO_COLOR", "1")
        .arg("list")
        .assert()
        .success()
        .stderr(predicate::str::contains("unknown theme \"neon\"; using high-contrast"));
    home::write(&home.path("config.ron"), b"(theme: \"high-contrast\")");
    home.cjm().arg("list").assert().success().stderr(predicate::str::contains("theme").not());
}
