//! A session file whose line ends became CRLF (an editor, or git's
//! autocrlf on Windows) still parses, and a torn last record is located
//! exactly, so setting it aside keeps every complete event.

use std::path::Path;

use cjm::store::format::parse;
use cjm::{sample, store};

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

#[test]
fn a_crlf_file_parses_like_the_lf_one() {
    let (header, events) = sample::events();
    let parsed = parse(Path::new("s.ron"), crlf(&sample::file_text()).as_bytes()).unwrap();
    assert_eq!(parsed.header, header);
    assert_eq!(parsed.events, events);
    assert!(parsed.torn.is_none());
}

#[test]
fn a_torn_tail_in_a_crlf_file_starts_where_the_torn_line_starts() {
    let whole = crlf(&sample::file_text());
    let torn = format!("{whole}(at:1,event:Goal");
    let parsed = parse(Path::new("s.ron"), torn.as_bytes()).unwrap();
    let tail = parsed.torn.expect("the last record is torn");
    assert_eq!(tail.offset, whole.len());
}

#[test]
fn setting_a_crlf_torn_tail_aside_keeps_every_event_and_appends_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let whole = crlf(&sample::file_text());
    std::fs::write(&path, format!("{whole}(at:1,event:Goal")).unwrap();
    let tail = store::load(&path).unwrap().torn.unwrap();
    store::file::set_torn_tail_aside(&path, tail.offset, 7).unwrap();
    let (_, events) = sample::events();
    let last = events.last().unwrap().clone();
    store::Writer::open(&path).unwrap().append(&last).unwrap();
    let parsed = store::load(&path).unwrap();
    assert!(parsed.torn.is_none());
    assert_eq!(parsed.events.len(), events.len() + 1);
    assert_eq!(parsed.events.last(), Some(&last));
}
