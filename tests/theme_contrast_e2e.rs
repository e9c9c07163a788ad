//! The contrast of the real screen: `cjm run` on a copy of the sample in
//! tmux, in each theme, captured with its colours (`capture-pane -e`) on
//! the time-up prompt, the vote screen, the board, the presenter view and
//! the key list. Every drawn character is measured in the four palettes of
//! `support/contrast.rs`: 4.5:1 for text, 3:1 for box drawing, so a colour
//! set outside the theme is caught too. Skipped loudly without tmux.

#[path = "support/contrast.rs"]
mod contrast;
#[path = "support/tmux.rs"]
mod tmux;

use contrast::{Ink, Look, MARK, PALETTES, TEXT};
use tmux::Tmux;

/// One drawn character and how the terminal was told to draw it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Cell {
    ch: char,
    x: usize,
    y: usize,
    look: Look,
    /// SGR 2 (faint) or 8 (hidden): drawn dimmer than its colours say.
    faint: bool,
}

/// The state SGR sequences set.
#[derive(Debug, Clone, Copy)]
struct Pen {
    look: Look,
    faint: bool,
}

const PLAIN: Pen =
    Pen { look: Look { fg: Ink::Default, bg: Ink::Default, bold: false, reverse: false }, faint: false };

/// An extended colour (38/48) from its parameters after the 38 or 48:
/// `5;n`, `2;r;g;b`, or the colon forms `5:n`, `2::r:g:b`, `2:r:g:b`.
fn extended(rest: &[u16]) -> (Option<Ink>, usize) {
    match rest {
        [5, n, ..] => (Some(Ink::Indexed(*n as u8)), 2),
        [2, r, g, b, ..] => (Some(Ink::Rgb(*r as u8, *g as u8, *b as u8)), 4),
        _ => (None, rest.len()),
    }
}

/// Applies one SGR parameter list (the text between `ESC [` and `m`).
fn apply(pen: &mut Pen, params: &str) {
    let mut list: Vec<&str> = params.split(';').collect();
    if list.is_empty() {
        list.push("");
    }
    let mut i = 0;
    while i < list.len() {
        let p = list[i];
        i += 1;
        if p.contains(':') {
            // 38:5:n, 38:2::r:g:b, 4:3 (underline style)…
            let nums: Vec<u16> =
                p.split(':').filter(|s| !s.is_empty()).map(|s| s.parse().unwrap_or(0)).collect();
            let (head, rest) = nums.split_first().map(|(h, r)| (*h, r)).unwrap_or((0, &[]));
            let ink = extended(rest).0;
            match (head, ink) {
                (38, Some(ink)) => pen.look.fg = ink,
                (48, Some(ink)) => pen.look.bg = ink,
                _ => {}
            }
            continue;
        }
        let n: u16 = if p.is_empty() { 0 } else { p.parse().unwrap_or(u16::MAX) };
        match n {
            0 => *pen = PLAIN,
            1 => pen.look.bold = true,
            2 | 8 => pen.faint = true,
            22 => {
                pen.look.bold = false;
                pen.faint = false;
            }
            28 => pen.faint = false,
            7 => pen.look.reverse = true,
            27 => pen.look.reverse = false,
            30..=37 => pen.look.fg = Ink::Indexed((n - 30) as u8),
            90..=97 => pen.look.fg = Ink::Indexed((n - 90 + 8) as u8),
            39 => pen.look.fg = Ink::Default,
            40..=47 => pen.look.bg = Ink::Indexed((n - 40) as u8),
            100..=107 => pen.look.bg = Ink::Indexed((n - 100 + 8) as u8),
            49 => pen.look.bg = Ink::Default,
            38 | 48 => {
                let rest: Vec<u16> = list[i..].iter().map(|s| s.parse().unwrap_or(0)).collect();
                let (ink, used) = extended(&rest);
                i += used;
                if let Some(ink) = ink {
                    if n == 38 {
                        pen.look.fg = ink;
                    } else {
                        pen.look.bg = ink;
                    }
                }
            }
            _ => {} // italic, underline, blink, strike…: no colour change
        }
    }
}

/// Every non-space character of a `capture-pane -e -p` capture with the
/// look it is drawn in (the pen carries over lines, as tmux writes it).
fn cells(capture: &str) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut pen = PLAIN;
    let (mut x, mut y) = (0, 0);
    let mut chars = capture.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                if chars.peek() != Some(&'[') {
                    chars.next(); // a two-byte escape: skip it
                    continue;
                }
                chars.next();
                let mut params = String::new();
                let mut last = None;
                for c in chars.by_ref() {
                    if ('\u{40}'..='\u{7e}').contains(&c) {
                        last = Some(c);
                        break;
                    }
                    params.push(c);
                }
                if last == Some('m') {
                    apply(&mut pen, &params);
                }
            }
            '\n' => {
                y += 1;
                x = 0;
            }
            c => {
                if !c.is_whitespace() {
                    out.push(Cell { ch: c, x, y, look: pen.look, faint: pen.faint });
                }
                x += cjm::text::width(&c.to_string()).max(1);
            }
        }
    }
    out
}

/// The lowest ratio on a screen per palette, with the cell that has it,
/// and every cell below its limit.
struct Measured {
    lowest: Vec<(&'static str, f64, String)>,
    bad: Vec<String>,
}

fn measure(screen: &str, capture: &str) -> Measured {
    let mut lowest: Vec<(&'static str, f64, String)> =
        PALETTES.iter().map(|p| (p.name, f64::INFINITY, String::new())).collect();
    let mut bad = Vec::new();
    for cell in cells(capture) {
        let limit = if contrast::is_mark(cell.ch) { MARK } else { TEXT };
        let what = |r: f64| {
            format!(
                "{screen} ({}, {}) {:?} {r:.2}:1 {:?}{}",
                cell.x,
                cell.y,
                cell.ch,
                cell.look,
                if cell.faint { " faint" } else { "" }
            )
        };
        for (p, low) in PALETTES.iter().zip(lowest.iter_mut()) {
            // Text in the terminal's own colour cannot be measured: 0.
            let r = contrast::lowest(p, cell.look).unwrap_or(0.0);
            if r < low.1 {
                *low = (p.name, r, what(r));
            }
            if r < limit || cell.faint {
                bad.push(format!("{}: {}", p.name, what(r)));
            }
        }
    }
    Measured { lowest, bad }
}

#[test]
fn the_parser_reads_the_colours_tmux_writes() {
    let got = cells(
        "\u{1b}[1m\u{1b}[38;5;80mA\u{1b}[39m\u{1b}[7m b\u{1b}[0m\u{1b}[34;48;2;30;30;30mc\n\u{1b}[91md",
    );
    let looks: Vec<(char, usize, usize, Ink, Ink, bool, bool)> =
        got.iter().map(|c| (c.ch, c.x, c.y, c.look.fg, c.look.bg, c.look.bold, c.look.reverse)).collect();
    assert_eq!(
        looks,
        vec![
            ('A', 0, 0, Ink::Indexed(80), Ink::Default, true, false),
            ('b', 2, 0, Ink::Default, Ink::Default, true, true),
            ('c', 3, 0, Ink::Indexed(4), Ink::Rgb(30, 30, 30), false, false),
            ('d', 0, 1, Ink::Indexed(9), Ink::Rgb(30, 30, 30), false, false),
        ]
    );
    let colon = cells("\u{1b}[38:2::255:0:0;4:3;48:5:16mx");
    assert_eq!((colon[0].look.fg, colon[0].look.bg), (Ink::Rgb(255, 0, 0), Ink::Indexed(16)));
    // A wide character takes two columns.
    assert_eq!(cells("設定x").iter().map(|c| c.x).collect::<Vec<_>>(), vec![0, 2, 4]);
}

#[test]
fn the_measure_catches_a_bad_colour() {
    // Named blue on the terminal's #1e1e1e: 1.77:1 in xterm.
    let m = measure("t", "\u{1b}[38;5;252mok \u{1b}[34mAs-Is");
    assert!(m.bad.iter().any(|b| b.starts_with("xterm: t (3, 0) 'A' 1.77")), "{:?}", m.bad);
    assert_eq!(m.bad.iter().filter(|b| b.contains("'o'")).count(), 0, "{:?}", m.bad);
    // A border may be 3:1 but not less; text in the terminal's own colour,
    // faint text and bold named black on white are refused.
    assert!(measure("t", "\u{1b}[38;5;243m─").bad.is_empty());
    assert!(!measure("t", "\u{1b}[38;5;241m─").bad.is_empty());
    assert!(!measure("t", "x").bad.is_empty());
    assert!(!measure("t", "\u{1b}[2;38;5;252mx").bad.is_empty());
    assert!(!measure("t", "\u{1b}[1;30;48;5;231mx").bad.is_empty());
    assert!(measure("t", "\u{1b}[1;38;5;16;48;5;231mx").bad.is_empty());
}

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

/// `[` back one step; the sample is over its time, so most steps open
/// the time-up prompt first, closed with Esc.
fn back(t: &Tmux, title: &str) {
    t.keys(&["["]);
    let screen = t.wait_for(title);
    if screen.contains("Time is up") {
        t.keys(&["Escape"]);
        t.wait_until(&format!("{title:?} without the prompt"), |s| {
            s.contains(title) && !s.contains("Time is up")
        });
    }
}

/// The five screens of `theme`, captured with their colours.
fn captures(theme: &str) -> Vec<(String, String)> {
    let home = tempfile::tempdir().expect("tempdir");
    if theme != "dark" {
        std::fs::write(home.path().join("config.ron"), format!("(theme: {theme:?})")).expect("config");
    }
    let session = home.path().join("s.ron");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-workshop.ron");
    std::fs::copy(sample, &session).expect("copy the sample");
    let home_str = home.path().display().to_string();
    let session_str = session.display().to_string();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color")];
    let t = Tmux::start(home.path(), 100, 30, &env, &[&bin(), "--lang", "en", "run", &session_str]);
    let mut out = Vec::new();
    let mut grab = |name: &str, t: &Tmux| out.push((format!("{theme} {name}"), t.styled_screen()));
    t.wait_for("Time is up · Step 8/8");
    grab("time-up prompt", &t);
    t.keys(&["Escape"]);
    t.wait_until("the prompt to close", |s| !s.contains("Time is up"));
    back(&t, "Step 7/8");
    back(&t, "Step 6/8 · Vote");
    grab("vote", &t);
    back(&t, "Step 5/8");
    back(&t, "Step 4/8");
    grab("board", &t);
    t.keys(&["P"]);
    t.wait_until("the presenter view", |s| !s.contains("Step 4/8"));
    grab("presenter", &t);
    t.keys(&["P"]);
    t.wait_for("Step 4/8");
    t.keys(&["?"]);
    t.wait_for("Esc");
    let help = t.wait_until("the key list", |s| s.contains("switch the colour theme") || s.contains("Keys"));
    assert!(!help.is_empty());
    grab("key list", &t);
    t.keys(&["Escape"]);
    t.keys(&["C-c"]);
    t.wait_for("[exit 0]");
    out
}

#[test]
fn every_drawn_character_meets_the_limits_in_every_theme_and_palette() {
    if !tmux::available("every_drawn_character_meets_the_limits_in_every_theme_and_palette") {
        return;
    }
    let mut report = String::new();
    let mut bad = Vec::new();
    for theme in ["dark", "light", "high-contrast"] {
        let mut lowest: Vec<(&'static str, f64, String)> =
            PALETTES.iter().map(|p| (p.name, f64::INFINITY, String::new())).collect();
        let shots = captures(theme);
        assert_eq!(shots.len(), 5, "{theme}");
        for (name, capture) in shots {
            assert!(cells(&capture).len() > 200, "{name}: a drawn screen:\n{capture}");
            let m = measure(&name, &capture);
            for (low, here) in lowest.iter_mut().zip(m.lowest) {
                if here.1 < low.1 {
                    *low = here;
                }
            }
            bad.extend(m.bad);
        }
        for (p, r, at) in lowest {
            report.push_str(&format!("{theme:13} {p:16} lowest {r:.2}:1 at {at}\n"));
        }
    }
    // Shown with --nocapture: the lowest ratio per theme and palette.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{report}");
    assert!(
        bad.is_empty(),
        "{} cells below the limits, first:\n{}",
        bad.len(),
        bad[..bad.len().min(20)].join("\n")
    );
}
