//! A panic in the real binary gives the terminal back and keeps every
//! committed event. The panic comes from the debug-only test hook
//! (`CJM_TEST_PANIC_KEY`, see `src/tui/test_hook.rs`), which only debug
//! builds contain (checked here too). Skipped loudly without tmux unless
//! CJM_REQUIRE_TMUX.

use crate::support::tmux;

use tmux::Tmux;

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

const NOTE: &str = "初期設定が難しい";

/// The terminal modes `stty -a` printed, split into words (from a screen
/// whose wrapped lines are joined).
fn stty_words(screen: &str) -> Vec<&str> {
    let from = screen.find("speed").expect("stty -a output");
    screen[from..].split(|c: char| c.is_whitespace() || c == ';').filter(|w| !w.is_empty()).collect()
}

#[test]
fn a_panic_restores_the_terminal_and_keeps_the_committed_note() {
    if !tmux::available("a_panic_restores_the_terminal_and_keeps_the_committed_note") {
        return;
    }
    if !cfg!(debug_assertions) {
        eprintln!("\n*** SKIPPED: a release build has no panic test hook (run it in a debug build) ***\n");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let home_str = home.path().display().to_string();
    let env = [
        ("CJM_HOME", home_str.as_str()),
        ("TERM", "xterm-256color"),
        ("LANG", "C.UTF-8"),
        ("CJM_TEST_PANIC_KEY", "%"),
        ("RUST_BACKTRACE", "0"),
    ];
    // After cjm: the exit status and the terminal modes it left, then an
    // interactive shell to type into.
    let script = format!(
        "'{}' discuss s --goal g --minutes 90; echo \"[cjm exit $?]\"; stty -a; PS1='ready$ ' exec sh -i",
        bin()
    );
    let t = Tmux::start(home.path(), 100, 40, &env, &["sh", "-c", &script]);
    t.wait_for("Step 3/5");
    t.keys(&["a"]);
    t.wait_for("Enter save");
    t.type_text(NOTE);
    t.keys(&["Enter"]);
    t.wait_for(&format!("▸ {NOTE}"));
    assert!(t.alternate_on(), "cjm runs on the alternate screen");

    t.type_text("%");
    let screen = t.wait_for("ready$");
    assert!(screen.contains("[cjm exit 101]"), "the panic ended cjm:\n{screen}");
    assert!(screen.contains("panicked at"), "the panic message is shown:\n{screen}");
    assert!(screen.contains("CJM_TEST_PANIC_KEY"), "{screen}");
    assert!(!t.alternate_on(), "the alternate screen is left:\n{screen}");
    assert!(!screen.contains(&format!("▸ {NOTE}")), "the app's screen is gone:\n{screen}");
    let joined = t.joined_screen();
    let words = stty_words(&joined);
    for mode in ["icanon", "echo", "isig", "icrnl", "opost"] {
        assert!(words.contains(&mode), "raw mode is off: {mode} is set:\n{screen}");
        assert!(!words.contains(&format!("-{mode}").as_str()), "{mode} is off:\n{screen}");
    }

    // The shell reads a line and runs it.
    t.type_text("echo typed-$((6*7))");
    t.keys(&["Enter"]);
    let screen = t.wait_for("typed-42\n");
    assert!(screen.contains("ready$ echo typed-$((6*7))"), "what is typed is echoed:\n{screen}");

    let out = std::process::Command::new(bin())
        .args(["export", "s"])
        .env("CJM_HOME", home.path())
        .output()
        .expect("cjm export");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains(NOTE), "the committed note is in the session:\n{report}");
}

#[test]
fn the_hook_is_in_debug_builds_only() {
    let binary = std::fs::read(assert_cmd::cargo::cargo_bin("cjm")).expect("the cjm binary");
    let has = binary.windows(b"CJM_TEST_PANIC_KEY".len()).any(|w| w == b"CJM_TEST_PANIC_KEY");
    assert_eq!(has, cfg!(debug_assertions), "the test hook is compiled in debug builds only");
}
