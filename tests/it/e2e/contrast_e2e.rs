//! The contrast of the real screen: the binary runs the sample workshop in
//! tmux in each theme; the board, the presenter view, the key list, the
//! vote screen and the time-up prompt are captured with their colours
//! (`capture-pane -e`) and every drawn character is measured, its
//! foreground against its background, in the xterm, VS Code, macOS
//! Terminal and Windows Terminal palettes (on `#000000` and `#1e1e1e`
//! where the terminal's own background shows). Text needs 4.5:1, box
//! drawing and block characters 3:1. A colour set outside the theme is
//! caught too. Skipped loudly without tmux unless CJM_REQUIRE_TMUX.

use crate::support::contrast;
use crate::support::tmux;

use contrast::{Ink, Look, PALETTES};
use tmux::Tmux;

/// Each drawn character of a `capture-pane -e -p` text with its look:
/// the SGR state carries on from cell to cell and line to line.
fn cells(captured: &str) -> Vec<(char, Look, bool)> {
    let plain = Look { fg: Ink::Default, bg: Ink::Default, bold: false, reverse: false };
    let (mut look, mut faint) = (plain, false);
    let mut out = Vec::new();
    let mut chars = captured.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next_if_eq(&'[').is_none() {
                continue;
            }
            let mut params = String::new();
            let mut end = ' ';
            for p in chars.by_ref() {
                if p.is_ascii_digit() || p == ';' || p == ':' {
                    params.push(p);
                } else {
                    end = p;
                    break;
                }
            }
            if end == 'm' {
                sgr(&params, &mut look, &mut faint, plain);
            }
        } else if !c.is_whitespace() && !c.is_control() {
            out.push((c, look, faint));
        }
    }
    out
}

fn sgr(params: &str, look: &mut Look, faint: &mut bool, plain: Look) {
    let nums: Vec<u16> = params.split([';', ':']).map(|n| n.parse().unwrap_or(0)).collect();
    let mut i = 0;
    while i < nums.len() {
        let n = nums[i];
        let extended = |i: &mut usize| -> Ink {
            match nums.get(*i + 1) {
                Some(5) => {
                    *i += 2;
                    Ink::Indexed(nums.get(*i).copied().unwrap_or(0) as u8)
                }
                Some(2) => {
                    *i += 4;
                    let at = |k: usize| nums.get(*i - 2 + k).copied().unwrap_or(0) as u8;
                    Ink::Rgb(at(0), at(1), at(2))
                }
                _ => Ink::Default,
            }
        };
        match n {
            0 => (*look, *faint) = (plain, false),
            1 => look.bold = true,
            2 => *faint = true,
            22 => (look.bold, *faint) = (false, false),
            7 => look.reverse = true,
            27 => look.reverse = false,
            30..=37 => look.fg = Ink::Indexed((n - 30) as u8),
            90..=97 => look.fg = Ink::Indexed((n - 90 + 8) as u8),
            40..=47 => look.bg = Ink::Indexed((n - 40) as u8),
            100..=107 => look.bg = Ink::Indexed((n - 100 + 8) as u8),
            38 => look.fg = extended(&mut i),
            48 => look.bg = extended(&mut i),
            39 => look.fg = Ink::Default,
            49 => look.bg = Ink::Default,
            _ => {}
        }
        i += 1;
    }
}

/// The lowest (text, mark) ratio on `captured` per palette, and each
/// character below its limit.
fn measure(captured: &str) -> (Vec<(&'static str, f64, f64)>, Vec<String>) {
    let mut lows = Vec::new();
    let mut bad = Vec::new();
    for p in &PALETTES {
        let (mut text, mut mark) = (f64::INFINITY, f64::INFINITY);
        for (c, look, faint) in cells(captured) {
            let ratio = if faint { 0.0 } else { contrast::lowest(p, look).unwrap_or(0.0) };
            let (low, limit) =
                if contrast::is_mark(c) { (&mut mark, contrast::MARK) } else { (&mut text, contrast::TEXT) };
            *low = low.min(ratio);
            if ratio < limit && bad.len() < 20 {
                bad.push(format!("{}: {c:?} {look:?} faint {faint}: {ratio:.2}:1 < {limit}:1", p.name));
            }
        }
        lows.push((p.name, text, mark));
    }
    (lows, bad)
}

#[test]
fn the_measure_catches_a_colour_set_outside_the_theme() {
    // The As-Is title in named blue (the old dark theme): 1.77:1 in xterm.
    let (_, bad) = measure("\u{1b}[38;5;252mAs-Is \u{1b}[34m(1)\u{1b}[39m ok");
    assert!(bad.iter().any(|b| b.starts_with("xterm: '(' ") && b.contains("1.77:1")), "{bad:#?}");
    assert!(!bad.iter().any(|b| b.contains("'A'")), "light grey text passes: {bad:#?}");
    // Grey 243 is enough for a border, not for text; the terminal's own
    // text colour cannot be measured; faint text is refused.
    let (_, bad) = measure("\u{1b}[38;5;243m─│x\u{1b}[0my\u{1b}[2;38;5;252mz");
    let chars: Vec<&str> = bad.iter().filter(|b| b.starts_with("xterm")).map(|b| &b[7..10]).collect();
    assert_eq!(chars, ["'x'", "'y'", "'z'"], "{bad:#?}");
    // RGB and reverse: black on the reversed light grey is fine.
    let (lows, bad) = measure("\u{1b}[7;38;2;208;208;208mok\u{1b}[27m");
    assert!(bad.is_empty() && lows[0].1 > 10.0, "{lows:?} {bad:?}");
}

fn start(home: &std::path::Path, session: &str) -> Tmux {
    let bin = assert_cmd::cargo::cargo_bin("cjm").display().to_string();
    let home_str = home.display().to_string();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "C.UTF-8")];
    Tmux::start(home, 100, 30, &env, &[&bin, "--lang", "en", "run", session])
}

/// `[` back to step `n`, closing the time-up prompt the sample's long
/// overrun opens on each step.
fn back_to(t: &Tmux, n: u8) {
    t.keys(&["["]);
    let step = format!("Step {n}/8");
    let screen = t.wait_for(&step);
    if screen.contains("Time is up") {
        t.keys(&["Escape"]);
        t.wait_until("the prompt to close", |s| !s.contains("Time is up") && s.contains(&step));
    }
}

#[test]
fn every_drawn_cell_of_five_screens_reaches_the_limits_in_every_theme_and_palette() {
    if !tmux::available("every_drawn_cell_of_five_screens_reaches_the_limits_in_every_theme_and_palette") {
        return;
    }
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-workshop.ron");
    let mut failures = Vec::new();
    for theme in cjm::ui::theme::ThemeName::ALL {
        let home = tempfile::tempdir().expect("tempdir");
        std::fs::write(home.path().join("config.ron"), format!("(theme: \"{theme}\")")).expect("config");
        let session = home.path().join("s.ron");
        std::fs::copy(sample, &session).expect("copy the sample");
        let t = start(home.path(), &session.display().to_string());
        let mut shots = Vec::new();
        // The sample ran long ago: its last step opens with the time-up prompt.
        // Closed long ago with the clock running: that time counts (#14 item 12).
        t.wait_for("cjm was closed for");
        t.keys(&["y"]);
        t.wait_for("Time is up · Step 8/8");
        shots.push(("time-up prompt", t.styled_screen()));
        t.keys(&["Escape"]);
        t.wait_until("the prompt to close", |s| !s.contains("Time is up"));
        back_to(&t, 7);
        back_to(&t, 6);
        t.wait_for("Ranking");
        shots.push(("vote", t.styled_screen()));
        back_to(&t, 5);
        back_to(&t, 4);
        t.wait_for("Pain points (");
        shots.push(("board", t.styled_screen()));
        t.keys(&["P"]);
        t.wait_for("╔");
        shots.push(("presenter", t.styled_screen()));
        t.keys(&["?"]);
        t.wait_for("Keys (Esc closes)");
        shots.push(("key list", t.styled_screen()));
        t.keys(&["Escape", "Escape", "q"]);
        t.wait_for("[exit 0]");
        for (name, shot) in shots {
            let (lows, bad) = measure(&shot);
            let drawn = cells(&shot).len();
            assert!(drawn > 500, "{theme} {name}: only {drawn} drawn characters:\n{shot}");
            let _ = std::io::Write::write_fmt(
                &mut std::io::stderr(),
                format_args!("{theme} {name}: lowest (text, mark) {lows:.2?}\n"),
            );
            failures.extend(bad.into_iter().map(|b| format!("{theme} {name} {b}")));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
