//! `cjm list` and `cjm templates` line their columns up by terminal
//! columns, not characters: a Japanese session name, step title or
//! template name is two columns a character.

use cjm::app::text_input::display_width;

use crate::support::home;
use home::{Home, write};

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().expect("cjm runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The display column where `needle` starts on `line`.
fn column_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle).map(|i| display_width(&line[..i]))
}

#[test]
fn the_list_keeps_the_goal_column_under_its_heading_in_japanese() {
    let home = Home::new();
    let ok = home.ja().args(["new", "ワークショップ", "--goal", "優先度を決める"]).output().expect("new");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let list = stdout(home.ja().arg("list"));
    let mut lines = list.lines();
    let header = lines.next().unwrap_or_default();
    let row = lines.find(|l| l.contains("ワークショップ")).unwrap_or_default();
    assert_eq!(column_of(row, "優先度を決める"), column_of(header, "ゴール"), "\n{header}\n{row}");
}

#[test]
fn the_templates_keep_their_columns_with_a_japanese_name() {
    let home = Home::new();
    write(&home.path("templates/壊れた.ron"), b"(name: 1)");
    let list = stdout(home.ja().arg("templates"));
    let header = list.lines().next().unwrap_or_default();
    let bad = list.lines().find(|l| l.contains("壊れた")).unwrap_or_default();
    let built_in = list.lines().find(|l| l.contains("組み込み")).unwrap_or_default();
    assert_eq!(column_of(built_in, "組み込み"), column_of(header, "場所"), "\n{header}\n{built_in}");
    assert_eq!(column_of(bad, "不正"), Some(17), "{bad}");
}
