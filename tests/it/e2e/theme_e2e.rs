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
    start_with(home, &[], argv)
}

fn start_with(home: &Path, env: &[(&str, &str)], argv: &[&str]) -> Tmux {
    let home_str = home.display().to_string();
    let mut args = vec![bin()];
    args.extend(argv.iter().map(|a| a.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut env = env.to_vec();
    env.extend([("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color")]);
    Tmux::start(home, 100, 30, &env, &args)
}

fn new_session(home: &Path) {
    let ok = std::process::Command::new(bin())
        .args(["new", "s", "--goal", "施策の優先度を決定する"])
        .env("CJM_HOME", home)
        .status()
        .expect("cjm new");
    assert!(ok.success());
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
    new_session(home.path());

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

/// Whether the styled screen sets any colour: a foreground or background
/// (`38;…`, `48;…`, 30–37, 40–47, 90–97, 100–107), not only resets.
fn has_colour(styled: &str) -> bool {
    styled.split('\u{1b}').filter_map(|seq| seq.strip_prefix('[')?.split_once('m')).any(|(params, _)| {
        params.split(';').any(|p| matches!(p.parse::<u8>(), Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)))
    })
}

#[test]
fn no_color_starts_in_high_contrast_without_colour_and_a_chosen_theme_wins() {
    if !tmux::available("no_color_starts_in_high_contrast_without_colour_and_a_chosen_theme_wins") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let config = home.path().join("config.ron");
    new_session(home.path());

    // NO_COLOR: not one colour, and high contrast's bold and underline.
    let t = start_with(home.path(), &[("NO_COLOR", "1")], &["run", "s"]);
    t.wait_for("施策の優先度を決定する");
    let screen = t.styled_screen();
    assert!(!has_colour(&screen), "no colour with NO_COLOR:\n{screen:?}");
    assert!(screen.contains("\u{1b}[1;4m"), "high contrast's bold underline (the checklist):\n{screen:?}");
    // `T` is the user choosing a theme: light, in colour.
    t.keys(&["T"]);
    t.wait_for("Theme: dark");
    t.keys(&["T"]);
    t.wait_for("Theme: light");
    wait_for_file(&config, "light");
    let screen = t.styled_screen();
    assert!(screen.contains(WHITE_BG), "T turns colour on:\n{screen:?}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");

    // A theme in config.ron wins over NO_COLOR, colours included.
    let t = start_with(home.path(), &[("NO_COLOR", "1")], &["run", "s"]);
    t.wait_for("施策の優先度を決定する");
    let screen = t.styled_screen();
    assert!(screen.contains(WHITE_BG), "config.ron's light wins over NO_COLOR:\n{screen:?}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");

    // Empty is unset (no-color.org): without config.ron, the dark theme in colour.
    std::fs::remove_file(&config).expect("remove config");
    let t = start_with(home.path(), &[("NO_COLOR", "")], &["run", "s"]);
    t.wait_for("施策の優先度を決定する");
    let screen = t.styled_screen();
    assert!(has_colour(&screen) && !screen.contains(BLACK_BG), "an empty NO_COLOR is dark:\n{screen:?}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
}
