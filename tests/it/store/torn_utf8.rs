//! Only the last line may be torn, and a torn last line may hold any
//! bytes: invalid UTF-8 there (a cut inside a multi-byte character plus
//! garbage, or random bytes appended) is a torn tail like any other,
//! reported as `PATH:LINE:COL`, with every complete event before it read
//! by `run`, `export` and `replay`. Invalid bytes before the last line
//! stay a located error. CRLF files are one format for every command:
//! `validate` accepts them, and appends keep the file's line ending.

use std::fs;
use std::path::Path;

use cjm::store::{self, Problem};
use cjm::{sample, store::format::parse};
use predicates::prelude::*;

use crate::support::home;
use home::Home;

/// The sample session with `tail` appended after its last whole line.
fn with_tail(tail: &[u8]) -> Vec<u8> {
    let mut bytes = sample::file_text().into_bytes();
    bytes.extend_from_slice(tail);
    bytes
}

fn last_line_no() -> usize {
    sample::file_text().lines().count() + 1
}

/// A record cut inside 顧 (3 bytes, 2 kept) with garbage after it, and
/// random bytes appended to a whole file.
fn bad_tails() -> Vec<Vec<u8>> {
    let mut cut =
        b"(at:1795585912000,event:NoteAdded(id:99,note:(group:17,persona:None,phase:15,kind:Pain,text:\""
            .to_vec();
    cut.extend_from_slice(&"顧".as_bytes()[..2]);
    cut.extend_from_slice(b"zz\xff");
    vec![cut, vec![0xff, 0xfe, 0x00, 0x80, b'(', 0xc3], b"(at:17\xc3\x28garbage".to_vec()]
}

#[test]
fn invalid_utf8_in_the_torn_last_line_keeps_every_complete_event() {
    let (header, events) = sample::events();
    for tail in bad_tails() {
        let parsed = parse(Path::new("s.ron"), &with_tail(&tail)).unwrap_or_else(|e| panic!("{tail:?}: {e}"));
        assert_eq!(parsed.header, header);
        assert_eq!(parsed.events, events, "{tail:?}");
        let torn = parsed.torn.expect("a torn tail");
        assert_eq!(torn.offset, sample::file_text().len(), "{tail:?}");
        assert_eq!(torn.error.problem, Problem::TornTail { kept: events.len() });
        assert_eq!(torn.error.pos.map(|p| p.line), Some(last_line_no()), "{tail:?}");
    }
}

#[test]
fn invalid_utf8_before_the_last_line_is_still_a_located_error() {
    let mut bytes = with_tail(b"\xff\xfe\n");
    bytes.extend_from_slice(b"(at:1,event:Goal");
    let err = parse(Path::new("s.ron"), &bytes).expect_err("not the last line");
    assert_eq!(err.problem, Problem::NotText);
    assert_eq!(err.pos.map(|p| (p.line, p.col)), Some((last_line_no(), 1)));
}

#[test]
fn export_replay_and_opening_for_writing_read_past_a_bad_tail() {
    let home = Home::new();
    let path = home.path("s.ron");
    let tail = &bad_tails()[0];
    fs::write(&path, with_tail(tail)).unwrap();
    let before = fs::read(&path).unwrap();
    let at = format!("s.ron:{}:", last_line_no());
    home.cjm()
        .args(["export", "s.ron"])
        .assert()
        .success()
        .stderr(predicate::str::contains(&at).and(predicate::str::contains("incomplete")));
    home.cjm().args(["replay", "s.ron", "--summary"]).assert().success();
    assert_eq!(fs::read(&path).unwrap(), before, "read-only commands leave the file as it was");
    home.cjm().args(["validate", "s.ron"]).assert().code(1).stderr(predicate::str::contains(&at));

    // Opening it for writing sets the bad tail aside, then appends.
    let app = cjm::tui::load_app(&path, 7).expect("opens");
    drop(app);
    let backup = home.path("s.ron.torn-7");
    assert_eq!(fs::read(&backup).unwrap(), before, "the whole file, bad bytes too, is backed up");
    assert_eq!(fs::read(&path).unwrap(), sample::file_text().into_bytes());
}

#[test]
fn validate_accepts_a_crlf_session_and_appends_keep_crlf() {
    let home = Home::new();
    let path = home.path("s.ron");
    fs::write(&path, sample::file_text().replace('\n', "\r\n")).unwrap();
    home.cjm().args(["validate", "s.ron"]).assert().success();
    let (_, events) = sample::events();
    let mut writer = store::Writer::open(&path).unwrap();
    writer.append(events.last().unwrap()).unwrap();
    drop(writer);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.ends_with(")\r\n"), "{:?}", &text[text.len() - 20..]);
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count(), "no bare LF");
    home.cjm().args(["validate", "s.ron"]).assert().success();
}
