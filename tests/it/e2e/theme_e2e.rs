//! The theme from config.ron in the real binary: `cjm run` starts in it,
//! `T` changes the screen and the file, `cjm replay` starts in the saved
//! one. Skipped loudly without tmux unless CJM_REQUIRE_TMUX.

use crate::support::tmux;

use std::path::Path;

use tmux::Tmux;

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

/// The background escape tmux reports for the light theme's white (cube
/// colour 231) and high contrast's black (0).
const WHITE_BG: &str = "\u{1b}[48;5;231m";
const BLACK_BG: &str = "\u{1b}[48;5;0m";

fn start(home: &Path, argv: &[&str]) -> Tmux {
    let home_str = home.display().to_string();
    let mut args = vec![bin()];
    args.extend(argv.iter().map(|a| a.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    Tmux::start(home, 100, 30, &[("CJM_HOME", &home_str), ("TERM", "xterm-256color")], &args)
}

fn wait_for_file(path: &Path, text: &str) -> String {
    tmux::poll(&format!("{path:?} to contain {text:?}"), || {
        let now = std::fs::read_to_string(path).unwrap_or_default();
        if now.contains(text) { Ok(now) } else { Err(now) }
    })
}

#[test]
fn the_theme_from_config_is_used_and_t_remembers_the_next_one() {
    if !tmux::available("the_theme_from_config_is_used_and_t_remembers_the_next_one") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let config = home.path().join("config.ron");
    std::fs::write(&config, "(theme: \"light\")").expect("write config");
    let ok = std::process::Command::new(bin())
        .args(["new", "s", "--goal", "施策の優先度を決定する"])
        .env("CJM_HOME", home.path())
        .status()
        .expect("cjm new");
    assert!(ok.success());

    let t = start(home.path(), &["run", "s"]);
    t.wait_for("施策の優先度を決定する");
    let screen = t.styled_screen();
    assert!(screen.contains(WHITE_BG) && !screen.contains(BLACK_BG), "light from config.ron:\n{screen:?}");
    t.keys(&["T"]);
    t.wait_for("Theme: high contrast");
    wait_for_file(&config, "high-contrast");
    let screen = t.styled_screen();
    assert!(screen.contains(BLACK_BG) && !screen.contains(WHITE_BG), "high contrast:\n{screen:?}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");

    let r = start(home.path(), &["replay", "s"]);
    r.wait_for("Goal");
    let screen = r.styled_screen();
    assert!(screen.contains(BLACK_BG), "the replay viewer starts in the saved theme:\n{screen:?}");
    r.keys(&["q"]);
    r.wait_for("[exit 0]");
}
