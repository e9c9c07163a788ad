//! `cjm invite`: the authorized_keys line for one participant, added to
//! `~/.ssh/authorized_keys` once, listed and removed, never through a
//! link and never beside a line that would keep the key's full access.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::support::home;
use home::{Home, write};

const KEY_A: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5ZGF0YWZvcmNqbWludml0ZXRlc3Rz sato@laptop\n";
const KEY_B: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHNlY29uZGtleWZvcmNqbWludml0ZXRlc3RzMg tanaka@pc\n";

/// A home with session `ws` and both keys; `HOME` is the same folder.
fn setup() -> Home {
    let home = Home::new();
    home.cjm().args(["new", "ws", "--goal", "decide"]).assert().success();
    write(&home.path("a.pub"), KEY_A.as_bytes());
    write(&home.path("b.pub"), KEY_B.as_bytes());
    home
}

fn cjm(home: &Home) -> Command {
    let mut cmd = home.cjm();
    cmd.env("HOME", home.path(""));
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn mode(path: &std::path::Path) -> u32 {
    fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_line_forces_the_join_of_that_participant_in_that_session() {
    let home = setup();
    let line =
        stdout(cjm(&home).args(["invite", "ws", "--as", "佐藤 花子", "--group", "G2", "--key", "a.pub"]));
    let session = fs::canonicalize(home.session("ws")).unwrap();
    assert!(line.starts_with("restrict,pty,command=\""), "{line}");
    assert!(
        line.contains(&format!("'join' '{}' '--as' '佐藤 花子' '--group' 'G2'", session.display())),
        "{line}"
    );
    assert!(line.contains(" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0"), "{line}");
    assert!(!line.contains("sato@laptop"), "the key's own comment is not kept: {line}");
    assert_eq!(line.lines().count(), 1);
    assert!(!home.path(".ssh").exists(), "without --add nothing is written");
}

#[test]
fn add_makes_a_private_ssh_folder_and_never_adds_a_line_twice() {
    let home = setup();
    let add = |name: &str, key: &str| {
        cjm(&home).args(["invite", "ws", "--as", name, "--key", key, "--add"]).output().unwrap()
    };
    let out = add("佐藤", "a.pub");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Added 佐藤's key to"));
    let keys = home.path(".ssh/authorized_keys");
    assert_eq!((mode(&home.path(".ssh")), mode(&keys)), (0o700, 0o600));
    let once = fs::read_to_string(&keys).unwrap();
    assert_eq!(once.lines().count(), 1);
    let again = add("佐藤", "a.pub");
    assert!(String::from_utf8_lossy(&again.stdout).contains("already"), "{again:?}");
    assert_eq!(fs::read_to_string(&keys).unwrap(), once);
    let other = add("田中", "a.pub");
    assert_eq!(other.status.code(), Some(1));
    let err = String::from_utf8_lossy(&other.stderr);
    assert!(err.contains(":1: this key already invites 佐藤"), "{err}");
    assert!(add("田中", "b.pub").status.success());
    assert_eq!(fs::read_to_string(&keys).unwrap().lines().count(), 2);
}

#[test]
fn a_key_that_already_has_its_own_line_is_refused_and_the_file_left_alone() {
    let home = setup();
    let keys = home.path(".ssh/authorized_keys");
    let before = format!("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 admin\n{}", KEY_A.trim_end());
    write(&keys, before.as_bytes());
    cjm(&home)
        .args(["invite", "ws", "--as", "佐藤", "--key", "a.pub", "--add"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(":2: this key already has its own line"));
    assert_eq!(fs::read_to_string(&keys).unwrap(), before);
    cjm(&home)
        .args(["--lang", "ja", "invite", "ws", "--as", "佐藤", "--key", "a.pub", "--add"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(":2: この鍵にはすでに専用の行があり"));
}

#[test]
fn list_and_remove_touch_only_cjms_lines() {
    let home = setup();
    let keys = home.path(".ssh/authorized_keys");
    let theirs = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0 admin";
    write(&keys, format!("{theirs}\n").as_bytes());
    for (name, key) in [("佐藤 花子", "a.pub"), ("O'Brien \"Bob\"", "b.pub")] {
        cjm(&home).args(["invite", "ws", "--as", name, "--key", key, "--add"]).assert().success();
    }
    let list = stdout(cjm(&home).args(["invite", "--list"]));
    assert_eq!(list.lines().count(), 2, "{list}");
    assert!(list.starts_with("佐藤 花子\t") && list.contains("O'Brien \"Bob\"\t"), "{list}");
    let removed = stdout(cjm(&home).args(["invite", "--remove", "佐藤 花子"]));
    assert!(removed.contains("Removed 1 invitation for 佐藤 花子"), "{removed}");
    let text = fs::read_to_string(&keys).unwrap();
    assert!(text.starts_with(&format!("{theirs}\n")), "{text}");
    assert_eq!(text.lines().count(), 2);
    assert!(!text.contains("佐藤"));
    assert_eq!(mode(&keys), 0o600);
    let none = stdout(cjm(&home).args(["invite", "--remove", "佐藤 花子"]));
    assert!(none.contains("No invitation for 佐藤 花子"), "{none}");
}

#[test]
fn a_link_at_the_ssh_folder_or_file_is_never_followed() {
    let home = setup();
    let elsewhere = home.path("elsewhere");
    write(&elsewhere, b"keep me\n");
    fs::create_dir(home.path(".ssh")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, home.path(".ssh/authorized_keys")).unwrap();
    cjm(&home)
        .args(["invite", "ws", "--as", "佐藤", "--key", "a.pub", "--add"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cjm does not follow it"));
    assert_eq!(fs::read(&elsewhere).unwrap(), b"keep me\n");
    cjm(&home).args(["invite", "--remove", "佐藤"]).assert().code(1);
    assert_eq!(fs::read(&elsewhere).unwrap(), b"keep me\n");
}

#[test]
fn bad_keys_and_names_are_refused_in_both_languages() {
    let home = setup();
    write(
        &home.path("id"),
        b"-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
    );
    cjm(&home)
        .args(["invite", "ws", "--as", "佐藤", "--key", "id"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("this is a private key: give the public one"));
    cjm(&home)
        .args(["--lang", "ja", "invite", "ws", "--as", "佐藤", "--key", "id"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("これは秘密鍵です"));
    cjm(&home)
        .args(["invite", "ws", "--as", "a\nb", "--key", "a.pub"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("control character U+000A"));
    cjm(&home).args(["invite", "nope", "--as", "佐藤", "--key", "a.pub"]).assert().code(1);
    cjm(&home).args(["invite", "ws", "--key", "a.pub"]).assert().code(2);
}
