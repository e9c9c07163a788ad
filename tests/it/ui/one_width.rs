//! One width function everywhere (#15 item 5): no file under `src/` or
//! `benches/` but `src/text.rs` measures text itself, with unicode-width,
//! ratatui's `CellWidth` or a `Span`/`Line`/`Text` `.width()`. A second
//! measure is how half-width kana once came out two columns short in the
//! link picker (tests/it/ui/halfwidth_kana.rs checks that screen).

use std::fs;
use std::path::{Path, PathBuf};

/// What measuring text by hand looks like in Rust source.
const MEASURES: &[&str] = &[
    "unicode_width",
    "UnicodeWidthStr",
    "UnicodeWidthChar",
    "CellWidth",
    "cell_width",
    ".width()",
    "width_cjk",
];

/// The one file that may measure.
const THE_ONE: &str = "src/text.rs";

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `file:line: text` for every line of `text` that measures, comments aside.
fn offenders(rel: &str, text: &str) -> Vec<String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .filter(|(_, l)| MEASURES.iter().any(|m| l.contains(m)))
        .map(|(i, l)| format!("{rel}:{}: {}", i + 1, l.trim()))
        .collect()
}

#[test]
fn only_src_text_rs_measures_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("benches"), &mut files);
    assert!(files.len() > 50, "src/ not found");
    let mut found = Vec::new();
    let mut the_one_measures = false;
    for file in files {
        let rel = file.strip_prefix(root).expect("under root").display().to_string();
        let text = fs::read_to_string(&file).expect("read");
        let bad = offenders(&rel, &text);
        if rel == THE_ONE {
            the_one_measures = !bad.is_empty();
        } else {
            found.extend(bad);
        }
    }
    assert!(the_one_measures, "{THE_ONE} no longer measures: the scan looks for the wrong words");
    assert!(
        found.is_empty(),
        "text measured outside {THE_ONE} (use cjm::text::width):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_a_measure() {
    assert_eq!(offenders("a.rs", "use unicode_width::UnicodeWidthStr;\n// unicode_width\n").len(), 1);
    assert_eq!(offenders("a.rs", "let w = line.width();").len(), 1);
    assert!(offenders("a.rs", "let w = area.width;").is_empty());
}
