//! The command line keeps the user's session files safe: `new --force`
//! does not replace a session open elsewhere, and `validate` names a
//! header format that does not exist, in English and Japanese.

use std::fs;

use predicates::prelude::*;

#[path = "support/home.rs"]
mod home;
use home::Home;

#[test]
fn new_force_refuses_a_session_open_elsewhere_and_leaves_it_byte_identical() {
    let home = Home::new();
    home.cjm().args(["new", "x", "--goal", "first"]).assert().success();
    let path = home.session("x");
    let before = fs::read(&path).unwrap();
    let lock = cjm::store::lock::Lock::acquire(&path).unwrap();
    let pid = std::process::id();
    home.cjm().args(["new", "x", "--goal", "second", "--force"]).assert().code(1).stderr(
        predicate::str::contains(format!(
            "cannot replace {}: it is open in another cjm (process {pid}); close it there first",
            path.display()
        )),
    );
    assert_eq!(fs::read(&path).unwrap(), before);
    home.ja()
        .args(["new", "x", "--goal", "second", "--force"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "は別の cjm (プロセス {pid}) で開かれているため置き換えられません"
        )))
        .stderr(predicate::str::contains("cannot").not());
    assert_eq!(fs::read(&path).unwrap(), before);

    drop(lock);
    home.cjm().args(["new", "x", "--goal", "second", "--force"]).assert().success();
    assert!(fs::read_to_string(&path).unwrap().contains("goal: \"second\""));
}
