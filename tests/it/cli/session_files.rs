//! The command line keeps the user's session files safe: `new --force`
//! does not replace a session open elsewhere, and `validate` names a
//! header format that does not exist, in English and Japanese.

use std::fs;

use predicates::prelude::*;

use crate::support::home;
use home::{Home, write};

#[test]
fn new_force_refuses_a_session_open_elsewhere_and_leaves_it_byte_identical() {
    let home = Home::new();
    home.cjm().args(["new", "x", "--goal", "first"]).assert().success();
    let path = home.session("x");
    let before = fs::read(&path).unwrap();
    let lock = cjm::store::lock::Lock::acquire(&path).unwrap();
    let pid = std::process::id();
    let out = home.cjm().args(["new", "x", "--goal", "second", "--force"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let said = format!(
        "cannot replace {}: it is open in another cjm (process {pid}); close it there first",
        path.display()
    );
    assert!(stderr.contains(&said), "{stderr}");
    assert_eq!(stderr.matches(&path.display().to_string()).count(), 1, "the path once: {stderr}");
    assert_eq!(fs::read(&path).unwrap(), before);
    home.ja()
        .args(["new", "x", "--goal", "second", "--force"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "は別の cjm (プロセス {pid}) で開かれているため置き換えられません"
        )))
        .stderr(predicate::str::contains("cannot").not())
        .stderr(predicate::function(|e: &str| e.matches(&path.display().to_string()).count() == 1));
    assert_eq!(fs::read(&path).unwrap(), before);

    drop(lock);
    home.cjm().args(["new", "x", "--goal", "second", "--force"]).assert().success();
    assert!(fs::read_to_string(&path).unwrap().contains("goal: \"second\""));
}

#[test]
fn validate_names_format_0_and_a_newer_format_at_the_value_in_both_languages() {
    let home = Home::new();
    home.cjm().args(["new", "good", "--goal", "g"]).assert().success();
    let good = fs::read_to_string(home.session("good")).unwrap();
    assert!(good.contains("\n    format: 1,\n"), "{good}");
    write(&home.path("zero.ron"), good.replacen("format: 1,", "format: 0,", 1).as_bytes());
    write(&home.path("newer.ron"), good.replacen("format: 1,", "format: 99,", 1).as_bytes());

    home.cjm().args(["validate", "zero.ron"]).assert().code(1).stderr(predicate::str::contains(
        "zero.ron:4:13: unknown file format 0: formats start at 1 (this cjm reads up to format 1)",
    ));
    home.ja()
        .args(["validate", "zero.ron"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("zero.ron:4:13: ファイル形式 0 は存在しません"));
    home.cjm()
        .args(["validate", "newer.ron"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("newer.ron:4:13: written by a newer cjm (file format 99;"));
    home.ja()
        .args(["validate", "newer.ron"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("newer.ron:4:13: 新しい cjm で書かれたファイルです (形式 99。"));
    // Opening it is refused the same way, before the terminal.
    home.cjm()
        .args(["run", "zero.ron"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("zero.ron:4:13: unknown file format 0"));
}

#[test]
fn export_never_writes_over_a_session_file() {
    let home = Home::new();
    home.cjm().args(["new", "a", "--goal", "first"]).assert().success();
    home.cjm().args(["new", "b", "--goal", "second"]).assert().success();
    let (a, b) = (home.session("a"), home.session("b"));
    let (a_before, b_before) = (fs::read(&a).unwrap(), fs::read(&b).unwrap());
    for target in [&a, &b] {
        let target = target.to_str().unwrap();
        home.cjm().args(["export", "a", "-o", target]).assert().code(1).stderr(predicate::str::contains(
            format!("{target} is a cjm session file; not writing the export over it"),
        ));
        home.ja()
            .args(["export", "a", "--format", "csv", "-o", target])
            .assert()
            .code(1)
            .stderr(predicate::str::contains("は cjm のセッションファイルです。上書きしません"));
    }
    assert_eq!(fs::read(&a).unwrap(), a_before);
    assert_eq!(fs::read(&b).unwrap(), b_before);
    // Any other file is written as asked, over an old export too.
    write(&home.path("report.md"), b"old");
    home.cjm().args(["export", "a", "-o", "report.md"]).assert().success();
    assert!(fs::read_to_string(home.path("report.md")).unwrap().contains("first"));
}
