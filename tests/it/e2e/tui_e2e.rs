//! The real binary in tmux: keys to file, quit, SIGTERM, SIGHUP, SIGINT and a
//! too-small pane. Skipped loudly without tmux unless CJM_REQUIRE_TMUX.

use crate::support::tmux;

use std::path::{Path, PathBuf};

use cjm::domain::Event;
use tmux::Tmux;

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

/// A session `s` in a fresh CJM_HOME, started in tmux with `cjm run s`.
fn start(width: u16, height: u16) -> (tempfile::TempDir, PathBuf, Tmux) {
    start_in(tempfile::tempdir().expect("tempdir"), width, height, &[])
}

/// Creates session `s` in `home` with `cjm new … EXTRA` and runs it in tmux.
fn start_in(
    home: tempfile::TempDir,
    width: u16,
    height: u16,
    extra: &[&str],
) -> (tempfile::TempDir, PathBuf, Tmux) {
    let ok = std::process::Command::new(bin())
        .args(["new", "s", "--goal", "施策の優先度を決定する"])
        .args(extra)
        .env("CJM_HOME", home.path())
        .status()
        .expect("cjm new");
    assert!(ok.success());
    let path = home.path().join("sessions").join("s.ron");
    let home_str = home.path().display().to_string();
    let tmux = Tmux::start(
        home.path(),
        width,
        height,
        &[("CJM_HOME", &home_str), ("TERM", "xterm-256color")],
        &[&bin(), "run", "s"],
    );
    (home, path, tmux)
}

fn events(path: &Path) -> Vec<Event> {
    cjm::store::load(path).expect("load").events.into_iter().map(|s| s.event).collect()
}

/// From the goal step: confirm it, move to the discussion (answering any
/// Missing prompt) and open the new-group field.
fn confirm_goal_and_open_new_group(t: &Tmux) {
    t.wait_for("Step 1/8");
    t.keys(&["Enter"]);
    t.wait_for("the clock is running");
    t.next_step("Step 2/8");
    t.next_step("Step 3/8");
    t.next_step("Step 4/8");
    t.keys(&["n"]);
    t.wait_for("Editing");
}

fn pid(path: &Path) -> String {
    let lock = cjm::store::lock::lock_path(path);
    std::fs::read_to_string(lock).expect("lock file").trim().to_string()
}

#[test]
fn keys_reach_the_file_and_quit_restores_the_terminal() {
    if !tmux::available("keys_reach_the_file_and_quit_restores_the_terminal") {
        return;
    }
    let (_home, path, t) = start(100, 30);
    confirm_goal_and_open_new_group(&t);
    t.type_text("Aチーム");
    t.keys(&["Enter", "a"]);
    t.wait_for("Editing");
    t.type_text("初期設定が難しい");
    t.keys(&["Enter"]);
    t.wait_for("▸ 初期設定が難しい");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let ev = events(&path);
    assert!(ev.iter().any(|e| matches!(e, Event::NoteAdded { note, .. } if note.text == "初期設定が難しい")));
    assert!(matches!(ev.last(), Some(Event::Viewed(_))));
}

fn signal_test(signal: &str) {
    let (_home, path, t) = start(100, 30);
    t.wait_for("Step 1/8");
    t.keys(&["e"]);
    t.wait_for("Editing");
    t.keys(&["Escape"]);
    t.wait_until("the field closed", |s| !s.contains("Editing"));
    t.keys(&["Enter"]);
    t.wait_until("goal confirmed on disk", |_| events(&path).contains(&Event::GoalConfirmed));
    let status = std::process::Command::new("kill").args([signal, &pid(&path)]).status().expect("kill");
    assert!(status.success());
    let screen = t.wait_for("[exit 0]");
    assert!(!screen.contains("Step 1/8"), "the alternate screen is gone:\n{screen}");
    let ev = events(&path);
    assert!(ev.contains(&Event::GoalConfirmed));
    assert!(matches!(ev.last(), Some(Event::Viewed(_))));
}

#[test]
fn sigterm_saves_the_place_and_restores_the_terminal() {
    if tmux::available("sigterm_saves_the_place_and_restores_the_terminal") {
        signal_test("-TERM");
    }
}

#[test]
fn sighup_saves_the_place_and_restores_the_terminal() {
    if tmux::available("sighup_saves_the_place_and_restores_the_terminal") {
        signal_test("-HUP");
    }
}

#[test]
fn sigint_saves_the_place_and_restores_the_terminal() {
    if tmux::available("sigint_saves_the_place_and_restores_the_terminal") {
        signal_test("-INT");
    }
}

#[test]
fn a_small_pane_asks_for_80x24_and_recovers() {
    if !tmux::available("a_small_pane_asks_for_80x24_and_recovers") {
        return;
    }
    let (_home, _path, t) = start(60, 20);
    t.wait_for("80×24");
    t.resize(100, 30);
    t.wait_for("Step 1/8");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
}

#[test]
fn killing_the_pane_ends_cjm_with_the_place_saved() {
    if !tmux::available("killing_the_pane_ends_cjm_with_the_place_saved") {
        return;
    }
    let (_home, path, t) = start(100, 30);
    t.wait_for("Step 1/8");
    t.keys(&["]"]);
    t.wait_until("the step change on disk", |_| events(&path).contains(&Event::StepEntered { step: 1 }));
    let pid = pid(&path);
    drop(t); // kills the tmux server: the pane's terminal goes away
    let start = std::time::Instant::now();
    while std::process::Command::new("kill")
        .args(["-0", &pid])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
    {
        assert!(start.elapsed() < tmux::DEADLINE, "cjm still running after its pane was killed");
        std::thread::park_timeout(std::time::Duration::from_millis(50));
    }
    assert!(matches!(events(&path).last(), Some(Event::Viewed(_))), "{:?}", events(&path).last());
}

#[test]
fn the_real_cursor_follows_japanese_and_emoji_for_the_ime() {
    if !tmux::available("the_real_cursor_follows_japanese_and_emoji_for_the_ime") {
        return;
    }
    let (_home, _path, t) = start(100, 30);
    confirm_goal_and_open_new_group(&t);
    let typed = "Aチーム😀ｶﾞ";
    t.type_text(typed);
    let screen = t.wait_for(typed);
    let (row, line) = screen.lines().enumerate().find(|(_, l)| l.contains(typed)).expect("typed line");
    let before = &line[..line.find(typed).expect("typed")];
    let col = cjm::app::text_input::display_width(before) + cjm::app::text_input::display_width(typed);
    assert_eq!(t.cursor(), (col as u16, row as u16), "screen:\n{screen}");
    t.keys(&["Escape"]);
    t.wait_until("the field closed", |s| !s.contains("Editing"));
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
}

#[test]
fn a_japanese_session_types_japanese_and_exports_it() {
    if !tmux::available("a_japanese_session_types_japanese_and_exports_it") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let cjm = |args: &[&str]| {
        let out = std::process::Command::new(bin())
            .args(args)
            .env("CJM_HOME", home.path())
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .output()
            .expect("cjm");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    cjm(&["new", "s", "--goal", "施策の優先度を決定する", "--lang", "ja"]);
    let home_str = home.path().display().to_string();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "C.UTF-8")];
    // 120 columns: five phases (no scheme chosen yet) leave a note 22 columns.
    let t = Tmux::start(home.path(), 120, 30, &env, &[&bin(), "run", "s", "--lang", "ja"]);
    t.wait_for("ステップ 1/8");
    t.wait_for("? ヘルプ");
    t.keys(&["Enter"]);
    t.wait_for("ゴール:");
    t.next_step("ステップ 2/8");
    t.next_step("ステップ 3/8");
    t.next_step("ステップ 4/8");
    t.keys(&["n"]);
    t.wait_for("編集中: 新しいグループ");
    t.type_text("Aチーム");
    t.keys(&["Enter", "a"]);
    // The note is typed in place, in its cell, with the real cursor
    // right after it (where an IME draws its composition).
    t.wait_for("✎ つまづくポイント (0)");
    let note = "初期設定が難しい";
    t.type_text(note);
    let screen = t.wait_for(&format!("✎ {note}"));
    let (row, line) = screen.lines().enumerate().find(|(_, l)| l.contains(note)).expect("typed line");
    let col = cjm::app::text_input::display_width(&line[..line.find(note).expect("note")])
        + cjm::app::text_input::display_width(note);
    assert_eq!(t.cursor(), (col as u16, row as u16), "screen:\n{screen}");
    t.keys(&["Enter"]);
    let screen = t.wait_for(&format!("▸ {note}"));
    assert!(screen.contains("つまづくポイント (1)"), "{screen}");
    // L switches to English live and remembers it; L again comes back.
    let config = home.path().join("config.ron");
    let saved = |lang: &str| std::fs::read_to_string(&config).is_ok_and(|c| c.contains(lang));
    t.keys(&["L"]);
    t.wait_for("? help");
    t.wait_until("English in config.ron", |_| saved("En"));
    t.keys(&["L"]);
    t.wait_for("? ヘルプ");
    t.wait_until("Japanese in config.ron", |_| saved("Ja"));
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let md = cjm(&["export", "s"]);
    assert!(md.contains(note), "{md}");
    assert!(md.contains("つまづくポイント"), "{md}");
    drop(t);

    // Without --lang the session's own language wins over config.ron.
    std::fs::write(&config, "(lang: En)").expect("write config");
    let t = Tmux::start(home.path(), 120, 30, &env, &[&bin(), "run", "s"]);
    t.wait_for(&format!("▸ {note}"));
    t.wait_for("? ヘルプ");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
}

#[test]
fn a_new_workshop_with_lang_ja_asks_for_the_goal_in_japanese() {
    if !tmux::available("a_new_workshop_with_lang_ja_asks_for_the_goal_in_japanese") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let home_str = home.path().display().to_string();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "C.UTF-8")];
    let t = Tmux::start(home.path(), 100, 30, &env, &[&bin(), "--lang", "ja"]);
    t.wait_for("編集中: ゴール");
    t.type_text("施策の優先度を決定する");
    t.keys(&["Enter"]);
    let screen = t.wait_for("ゴール: 施策の優先度を決定する");
    assert!(screen.contains("ステップ 1/8 · ゴール"), "the Japanese agenda:\n{screen}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
}

/// A user template whose first step is one minute; `-` takes the rest.
fn start_tiny(width: u16, height: u16) -> (tempfile::TempDir, PathBuf, Tmux) {
    let home = tempfile::tempdir().expect("tempdir");
    let builtin = include_str!("../../../sessions/templates/cjm.ron");
    let tiny = builtin.replacen(
        "minutes: 5,\n            min_minutes: 2,",
        "minutes: 1,\n            min_minutes: 1,",
        1,
    );
    assert_ne!(tiny, builtin, "the first step's timebox was found");
    std::fs::create_dir_all(home.path().join("templates")).expect("templates dir");
    std::fs::write(home.path().join("templates").join("tiny.ron"), tiny).expect("template");
    start_in(home, width, height, &["--template", "tiny"])
}

#[test]
fn a_step_that_runs_out_asks_to_converge_and_the_answer_is_recorded() {
    if !tmux::available("a_step_that_runs_out_asks_to_converge_and_the_answer_is_recorded") {
        return;
    }
    let (_home, path, t) = start_tiny(100, 30);
    t.wait_for("Step 1/8");
    t.keys(&["Enter"]);
    t.wait_for("the clock is running");
    t.keys(&["-"]);
    t.wait_for("Time is up");
    t.keys(&["5"]);
    t.wait_until("the prompt closed", |s| !s.contains("Time is up"));
    t.wait_until("the extension on disk", |_| {
        events(&path).contains(&Event::TimeboxAdjusted { step: 0, delta_ms: 5 * 60_000 })
    });
    t.keys(&["-", "-"]);
    t.wait_for("Time is up");
    t.keys(&["m"]);
    t.wait_for("Step 2/8");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let ev = events(&path);
    assert!(ev.contains(&Event::StepEntered { step: 1 }), "{ev:?}");
}

#[test]
fn o_shows_the_overview_and_a_digit_opens_the_group_board() {
    if !tmux::available("o_shows_the_overview_and_a_digit_opens_the_group_board") {
        return;
    }
    let (_home, _path, t) = start(100, 30);
    confirm_goal_and_open_new_group(&t);
    t.type_text("Aチーム");
    t.keys(&["Enter"]);
    t.wait_for("Pain points (0)");
    t.keys(&["O"]);
    let screen = t.wait_for("▶ 1. Aチーム");
    assert!(screen.contains("✗ 10 gaps") && screen.contains("Pain As-Is To-Be"), "{screen}");
    t.keys(&["1"]);
    t.wait_until("back on the board", |s| s.contains("Pain points (0)") && !s.contains("▶ 1. Aチーム"));
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
}
