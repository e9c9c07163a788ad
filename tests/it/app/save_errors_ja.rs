//! Store and terminal errors on the UI's message line speak the UI's
//! language (#15 item 4c): "could not save to …" under `--lang ja` reads
//! in Japanese; an OS error's own words may stay as the system words them
//! where the catalogue has no Japanese for its kind.

use crate::ui_common;

use cjm::app::{App, Sink};
use cjm::domain::journal::Journal;
use cjm::domain::{Event, Lang, Stamped};
use cjm::store::SaveError;
use cjm::store::format::MAX_LINE_BYTES;
use ui_common::{T0, workshop_events_in};

/// The fixture in `lang` in a real session file, its app writing to it.
fn app_on_file(lang: Lang, dir: &std::path::Path) -> App {
    let (header, events) = workshop_events_in(lang);
    let path = dir.join("s.ron");
    cjm::store::create(&path, &header, &events, false).expect("create");
    let writer = cjm::store::Writer::open(&path).expect("writer");
    let mut app = App::new(Journal::new(header, events), Box::new(writer), T0 + 20 * 60_000);
    app.path = Some(path);
    app
}

/// A change too long for one record: refused by the real writer.
fn too_long() -> Event {
    Event::MoveForced { step: 3, reason: "x".repeat(MAX_LINE_BYTES + 1) }
}

#[test]
fn a_refused_save_reads_in_japanese_on_the_message_line_and_after_the_ui() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_on_file(Lang::Ja, dir.path());
    assert!(!app.commit(too_long()));
    let message = app.message.clone().expect("a message");
    let path = dir.path().join("s.ron").display().to_string();
    assert_eq!(
        message,
        format!(
            "保存できませんでした: {path} に保存できません: 変更が {MAX_LINE_BYTES} バイトを超えます (1 件の記録の上限)"
        )
    );
    assert!(!message.contains("could not"), "{message}");
    let unsaved = app.unsaved.clone().expect("unsaved");
    let farewell = cjm::tui::farewell(&app, Lang::Ja, &Ok(None)).join("\n");
    assert_eq!(farewell, format!("保存できませんでした: {path}: {unsaved}"));
}

#[test]
fn in_english_the_same_refusal_keeps_its_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_on_file(Lang::En, dir.path());
    assert!(!app.commit(too_long()));
    let path = dir.path().join("s.ron").display().to_string();
    assert_eq!(
        app.message.as_deref(),
        Some(
            format!(
                "Not saved: could not save to {path}: the change is longer than {MAX_LINE_BYTES} bytes, the most one record may hold"
            )
            .as_str()
        )
    );
}

/// A sink whose write fails as a full disk does.
struct FullDisk;

impl Sink for FullDisk {
    fn append_all(&mut self, _: &[Stamped]) -> anyhow::Result<()> {
        let source = std::io::Error::from_raw_os_error(libc::ENOSPC);
        Err(SaveError::Io { path: "/w/s.ron".into(), source }.into())
    }
}

#[test]
fn a_full_disk_reads_in_japanese_and_an_unknown_os_error_keeps_the_systems_words() {
    let (header, events) = workshop_events_in(Lang::Ja);
    let mut app = App::new(Journal::new(header, events), Box::new(FullDisk), T0);
    assert!(!app.commit(Event::VotingOpened));
    assert_eq!(
        app.message.as_deref(),
        Some("保存できませんでした: /w/s.ron に保存できません: ディスクがいっぱいです")
    );
    let m = cjm::cli::messages::Messages::of(Lang::Ja);
    let odd = SaveError::Io { path: "/w/s.ron".into(), source: std::io::Error::from_raw_os_error(libc::EIO) };
    let text = m.error(&odd.into());
    assert!(text.starts_with("/w/s.ron に保存できません: システムのエラー: "), "{text}");
    for e in [
        SaveError::Broken { path: "/w/s.ron".into() },
        SaveError::FileTooBig { path: "/w/s.ron".into(), max: 64 },
    ] {
        let text = m.error(&e.into());
        assert!(text.starts_with("/w/s.ron に保存できません: ") && !text.is_ascii(), "{text}");
        assert!(!text.contains("could not") && !text.contains("save"), "{text}");
    }
}
