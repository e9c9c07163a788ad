//! The link picker with note 301 ("管理画面の用語がわからない ｶﾞｲﾄﾞ") in a
//! real terminal (tmux): the row reads the note and nothing else, and its
//! right border stands where the other rows have theirs. Skipped loudly
//! without tmux unless CJM_REQUIRE_TMUX.

use crate::support::tmux;
use crate::ui_common;

use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Lang};
use tmux::Tmux;
use ui_common::{T0, stamp, workshop_events_in};

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

/// The picker's row holding `text`: what lies between its borders.
fn picker_row(screen: &str, text: &str) -> String {
    let line = screen.lines().find(|l| l.contains(text)).unwrap_or_else(|| panic!("{text} on\n{screen}"));
    let inner: Vec<&str> = line.split('│').collect();
    // Board columns may stand either side; the picker's row is the piece
    // holding the text.
    inner.into_iter().find(|p| p.contains(text)).unwrap_or_default().to_string()
}

#[test]
fn the_link_picker_draws_halfwidth_katakana_in_place_in_a_real_terminal() {
    if !tmux::available("the_link_picker_draws_halfwidth_katakana_in_place_in_a_real_terminal") {
        return;
    }
    for (lang, title) in [(Lang::En, "Pain points this To-Be answers"), (Lang::Ja, "この To-Be が解決する")]
    {
        let home = tempfile::tempdir().expect("tempdir");
        let (mut header, mut events) = workshop_events_in(lang);
        events.push(stamp(T0 + 12 * MINUTE, Event::StepEntered { step: 3 }));
        // Moved to 20 s ago: no time is up when it opens, and the gap is too
        // short to ask whether the closed time counts (#14 item 12).
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock");
        let shift = u64::try_from(now.as_millis()).expect("ms") - (T0 + 12 * MINUTE + 20_000);
        header.created_at += shift;
        events.iter_mut().for_each(|e| e.at += shift);
        let path = home.path().join("sessions").join("s.ron");
        cjm::store::create(&path, &header, &events, false).expect("create");
        let home_str = home.path().display().to_string();
        let lang_arg = if lang == Lang::Ja { "ja" } else { "en" };
        let t = Tmux::start(
            home.path(),
            100,
            30,
            &[("CJM_HOME", &home_str), ("TERM", "xterm-256color"), ("LANG", "C.UTF-8")],
            &[&bin(), "--lang", lang_arg, "run", "s"],
        );
        t.wait_for("初期設定の代行サービス");
        // Down to the To-Be row, one key at a time, as the frame shows it.
        while !t.screen().contains("┌▸ To-Be") {
            let before = t.screen();
            t.keys(&["Down"]);
            t.wait_until("the selection to move", |s| s != before);
        }
        t.keys(&["l"]);
        let screen = t.wait_for(title);
        let note = picker_row(&screen, "[x] 管理画面");
        let other = picker_row(&screen, "[x] 初期設定");
        assert_eq!(
            note.trim_end(),
            "[x] 管理画面の用語がわからない ｶﾞｲﾄﾞ",
            "{lang:?}: no stray cells\n{screen}"
        );
        let width = |s: &str| ui_common::wide::terminal_width_of(s);
        assert_eq!(width(&note), width(&other), "{lang:?}: the right border in its column\n{screen}");
        assert_eq!(width(&note), 68, "{lang:?}\n{screen}");
    }
}
