//! `--ambiguous-wide` and `ambiguous_wide: true` in config.ron reach the
//! real binary's screen (#15 item 3): in tmux, no character on screen has
//! an East Asian Width of Ambiguous, and the borders are ASCII; without
//! either, today's marks. Skipped loudly without tmux unless
//! CJM_REQUIRE_TMUX.

use crate::support::tmux;
use crate::ui_common;

use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, Lang};
use tmux::Tmux;
use ui_common::{T0, stamp, workshop_events_in};
use unicode_width::UnicodeWidthChar;

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

/// The Japanese fixture on its discussion step, run with `flags`.
fn start(home: &std::path::Path, flags: &[&str]) -> Tmux {
    let (mut header, mut events) = workshop_events_in(Lang::Ja);
    events.push(stamp(T0 + 12 * MINUTE, Event::StepEntered { step: 3 }));
    // Moved to a minute ago, so no time is up while the test runs.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock");
    let shift = u64::try_from(now.as_millis()).expect("ms") - (T0 + 13 * MINUTE);
    header.created_at += shift;
    events.iter_mut().for_each(|e| e.at += shift);
    let path = home.join("sessions").join("s.ron");
    cjm::store::create(&path, &header, &events, false).expect("create");
    let home_str = home.display().to_string();
    let mut argv = vec![bin()];
    argv.extend(flags.iter().map(|f| f.to_string()));
    argv.extend(["run".to_string(), "s".to_string()]);
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let t = Tmux::start(
        home,
        100,
        30,
        &[("CJM_HOME", &home_str), ("TERM", "xterm-256color"), ("LANG", "C.UTF-8")],
        &argv,
    );
    t.wait_for("初期設定の代行サービス");
    t
}

fn ambiguous(screen: &str) -> Vec<char> {
    let mut found: Vec<char> = screen.chars().filter(|c| c.width() != c.width_cjk()).collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[test]
fn the_flag_and_the_setting_swap_every_ambiguous_mark_on_screen() {
    if !tmux::available("the_flag_and_the_setting_swap_every_ambiguous_mark_on_screen") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let plain = start(home.path(), &["--lang", "ja"]).screen();
    let marks = ambiguous(&plain);
    assert!(marks.contains(&'─') && marks.contains(&'·'), "today's marks by default: {marks:?}\n{plain}");

    let home = tempfile::tempdir().expect("tempdir");
    let flagged = start(home.path(), &["--lang", "ja", "--ambiguous-wide"]).screen();
    assert_eq!(ambiguous(&flagged), Vec::<char>::new(), "{flagged}");
    assert!(flagged.contains("+As-Is (1)----"), "{flagged}");

    let home = tempfile::tempdir().expect("tempdir");
    std::fs::write(home.path().join("config.ron"), "(ambiguous_wide: true)").expect("config");
    let configured = start(home.path(), &["--lang", "ja"]).screen();
    assert_eq!(ambiguous(&configured), Vec::<char>::new(), "{configured}");
    assert!(configured.contains("+As-Is (1)----"), "{configured}");
}
