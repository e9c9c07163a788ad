//! Long session files, which are parsed on several threads: the result
//! and every error's place are what one thread reading in order gives.

use cjm::store::{self, Problem, format};

use crate::common;

fn long_file(n: usize) -> (tempfile::TempDir, std::path::PathBuf, Vec<u8>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("long.ron");
    store::create(&path, &common::header(), &common::realistic_events(n), false).expect("create");
    let bytes = std::fs::read(&path).expect("read");
    (dir, path, bytes)
}

#[test]
fn ten_thousand_events_come_back_in_order() {
    let (_dir, path, bytes) = long_file(10_000);
    let parsed = format::parse(&path, &bytes).expect("parses");
    assert_eq!(parsed.events, common::realistic_events(10_000));
    assert!(parsed.torn.is_none());
}

#[test]
fn a_bad_line_deep_in_a_long_file_is_named_by_its_line_and_column() {
    let (_dir, path, bytes) = long_file(6_000);
    let text = String::from_utf8(bytes).expect("text");
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    // A bad line near the end and one in the middle: the first is named.
    let middle = lines.len() / 2;
    let late = lines.len() - 10;
    lines[late] = "(at:1,event:NoSuchEvent)".into();
    lines[middle] = "(at:1,event:AlsoNotAnEvent)".into();
    let broken = lines.join("\n") + "\n";
    let err = format::parse(&path, broken.as_bytes()).expect_err("refused");
    let pos = err.pos.expect("a position");
    assert_eq!(pos.line, middle + 1, "{err}");
    assert_eq!(pos.col, 13, "{err}");
    assert!(matches!(err.problem, Problem::Event(_)), "{err}");
}

#[test]
fn a_cut_at_the_end_of_a_long_file_keeps_every_whole_event() {
    let (_dir, path, bytes) = long_file(5_000);
    let whole = format::parse(&path, &bytes).expect("parses").events;
    let cut = &bytes[..bytes.len() - 7];
    let parsed = format::parse(&path, cut).expect("a torn tail is not an error");
    assert!(parsed.torn.is_some(), "the cut record is reported");
    assert!(parsed.events.len() < whole.len());
    assert!(parsed.events.len() >= whole.len() - 20, "only the last batch goes: {}", parsed.events.len());
    assert_eq!(parsed.events[..], whole[..parsed.events.len()]);
}

#[test]
fn blank_and_comment_lines_anywhere_in_a_long_file_are_skipped() {
    let (_dir, path, bytes) = long_file(3_000);
    let text = String::from_utf8(bytes).expect("text");
    let marker = text.find("// events\n").expect("marker") + "// events\n".len();
    let (head, body) = text.split_at(marker);
    let mut out = head.to_string();
    for (i, line) in body.lines().enumerate() {
        if i % 255 == 0 {
            out.push_str("\n   \n// a note by hand\n");
        }
        out.push_str(line);
        out.push('\n');
    }
    let parsed = format::parse(&path, out.as_bytes()).expect("parses");
    assert_eq!(parsed.events, common::realistic_events(3_000));
}
