//! `cjm completions` and `cjm man` as a user meets them: the bash script
//! sourced in bash and asked what to complete (COMP_WORDS, as bash fills
//! it on Tab), zsh and fish scripts checked by their shells when present
//! (fish asked what it completes too),
//! and the manual page rendered by `man -l` in both languages.

use std::io::Write;
use std::process::Command;

use crate::support::home::Home;

/// A home with two sessions in its data directory.
fn home_with_sessions() -> Home {
    let home = Home::new();
    for name in ["retro", "q3-review"] {
        home.cjm().args(["new", name, "--goal", "decide the priority of CS measures"]).assert().success();
    }
    home
}

fn script(home: &Home, shell: &str) -> std::path::PathBuf {
    let out = home.cjm().args(["completions", shell]).output().expect("cjm completions");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = home.path(&format!("cjm.{shell}"));
    std::fs::write(&path, &out.stdout).expect("write script");
    path
}

/// What bash completes for `words` (the last one being typed), with the
/// script sourced and the function it registered for `cjm` called as
/// bash calls it on Tab. `cjm_home` is CJM_HOME while completing.
fn bash_complete(
    script: &std::path::Path,
    words: &[&str],
    cjm_home: Option<&std::path::Path>,
) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let line = words.join(" ");
    let program = format!(
        r#"source "$1" || exit 9
fn=$(complete -p cjm | sed -E 's/.* -F ([^ ]+) .*/\1/')
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE='{line}'
COMP_POINT=${{#COMP_LINE}}
"$fn" cjm "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        words = quoted.join(" ")
    );
    let mut cmd = Command::new("bash");
    cmd.env_clear().env("PATH", std::env::var_os("PATH").unwrap_or_default());
    if let Some(h) = cjm_home {
        cmd.env("CJM_HOME", h);
    }
    let out = cmd.args(["--norc", "--noprofile", "-c", &program, "bash"]).arg(script).output().expect("bash");
    assert!(out.status.success(), "bash failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[test]
fn bash_completes_commands_and_session_names() {
    if Command::new("bash").arg("--version").output().is_err() {
        let _ = writeln!(std::io::stderr(), "\n*** SKIPPED: bash not found ***\n");
        return;
    }
    let home = home_with_sessions();
    let script = script(&home, "bash");
    assert_eq!(bash_complete(&script, &["cjm", "ru"], None), ["run"]);
    assert_eq!(bash_complete(&script, &["cjm", "--lang", "ja", "rep"], None), ["replay"]);
    // Session names, found in the data directory the script was made with…
    assert_eq!(bash_complete(&script, &["cjm", "run", "re"], None), ["retro"]);
    let mut all = bash_complete(&script, &["cjm", "export", ""], None);
    all.retain(|w| !w.starts_with('-'));
    all.sort();
    assert_eq!(all, ["q3-review", "retro"]);
    assert_eq!(bash_complete(&script, &["cjm", "discuss", "new-team", "--from", "q"], None), ["q3-review"]);
    // …or in CJM_HOME when it is set at the time of the Tab.
    let other = Home::new();
    other.cjm().args(["new", "another", "--goal", "g"]).assert().success();
    assert_eq!(bash_complete(&script, &["cjm", "run", "a"], Some(&other.path(""))), ["another"]);
    // Not where a value of another kind is typed, nor for `new`'s new file.
    assert!(bash_complete(&script, &["cjm", "new", "x", "--goal", "re"], None).is_empty());
    assert!(bash_complete(&script, &["cjm", "new", "re"], None).is_empty());
    assert!(bash_complete(&script, &["cjm", "run", "--la"], None) == ["--lang"]);
}

#[test]
fn zsh_and_fish_scripts_parse_where_those_shells_are_installed() {
    let home = home_with_sessions();
    for (shell, check) in [("zsh", ["-n"]), ("fish", ["--no-execute"])] {
        let path = script(&home, shell);
        match Command::new(shell).args(check).arg(&path).output() {
            Ok(out) => assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr)),
            Err(_) => {
                let _ =
                    writeln!(std::io::stderr(), "\n*** SKIPPED: {shell} not found: script not parsed ***\n");
            }
        }
    }
    // fish can be asked what it completes, without a terminal.
    let fish = script(&home, "fish");
    let asked = Command::new("fish")
        .env("CJM_HOME", home.path(""))
        .arg("-c")
        .arg(format!("source '{}'; complete -C 'cjm run re'; complete -C 'cjm ru'", fish.display()))
        .output();
    if let Ok(out) = asked {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.lines().any(|l| l == "retro"), "fish: {text}");
        assert!(text.lines().any(|l| l.starts_with("run\t")), "fish: {text}");
    }
    let ps = std::fs::read_to_string(script(&home, "powershell")).expect("read");
    assert!(ps.contains("Register-ArgumentCompleter") && ps.contains("Get-ChildItem"), "{ps}");
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    Home::new().cjm().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn the_man_page_renders_with_man_in_both_languages() {
    let man_found = Command::new("man").arg("--version").output().is_ok_and(|o| o.status.success());
    if !man_found {
        assert!(std::env::var_os("CI").is_none(), "man not found, and CI is set (.ci/run installs man-db)");
        let _ = writeln!(std::io::stderr(), "\n*** SKIPPED: man not found (apt-get install man-db) ***\n");
        return;
    }
    let home = Home::new();
    for (lang, wants) in [
        ("en", ["NAME", "SYNOPSIS", "COMMANDS", "cjm new", "--goal <GOAL>", "ENVIRONMENT", "NO_COLOR"]),
        ("ja", ["名前", "書式", "コマンド", "cjm new", "--goal <GOAL>", "環境変数", "NO_COLOR"]),
    ] {
        let out = home.cjm().args(["--lang", lang, "man"]).output().expect("cjm man");
        assert!(out.status.success());
        let page = home.path(&format!("cjm.{lang}.1"));
        std::fs::write(&page, &out.stdout).expect("write page");
        let shown = Command::new("man")
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("LANG", "C.UTF-8")
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .arg("-l")
            .arg(&page)
            .output()
            .expect("man -l");
        let text = String::from_utf8_lossy(&shown.stdout);
        assert!(shown.status.success(), "man -l {lang}: {}", String::from_utf8_lossy(&shown.stderr));
        for want in wants {
            assert!(text.contains(want), "{lang}: {want:?} not in the rendered page:\n{text}");
        }
        assert!(!text.contains("cjm-new(1)"), "no pointer to a page cjm does not ship");
    }
}
