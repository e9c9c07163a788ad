//! No user-facing text in `src/cli` outside the message catalogues
//! (`src/cli/messages/`): a format string with a letter outside its
//! `{…}` placeholders, in a macro that prints or builds a message, fails
//! this test with its file and line.

use std::fs;
use std::path::{Path, PathBuf};

/// Macros whose first string literal is user-facing text.
const MACROS: &[&str] = &["println!(", "eprintln!(", "print!(", "eprint!(", "anyhow!(", "bail!(", "format!("];

/// Format strings that are not language (file:line text → why allowed).
const ALLOWED: &[&str] = &[];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "messages") {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
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
    rust_files(&root.join("src/cli"), &mut files);
    assert!(files.len() > 5, "src/cli not found");
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
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
            let entry = format!("{rel}:{line}: {literal}");
            if outside_placeholders(literal).chars().any(|c| c.is_ascii_alphabetic())
                && !ALLOWED.iter().any(|a| entry.contains(a))
            {
                found.push(entry);
            }
        }
    }
    assert!(found.is_empty(), "user-facing text outside src/cli/messages:\n{}", found.join("\n"));
}

#[test]
fn the_scan_sees_a_literal() {
    assert_eq!(first_literal(r#"("Wrote {}", p)"#), Some("Wrote {}"));
    assert_eq!(outside_placeholders("{name:<16} {:>5}"), " ");
    assert!(outside_placeholders("Saved: {}").contains('S'));
}
