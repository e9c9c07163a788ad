//! `y` copies with OSC 52, as a terminal sees it: the real binary runs the
//! sample workshop in tmux with `set-clipboard on`, so the sequence the
//! app writes lands in tmux's paste buffer (`show-buffer`). On the
//! wrap-up `y` copies the Markdown report, on the board the selected
//! note, and the message line says which. Skipped loudly without tmux
//! unless CJM_REQUIRE_TMUX.

use crate::support::tmux::{self, Tmux};

fn start(home: &std::path::Path, session: &str) -> Tmux {
    let bin = assert_cmd::cargo::cargo_bin("cjm").display().to_string();
    let home_str = home.display().to_string();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "C.UTF-8")];
    Tmux::start(home, 120, 40, &env, &[&bin, "--lang", "en", "run", session])
}

/// tmux's paste buffer once it holds something other than `before`.
fn buffer_after(t: &Tmux, before: &str) -> String {
    tmux::poll("the paste buffer to change", || {
        let now = t.server(&["show-buffer"]);
        if now != before && !now.is_empty() { Ok(now) } else { Err(now) }
    })
}

#[test]
fn y_copies_the_report_on_the_wrap_up_and_the_note_on_the_board() {
    if !tmux::available("y_copies_the_report_on_the_wrap_up_and_the_note_on_the_board") {
        return;
    }
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-workshop.ron");
    let home = tempfile::tempdir().expect("tempdir");
    let session = home.path().join("s.ron");
    std::fs::copy(sample, &session).expect("copy the sample");
    let exported = std::process::Command::new(assert_cmd::cargo::cargo_bin("cjm"))
        .args(["--lang", "en", "export"])
        .arg(&session)
        .env("CJM_HOME", home.path())
        .output()
        .expect("cjm export");
    let report = String::from_utf8(exported.stdout).expect("utf-8");
    let t = start(home.path(), &session.display().to_string());
    t.server(&["set-option", "-s", "set-clipboard", "on"]);
    // Closed long ago with the clock running: that time counts (#14 item 12).
    t.wait_for("cjm was closed for");
    t.keys(&["y"]);
    t.wait_for("Time is up · Step 8/8");
    t.keys(&["Escape"]);
    t.wait_until("the prompt to close", |s| !s.contains("Time is up"));

    t.keys(&["y"]);
    t.wait_for("Copied the Markdown report to the clipboard");
    let copied = buffer_after(&t, "");
    let title = report.lines().next().expect("a title");
    assert!(copied.starts_with(title), "the report's first line {title:?}:\n{copied}");
    assert_eq!(copied.lines().count(), report.lines().count(), "the whole report, as `cjm export` writes it");

    for n in [7, 6, 5, 4] {
        t.keys(&["["]);
        let step = format!("Step {n}/8");
        let screen = t.wait_for(&step);
        if screen.contains("Time is up") {
            t.keys(&["Escape"]);
            t.wait_until("the prompt to close", |s| !s.contains("Time is up") && s.contains(&step));
        }
    }
    t.wait_for("Pain points (");
    t.keys(&["y"]);
    let screen = t.wait_for("Copied the note to the clipboard: ");
    let note = buffer_after(&t, &copied);
    let shown = screen
        .lines()
        .find_map(|l| l.split("Copied the note to the clipboard: ").nth(1))
        .expect("the message line")
        .trim_end()
        .trim_end_matches('…');
    assert!(note.starts_with(shown), "the message names the note: {shown:?} vs {note:?}");
    let file = std::fs::read_to_string(&session).expect("read");
    assert!(file.contains(&format!("text:{note:?}")), "a note of the session: {note:?}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
}
