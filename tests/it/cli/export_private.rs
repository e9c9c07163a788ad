//! Export files hold customer names: `cjm export -o FILE` writes them
//! owner-only (0600) whatever the umask, atomically (a temporary file
//! beside FILE renamed over it, so a reader or a crash never sees half a
//! report), and never through a symbolic link; reports from `E` on the
//! wrap-up likewise.

#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::Output;

use predicates::prelude::*;

use crate::support::home;
use home::Home;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// `cjm ARGS` in `home` under umask 000, so nothing but cjm's own
/// choice keeps a file private.
fn under_umask_000(home: &Home, args: &[&str]) -> Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_cjm"))
        .args(args)
        .env_clear()
        .env("CJM_HOME", home.path(""))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .current_dir(home.path(""))
        .output()
        .unwrap()
}

fn with_session() -> Home {
    let home = Home::new();
    home.cjm().args(["new", "s", "--goal", "顧客の声"]).assert().success();
    home
}

#[test]
fn export_files_are_owner_only_under_umask_000_in_both_formats() {
    let home = with_session();
    let session = home.session("s");
    let session = session.to_str().unwrap();
    for (format, name) in [("md", "out.md"), ("csv", "out.csv")] {
        let out = under_umask_000(&home, &["export", session, "--format", format, "-o", name]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(mode(&home.path(name)), 0o600, "{name}");
    }
    // The umask does reach the shell: a file it makes is world-writable.
    let out = std::process::Command::new("sh")
        .args(["-c", "umask 000; : > plain"])
        .current_dir(home.path(""))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(mode(&home.path("plain")), 0o666);
}

#[test]
fn an_existing_export_is_replaced_by_a_new_owner_only_file_not_rewritten_in_place() {
    let home = with_session();
    let out = home.path("out.md");
    fs::write(&out, "the old report\n").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o644)).unwrap();
    // A second name of the old file sees whether it was written in place.
    let old = home.path("old.md");
    fs::hard_link(&out, &old).unwrap();
    let session = home.session("s");
    let args = ["export", session.to_str().unwrap(), "-o", "out.md"];
    let done = under_umask_000(&home, &args);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    assert!(fs::read_to_string(&out).unwrap().contains("顧客の声"));
    assert_eq!(mode(&out), 0o600);
    assert_eq!(fs::read_to_string(&old).unwrap(), "the old report\n", "a new file took the name");
    // Nothing but the session's own files, the export and the test's are left.
    let mut names: Vec<String> =
        fs::read_dir(home.path("")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["old.md", "out.md", "sessions"], "no temporary file is left behind");
}

#[test]
fn export_never_writes_through_a_symlink() {
    let home = with_session();
    let session = home.session("s");
    let victim = home.path("victim.md");
    fs::write(&victim, "someone else's file\n").unwrap();
    symlink(&victim, home.path("link.md")).unwrap();
    symlink(home.path("nowhere.md"), home.path("dangling.md")).unwrap();
    for link in ["link.md", "dangling.md"] {
        home.cjm()
            .arg("export")
            .arg(&session)
            .args(["-o", link])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!("{link} is a symbolic link")));
        home.ja()
            .arg("export")
            .arg(&session)
            .args(["-o", link])
            .assert()
            .code(1)
            .stderr(predicate::str::contains("シンボリックリンク"));
        assert!(fs::symlink_metadata(home.path(link)).unwrap().file_type().is_symlink(), "{link} left alone");
    }
    assert_eq!(fs::read_to_string(&victim).unwrap(), "someone else's file\n");
    assert!(!home.path("nowhere.md").exists(), "a dangling link's target is not created");
    fs::create_dir(home.path("folder.md")).unwrap();
    home.cjm()
        .arg("export")
        .arg(&session)
        .args(["-o", "folder.md"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("folder.md is not a regular file"));
    assert_eq!(fs::read_dir(home.path("folder.md")).unwrap().count(), 0);
}

#[test]
fn a_wrap_up_report_is_owner_only_and_never_written_through_a_symlink() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("team.ron");
    let victim = dir.path().join("victim.md");
    fs::write(&victim, "someone else's file\n").unwrap();
    symlink(&victim, dir.path().join("team.md")).unwrap();
    symlink(dir.path().join("nowhere.md"), dir.path().join("team-2.md")).unwrap();
    let written = cjm::store::report::write_beside(&session, "the report").unwrap();
    assert_eq!(written, dir.path().join("team-3.md"), "the links' names are taken, not followed");
    assert_eq!(fs::read_to_string(&written).unwrap(), "the report");
    assert_eq!(mode(&written), 0o600);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "someone else's file\n");
    assert!(!dir.path().join("nowhere.md").exists());
    let mut names: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["team-2.md", "team-3.md", "team.md", "victim.md"], "no temporary file is left");
}
