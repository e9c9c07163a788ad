//! `cjm discuss` as the facilitator runs it: the real binary in tmux at
//! 100×30. Skipped loudly without tmux unless CJM_REQUIRE_TMUX.

use crate::support::tmux;

use std::path::{Path, PathBuf};

use cjm::domain::Event;
use tmux::Tmux;

const GOAL: &str = "decide the priority of CS measures";

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

/// `cjm discuss ARGS…` in tmux at 100×30 in a fresh CJM_HOME (English).
fn discuss(args: &[&str]) -> (tempfile::TempDir, Tmux) {
    let home = tempfile::tempdir().expect("tempdir");
    let home_str = home.path().display().to_string();
    let mut argv = vec![bin(), "discuss".to_string()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "en_US.UTF-8")];
    let t = Tmux::start(home.path(), 100, 30, &env, &argv);
    (home, t)
}

fn session(home: &Path, name: &str) -> PathBuf {
    home.join("sessions").join(format!("{name}.ron"))
}

fn folded(path: &Path) -> cjm::domain::Session {
    let parsed = cjm::store::load(path).expect("load");
    cjm::domain::fold(parsed.header, &parsed.events)
}

fn events(path: &Path) -> Vec<Event> {
    cjm::store::load(path).expect("load").events.into_iter().map(|s| s.event).collect()
}

/// The discussion's countdown shows its 90 minutes (it is running, so
/// 1:30:00 or a second or two less).
fn shows_ninety_minutes(screen: &str) -> bool {
    ["1:30:00 left", "1:29:5"].iter().any(|t| screen.contains(t))
}

#[test]
fn discuss_with_a_goal_starts_the_timed_discussion_at_once() {
    if !tmux::available("discuss_with_a_goal_starts_the_timed_discussion_at_once") {
        return;
    }
    let (home, t) = discuss(&["team", "--goal", GOAL, "--minutes", "90"]);
    let screen = t.wait_until("the 90-minute countdown", shows_ninety_minutes);
    assert!(screen.contains("a. Share the persona"), "{screen}");
    assert!(screen.contains("Step 3/5 · Group discussion"), "{screen}");
    assert!(screen.contains("Leader with high drive"), "a group per persona:\n{screen}");
    t.keys(&["P"]);
    let big = t.wait_for("█");
    assert!(big.contains(GOAL), "{big}");
    t.keys(&["P"]);
    t.wait_until("the board again", |s| !s.contains("█") && s.contains("Pain points"));
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let path = session(home.path(), "team");
    assert!(path.exists());
    let out = std::process::Command::new(bin())
        .args(["export", "team"])
        .env("CJM_HOME", home.path())
        .output()
        .expect("cjm export");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(GOAL));
}

#[test]
fn discuss_without_a_goal_asks_for_it_then_starts() {
    if !tmux::available("discuss_without_a_goal_asks_for_it_then_starts") {
        return;
    }
    let (home, t) = discuss(&["team", "--groups", "2"]);
    t.wait_for("Editing");
    // Quitting at the goal prompt keeps the groups asked for.
    t.keys(&["C-c"]);
    t.wait_for("[exit 0]");
    let waiting = folded(&session(home.path(), "team"));
    assert_eq!(waiting.groups.len(), 2);
    let written = events(&session(home.path(), "team"));
    let created = written.iter().position(|e| *e == Event::Created).expect("the creation barrier");
    assert!(written[created..].iter().all(|e| !matches!(e, Event::GroupSaved { .. })), "{written:?}");
    assert!(!waiting.goal_confirmed);
    let home_str = home.path().display().to_string();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "en_US.UTF-8")];
    let t = Tmux::start(home.path(), 100, 30, &env, &[bin().as_str(), "discuss", "team"]);
    t.wait_for("Editing");
    t.keys(&["Escape"]);
    t.wait_for("The discussion starts once its goal is saved");
    t.type_text(GOAL);
    t.keys(&["Enter"]);
    let screen = t.wait_until("the discussion running", shows_ninety_minutes);
    assert!(screen.contains("a. Share the persona") && screen.contains("Group A"), "{screen}");
    assert!(screen.contains(GOAL), "{screen}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let ev = events(&session(home.path(), "team"));
    assert!(ev.contains(&Event::GoalConfirmed));
    assert_eq!(folded(&session(home.path(), "team")).groups.len(), 2, "still the two asked for");
}

#[test]
fn discuss_runs_through_share_out_to_the_wrap_up_and_exports() {
    if !tmux::available("discuss_runs_through_share_out_to_the_wrap_up_and_exports") {
        return;
    }
    let (home, t) = discuss(&["team", "--goal", GOAL, "--minutes", "30", "--groups", "2"]);
    t.wait_for("Step 3/5");
    t.next_step("Step 4/5 · Share-out");
    t.keys(&["Enter"]);
    t.wait_for("Presenting: Group A");
    t.keys(&["Tab", "Enter"]);
    t.wait_for("Presenting: Group B");
    t.next_step("Step 5/5");
    t.keys(&["E"]);
    t.wait_for("Exported to");
    let report = home.path().join("sessions").join("team.md");
    let text = std::fs::read_to_string(&report).expect("the report");
    assert!(text.contains(GOAL), "{text}");
    assert!(text.contains("shared out by every group"), "the discussion's own done-when:\n{text}");
    for gone in ["## Ranking", "Voting is still open", "## Decisions", "## Owners' load"] {
        assert!(!text.contains(gone), "no vote or decide step, yet {gone:?}:\n{text}");
    }
    t.keys(&["E"]);
    t.wait_for("team-2.md");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let ev = events(&session(home.path(), "team"));
    let shared = ev.iter().filter(|e| matches!(e, Event::ShareOutStarted { .. })).count();
    assert_eq!(shared, 2);
}

#[test]
fn bracket_twice_reaches_the_personas_without_a_timebox_and_back() {
    if !tmux::available("bracket_twice_reaches_the_personas_without_a_timebox_and_back") {
        return;
    }
    let (home, t) = discuss(&["team", "--goal", GOAL]);
    t.wait_until("the 90-minute countdown", shows_ninety_minutes);
    t.keys(&["["]);
    let phases = t.wait_for("Step 2/5 · Phase definition");
    assert!(phases.contains("no timebox · setup") && phases.contains("Onboarding"), "{phases}");
    t.keys(&["["]);
    let personas = t.wait_for("Step 1/5 · Personas");
    assert!(personas.contains("no timebox · setup"), "{personas}");
    assert!(personas.contains("Leader with high drive"), "{personas}");
    t.keys(&["]"]);
    t.wait_for("Step 2/5");
    t.keys(&["]"]);
    let back = t.wait_for("Step 3/5 · Group discussion");
    assert!(!back.contains("Why move on") && !back.contains("Say why"), "nothing asked a reason:\n{back}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let ev = events(&session(home.path(), "team"));
    assert!(!ev.iter().any(|e| matches!(e, Event::MoveForced { .. })));
    assert_eq!(folded(&session(home.path(), "team")).current_step(), 2);
}

#[test]
fn discuss_from_an_earlier_session_starts_with_its_goal_and_groups() {
    if !tmux::available("discuss_from_an_earlier_session_starts_with_its_goal_and_groups") {
        return;
    }
    let (home, t) = discuss(&["old", "--goal", GOAL, "--groups", "2"]);
    t.wait_for("Group B");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let home_str = home.path().display().to_string();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "en_US.UTF-8")];
    let argv = [
        bin(),
        "discuss".into(),
        "new".into(),
        "--from".into(),
        "old".into(),
        "--minutes".into(),
        "45".into(),
    ];
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let t = Tmux::start(home.path(), 100, 30, &env, &argv);
    let screen = t.wait_until("the 45-minute countdown", |s| s.contains("44:5") || s.contains("45:00 left"));
    assert!(screen.contains(GOAL) && screen.contains("Group A") && screen.contains("Group B"), "{screen}");
    t.keys(&["q"]);
    t.wait_for("[exit 0]");
    let (old, new) = (folded(&session(home.path(), "old")), folded(&session(home.path(), "new")));
    assert_eq!(new.groups, old.groups);
    assert_eq!(new.choice, old.choice);
    assert!(new.goal_confirmed);
}
