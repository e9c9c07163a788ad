//! The last unsaved words: text typed into an open field when cjm is
//! ended by SIGTERM, SIGHUP, SIGINT or a panic is kept as a draft beside
//! the session (`s.ron.draft`, 0600), and `cjm run` reopens that field
//! with it; saving the field removes the draft. The real binary in tmux;
//! skipped loudly without tmux unless CJM_REQUIRE_TMUX.

use crate::support::tmux;

use std::path::Path;

use tmux::Tmux;

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

const TYPED: &str = "下書きの言葉 last words";

/// How the app is ended while a note is being typed.
enum End {
    Signal(&'static str),
    Panic,
}

fn ends_with_a_draft(test: &str, end: End) {
    if !tmux::available(test) {
        return;
    }
    if matches!(end, End::Panic) && !cfg!(debug_assertions) {
        eprintln!("\n*** SKIPPED: {test}: a release build has no panic test hook ***\n");
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
    // The inner shell writes its pid and becomes cjm, so `kill` reaches cjm.
    let script = format!(
        "sh -c 'echo $$ > pid; exec \"{}\" discuss s --goal g --minutes 90'; echo \"[cjm exit $?]\"; PS1='ready$ ' exec sh -i",
        bin()
    );
    let t = Tmux::start(home.path(), 160, 40, &env, &["sh", "-c", &script]);
    t.wait_for("Step 3/5");
    t.keys(&["a"]);
    t.wait_for("Enter save");
    t.type_text(TYPED);
    t.wait_for(TYPED);
    match end {
        End::Signal(signal) => {
            let pid = std::fs::read_to_string(home.path().join("pid")).expect("pid");
            let status =
                std::process::Command::new("kill").args([signal, pid.trim()]).status().expect("kill");
            assert!(status.success());
        }
        End::Panic => t.type_text("%"),
    }
    let screen = t.wait_for("ready$");
    let draft = home.path().join("sessions/s.ron.draft");
    assert!(draft.is_file(), "{test}: the draft is kept:\n{screen}");
    assert!(screen.contains("s.ron.draft"), "{test}: the exit names the draft:\n{screen}");
    assert_eq!(mode(&draft), 0o600, "{test}: owner-only");
    assert!(std::fs::read_to_string(&draft).expect("draft").contains(TYPED));

    t.type_text(&format!("'{}' run s", bin()));
    t.keys(&["Enter"]);
    let screen = t.wait_for("Recovered the text");
    assert!(screen.contains(TYPED), "{test}: the field is open again with the draft:\n{screen}");
    assert!(screen.contains("Enter save"), "{test}: a field is open:\n{screen}");
    t.keys(&["Enter"]);
    t.wait_for(&format!("▸ {TYPED}"));
    tmux::poll("the draft to be removed once saved", || {
        if draft.exists() { Err("still there".to_string()) } else { Ok(()) }
    });
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

#[test]
fn sigterm_while_typing_keeps_a_draft_offered_back_on_reopen() {
    ends_with_a_draft("sigterm_while_typing_keeps_a_draft_offered_back_on_reopen", End::Signal("-TERM"));
}

#[test]
fn sighup_while_typing_keeps_a_draft_offered_back_on_reopen() {
    ends_with_a_draft("sighup_while_typing_keeps_a_draft_offered_back_on_reopen", End::Signal("-HUP"));
}

#[test]
fn sigint_while_typing_keeps_a_draft_offered_back_on_reopen() {
    ends_with_a_draft("sigint_while_typing_keeps_a_draft_offered_back_on_reopen", End::Signal("-INT"));
}

#[test]
fn a_panic_while_typing_keeps_a_draft_offered_back_on_reopen() {
    ends_with_a_draft("a_panic_while_typing_keeps_a_draft_offered_back_on_reopen", End::Panic);
}
