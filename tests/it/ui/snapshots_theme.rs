//! The three colour themes, styles included: the discussion board, the
//! overview and the presenter view as text plus a style map, and a contrast walk over many
//! screens in the light and high-contrast themes.

use crate::ui_common;

use cjm::app::App;
use cjm::domain::clock::MINUTE;
use cjm::domain::{Event, GroupId};
use cjm::replay::player::Player;
use cjm::ui::theme::ThemeName;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ui_common::*;

/// The frame's own buffer (the backend only gets the diff).
fn frame(app: &App, w: u16, h: u16) -> Buffer {
    ui_common::wide::render_frame(app, w, h).1
}

fn replay_frame(player: &Player, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal.draw(|f| cjm::ui::timeline::draw(f, player)).expect("draw").buffer.clone()
}

type Look = (Color, Color, Modifier);

fn look(buf: &Buffer, x: u16, y: u16) -> Look {
    let c = &buf[(x, y)];
    (c.fg, c.bg, c.modifier)
}

/// The cells that show something, with the columns each takes: a wide
/// character's second cell shows the first one's style (ratatui resets
/// it, and the terminal never draws it on its own).
fn shown_cells(buf: &Buffer, y: u16) -> Vec<(u16, usize)> {
    let mut out = Vec::new();
    let mut x = 0;
    while x < buf.area.width {
        let w = cjm::text::width(buf[(x, y)].symbol()).max(1);
        out.push((x, w));
        x += w as u16;
    }
    out
}

/// The text, then a legend of the styles used, then a map with one letter
/// per column naming its style: styles are checked, not just words.
fn styled(buf: &Buffer) -> String {
    const KEYS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut legend: Vec<Look> = Vec::new();
    let mut text = String::new();
    let mut map = String::new();
    for y in 0..buf.area.height {
        for (x, w) in shown_cells(buf, y) {
            let l = look(buf, x, y);
            let i = legend.iter().position(|s| *s == l).unwrap_or_else(|| {
                legend.push(l);
                legend.len() - 1
            });
            text.push_str(buf[(x, y)].symbol());
            map.push_str(&KEYS.chars().nth(i).unwrap_or('?').to_string().repeat(w));
        }
        text.push('\n');
        map.push('\n');
    }
    let mut out = text;
    out.push_str("\nstyles:\n");
    for (i, (fg, bg, m)) in legend.iter().enumerate() {
        out.push_str(&format!("{}: fg {fg:?}, bg {bg:?}, {m:?}\n", KEYS.chars().nth(i).unwrap_or('?')));
    }
    out.push('\n');
    out.push_str(&map);
    out
}

fn discussion(theme: ThemeName) -> App {
    let (mut app, _) = app_at(3, 50);
    app.sel.group = Some(GroupId(200));
    app.sel.row = 2;
    app.theme = theme;
    app
}

#[test]
fn the_overview_in_each_theme() {
    for theme in ThemeName::ALL {
        for (w, h) in [(100, 30), (80, 24)] {
            let mut app = discussion(theme);
            app.overview = true;
            insta::assert_snapshot!(format!("overview_{theme}_{w}x{h}"), styled(&frame(&app, w, h)));
        }
    }
}

#[test]
fn discussion_board_and_presenter_in_each_theme() {
    for theme in ThemeName::ALL {
        for (w, h) in [(100, 30), (80, 24)] {
            let mut app = discussion(theme);
            insta::assert_snapshot!(format!("discussion_{theme}_{w}x{h}"), styled(&frame(&app, w, h)));
            app.presenter = true;
            insta::assert_snapshot!(format!("presenter_{theme}_{w}x{h}"), styled(&frame(&app, w, h)));
        }
    }
}

#[test]
fn dark_paints_no_background() {
    // The dark theme paints no background: cells keep the terminal's own.
    let buf = frame(&discussion(ThemeName::Dark), 100, 30);
    assert!(buf.content.iter().all(|c| c.bg == Color::Reset), "dark sets no background");
}

/// Screens and overlays of a whole workshop, as apps to draw.
fn screens(theme: ThemeName) -> Vec<(String, App)> {
    let mut out: Vec<(String, App)> = Vec::new();
    let mut add = |name: &str, mut app: App| {
        app.theme = theme;
        out.push((name.to_string(), app));
    };
    for (step, name) in [(0, "goal"), (1, "personas"), (2, "phases"), (3, "discussion"), (7, "wrap-up")] {
        add(name, app_at(step, 20).0);
    }
    let (mut app, _) = app_at(4, 20);
    app.commit(Event::ShareOutStarted { group: GroupId(200) });
    app.tick(app.now + 3 * MINUTE);
    add("share-out", app);
    let (mut app, _) = app_at(5, 20);
    with_merge(&mut app);
    add("vote before opening", app);
    let (mut app, _) = app_at(6, 20);
    with_load(&mut app);
    add("decide with load", app);
    for (keys, name) in [
        ("?", "help"),
        ("g", "goal overlay"),
        ("P", "presenter"),
        ("A", "agenda"),
        ("o", "parking lot"),
        ("a", "note typed in place"),
        ("m", "members field"),
        ("T", "theme message"),
        ("O", "overview"),
        ("PO", "presenter overview"),
    ] {
        let (mut app, _) = app_at(3, 30);
        app.theme = theme;
        type_text(&mut app, keys);
        add(name, app);
    }
    let (mut app, _) = app_at(3, 30);
    app.sel.row = 2;
    app.handle(&ch('l'));
    add("link picker", app);
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch(']'));
    add("missing checks", app);
    let (mut app, _) = app_at(3, 30);
    app.handle(&ch('a'));
    type_text(&mut app, "x");
    app.handle(&ctrl('q'));
    add("quit while typing", app);
    // Part a of the discussion has a minute left: the heads-up; then its end.
    let (app, _) = app_at(3, 12 + 8);
    assert!(cjm::ui::header::heads_up(&app).is_some());
    add("heads-up", app);
    let (mut app, _) = app_at(3, 12 + 8);
    app.tick(app.now + 2 * MINUTE);
    assert!(matches!(app.overlay, Some(cjm::app::Overlay::PartEnd { .. })), "{:?}", app.overlay);
    add("part-end prompt", app);
    for (seconds, name) in [(60, "running"), (4 * 60, "warning"), (7 * 60 + 5, "over, time-up prompt")] {
        let (mut app, _) = app_at(0, 0);
        app.tick(app.now + seconds * 1000);
        add(name, app);
    }
    out
}

/// What a cell shows: (text colour, background), reverse applied.
fn shown(buf: &Buffer, x: u16, y: u16) -> (Color, Color) {
    let c = &buf[(x, y)];
    if c.modifier.contains(Modifier::REVERSED) { (c.bg, c.fg) } else { (c.fg, c.bg) }
}

/// Dark colours the light theme may put on white (or white on them).
const DARK_INKS: [Color; 7] = [
    Color::Indexed(16),
    Color::Indexed(22),
    Color::Indexed(25),
    Color::Indexed(90),
    Color::Indexed(124),
    Color::Indexed(130),
    Color::Indexed(240),
];

/// The light theme's paper: cube white.
const WHITE: Color = Color::Indexed(231);

fn readable(theme: ThemeName, (fg, bg): (Color, Color)) -> bool {
    match theme {
        ThemeName::Light => {
            (bg == WHITE && DARK_INKS.contains(&fg)) || (fg == WHITE && DARK_INKS.contains(&bg))
        }
        ThemeName::HighContrast => {
            matches!((fg, bg), (Color::White, Color::Black) | (Color::Black, Color::White))
        }
        ThemeName::Dark => true,
    }
}

fn unreadable_cells(theme: ThemeName, buf: &Buffer) -> Vec<String> {
    let mut bad = Vec::new();
    for y in 0..buf.area.height {
        for (x, _) in shown_cells(buf, y) {
            let pair = shown(buf, x, y);
            if !readable(theme, pair) {
                bad.push(format!("({x}, {y}) {:?} {pair:?}", buf[(x, y)].symbol()));
            }
        }
    }
    bad
}

#[test]
fn every_cell_of_the_bright_themes_is_readable() {
    for theme in [ThemeName::Light, ThemeName::HighContrast] {
        let mut checked = 0;
        for (name, app) in screens(theme) {
            assert_eq!(app.theme, theme, "{name}");
            for (w, h) in [(100, 30), (80, 24), (60, 20)] {
                let bad = unreadable_cells(theme, &frame(&app, w, h));
                assert!(
                    bad.is_empty(),
                    "{theme} {name} {w}x{h}: {} cells, first {:?}",
                    bad.len(),
                    &bad[..3.min(bad.len())]
                );
                checked += 1;
            }
        }
        let mut player = cjm::tui::replay::load(&sample_path(), 60.0, Some("4")).expect("sample loads");
        player.app.theme = theme;
        for help in [false, true] {
            player.help = help;
            let bad = unreadable_cells(theme, &replay_frame(&player, 100, 30));
            assert!(bad.is_empty(), "{theme} replay (help {help}): {bad:?}");
        }
        assert!(checked > 60);
    }
}

#[test]
fn the_walk_catches_unreadable_text() {
    // The check itself: yellow on white, or grey on black, is refused.
    let area = ratatui::layout::Rect::new(0, 0, 2, 1);
    let mut buf = Buffer::empty(area);
    ThemeName::Light.theme().paint(&mut buf, area);
    assert!(unreadable_cells(ThemeName::Light, &buf).is_empty());
    buf[(1, 0)].set_fg(Color::Yellow);
    assert_eq!(unreadable_cells(ThemeName::Light, &buf).len(), 1);
    ThemeName::HighContrast.theme().paint(&mut buf, area);
    buf[(0, 0)].set_fg(Color::DarkGray);
    assert_eq!(unreadable_cells(ThemeName::HighContrast, &buf).len(), 1);
    assert!(!readable(ThemeName::Light, (Color::Black, Color::Reset)), "the terminal's own background");
}

fn sample_path() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sessions/sample-workshop.ron")
}

#[test]
fn the_countdown_states_differ_by_more_than_colour_in_the_bright_themes() {
    for theme in [ThemeName::Light, ThemeName::HighContrast] {
        let mut seen = Vec::new();
        for (seconds, word) in [(60, "04:00 left"), (4 * 60, "01:00 left"), (7 * 60 + 5, "+02:05 over")] {
            let (mut app, _) = app_at(0, 0);
            app.theme = theme;
            app.tick(T0 + seconds * 1000);
            app.overlay = None; // the converge prompt, once over
            let buf = frame(&app, 80, 24);
            let line: String = (0..80).map(|x| buf[(x, 1)].symbol().to_string()).collect();
            assert!(line.trim_end().ends_with(word), "{theme}: {line}");
            seen.push(buf[(79, 1)].modifier);
        }
        assert_eq!(
            seen,
            vec![Modifier::BOLD, Modifier::BOLD | Modifier::UNDERLINED, Modifier::BOLD | Modifier::REVERSED],
            "{theme}: running, warning, over"
        );
    }
}
