//! `cjm replay` in tmux on the sample: it plays, Space pauses, q quits
//! with the terminal restored. Skipped loudly without tmux.

use crate::support::tmux;

use tmux::Tmux;

/// The "event n/N" figure on the screen.
fn position(screen: &str) -> Option<String> {
    let at = screen.find("event ")?;
    screen[at..].split_whitespace().nth(1).map(str::to_string)
}

#[test]
fn replay_plays_pauses_and_quits_restoring_the_terminal() {
    if !tmux::available("replay_plays_pauses_and_quits_restoring_the_terminal") {
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("cjm").display().to_string();
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-workshop.ron");
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().display().to_string();
    let t = Tmux::start(
        dir.path(),
        100,
        30,
        &[("CJM_HOME", &home), ("TERM", "xterm-256color")],
        &[&bin, "replay", sample, "--speed", "600"],
    );
    let first = position(&t.wait_for("event ")).expect("a position");
    t.wait_until("the position to advance", |s| position(s).is_some_and(|p| p != first));
    t.keys(&["Space"]);
    let paused = t.wait_for("paused");
    let held = position(&paused).expect("a position");
    // Let time pass without a fixed sleep: open and close the help overlay
    // (each waited for), at 600× that is minutes of session time.
    t.keys(&["?"]);
    t.wait_for("Replay keys");
    t.keys(&["Escape"]);
    let screen = t.wait_until("the help to close", |s| !s.contains("Replay keys"));
    assert_eq!(position(&screen).as_deref(), Some(held.as_str()), "paused: the position stays");
    t.keys(&["Right"]);
    let n = |p: &str| p.split('/').next().and_then(|n| n.parse::<usize>().ok());
    let next = n(&held).expect("n/N") + 1;
    t.wait_until("one event further", |s| position(s).as_deref().and_then(n) == Some(next));
    t.keys(&["q"]);
    let screen = t.wait_for("[exit 0]");
    assert!(!screen.contains("event "), "the alternate screen is gone:\n{screen}");
    assert!(!cjm::store::lock::lock_path(std::path::Path::new(sample)).exists());
}
