//! cjm writes only its own files: a lock path that is a symbolic link,
//! a dangling link, a directory or a fifo is never followed, created
//! through or clobbered, only refused; and the one-writer lock follows
//! the session file itself, so no alias of an open session (a symbolic
//! link, a hard link, `sub/../s.ron`) opens it for writing a second time.

#![cfg(unix)]

use crate::common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use cjm::domain::{Event, Stamped};
use cjm::store::lock::{Held, Lock, Unexpected, lock_path};
use cjm::store::{self, Writer};

use crate::support::home;
use home::Home;

fn session(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let events = [Stamped { at: common::T0 + 1, event: Event::GoalConfirmed }];
    store::create(&path, &common::header(), &events, false).expect("create");
    path
}

const PRECIOUS: &[u8] = b"another session's notes\n";

#[test]
fn new_force_and_run_never_write_through_a_symlinked_lock() {
    let home = Home::new();
    home.cjm().args(["new", "s", "--goal", "x"]).assert().success();
    let path = home.session("s");
    let before = fs::read(&path).unwrap();
    let precious = home.path("precious.ron");
    fs::write(&precious, PRECIOUS).unwrap();
    let lock = lock_path(&path);
    symlink(&precious, &lock).unwrap();
    let said = format!("{}: the lock file is a symbolic link", lock.display());

    let out = home.cjm().args(["new", "s", "--goal", "y", "--force"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&said), "{stderr}");
    assert_eq!(fs::read(&precious).unwrap(), PRECIOUS, "the link's target is byte-for-byte unchanged");
    assert_eq!(fs::read(&path).unwrap(), before, "the session is not replaced");

    let out = home.cjm().arg("run").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&said), "{stderr}");
    assert_eq!(fs::read(&precious).unwrap(), PRECIOUS);
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(fs::symlink_metadata(&lock).unwrap().file_type().is_symlink(), "the link is left alone");

    home.ja()
        .args(["new", "s", "--goal", "y", "--force"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("シンボリックリンク"));
    assert_eq!(fs::read(&precious).unwrap(), PRECIOUS);
}

#[test]
fn a_dangling_lock_link_creates_nothing() {
    let home = Home::new();
    home.cjm().args(["new", "s", "--goal", "x"]).assert().success();
    let path = home.session("s");
    let target = home.path("victim.ron");
    symlink(&target, lock_path(&path)).unwrap();
    home.cjm().args(["new", "s", "--goal", "y", "--force"]).assert().code(1);
    home.cjm().arg("run").arg(&path).assert().code(1);
    home.cjm().args(["new", "t", "--goal", "y"]).assert().success();
    symlink(&target, lock_path(&home.session("u"))).unwrap();
    home.cjm().args(["new", "u", "--goal", "y"]).assert().code(1);
    assert!(!target.exists(), "the link's target is not created");
    assert!(!home.session("u").exists());
}

#[test]
fn a_lock_path_that_is_a_directory_or_a_fifo_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = session(dir.path(), "s.ron");
    fs::create_dir(lock_path(&path)).unwrap();
    let err = Lock::acquire(&path).expect_err("a directory");
    let unexpected = err.downcast_ref::<Unexpected>().unwrap_or_else(|| panic!("{err:#}"));
    assert!(unexpected.to_string().contains("the lock file is a directory"), "{unexpected}");
    fs::remove_dir(lock_path(&path)).unwrap();

    let made = std::process::Command::new("mkfifo").arg(lock_path(&path)).status().unwrap();
    assert!(made.success());
    let err = Lock::acquire(&path).expect_err("a fifo");
    let unexpected = err.downcast_ref::<Unexpected>().unwrap_or_else(|| panic!("{err:#}"));
    assert!(unexpected.to_string().contains("not a regular file"), "{unexpected}");
    assert!(Writer::open(&path).is_err());
}

/// Every way to name `real` other than its own path.
fn aliases(dir: &Path, real: &Path) -> Vec<PathBuf> {
    let link = dir.join("link.ron");
    symlink(real, &link).unwrap();
    let hard = dir.join("hard.ron");
    fs::hard_link(real, &hard).unwrap();
    let other = dir.join("elsewhere");
    fs::create_dir(&other).unwrap();
    let far = other.join("far.ron");
    fs::hard_link(real, &far).unwrap();
    let sub = dir.join("sub");
    fs::create_dir(&sub).unwrap();
    let via_dots = sub.join("..").join(real.file_name().unwrap());
    let linked_dir = dir.join("linked");
    symlink(dir, &linked_dir).unwrap();
    vec![link, hard, far, via_dots, linked_dir.join(real.file_name().unwrap())]
}

/// Refused as held; by this process, named, unless the holder's name is a
/// hard link in another directory (whose lock file cannot be found).
fn assert_held_by_me(err: anyhow::Error, alias: &Path) {
    let held = err.downcast_ref::<Held>().unwrap_or_else(|| panic!("{}: {err:#}", alias.display()));
    let me = std::process::id().to_string();
    let far = alias.to_string_lossy().contains("elsewhere");
    assert!(held.pid == me || far && held.pid == "unknown", "{}: {}", alias.display(), held.pid);
}

/// Opens `path` once the writer just dropped has let go. A `cjm` child
/// spawned by a test running in parallel holds a copy of every open file
/// (and so of its lock) from its fork until its exec: a second or so is
/// allowed for that.
fn open_when_free(path: &Path) -> Writer {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        match Writer::open(path) {
            Ok(writer) => return writer,
            Err(e) if std::time::Instant::now() > deadline => panic!("{}: {e:#}", path.display()),
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
        }
    }
}

#[test]
fn no_alias_of_an_open_session_opens_it_for_writing() {
    let dir = tempfile::tempdir().unwrap();
    let real = session(dir.path(), "real.ron");
    let aliases = aliases(dir.path(), &real);
    let writer = Writer::open(&real).expect("open");
    for alias in &aliases {
        assert_held_by_me(Writer::open(alias).expect_err("an alias is refused"), alias);
        assert_held_by_me(store::file::load_locked(alias).expect_err("refused"), alias);
        let err = store::create(alias, &common::header(), &[], true).expect_err("not replaced");
        assert!(
            err.downcast_ref::<cjm::store::lock::HeldReplace>().is_some(),
            "{}: {err:#}",
            alias.display()
        );
    }
    drop(writer);
    // Held through an alias, the session's own path is refused too.
    for alias in &aliases {
        let writer = open_when_free(alias);
        assert_held_by_me(Writer::open(&real).expect_err("refused"), &real);
        drop(writer);
    }
    // Once every writer is gone, nothing is left locked or behind.
    drop(open_when_free(&real));
    for alias in &aliases {
        assert!(!lock_path(alias).exists(), "{}", alias.display());
    }
}

#[test]
fn a_lock_path_that_is_another_files_hard_link_is_refused_and_the_file_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = session(dir.path(), "s.ron");
    let precious = dir.path().join("precious.ron");
    fs::write(&precious, PRECIOUS).unwrap();
    fs::hard_link(&precious, lock_path(&path)).unwrap();
    let err = Lock::acquire(&path).expect_err("a hard link");
    let unexpected = err.downcast_ref::<Unexpected>().unwrap_or_else(|| panic!("{err:#}"));
    assert!(unexpected.to_string().contains("has other names (hard links)"), "{unexpected}");
    assert!(Writer::open(&path).is_err());
    assert_eq!(fs::read(&precious).unwrap(), PRECIOUS, "byte-for-byte unchanged");
}

#[test]
fn run_and_new_through_an_alias_name_the_holders_pid() {
    let home = Home::new();
    home.cjm().args(["new", "real.ron", "--goal", "x"]).assert().success();
    let real = home.path("real.ron");
    let aliases = aliases(&home.path(""), &real);
    let before = fs::read(&real).unwrap();
    let _writer = Writer::open(&real).expect("open");
    let said = format!("is open in another cjm (process {})", std::process::id());
    for alias in &aliases {
        for args in [vec!["run"], vec!["new", "--goal", "y", "--force"]] {
            let out = home.cjm().args(&args[..1]).arg(alias).args(&args[1..]).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{args:?} {}", alias.display());
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains(&said), "{args:?} {}: {stderr}", alias.display());
        }
        assert_eq!(fs::read(&real).unwrap(), before, "{}", alias.display());
    }
}

#[test]
fn the_lock_table_line_of_an_flock_names_its_pid() {
    use cjm::store::holder::flock_holder;
    // fe:00 is major 0xfe, minor 0: st_dev 0xfe00.
    let line = "3: FLOCK  ADVISORY  WRITE 15441 fe:00:10011183 0 EOF";
    assert_eq!(flock_holder(line, 0xfe00, 10011183).as_deref(), Some("15441"));
    assert_eq!(flock_holder(line, 0xfe00, 10011184), None, "another inode");
    assert_eq!(flock_holder(line, 0xfd00, 10011183), None, "another device");
    assert_eq!(flock_holder("3: -> FLOCK  ADVISORY  WRITE 1 fe:00:10011183 0 EOF", 0xfe00, 10011183), None);
    assert_eq!(flock_holder("1: POSIX  ADVISORY  WRITE 7 fe:00:10011183 0 EOF", 0xfe00, 10011183), None);
}
