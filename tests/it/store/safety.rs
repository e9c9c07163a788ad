//! The session file is never overwritten by mistake: replacing one takes
//! its lock, setting a torn tail aside never overwrites an earlier
//! backup, and a header's format must be one that exists.

use crate::common;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use cjm::domain::{Event, Stamped};
use cjm::store::lock::{Held, HeldReplace, Lock, lock_path};
use cjm::store::{self, Writer};

fn session(dir: &Path) -> PathBuf {
    let path = dir.join("s.ron");
    let events = [Stamped { at: common::T0 + 1, event: Event::GoalConfirmed }];
    store::create(&path, &common::header(), &events, false).expect("create");
    path
}

// ---- replacing takes the lock ----

#[test]
fn replacing_a_session_open_in_a_writer_is_refused_with_the_pid_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = session(dir.path());
    let before = fs::read(&path).expect("read");
    let writer = Writer::open(&path).expect("open");
    let err = store::create(&path, &common::header(), &[], true).expect_err("held");
    let held = err.downcast_ref::<HeldReplace>().expect("a HeldReplace error");
    assert_eq!(held.pid, std::process::id().to_string());
    assert_eq!(held.path, path.display().to_string());
    assert_eq!(fs::read(&path).expect("read"), before, "the file is byte-identical");
    // No temporary file is left behind; the writer's lock is still there.
    let names: Vec<_> =
        fs::read_dir(dir.path()).expect("dir").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(lock_path(&path).exists());
    drop(writer);

    // Once the writer is gone, replacing works, and leaves no lock behind.
    store::create(&path, &common::header(), &[], true).expect("replace");
    assert!(store::load(&path).expect("load").events.is_empty());
    assert!(!lock_path(&path).exists());
}

#[test]
fn creating_a_new_file_under_a_held_lock_is_refused_as_held() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    let _lock = Lock::acquire(&path).expect("lock");
    let err = store::create(&path, &common::header(), &[], false).expect_err("held");
    assert!(err.downcast_ref::<Held>().is_some(), "{err:#}");
    assert!(!path.exists());
}

// ---- the header's format ----

/// A session file's text with its `format: 1,` line replaced by `line`.
fn with_format_line(line: &str) -> String {
    let text = store::format::encode_header(&common::header()).expect("header");
    assert!(text.contains("\n    format: 1,\n"), "{text}");
    text.replacen("    format: 1,", line, 1)
}

fn load_err(dir: &Path, text: &str) -> store::FileError {
    let path = dir.join("f.ron");
    fs::write(&path, text).expect("write");
    store::load(&path).expect_err("refused")
}

#[test]
fn format_zero_is_refused_at_the_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = load_err(dir.path(), &with_format_line("    format: 0,"));
    assert_eq!(err.problem, store::Problem::UnknownVersion { found: 0, supported: 1 });
    // Two preamble lines, `(`, then the format line; the 0 is in column 13.
    assert_eq!(err.pos, Some(store::Pos { line: 4, col: 13 }));
    let msg = err.to_string();
    assert!(
        msg.starts_with(&format!("{}:4:13: unknown file format 0", dir.path().join("f.ron").display())),
        "{msg}"
    );
}

#[test]
fn the_format_value_is_found_past_comments_strings_and_other_fields() {
    let dir = tempfile::tempdir().expect("tempdir");
    let decoy = "    // format: 5\n    note: \"format: 7, (\",\n    format:\t0,";
    let err = load_err(dir.path(), &with_format_line(decoy));
    assert_eq!(err.problem, store::Problem::UnknownVersion { found: 0, supported: 1 });
    assert_eq!(err.pos, Some(store::Pos { line: 6, col: 13 }));
}

#[test]
fn format_99_is_still_refused_as_newer_at_the_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = load_err(dir.path(), &with_format_line("    format: 99,\n    hologram: true,"));
    assert_eq!(err.problem, store::Problem::NewerVersion { found: 99, supported: 1 });
    assert_eq!(err.pos, Some(store::Pos { line: 4, col: 13 }));
}

#[test]
fn format_1_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("f.ron");
    fs::write(&path, with_format_line("    format: 1,")).expect("write");
    assert!(store::load(&path).expect("loads").events.is_empty());
}

// ---- torn tails are set aside, never over an earlier backup ----

/// Appends a torn record to the session and sets it aside at `now`.
fn tear_and_recover(path: &Path, torn: &str, now: u64) -> (PathBuf, Vec<u8>) {
    let mut bytes = fs::read(path).expect("read");
    bytes.extend_from_slice(torn.as_bytes());
    fs::write(path, &bytes).expect("write");
    let parsed = store::load(path).expect("load");
    let offset = parsed.torn.expect("torn").offset;
    let backup = store::file::set_torn_tail_aside(path, offset, now).expect("set aside");
    (backup, bytes)
}

#[test]
fn two_recoveries_in_the_same_millisecond_keep_both_backups() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = session(dir.path());
    let whole = fs::read(&path).expect("read");
    let (first, first_bytes) = tear_and_recover(&path, "(at:1,event:Note", 42);
    let (second, second_bytes) = tear_and_recover(&path, "(at:2,event:Goal", 42);
    let (third, third_bytes) = tear_and_recover(&path, "(at:3,event:Und", 42);
    assert_eq!(first, dir.path().join("s.ron.torn-42"));
    assert_eq!(second, dir.path().join("s.ron.torn-42-2"));
    assert_eq!(third, dir.path().join("s.ron.torn-42-3"));
    assert_eq!(fs::read(&first).expect("first"), first_bytes);
    assert_eq!(fs::read(&second).expect("second"), second_bytes);
    assert_eq!(fs::read(&third).expect("third"), third_bytes);
    assert_eq!(fs::read(&path).expect("read"), whole, "only the torn bytes were cut");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&second).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "a backup is as private as the session");
    }
}

#[test]
fn a_users_file_with_the_backup_name_is_not_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = session(dir.path());
    let mine = dir.path().join("s.ron.torn-7");
    fs::write(&mine, "mine").expect("write");
    let (backup, bytes) = tear_and_recover(&path, "(at:1,event:Note", 7);
    assert_eq!(backup, dir.path().join("s.ron.torn-7-2"));
    assert_eq!(fs::read(&backup).expect("backup"), bytes);
    assert_eq!(fs::read_to_string(&mine).expect("mine"), "mine");
}

// ---- opening takes the lock before it reads or repairs ----

#[test]
fn opening_a_session_another_writer_holds_neither_cuts_nor_backs_it_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = session(dir.path());
    let _writer = Writer::open(&path).expect("the other cjm");
    // The other cjm is halfway through appending a record.
    let mut bytes = fs::read(&path).expect("read");
    bytes.extend_from_slice(b"(at:1,event:GoalConf");
    fs::write(&path, &bytes).expect("write");
    let Err(err) = cjm::tui::load_app(&path, 42) else { panic!("opened a held session") };
    assert!(err.downcast_ref::<Held>().is_some(), "{err:#}");
    assert_eq!(fs::read(&path).expect("read"), bytes, "nothing was cut");
    assert!(!dir.path().join("s.ron.torn-42").exists(), "no backup was made");
}

#[test]
fn opening_a_missing_session_says_no_such_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Err(err) = cjm::tui::load_app(&dir.path().join("gone/s.ron"), 42) else { panic!("opened") };
    let file = err.downcast_ref::<store::FileError>().expect("a file error");
    assert_eq!(file.problem, store::Problem::NotFound);
}

// ---- the writer never writes what the reader refuses ----

fn note(text: String) -> Stamped {
    Stamped { at: common::T0 + 2, event: Event::GoalSet { goal: text, done_when: String::new() } }
}

#[test]
fn a_record_longer_than_a_line_may_be_is_refused_and_the_session_still_opens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = session(dir.path());
    let before = fs::read(&path).expect("read");
    let limit = store::format::MAX_LINE_BYTES;
    let mut writer = Writer::open(&path).expect("open");
    let err = writer.append(&note("x".repeat(limit))).expect_err("too long");
    assert!(err.to_string().contains("longer than 1048576 bytes"), "{err}");
    assert_eq!(fs::read(&path).expect("read"), before, "nothing written");
    // The longest record that fits is written, and the file loads with it.
    let overhead = store::format::encode_event(&note(String::new())).expect("encode").len() - 1;
    let longest = note("x".repeat(limit - overhead));
    assert_eq!(store::format::encode_event(&longest).expect("encode").len() - 1, limit);
    writer.append(&longest).expect("fits");
    drop(writer);
    let parsed = store::load(&path).expect("still opens");
    assert_eq!(parsed.events.last(), Some(&longest));
}

#[test]
fn an_append_that_would_pass_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = session(dir.path());
    let near = store::format::MAX_FILE_BYTES - 10;
    // A sparse file stands in for 64 MiB of notes; the writer does not parse.
    fs::OpenOptions::new().write(true).open(&path).expect("open").set_len(near).expect("grow");
    let mut writer = Writer::open(&path).expect("open");
    let err = writer.append(&note("x".into())).expect_err("too big");
    assert!(err.to_string().contains("would grow past 67108864 bytes"), "{err}");
    assert_eq!(fs::metadata(&path).expect("meta").len(), near, "nothing written");
}

/// After a last record without its newline, the writer puts the newline
/// back before the next record: that byte counts against the limit too,
/// or the file would end one byte past what `load` reads.
#[test]
fn the_newline_put_back_counts_against_the_size_limit() {
    let record = store::format::encode_event(&note("x".into())).expect("encode").len() as u64;
    let limit = store::format::MAX_FILE_BYTES;
    let dir = tempfile::tempdir().expect("tempdir");
    // Unterminated (a sparse file ends in a zero byte): record and newline
    // would make limit + 1 bytes.
    let path = session(dir.path());
    fs::OpenOptions::new().write(true).open(&path).expect("open").set_len(limit - record).expect("grow");
    let mut writer = Writer::open(&path).expect("open");
    let err = writer.append(&note("x".into())).expect_err("one byte too many");
    assert!(err.to_string().contains("would grow past 67108864 bytes"), "{err}");
    assert_eq!(fs::metadata(&path).expect("meta").len(), limit - record, "nothing written");
    drop(writer);
    // Terminated at the same length: the record fits exactly.
    fs::OpenOptions::new().write(true).open(&path).expect("open").set_len(limit - record - 1).expect("cut");
    fs::OpenOptions::new().append(true).open(&path).expect("open").write_all(b"\n").expect("newline");
    let mut writer = Writer::open(&path).expect("open");
    writer.append(&note("x".into())).expect("fits");
    assert_eq!(fs::metadata(&path).expect("meta").len(), limit);
}

#[test]
fn a_session_file_is_told_from_other_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = session(dir.path());
    assert!(store::file::is_session(&path));
    let crlf = dir.path().join("crlf.ron");
    fs::write(&crlf, fs::read_to_string(&path).expect("read").replace('\n', "\r\n")).expect("write");
    assert!(store::file::is_session(&crlf));
    let md = dir.path().join("s.md");
    fs::write(&md, "# Report\n\n// events are listed below\n").expect("write");
    assert!(!store::file::is_session(&md));
    assert!(!store::file::is_session(&dir.path().join("missing.ron")));
    assert!(!store::file::is_session(dir.path()));
}
