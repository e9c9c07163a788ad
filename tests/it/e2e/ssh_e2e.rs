//! `cjm join` through real OpenSSH (#17 item 3): two participants' keys are
//! added with `cjm invite --add`, each connects with `ssh -t` in its own
//! tmux pane and gets only its own join: a note typed over SSH reaches the
//! facilitator's session, a command asked for instead still starts only
//! the join, a pick made over SSH is recorded and stays off the
//! facilitator's and the presenter's screens until the round closes,
//! and names with a space, quotes and Japanese survive both
//! quotings.
//!
//! The server is `.ci/sshd` (127.0.0.1, a free high port, a temporary host
//! key and config, keys only), started by `.ci/run`, which also sets
//! `CJM_REQUIRE_SSHD=1`. Without it the test prints `SKIPPED:` and passes;
//! locally: `eval "$(bash .ci/sshd)"` first.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::tmux::{self, Tmux};

/// The test server's port and the home its authorized keys are read from.
fn server(test: &str) -> Option<(String, PathBuf)> {
    match (std::env::var("CJM_SSH_PORT"), std::env::var("CJM_SSH_HOME")) {
        (Ok(port), Ok(home)) => Some((port, PathBuf::from(home))),
        _ if std::env::var_os("CJM_REQUIRE_SSHD").is_some() => {
            panic!("{test}: CJM_REQUIRE_SSHD is set but CJM_SSH_PORT/CJM_SSH_HOME are not (run .ci/sshd)")
        }
        _ => {
            eprintln!(
                "SKIPPED: {test}: no test sshd (CJM_SSH_PORT unset); run `eval \"$(bash .ci/sshd)\"` first"
            );
            None
        }
    }
}

fn cjm(home: &Path, ssh_home: &Path, args: &[&str]) -> std::process::Output {
    Command::new(assert_cmd::cargo::cargo_bin("cjm"))
        .env("CJM_HOME", home)
        .env("HOME", ssh_home)
        .args(args)
        .output()
        .expect("run cjm")
}

/// A new client key pair in `dir`; returns the private key's path.
fn client_key(dir: &Path, name: &str) -> PathBuf {
    let key = dir.join(name);
    let status = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(&key)
        .status()
        .expect("ssh-keygen");
    assert!(status.success());
    key
}

/// `ssh -t` as the participant with `key`, asking to run `command` (if any).
fn ssh_pane(dir: &Path, port: &str, key: &Path, command: Option<&str>) -> Tmux {
    let user =
        String::from_utf8(Command::new("id").arg("-un").output().expect("id").stdout).unwrap_or_default();
    let key = key.display().to_string();
    let target = format!("{}@127.0.0.1", user.trim());
    let mut argv = vec!["ssh", "-t", "-p", port, "-i", &key];
    for option in
        ["StrictHostKeyChecking=no", "UserKnownHostsFile=/dev/null", "IdentitiesOnly=yes", "BatchMode=yes"]
    {
        argv.extend(["-o", option]);
    }
    argv.extend(["-o", "LogLevel=ERROR", &target]);
    argv.extend(command);
    Tmux::start(dir, 80, 24, &[("TERM", "xterm-256color")], &argv)
}

/// The authors of the session's notes with `text`.
fn notes_with(session: &Path, text: &str) -> Vec<Option<String>> {
    let parsed = cjm::store::load(session).expect("the session loads");
    let s = cjm::domain::fold(parsed.header, &parsed.events);
    s.notes.values().filter(|n| n.text == text).map(|n| n.author.clone()).collect()
}

#[test]
fn participants_invited_with_their_keys_join_over_ssh_and_can_run_nothing_else() {
    let test = "participants_invited_with_their_keys_join_over_ssh_and_can_run_nothing_else";
    if !tmux::available(test) {
        return;
    }
    let Some((port, ssh_home)) = server(test) else { return };
    let work = tempfile::tempdir().expect("tempdir");
    let home = work.path();
    let session = home.join("team.ron");
    let path = session.display().to_string();
    let env = [("CJM_HOME", home.to_str().unwrap_or_default()), ("TERM", "xterm-256color")];
    let bin = assert_cmd::cargo::cargo_bin("cjm").display().to_string();
    let facilitator =
        Tmux::start(home, 100, 30, &env, &[&bin, "discuss", &path, "--goal", "decide", "--groups", "2"]);
    facilitator.wait_for("Group discussion");

    let sato = "佐藤 花子";
    let bob = "O'Brien \"Bob\"";
    let sato_key = client_key(home, "sato");
    let bob_key = client_key(home, "bob");
    for (name, group, key) in [(sato, "A", &sato_key), (bob, "B", &bob_key)] {
        let public = format!("{}.pub", key.display());
        let out = cjm(
            home,
            &ssh_home,
            &["invite", &path, "--as", name, "--group", group, "--key", &public, "--add"],
        );
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }

    // Sato connects and types a note: it reaches the facilitator's session,
    // written by Sato, and shows on the board.
    let sato_pane = ssh_pane(home, &port, &sato_key, None);
    sato_pane.wait_for(&format!("{sato} · Group A"));
    sato_pane.keys(&["a"]);
    sato_pane.wait_for("Enter save");
    sato_pane.type_text("ログインできない");
    sato_pane.keys(&["Enter"]);
    sato_pane.wait_for("Saved “ログインできない”");
    facilitator.wait_for("ログインできない");
    assert_eq!(notes_with(&session, "ログインできない"), vec![Some(sato.to_string())]);

    // Bob asks ssh to run a command instead: sshd starts Bob's join anyway.
    let bob_pane = ssh_pane(home, &port, &bob_key, Some("echo cjm-escaped; ls /"));
    let screen = bob_pane.wait_for(&format!("{bob} · Group B"));
    assert!(!screen.contains("cjm-escaped"), "{screen}");
    facilitator.wait_until("both connected", |s| s.contains(&format!("Group A: {sato}; Group B: {bob}")));

    // A third key votes in a session on its vote step: the pick is
    // recorded, from Kim's own terminal, and hidden until closing.
    let vote = home.join("vote.ron");
    let vote_path = vote.display().to_string();
    super::ballot_e2e::session(&vote);
    let kim_key = client_key(home, "kim");
    let public = format!("{}.pub", kim_key.display());
    let out = cjm(
        home,
        &ssh_home,
        &["invite", &vote_path, "--as", "Kim", "--group", "2", "--key", &public, "--add"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let room = Tmux::start(home, 120, 40, &env, &[&bin, "run", &vote_path]);
    room.wait_for("Step 6/8 · Vote");
    let kim = ssh_pane(home, &port, &kim_key, None);
    kim.wait_for("Your ballot · Kim");
    super::ballot_e2e::pick(&kim, 1);
    kim.wait_until("the pick saved", |s| {
        s.contains("Saved “your picks for Promoters”") && s.contains("▸Promoters 1/3")
    });
    let parsed = cjm::store::load(&vote).expect("loads");
    let s = cjm::domain::fold(parsed.header, &parsed.events);
    let (id, _) = s.voters().find(|(_, p)| p.name == "Kim").expect("Kim votes");
    assert_eq!(s.ballots[&(id, "promoters".to_string())].len(), 1);
    assert!(s.ballot_hidden(id));
    for _ in 0..3 {
        room.keys(&["Tab"]);
    }
    let shown = room.wait_for("Kim votes on their own terminal");
    room.keys(&["P"]);
    // The presenter's own box, then Kim's progress in it.
    let presented = room.wait_for("┌Voting is open · 0/10 voted");
    assert!(presented.contains("1/3   · Kim · joined"), "{presented}");
    for frame in [&shown, &presented] {
        assert!(!frame.contains('●') && !frame.contains("Ranking"), "{frame}");
    }
    room.keys(&["Escape"]);
    room.wait_for("Voters · 0/10 voted");
    room.keys(&["c"]);
    room.wait_for("Ranking · Promoters");
    kim.wait_for("Ranking · Promoters");
    kim.keys(&["q"]);
    room.keys(&["q"]);

    for pane in [&sato_pane, &bob_pane] {
        pane.keys(&["q"]);
    }
    let out = cjm(home, &ssh_home, &["invite", "--remove", "Kim", &vote_path]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for name in [sato, bob] {
        let out = cjm(home, &ssh_home, &["invite", "--remove", name, &path]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    facilitator.keys(&["q"]);
    facilitator.wait_for("[exit 0]");
}
