//! Standard output closed or full, for every command that prints: a
//! closed pipe ends quietly (exit 0, nothing on stderr), a full disk is
//! one line naming standard output, exit 1, and nothing panics. And no
//! `println!`-like macro that can panic is left in `src/`.

use std::fs;
use std::path::Path;
use std::process::Stdio;

use crate::support::home;
use home::Home;

/// Every command that prints on standard output, with what it needs.
fn printing_commands(home: &Home) -> Vec<Vec<&'static str>> {
    home.cjm().args(["new", "s", "--goal", "g"]).assert().success();
    home::write(&home.path("bad.ron"), b"not a cjm file");
    vec![
        vec!["validate", "s"],
        vec!["validate", "s", "bad.ron"],
        vec!["replay", "s", "--summary"],
        vec!["list"],
        vec!["templates"],
        vec!["new", "t", "--goal", "g", "--force"],
        vec!["export", "s"],
        vec!["export", "s", "--format", "csv"],
        vec!["--lang", "ja", "templates"],
        vec!["--help"],
        vec!["--version"],
    ]
}

/// The real `cjm`, as `Home::cjm` runs it, as a std command (whose
/// streams can be any file).
fn cjm(home: &Home, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_cjm"));
    cmd.env_clear()
        .env("CJM_HOME", home.path(""))
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .current_dir(home.path(""))
        .args(args)
        .stdin(Stdio::null());
    cmd
}

fn fails_to_panic(stderr: &str) -> bool {
    stderr.contains("panicked") || stderr.contains("failed printing")
}

#[test]
#[cfg(target_os = "linux")]
fn a_full_stdout_is_one_error_line_and_exit_1() {
    let home = Home::new();
    for args in printing_commands(&home) {
        let full = fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
        let out = cjm(&home, &args).stdout(full).output().expect("ran");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!fails_to_panic(&stderr), "{args:?} panicked: {stderr}");
        if args[0].starts_with("--") {
            continue; // clap's own help and version: no panic is all that is asked
        }
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        let last = stderr.lines().last().unwrap_or_default();
        assert_eq!(last, "cjm: standard output: No space left on device", "{args:?}: {stderr}");
    }
    let full = fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let out = cjm(&home, &["--lang", "ja", "templates"]).stdout(full).output().expect("ran");
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim_end(), "cjm: 標準出力: ディスクがいっぱいです");
}

#[test]
#[cfg(unix)]
fn a_closed_pipe_ends_quietly() {
    let home = Home::new();
    for args in printing_commands(&home) {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader); // closed before cjm writes a byte: every write is EPIPE
        let out = cjm(&home, &args).stdout(writer).output().expect("ran");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!fails_to_panic(&stderr), "{args:?} panicked: {stderr}");
        let expect_err = args.contains(&"bad.ron");
        if expect_err {
            assert!(stderr.contains("bad.ron"), "{args:?}: the bad file is still named: {stderr}");
            assert_eq!(out.status.code(), Some(1), "{args:?}: still a failed check");
        } else {
            assert_eq!(stderr, "", "{args:?}: quiet");
            assert_eq!(out.status.code(), Some(0), "{args:?}");
        }
    }
}

#[test]
#[cfg(target_os = "linux")]
fn a_full_stderr_never_panics() {
    let home = Home::new();
    home.cjm().args(["new", "s", "--goal", "g"]).assert().success();
    for args in [
        vec!["validate", "nope.ron"],
        vec!["export", "s", "-o", "r.md"],
        vec!["run", "nope/../../nope"],
        vec!["new", "s", "--goal", "g"],
    ] {
        let full = fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
        let out = cjm(&home, &args).stderr(full).stdout(Stdio::null()).output().expect("ran");
        assert_ne!(out.status.code(), Some(101), "{args:?} panicked");
        assert!(out.status.code().is_some(), "{args:?} was killed");
    }
}

/// `src/` outside tests has no `println!`, `print!`, `eprintln!` or
/// `eprint!`: output goes through `cli::out` (also enforced by clippy's
/// `print_stdout` and `print_stderr` lints in lib.rs).
#[test]
fn no_printing_macro_outside_tests() {
    let mut found = Vec::new();
    scan(Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(), &mut found);
    assert!(found.is_empty(), "printing macros that panic on a closed or full stream:\n{}", found.join("\n"));
}

fn scan(dir: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if path.is_dir() {
            scan(&path, found);
        } else if name.ends_with(".rs") && !name.ends_with("tests.rs") {
            let text = fs::read_to_string(&path).expect("source");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                let line = line.split("//").next().unwrap_or_default();
                if ["println!", "print!", "eprintln!", "eprint!"].iter().any(|m| line.contains(m)) {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
}
