//! The command line in Japanese (`--lang ja`, the config file, a Japanese
//! locale): the same exit codes, the same `PATH:LINE:COL: ` prefixes, the
//! words from the Japanese catalogue.

use std::fs;

use predicates::prelude::*;

use crate::support::home;
use home::{Home, write};

#[test]
fn new_in_japanese_and_its_empty_goal_error() {
    let home = Home::new();
    home.ja().args(["new", "a", "--goal", "施策の優先度を決める"]).assert().success().stdout(
        predicate::str::contains("を作成しました").and(predicate::str::contains("開始するには: cjm run")),
    );
    home.ja()
        .args(["new", "b", "--goal", "  "])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("cjm: ゴールが空です"))
        .stderr(predicate::str::contains("the goal").not());
    assert!(!home.path("sessions/b.ron").exists());
    home.ja().args(["new", "a", "--goal", "g"]).assert().code(1).stderr(predicate::str::contains("--force"));
    home.ja()
        .args(["new", "c", "--goal", "g", "--template", "nope"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("\"nope\" というテンプレートはありません"));
}

#[test]
fn list_in_japanese() {
    let home = Home::new();
    home.ja().arg("list").assert().success().stdout(predicate::str::contains("まだセッションがありません"));
    home.ja().args(["new", "alpha", "--goal", "優先度を決める"]).assert().success();
    write(&home.path("sessions/broken.ron"), b"garbage");
    home.ja()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("セッション"))
        .stdout(predicate::str::contains("ゴール").and(predicate::str::contains("優先度を決める")))
        .stdout(predicate::str::contains("broken").and(predicate::str::contains("読み込めません")))
        .stdout(predicate::str::contains("unreadable").not());
}

#[test]
fn templates_in_japanese() {
    let home = Home::new();
    write(&home.path("templates/bad.ron"), b"(name: 1)");
    home.ja()
        .arg("templates")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("テンプレート"))
        .stdout(predicate::str::contains("cjm-ja").and(predicate::str::contains("組み込み")))
        .stdout(predicate::str::contains("bad").and(predicate::str::contains("不正: ")))
        .stdout(predicate::str::contains("自作のテンプレートは"))
        .stdout(predicate::str::contains("built-in").not());
}

#[test]
fn validate_in_japanese_keeps_path_line_col() {
    let home = Home::new();
    home.ja().args(["new", "good", "--goal", "g"]).assert().success();
    home.ja()
        .args(["validate", "good"])
        .assert()
        .success()
        .stdout(predicate::str::contains("good.ron: 問題なし (セッション、イベント 8 件)"));
    let good = fs::read_to_string(home.path("sessions/good.ron")).unwrap();
    let lines = good.lines().count();
    write(&home.path("torn.ron"), format!("{good}(at:1,event:NoteEdi").as_bytes());
    write(&home.path("noise.ron"), &[0x28, 0x0a, 0xff, 0xfe, 0x00, 0x13]);
    let out =
        home.ja().args(["validate", "torn.ron", "noise.ron", "good"]).assert().code(1).get_output().clone();
    let err = String::from_utf8(out.stderr).unwrap();
    let torn = err.lines().find(|l| l.starts_with(&format!("torn.ron:{}:", lines + 1))).unwrap_or_default();
    assert!(torn.contains(": 最後の記録が書き込み途中で切れています"), "{err}");
    assert!(err.contains("noise.ron:2:1: cjm のファイルではありません"), "{err}");
    assert!(String::from_utf8(out.stdout).unwrap().contains("問題なし"));
    home.ja()
        .args(["validate", "missing.ron"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.ron: ファイルがありません"));
}

#[test]
fn the_config_file_and_the_locale_choose_japanese_too() {
    let home = Home::new();
    home.cjm()
        .env("LANG", "ja_JP.UTF-8")
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("まだ"));
    home.cjm()
        .env("LANG", "ja_JP.UTF-8")
        .args(["--lang", "en", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No sessions"));
    write(&home.path("config.ron"), b"(lang: Some(Ja))");
    home.cjm()
        .args(["discuss", "x", "--minutes", "0"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 から 600"));
}

#[test]
fn discuss_errors_and_the_resume_warning_in_japanese() {
    let home = Home::new();
    home.ja()
        .args(["discuss", "x", "--groups", "20"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--groups 20: 1 から 12"));
    home.ja().args(["new", "old", "--goal", "g"]).assert().success();
    let mut text = fs::read_to_string(home.session("old")).unwrap();
    let line = text.lines().count() + 1;
    text.push_str("(at: 5, event: NoSuchEvent)\n");
    fs::write(home.session("old"), &text).unwrap();
    home.ja()
        .args(["discuss", "x", "--from", "old"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("old.ron:{line}:")));
    assert!(!home.session("x").exists());
    write(&home.session("s"), b"garbage");
    home.ja()
        .args(["discuss", "s", "--goal", "g"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("無視しました"));
    home.ja().args(["discuss", "--help"]).assert().success().stdout(predicate::str::contains("[既定: 90]"));
    home.ja().args(["discuss", "g2", "--goal", "g", "--groups", "2"]).assert().code(1);
    home.ja().args(["discuss", "g3", "--from", "g2", "--groups", "3"]).assert().code(1).stderr(
        predicate::str::contains("--from のセッションのグループを引き継ぐため、--groups は無視しました"),
    );
}

#[test]
fn help_in_japanese_where_clap_allows() {
    let home = Home::new();
    home.ja()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("カスタマージャーニーマップ"))
        .stdout(predicate::str::contains("保存したセッションを再生します"))
        .stdout(predicate::str::contains("表示言語"));
    home.cjm()
        .args(["new", "--help", "--lang=ja"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ワークショップで達成すること"));
    home.cjm()
        .env("LANG", "ja_JP.UTF-8")
        .args(["export", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("出力形式"));
    home.cjm()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Play a saved session back"))
        .stdout(predicate::str::contains("再生").not());
    home.ja().arg("validate").assert().code(2);
    home.cjm()
        .env("LANG", "ja_JP.UTF-8")
        .args(["--lang", "fr", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ja か en を指定してください"));
}

/// What `cjm ARGS` prints on stdout (it must succeed).
fn stdout(home: &Home, args: &[&str]) -> String {
    String::from_utf8(home.cjm().args(args).assert().success().get_output().stdout.clone()).unwrap()
}

/// clap's own English words, none of which Japanese help may show.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Print help",
    "Print version",
    "Print this",
    "[default:",
];

#[test]
fn help_headings_and_built_in_flags_in_japanese() {
    let home = Home::new();
    let top = stdout(&home, &["--lang", "ja", "--help"]);
    let discuss = stdout(&home, &["--lang", "ja", "discuss", "--help"]);
    let by_help = stdout(&home, &["--lang", "ja", "help", "discuss"]);
    let replay = stdout(&home, &["--lang", "ja", "replay", "-h"]);
    for (name, text) in
        [("--help", &top), ("discuss --help", &discuss), ("help discuss", &by_help), ("replay", &replay)]
    {
        for word in CLAP_ENGLISH {
            assert!(!text.contains(word), "{name}: {word:?} in\n{text}");
        }
        assert!(text.contains("\n使い方: cjm "), "{name}:\n{text}");
        assert!(text.contains("\nオプション:\n"), "{name}:\n{text}");
        assert!(text.contains("  -h, --help "), "{name}:\n{text}");
        assert!(text.contains("ヘルプを表示します\n"), "{name}:\n{text}");
    }
    assert!(top.contains("\nコマンド:\n  new ") && top.contains("バージョンを表示します"), "{top}");
    assert!(top.contains("このヘルプ、または指定したコマンドのヘルプを表示します"), "{top}");
    assert!(discuss.contains("\n引数:\n  <PATH>  セッションファイル"), "{discuss}");
    assert_eq!(discuss, by_help, "`help discuss` is `discuss --help`");
    assert!(replay.contains("再生速度の倍率 [既定: 60]"), "{replay}");
    insta::assert_snapshot!("help_ja_top", top);
    insta::assert_snapshot!("help_ja_discuss", discuss);
}

#[test]
fn help_in_english_keeps_claps_words_byte_for_byte() {
    let home = Home::new();
    let top = stdout(&home, &["--help"]);
    let discuss = stdout(&home, &["discuss", "--help"]);
    assert!(top.contains("\nUsage: cjm [OPTIONS] [COMMAND]\n\nCommands:\n"), "{top}");
    assert!(
        top.contains("\nOptions:\n") && top.contains("Print help\n") && top.contains("Print version\n"),
        "{top}"
    );
    assert!(discuss.contains("\nArguments:\n  <PATH>"), "{discuss}");
    assert!(stdout(&home, &["replay", "--help"]).contains("Playback speed factor [default: 60]"));
    for text in [&top, &discuss] {
        assert!(!text.contains("使い方") && !text.contains("オプション"), "{text}");
    }
    assert_eq!(stdout(&home, &["--lang", "en", "--help"]), top);
    insta::assert_snapshot!("help_en_top", top);
    insta::assert_snapshot!("help_en_discuss", discuss);
}

#[test]
fn replay_with_a_bad_from_fails_in_japanese_before_touching_the_terminal() {
    let home = Home::new();
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-workshop.ron");
    for (from, says) in
        [("99", "ステップは 8 個です"), ("1:99:00", "HH:MM:SS の形で"), ("no such step", "その題名の")]
    {
        home.ja()
            .args(["replay", sample, "--from", from])
            .assert()
            .code(1)
            .stderr(predicate::str::starts_with("cjm: --from"))
            .stderr(predicate::str::contains(says));
    }
}

#[test]
fn a_failed_create_says_so_in_japanese() {
    let home = Home::new();
    write(&home.path("plain"), b"");
    home.ja()
        .args(["new", "plain/x.ron", "--goal", "g"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ディレクトリ plain を作成できませんでした: "))
        .stderr(predicate::str::contains("could not").not());
}

#[test]
fn a_session_open_elsewhere_is_refused_in_japanese_before_the_terminal() {
    let home = Home::new();
    home.ja().args(["new", "held", "--goal", "g"]).assert().success();
    let path = home.path("sessions/held.ron");
    let _lock = cjm::store::lock::Lock::acquire(&path).unwrap();
    home.ja()
        .args(["run", "held"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("は別の cjm (プロセス "))
        .stderr(predicate::str::contains("`cjm replay` で読み取り専用で開いてください"));
    home.ja()
        .args(["run", "missing"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.ron: ファイルがありません"));
}

#[test]
fn replay_summary_of_a_japanese_session_is_in_japanese() {
    let home = Home::new();
    home.ja().args(["new", "s", "--goal", "施策の優先度を決定する"]).assert().success();
    let out = home.cjm().args(["replay", "s", "--summary"]).assert().success().get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.starts_with("ゴール: 施策の優先度を決定する"), "{out}");
    assert!(out.contains("ステップ") && out.contains("再計画") && out.contains("未実施"), "{out}");
    assert!(out.contains("超過の大きいステップ:"), "{out}");
    for line in out.lines().skip(2).take(3) {
        assert!(!line.contains("ゴールに"), "column heads fit their columns: {line}");
    }
}

/// Usage errors and a corrupt file's parser detail in Japanese (#15 item 4).
#[test]
fn usage_errors_and_parser_details_in_japanese() {
    let home = Home::new();
    let bogus = home.ja().arg("bogus").assert().code(2).get_output().stderr.clone();
    let bogus = String::from_utf8(bogus).unwrap();
    assert!(bogus.starts_with("cjm: 'bogus' というコマンドはありません"), "{bogus}");
    assert!(bogus.contains("使い方: cjm [OPTIONS] [COMMAND]") && !bogus.contains("unrecognized"), "{bogus}");
    home.ja().args(["new", "x"]).assert().code(2).stderr(
        predicate::str::contains("次の引数を指定してください").and(predicate::str::contains("--goal")),
    );
    home.cjm().arg("bogus").assert().code(2).stderr(predicate::str::contains("unrecognized subcommand"));
    home.ja().args(["new", "s", "--goal", "g"]).assert().success();
    let path = home.path("sessions/s.ron");
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str("(at:1,event:GoalConfirmed\n");
    write(&path, text.as_bytes());
    let out =
        home.ja().args(["validate", path.to_str().unwrap()]).assert().code(1).get_output().stderr.clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("イベントが不正です: ここには `,` が必要です"), "{out}");
    assert!(!out.contains("Expected"), "{out}");
}

/// #14 item 19: a Japanese error line has the same shape as the English
/// one (`cjm: ` then the message, no added `エラー:`), and a missing
/// session says how to make one in both languages.
#[test]
fn errors_read_alike_and_a_missing_session_suggests_cjm_new() {
    let home = Home::new();
    let out = home.ja().args(["run", "nope"]).assert().code(1).get_output().stderr.clone();
    let ja = String::from_utf8_lossy(&out).to_string();
    assert!(ja.starts_with("cjm: ") && !ja.contains("エラー:"), "{ja}");
    assert!(
        ja.contains("ファイルがありません（新しいセッションは `cjm new PATH --goal …` で作成します）"),
        "{ja}"
    );
    let out = home.cjm().args(["run", "nope"]).assert().code(1).get_output().stderr.clone();
    let en = String::from_utf8_lossy(&out).to_string();
    assert!(en.contains("no such file (a new session: `cjm new PATH --goal …`)"), "{en}");
}
