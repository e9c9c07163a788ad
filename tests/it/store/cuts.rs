//! Property test over real sessions cut anywhere and given a garbage
//! tail (#13): every complete event before the cut is recovered, no
//! command panics, and a read-only command never changes the file.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use cjm::{sample, store::format::parse};
use proptest::prelude::*;

/// The sample session, and the byte offset just after its `// events` line.
fn sample_bytes() -> (Vec<u8>, usize) {
    let text = sample::file_text();
    let marker = "// events\n";
    let start = text.find(marker).map(|i| i + marker.len()).unwrap_or(0);
    (text.into_bytes(), start)
}

/// How many event lines end (newline included) at or before `cut`.
fn whole_lines_before(bytes: &[u8], start: usize, cut: usize) -> usize {
    bytes[start..cut].iter().filter(|&&b| b == b'\n').count()
}

fn cut_with_tail(cut_frac: f64, tail: &[u8]) -> (Vec<u8>, usize, usize) {
    let (bytes, start) = sample_bytes();
    let cut = start + ((bytes.len() - start) as f64 * cut_frac) as usize;
    let cut = cut.min(bytes.len());
    let mut out = bytes[..cut].to_vec();
    out.extend_from_slice(tail);
    (out, start, cut)
}

/// Garbage for a torn last line: any bytes but a newline (only the last
/// line may be torn; a newline would make it a line before the last).
fn garbage() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>().prop_filter("no newline", |b| *b != b'\n'), 0..48)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_complete_event_before_a_cut_is_recovered(cut_frac in 0.0f64..=1.0, tail in garbage()) {
        let (full_bytes, _) = sample_bytes();
        let full = parse(Path::new("full.ron"), &full_bytes).expect("the sample parses");
        let (bytes, start, cut) = cut_with_tail(cut_frac, &tail);
        let parsed = parse(Path::new("cut.ron"), &bytes);
        prop_assert!(parsed.is_ok(), "a cut file must load its prefix: {:?}", parsed.err());
        let parsed = parsed.expect("checked above");
        let whole = whole_lines_before(&bytes, start, cut);
        prop_assert!(parsed.events.len() >= whole, "lost a complete event: {} < {}", parsed.events.len(), whole);
        prop_assert_eq!(&parsed.events[..], &full.events[..parsed.events.len()]);
        // Something was cut or added: unless the cut fell on a line's end
        // with nothing after it, the rest is reported as torn.
        if !tail.is_empty() && parsed.events.len() == whole {
            prop_assert!(parsed.torn.is_some() || tail.iter().all(|b| b.is_ascii_whitespace()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn read_only_commands_never_panic_and_never_change_the_file(cut_frac in 0.0f64..=1.0, tail in garbage()) {
        let (bytes, _, _) = cut_with_tail(cut_frac, &tail);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("cut.ron");
        fs::write(&path, &bytes).expect("write the cut session");
        let commands: [&[&str]; 4] =
            [&["validate"], &["export"], &["export", "--format", "csv"], &["replay", "--summary"]];
        for args in commands {
            let out = Command::cargo_bin("cjm")
                .expect("the cjm binary")
                .env("CJM_HOME", dir.path())
                .args(args)
                .arg(&path)
                .output()
                .expect("cjm runs");
            let code = out.status.code();
            prop_assert!(matches!(code, Some(0) | Some(1)), "{args:?} exited {code:?}: {}", String::from_utf8_lossy(&out.stderr));
            prop_assert_eq!(fs::read(&path).expect("read back"), bytes.clone(), "{:?} changed the file", args);
        }
    }
}
