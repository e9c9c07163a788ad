//! The replay viewer: the timeline at two sizes, the loop with scripted
//! keys and a fake clock, and that replay never writes.

use crate::ui_common;

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use cjm::domain::FakeClock;
use cjm::replay::player::Player;
use cjm::tui::event_loop::{Input, Scripted};
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ui_common::{ch, key, screen_text};

fn sample_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sessions/sample-workshop.ron")
}

fn render(player: &Player, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal.draw(|f| cjm::ui::timeline::draw(f, player)).expect("draw");
    terminal
}

/// The sample at the start of step 4, paused.
fn at_step_4() -> Player {
    let mut player = cjm::tui::replay::load(&sample_path(), 60.0, Some("4")).expect("sample loads");
    player.playback.playing = false;
    player
}

#[test]
fn timeline_snapshots() {
    let player = at_step_4();
    for (w, h) in [(100, 30), (80, 24)] {
        insta::assert_snapshot!(format!("replay_step4_{w}x{h}"), screen_text(&render(&player, w, h)));
    }
}

#[test]
fn the_bar_row_has_every_step_number_and_the_playhead() {
    let player = at_step_4();
    let text = screen_text(&render(&player, 100, 30));
    let rows: Vec<&str> = text.lines().collect();
    let labels = rows[rows.len() - 4];
    for n in 1..=8 {
        assert!(labels.contains(&n.to_string()), "step {n} labelled: {labels:?}");
    }
    let bar = rows[rows.len() - 3];
    assert_eq!(bar.matches(cjm::ui::timeline::PLAYHEAD).count(), 1, "{bar}");
    assert!(bar.contains('|'));
    let status = rows[rows.len() - 2];
    assert!(status.contains("paused") && status.contains("60×"), "{status}");
}

/// #14 item 20: at 80 columns the replay help shows its whole legend in
/// Japanese (wrapped, not `F 強制移`), and every step keeps its label.
#[test]
fn the_replay_help_legend_is_whole_and_every_step_is_labelled_at_80_columns() {
    let mut player = at_step_4();
    player.app.set_lang(cjm::domain::Lang::Ja);
    player.help = true;
    let text = screen_text(&render(&player, 80, 24));
    let flat: String =
        text.lines().map(|l| l.replace('│', "").trim().to_string()).collect::<Vec<_>>().join("");
    assert!(flat.contains("F 強制移動 ~ 空白"), "the legend is whole:\n{text}");
    player.help = false;
    let text = screen_text(&render(&player, 80, 24));
    let rows: Vec<&str> = text.lines().collect();
    let labels = rows[rows.len() - 4];
    for n in 1..=8 {
        assert!(labels.split_whitespace().any(|w| w == n.to_string()), "step {n} labelled: {labels:?}");
    }
}

#[test]
fn the_loop_plays_with_the_clock_pauses_and_quits() {
    let mut player = cjm::tui::replay::load(&sample_path(), 600.0, None).expect("sample loads");
    let clock = FakeClock::at(0);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("test terminal");
    // Scripted input never waits, so the clock stands still: step it by hand.
    let input = vec![ch(' '), key(KeyCode::Right), key(KeyCode::Right), ch('q')];
    let stop = AtomicBool::new(false);
    cjm::tui::replay::run(&mut terminal, &mut player, &mut Scripted(input.into()), &clock, &stop)
        .expect("runs");
    assert!(player.quit);
    let first = player.timeline.position_at(player.timeline.span().0);
    assert_eq!(player.playback.position, first + 2, "Space paused, → twice");
    assert!(!player.playback.playing);
    player.quit = false;
    player.playback.playing = true;
    let mut input = Waiting { clock: &clock, polls: 100 };
    cjm::tui::replay::run(&mut terminal, &mut player, &mut input, &clock, &stop).expect("runs");
    assert!(player.playback.position > first + 2, "100 s of real time moved the playhead");
}

/// Input that lets a second of fake time pass per poll, then quits.
struct Waiting<'a> {
    clock: &'a FakeClock,
    polls: usize,
}

impl Input for Waiting<'_> {
    fn next(&mut self, _timeout: std::time::Duration) -> std::io::Result<Option<crossterm::event::Event>> {
        self.clock.advance(1000);
        self.polls = self.polls.saturating_sub(1);
        Ok((self.polls == 0).then(|| ch('q')))
    }
}

#[test]
fn replay_never_writes_nor_locks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    std::fs::copy(sample_path(), &path).expect("copy");
    let before = std::fs::read(&path).expect("read");
    let mtime = std::fs::metadata(&path).and_then(|m| m.modified()).expect("mtime");
    let mut player = cjm::tui::replay::load(&path, 60.0, None).expect("loads");
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("test terminal");
    let mut input: Vec<_> = ['e', 'n', 'x', 'u', 'd', 'a', 'c', 'v', 'P'].map(ch).into_iter().collect();
    input.extend([key(KeyCode::Enter), key(KeyCode::End), ch(']'), ch('g'), key(KeyCode::Esc), ch('q')]);
    let clock = FakeClock::at(0);
    let stop = AtomicBool::new(false);
    cjm::tui::replay::run(&mut terminal, &mut player, &mut Scripted(input.into()), &clock, &stop)
        .expect("runs");
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert_eq!(std::fs::metadata(&path).and_then(|m| m.modified()).expect("mtime"), mtime);
    assert!(!cjm::store::lock::lock_path(&path).exists(), "no lock file");
    let names: Vec<_> =
        std::fs::read_dir(dir.path()).expect("dir").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names.len(), 1, "nothing else written: {names:?}");
}

#[test]
fn a_torn_tail_replays_the_complete_part_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    let mut bytes = std::fs::read(sample_path()).expect("read");
    bytes.truncate(bytes.len() - 5);
    std::fs::write(&path, &bytes).expect("write");
    let mut player = cjm::tui::replay::load(&path, 60.0, None).expect("loads");
    player.seek(usize::MAX);
    let text = screen_text(&render(&player, 100, 30));
    assert!(text.contains("cut off"), "{text}");
    assert_eq!(std::fs::read(&path).expect("read"), bytes);
}

#[test]
fn a_bad_from_is_an_error_before_the_terminal_is_touched() {
    assert!(cjm::tui::replay::load(&sample_path(), 60.0, Some("99")).is_err());
    assert!(cjm::tui::replay::load(&sample_path(), 60.0, Some("1:99:00")).is_err());
}

#[test]
fn a_session_open_in_another_cjm_replays_as_of_now() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.ron");
    std::fs::copy(sample_path(), &path).expect("copy");
    let mut writer = cjm::store::Writer::open(&path).expect("the other cjm holds the lock");
    let lock = std::fs::read(cjm::store::lock::lock_path(&path)).expect("lock file");
    let player = cjm::tui::replay::load(&path, 60.0, None).expect("replay reads anyway");
    let n = player.timeline.len();
    let at = player.timeline.span().1 + 1000;
    writer.append(&cjm::domain::Stamped { at, event: cjm::domain::Event::Refocused }).expect("append");
    assert_eq!(player.timeline.len(), n, "read as of the moment it opened");
    assert_eq!(std::fs::read(cjm::store::lock::lock_path(&path)).expect("lock file"), lock, "lock untouched");
}
