//! End to end: a whole workshop in the real binary, driven in tmux by keys
//! like a facilitator, then reopened and exported. Skips loudly without
//! tmux, unless `CJM_REQUIRE_TMUX` is set (CI).

use crate::support::tmux;

use std::path::{Path, PathBuf};

use tmux::Tmux;

fn cjm() -> &'static str {
    env!("CARGO_BIN_EXE_cjm")
}

fn only_session(home: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(home.join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

#[test]
fn a_whole_workshop_from_goal_to_decision_then_reopen_and_export() {
    if !tmux::available("a_whole_workshop_from_goal_to_decision_then_reopen_and_export") {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let home_str = home.path().to_str().unwrap();
    let env = [("CJM_HOME", home_str), ("LANG", "C.UTF-8")];
    let t = Tmux::start(home.path(), 100, 30, &env, &[cjm(), "--lang", "en"]);

    // Goal: the editor is open; type, save, confirm.
    t.wait_for("Editing: Goal");
    t.type_text("施策の優先度を決定する");
    t.keys(&["Enter"]);
    t.wait_for("Goal: 施策の優先度を決定する");
    t.keys(&["Enter"]);
    t.wait_for("the clock is running");

    // One persona challenge.
    t.next_step("Step 2/8 · Personas");
    t.keys(&["c"]);
    t.type_text("Too busy to read docs");
    t.keys(&["Enter"]);
    t.wait_for("• Too busy to read docs");

    // Choose the state scheme, with a reason.
    t.next_step("Step 3/8 · Phase definition");
    t.keys(&["Tab", "Tab"]);
    t.wait_for("Phases: By state");
    t.keys(&["c"]);
    t.type_text("states expose why onboarding stalls");
    t.keys(&["Enter"]);

    // A group and three notes in two cells, one Japanese.
    t.next_step("Step 4/8 · Group discussion");
    t.keys(&["n"]);
    t.type_text("Group A");
    t.keys(&["Enter"]);
    t.wait_for("Group:  Group A");
    t.keys(&["a"]);
    t.type_text("初期設定が難しい");
    t.keys(&["Enter", "a"]);
    t.type_text("Cannot find the admin page");
    t.keys(&["Enter", "Down", "a"]);
    t.type_text("Kickoff meeting");
    t.keys(&["Enter"]);
    let board = t.wait_for("As-Is (1)");
    assert!(board.contains("Pain points (2)"), "{board}");
    assert!(board.contains("• 初期設定が難しい"), "Japanese note whole on screen:\n{board}");

    // A voter, a pick, close the round, a decision with an owner.
    t.next_step("Step 5/8");
    t.next_step("Step 6/8 · Vote");
    t.keys(&["n"]);
    t.type_text("佐藤");
    t.keys(&["Enter"]);
    t.wait_for("Not open yet");
    t.keys(&["v"]);
    t.wait_for("佐藤 · Voting for");
    t.keys(&["Enter", "c"]);
    t.wait_for("Ranking");
    // The owner is typed (#14 item 9): a start, Tab completes, Enter.
    t.keys(&["i", "w"]);
    t.type_text("佐");
    t.keys(&["Tab", "Enter"]);
    t.wait_for("@佐藤");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");

    // Reopen where we were.
    let path = only_session(home.path());
    let path_str = path.to_str().unwrap();
    let again = Tmux::start(home.path(), 100, 30, &env, &[cjm(), "--lang", "en", "run", path_str]);
    let screen = again.wait_for("Step 6/8 · Vote");
    assert!(screen.contains("Kickoff meeting"), "{screen}");
    assert!(screen.contains("Goal: 施策の優先度を決定する"), "{screen}");
    again.keys(&["q"]);
    again.wait_for("[exit 0]");

    // Every note is in the export.
    let out = std::process::Command::new(cjm())
        .args(["export", path_str])
        .env("CJM_HOME", home_str)
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    for note in ["初期設定が難しい", "Cannot find the admin page", "Kickoff meeting", "Too busy to read docs"]
    {
        assert!(md.contains(note), "{note} missing from export:\n{md}");
    }
}
