//! Drafts without a terminal: what is kept (only text that differs from
//! what is saved), how (0600, a symlink at the draft path replaced, never
//! followed), how it comes back, and what the exit line says when the
//! last write did not reach the disk.

use crate::ui_common;

use cjm::app::edit::begin;
use cjm::app::state::Target;
use cjm::domain::Lang;
use cjm::tui::draft;
use crossterm::event::KeyCode;
use ui_common::*;

const DISCUSSION: usize = 3;

#[test]
fn an_open_field_with_new_text_is_kept_owner_only_and_comes_back_in_that_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut app, _) = app_at(DISCUSSION, 30);
    app.path = Some(dir.path().join("s.ron"));
    begin(&mut app, Target::Goal);
    assert_eq!(draft::keep(&app).expect("kept"), None, "an unchanged field leaves no draft");
    type_text(&mut app, " 追記\u{1b}]0;x\u{7}");
    let path = draft::keep(&app).expect("kept").expect("a draft");
    assert_eq!(path, dir.path().join("s.ron.draft"));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o600);

    let (mut reopened, _) = app_at(DISCUSSION, 31);
    reopened.path = Some(dir.path().join("s.ron"));
    draft::offer(&mut reopened);
    let edit = reopened.edit.as_ref().expect("the field is open again");
    assert_eq!(edit.target, Target::Goal);
    assert_eq!(edit.input.text(), app.edit.as_ref().expect("typed").input.text());
    assert!(!edit.input.text().contains(char::is_control), "no control character comes back");
    assert!(reopened.message.as_deref().is_some_and(|m| m.contains("s.ron.draft")), "{:?}", reopened.message);
    reopened.handle(&key(KeyCode::Esc));
    draft::settle(&mut reopened);
    assert!(!path.exists(), "a discarded draft is removed");
}

#[test]
fn a_symlink_at_the_draft_path_is_replaced_not_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let victim = dir.path().join("precious.txt");
    std::fs::write(&victim, "precious").expect("victim");
    std::os::unix::fs::symlink(&victim, dir.path().join("s.ron.draft")).expect("link");
    let (mut app, _) = app_at(DISCUSSION, 30);
    app.path = Some(dir.path().join("s.ron"));
    assert!(draft::find(app.path.as_deref().expect("path")).is_none(), "a link is not read as a draft");
    begin(&mut app, Target::NewGroup);
    type_text(&mut app, "Group B");
    draft::keep(&app).expect("kept");
    assert_eq!(std::fs::read_to_string(&victim).expect("victim"), "precious", "byte for byte");
    let meta = std::fs::symlink_metadata(dir.path().join("s.ron.draft")).expect("meta");
    assert!(meta.file_type().is_file(), "the link itself was replaced by the draft");
}

#[test]
fn saved_is_said_only_when_the_last_write_reached_the_file() {
    let (mut app, sink) = app_at(DISCUSSION, 30);
    app.path = Some("s.ron".into());
    app.quit_with_save();
    assert_eq!(cjm::tui::farewell(&app, Lang::En, &Ok(None)), ["Saved: s.ron"]);

    let (mut app, sink_full) = app_at(DISCUSSION, 30);
    drop(sink);
    app.path = Some("s.ron".into());
    *sink_full.fail.borrow_mut() = true;
    app.quit_with_save();
    let lines = cjm::tui::farewell(&app, Lang::En, &Ok(Some("s.ron.draft".into())));
    assert!(!lines.iter().any(|l| l.starts_with("Saved")), "a full disk is not 'Saved': {lines:?}");
    assert!(lines[0].starts_with("Not saved: s.ron: "), "{lines:?}");
    assert!(lines[1].contains("s.ron.draft"), "{lines:?}");
    let ja = cjm::tui::farewell(&app, Lang::Ja, &Ok(None));
    assert!(ja[0].starts_with("保存できませんでした: s.ron"), "{ja:?}");
}
