//! No user-facing text in `src/` outside the message catalogues
//! (`src/cli/messages/`, `src/ui/strings*.rs`, `src/export/labels/`): a
//! format string with a letter outside its `{…}` placeholders and
//! escapes, in a macro that prints or builds a message, fails this test
//! with its file and line. Unit tests (`*tests.rs`, `#[cfg(test)]` on)
//! are not scanned; what is not language is allowed below, one by one.

use std::fs;
use std::path::{Path, PathBuf};

/// Macros whose first string literal is user-facing text.
const MACROS: &[&str] = &["println!(", "eprintln!(", "print!(", "eprint!(", "anyhow!(", "bail!(", "format!("];

/// Methods whose first argument, a string literal, becomes an error's words.
const METHODS: &[&str] = &[".context(\""];

/// Format strings that are not language: (file, the literal, why).
const ALLOWED: &[(&str, &str, &str)] = &[
    ("src/invite.rs", r#"restrict,pty,command=\"{command}\" {} {} {comment}"#, "an authorized_keys line"),
    ("src/templates.rs", "<built-in {n}>", "the path of a built-in template, as validate names it"),
    ("src/templates.rs", "<built-in {name}>", "the path of a built-in template"),
    ("src/templates.rs", "{arg}.ron", "a file name"),
    ("src/tui/mod.rs", "{base}.ron", "a file name"),
    ("src/tui/mod.rs", "{base}-{n}.ron", "a file name"),
    ("src/store/paths.rs", "{arg}.ron", "a file name"),
    ("src/store/paths.rs", "workshop-{y:04}-{m:02}-{d:02}-{hh:02}{mm:02}", "a file name"),
    ("src/store/outbox.rs", "{name}.ron", "a file name"),
    ("src/store/report.rs", "{stem}.{ext}", "a file name"),
    ("src/store/report.rs", "{stem}-{n}.{ext}", "a file name"),
    ("src/store/file.rs", ".torn-{now_ms}", "a file name"),
    ("src/store/file.rs", ".torn-{now_ms}-{n}", "a file name"),
    ("src/store/settings.rs", r"// cjm settings\n{text}\n", "a comment in config.ron"),
    ("src/ui/wrap_up.rs", "  cjm export {path}", "a command line to type"),
    ("src/export/mod.rs", "{} UTC", "a time zone"),
    ("src/export/html.rs", "<strong>{}</strong>{}", "HTML markup around escaped text"),
    ("src/export/html.rs", "<em>{}</em>", "HTML markup around escaped text"),
    ("src/app/sink.rs", "disk full", "MemorySink, the tests' failing sink"),
    // The English catalogue's words for ron's findings (cli::messages::en
    // uses this Display; errors_ja.rs words each case in Japanese).
    ("src/store/syntax.rs", "expected {}", "English Display of Syntax"),
    ("src/store/syntax.rs", "unexpected character {c:?}", "English Display of Syntax"),
    ("src/store/syntax.rs", "unknown variant `{found}` (expected one of: {})", "English Display of Syntax"),
    ("src/store/syntax.rs", "unknown field `{found}` (expected one of: {})", "English Display of Syntax"),
    ("src/store/syntax.rs", "missing field `{field}`", "English Display of Syntax"),
    ("src/store/syntax.rs", "field `{field}` given twice", "English Display of Syntax"),
    ("src/store/syntax.rs", "expected {expected}, found {found}", "English Display of Syntax"),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "messages" || n == "labels") {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !is_catalogue_or_test(&path) {
            out.push(path);
        }
    }
}

/// The UI catalogues (`src/ui/strings*.rs`) and unit-test files.
fn is_catalogue_or_test(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with("tests.rs")
        || (name.starts_with("strings") && path.parent().is_some_and(|p| p.ends_with("src/ui")))
}

/// The first string literal after `from` (plain `"…"` only), unescaped
/// roughly: enough to see letters.
fn first_literal(text: &str) -> Option<&str> {
    let open = text.find('"')?;
    let rest = &text[open + 1..];
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(&rest[..i]),
            _ => escaped = false,
        }
    }
    None
}

/// Records `literal` at `rel:line` as found when it is words and not allowed.
fn check<'a>(
    rel: &str,
    line: usize,
    literal: &str,
    used: &mut Vec<&'a (&'a str, &'a str, &'a str)>,
    found: &mut Vec<String>,
) {
    match ALLOWED.iter().find(|(file, text, _)| *file == rel && *text == literal) {
        Some(a) => used.push(a),
        None if is_language(literal) => found.push(format!("{rel}:{line}: {literal}")),
        None => {}
    }
}

/// Whether a literal holds words: a letter outside its placeholders and
/// its escapes (`\n`, `\"`, `\u{…}`).
fn is_language(literal: &str) -> bool {
    let text = outside_placeholders(literal);
    let mut chars = text.chars();
    let mut letters = false;
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
        } else if c.is_ascii_alphabetic() {
            letters = true;
        }
    }
    letters
}

/// The literal without its `{…}` placeholders (`{{`/`}}` are text).
fn outside_placeholders(s: &str) -> String {
    let s = s.replace("{{", "").replace("}}", "");
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn no_user_facing_literal_outside_the_catalogues() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 50, "src not found");
    let mut found = Vec::new();
    let mut used = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        let rel = file.strip_prefix(root).unwrap().display().to_string();
        for (at, _) in text.match_indices('!') {
            let Some(mac) = MACROS.iter().find(|m| text[..=at].ends_with(&m[..m.len() - 1])) else {
                continue;
            };
            if !text[at + 1..].starts_with('(') {
                continue;
            }
            // A macro name must start at a word boundary (`print!` is not `eprint!`).
            let start = at + 1 - (mac.len() - 1);
            if text[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let args = &text[at + 2..];
            // Only the macro's first argument: up to its first `,` or `)` when no literal comes first.
            let first_arg_end = args.find([',', ')']).unwrap_or(args.len());
            let Some(literal) = first_literal(args) else { continue };
            let literal_at = args.find('"').unwrap_or(usize::MAX);
            if literal_at > first_arg_end {
                continue;
            }
            let line = text[..at].lines().count();
            check(&rel, line, literal, &mut used, &mut found);
        }
        for method in METHODS {
            for (at, _) in text.match_indices(method) {
                let Some(literal) = first_literal(&text[at..]) else { continue };
                check(&rel, text[..at].lines().count(), literal, &mut used, &mut found);
            }
        }
    }
    let stale: Vec<_> = ALLOWED.iter().filter(|a| !used.contains(a)).collect();
    assert!(stale.is_empty(), "allowed literals no longer in src/ (drop them): {stale:?}");
    assert!(found.is_empty(), "user-facing text outside the catalogues:\n{}", found.join("\n"));
}

#[test]
fn the_scan_sees_a_literal() {
    assert_eq!(first_literal(r#"("Wrote {}", p)"#), Some("Wrote {}"));
    assert_eq!(outside_placeholders("{name:<16} {:>5}"), " ");
    assert!(outside_placeholders("Saved: {}").contains('S'));
    assert!(!is_language(r"{}:\n\n  {}. {}\n"));
    assert!(is_language("could not back up {}"));
}
