//! `cjm join` end to end (#16): the facilitator runs `cjm discuss` in one
//! tmux pane, three participants join two groups from panes of their own
//! (80×24), notes travel both ways, a change to another group's note is
//! refused on the participant's screen, proposals saved while the
//! facilitator's app is closed come in once each on reopening, and a
//! participant killed with -9 loses no note it showed as sent.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::support::tmux::{self, Tmux};
use cjm::domain::Event;

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

fn pane(home: &Path, width: u16, height: u16, args: &[&str]) -> Tmux {
    let home_str = home.display().to_string();
    let mut argv = vec![bin()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "en_US.UTF-8")];
    Tmux::start(home, width, height, &env, &argv)
}

fn join(home: &Path, session: &Path, name: &str, group: &str) -> Tmux {
    let path = session.display().to_string();
    pane(home, 80, 24, &["join", &path, "--as", name, "--group", group])
}

/// How many notes with `text` the session file adds.
fn added(session: &Path, text: &str) -> usize {
    let parsed = cjm::store::load(session).expect("the session loads");
    parsed
        .events
        .iter()
        .filter(|s| matches!(&s.event, Event::NoteAdded { note, .. } if note.text == text))
        .count()
}

/// Types a new note on the selected cell of a board and saves it.
fn add_note(t: &Tmux, text: &str) {
    t.keys(&["a"]);
    t.wait_for("Enter save");
    t.type_text(text);
    t.keys(&["Enter"]);
}

/// Waits until `t` shows `text`; returns how long it took from `since`.
fn seen_after(t: &Tmux, text: &str, since: Instant) -> Duration {
    t.wait_for(text);
    since.elapsed()
}

fn pid_of(session: &Path, name: &str) -> String {
    let lock: PathBuf = cjm::store::lock::lock_path(&cjm::store::outbox::outbox_path(session, name));
    std::fs::read_to_string(lock).expect("the outbox lock names its process").trim().to_string()
}

#[test]
fn participants_write_their_groups_notes_from_their_own_panes() {
    if !tmux::available("participants_write_their_groups_notes_from_their_own_panes") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let session = home.path().join("team.ron");
    let path = session.display().to_string();
    let facilitator = pane(home.path(), 100, 30, &["discuss", &path, "--goal", "decide", "--groups", "2"]);
    facilitator.wait_for("Group discussion");

    let sato = join(home.path(), &session, "Sato", "A");
    sato.wait_for("Sato · Group A");
    let lee = join(home.path(), &session, "Lee", "B");
    lee.wait_for("Lee · Group B");
    let kim = join(home.path(), &session, "Kim", "a");
    kim.wait_for("Kim · Group A");
    facilitator
        .wait_until("all three connected", |s| s.contains("Connected: Group A: Sato, Kim; Group B: Lee"));
    // A second pane with a name already in: refused, naming the process.
    let again = join(home.path(), &session, "Lee", "B");
    let refused = again.wait_for("[exit 1]");
    assert!(
        refused.contains(&format!(
            "Lee has already joined from another cjm (process {}",
            pid_of(&session, "Lee")
        )),
        "{refused}"
    );

    // A note typed in Sato's pane: on the facilitator's board (Group A is
    // shown) and in Kim's pane, within a second.
    add_note(&sato, "slow signup");
    let sent = Instant::now();
    sato.wait_for("Saved “slow signup”");
    let on_board = seen_after(&facilitator, "slow signup", sent);
    let at_kim = seen_after(&kim, "slow signup", sent);
    assert!(on_board < Duration::from_secs(1) && at_kim < Duration::from_secs(1), "{on_board:?} {at_kim:?}");
    assert_eq!(added(&session, "slow signup"), 1);

    // Lee writes on Group B's board; the note is Lee's group's, by Lee.
    add_note(&lee, "no manual");
    lee.wait_for("Saved “no manual”");
    let parsed = cjm::store::load(&session).expect("loads");
    let s = cjm::domain::fold(parsed.header, &parsed.events);
    let note = s.notes.values().find(|n| n.text == "no manual").expect("Lee's note");
    assert_eq!((s.groups[&note.group].name.as_str(), note.author.as_deref()), ("Group B", Some("Lee")));

    // Lee looks at Group A's board and edits Sato's note: refused, with
    // the reason on Lee's screen; the note stays as it was.
    lee.keys(&["Tab"]);
    lee.wait_for("slow signup");
    lee.keys(&["e"]);
    lee.wait_for("Enter save");
    lee.type_text(" (mine)");
    lee.keys(&["Enter"]);
    lee.wait_for("that note is another group's");
    assert_eq!(added(&session, "slow signup"), 1);
    assert!(!std::fs::read_to_string(&session).unwrap().contains("(mine)\""), "no edit reached the session");

    // The facilitator's app closes; Sato saves two notes meanwhile, Kim
    // one, and Kim is killed with -9 while typing the next.
    facilitator.keys(&["q"]);
    facilitator.wait_for("[exit 0]");
    add_note(&sato, "while closed one");
    sato.wait_for("Sending “while closed one”");
    add_note(&sato, "while closed two");
    sato.wait_for("Sending “while closed two”");
    add_note(&kim, "kim before the kill");
    kim.wait_for("Sending “kim before the kill”");
    kim.keys(&["a"]);
    kim.wait_for("Enter save");
    kim.type_text("never sent");
    let status = std::process::Command::new("kill").args(["-9", &pid_of(&session, "Kim")]).status().unwrap();
    assert!(status.success());
    kim.wait_for("[exit");

    // Reopened: all three come in, once each; Sato's pane says saved.
    let reopened = pane(home.path(), 100, 30, &["run", &path]);
    reopened.wait_for("Pain points (4)");
    sato.wait_for("Saved “while closed two”");
    for text in ["while closed one", "while closed two", "kim before the kill", "slow signup"] {
        assert_eq!(added(&session, text), 1, "{text}");
    }
    assert_eq!(added(&session, "never sent"), 0);
    reopened.keys(&["q"]);
    reopened.wait_for("[exit 0]");
    let again = pane(home.path(), 100, 30, &["run", &path]);
    again.wait_for("Pain points (4)");
    again.keys(&["q"]);
    again.wait_for("[exit 0]");
    for text in ["while closed one", "while closed two", "kim before the kill"] {
        assert_eq!(added(&session, text), 1, "still once after a second reopening: {text}");
    }
}
