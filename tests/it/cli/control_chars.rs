//! Control characters (C0 but line feed and tab, DEL, C1) never reach a
//! terminal or a report: refused in every command-line text, and removed
//! from what a hand-edited session file holds on the way out of `list`,
//! `replay --summary` and both exports. Markdown shows HTML as text and
//! makes no `javascript:` link.

use std::path::Path;

use crate::support::home;
use home::Home;

/// One of each class: NUL, BEL, ESC (C0), DEL, CSI (C1), and CR.
const CLASSES: [char; 6] = ['\u{0}', '\u{7}', '\u{1b}', '\u{7f}', '\u{9b}', '\r'];

fn forbidden(text: &str) -> Vec<char> {
    text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')).collect()
}

#[test]
fn every_text_argument_refuses_every_control_class() {
    let home = Home::new();
    home.cjm().args(["new", "s", "--goal", "g"]).assert().success();
    let before = std::fs::read(home.session("s")).expect("s");
    // NUL cannot be in an argument at all (the system's strings end at it): SOH instead.
    for c in CLASSES.map(|c| if c == '\u{0}' { '\u{1}' } else { c }) {
        let bad = format!("x{c}y");
        let commands: Vec<(Vec<&str>, &str)> = vec![
            (vec!["new", "n", "--goal", &bad], "--goal"),
            (vec!["new", "n", "--goal", "g", "--done-when", &bad], "--done-when"),
            (vec!["new", "n", "--goal", "g", "--template", &bad], "--template"),
            (vec!["new", &bad, "--goal", "g"], "PATH"),
            (vec!["discuss", "d", "--goal", &bad], "--goal"),
            (vec!["discuss", "d", "--goal", "g", "--from", &bad], "--from"),
            (vec!["run", &bad], "PATH"),
            (vec!["replay", "s", "--summary", "--from", &bad], "--from"),
            (vec!["export", &bad], "PATH"),
            (vec!["validate", "s", &bad], "PATH"),
        ];
        for (args, name) in commands {
            let out = home.cjm().args(&args).output().expect("ran");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{c:?} {args:?}: {stderr}");
            let want = format!("cjm: {name}: control character U+{:04X} at character 2", u32::from(c));
            assert!(stderr.starts_with(&want), "{c:?} {args:?}: {stderr}");
            assert!(forbidden(&stderr).is_empty() && !stderr.contains('\r'), "{c:?} {args:?}: {stderr:?}");
            assert!(out.stdout.is_empty(), "{args:?}");
        }
        let out = home.ja().args(["new", "n", "--goal", &bad]).output().expect("ran");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr.contains("--goal: 2 文字目に制御文字"), "{stderr}");
    }
    assert!(!home.session("n").exists() && !home.session("d").exists(), "nothing was made");
    assert_eq!(std::fs::read(home.session("s")).expect("s"), before, "nothing was changed");
    home.cjm().args(["new", "n", "--goal", "tab\there\nand a line"]).assert().success();
}

/// The shipped sample with a goal and a note holding every class, raw as
/// a hand edit leaves them, plus HTML and a `javascript:` link.
fn hostile_session(home: &Home) {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join(cjm::sample::PATH);
    let text = std::fs::read_to_string(sample).expect("sample");
    let evil = "\u{1b}]0;pwned\u{7}\u{1b}[2J<script>alert(1)</script> [x](javascript:alert(1)) \u{0}\u{9b}31m\u{7f}\r";
    let (note, parked) = ("Team login rate stays low", "Pricing plans confuse leaders at renewal");
    assert!(text.contains(note) && text.contains(parked));
    let text = text
        .replace(note, &format!("{note}{evil}"))
        .replace(parked, &format!("{parked}{evil}"))
        .replace("Decide the priority", &format!("Decide{evil}"));
    home::write(&home.session("h"), text.as_bytes());
}

#[test]
fn a_hand_edited_file_leaves_no_control_character_in_any_report() {
    let home = Home::new();
    hostile_session(&home);
    for args in [
        vec!["export", "h"],
        vec!["export", "h", "--format", "csv"],
        vec!["list"],
        vec!["replay", "h", "--summary"],
        vec!["--lang", "ja", "export", "h"],
        vec!["--lang", "ja", "list"],
    ] {
        let out = home.cjm().args(&args).output().expect("ran");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        assert!(stdout.contains("pwned"), "{args:?}: the text is kept:\n{stdout}");
        assert!(forbidden(&stdout).is_empty(), "{args:?}: {:?}", forbidden(&stdout));
        assert!(forbidden(&stderr).is_empty(), "{args:?}: {stderr:?}");
        if args.contains(&"csv") {
            assert!(!stdout.replace("\r\n", "").contains('\r'), "a CR only ends a CSV row");
        } else {
            assert!(!stdout.contains('\r'), "{args:?}");
        }
        if args.contains(&"export") && !args.contains(&"csv") {
            assert!(!stdout.contains("<script>"), "HTML shows as text:\n{stdout}");
            assert!(stdout.contains("&lt;script&gt;"), "{stdout}");
            assert!(!stdout.replace("\\]", "").contains("](javascript:"), "no link:\n{stdout}");
        }
    }
    // Written to a file the same: `-o` is a report too.
    for (format, file) in [("md", "r.md"), ("csv", "r.csv")] {
        home.cjm().args(["export", "h", "--format", format, "-o", file]).assert().success();
        let text = std::fs::read_to_string(home.path(file)).expect("report");
        assert!(text.contains("pwned") && forbidden(&text).is_empty(), "{file}: {:?}", forbidden(&text));
    }
}
