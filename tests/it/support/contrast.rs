//! WCAG contrast of terminal colours in four real palettes: the 16 named
//! ANSI colours as xterm, VS Code, macOS Terminal (Basic) and Windows
//! Terminal (Campbell) draw them; indices 16–255 (colour cube and grey
//! ramp) by the standard formula. Shared by the theme's unit test and
//! the tmux test that measures the real screen.

/// A colour as the terminal is told it: its own default, an index, RGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// SGR 39 / 49: the terminal's own foreground or background.
    Default,
    /// SGR 38;5;n / 48;5;n (and 30–37, 90–97, 40–47, 100–107).
    Indexed(u8),
    /// SGR 38;2;r;g;b / 48;2;r;g;b.
    Rgb(u8, u8, u8),
}

pub type Rgb = (u8, u8, u8);

/// Text needs 4.5:1; borders and marks 3:1 (WCAG 1.4.3, 1.4.11).
pub const TEXT: f64 = 4.5;
pub const MARK: f64 = 3.0;

/// The dark terminal backgrounds a cell with the default background is
/// measured on: black and VS Code's #1e1e1e.
pub const BACKGROUNDS: [Rgb; 2] = [(0, 0, 0), (0x1e, 0x1e, 0x1e)];

pub struct Palette {
    pub name: &'static str,
    pub ansi: [Rgb; 16],
}

pub const PALETTES: [Palette; 4] = [
    Palette {
        name: "xterm",
        ansi: [
            (0, 0, 0),
            (205, 0, 0),
            (0, 205, 0),
            (205, 205, 0),
            (0, 0, 238),
            (205, 0, 205),
            (0, 205, 205),
            (229, 229, 229),
            (127, 127, 127),
            (255, 0, 0),
            (0, 255, 0),
            (255, 255, 0),
            (92, 92, 255),
            (255, 0, 255),
            (0, 255, 255),
            (255, 255, 255),
        ],
    },
    Palette {
        name: "VS Code",
        ansi: [
            (0, 0, 0),
            (205, 49, 49),
            (13, 188, 121),
            (229, 229, 16),
            (36, 114, 200),
            (188, 63, 188),
            (17, 168, 205),
            (229, 229, 229),
            (102, 102, 102),
            (241, 76, 76),
            (35, 209, 139),
            (245, 245, 67),
            (59, 142, 234),
            (214, 112, 214),
            (41, 184, 219),
            (229, 229, 229),
        ],
    },
    Palette {
        name: "macOS Terminal",
        ansi: [
            (0, 0, 0),
            (194, 54, 33),
            (37, 188, 36),
            (173, 173, 39),
            (73, 46, 225),
            (211, 56, 211),
            (51, 187, 200),
            (203, 204, 205),
            (129, 131, 131),
            (252, 57, 31),
            (49, 231, 34),
            (234, 236, 35),
            (88, 51, 255),
            (249, 53, 248),
            (20, 240, 240),
            (233, 235, 235),
        ],
    },
    Palette {
        name: "Windows Terminal",
        ansi: [
            (12, 12, 12),
            (197, 15, 31),
            (19, 161, 14),
            (193, 156, 0),
            (0, 55, 218),
            (136, 23, 152),
            (58, 150, 221),
            (204, 204, 204),
            (118, 118, 118),
            (231, 72, 86),
            (22, 198, 12),
            (249, 241, 165),
            (59, 120, 255),
            (180, 0, 158),
            (97, 214, 214),
            (242, 242, 242),
        ],
    },
];

/// Index `i` in palette `p`: 0–15 from the table, 16–231 the 6×6×6 cube,
/// 232–255 the grey ramp.
pub fn indexed(p: &Palette, i: u8) -> Rgb {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match i {
        0..=15 => p.ansi[i as usize],
        16..=231 => {
            let n = i - 16;
            (LEVELS[(n / 36) as usize], LEVELS[(n / 6 % 6) as usize], LEVELS[(n % 6) as usize])
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

/// The shades `ink` may show as in `p`: a bold named colour 0–7 may be
/// drawn bright (xterm's boldColors, Terminal's "bright colours for bold"),
/// so both count. `None` for the terminal's own default.
pub fn shades(p: &Palette, ink: Ink, bold: bool) -> Option<Vec<Rgb>> {
    match ink {
        Ink::Default => None,
        Ink::Rgb(r, g, b) => Some(vec![(r, g, b)]),
        Ink::Indexed(i) if bold && i < 8 => Some(vec![indexed(p, i), indexed(p, i + 8)]),
        Ink::Indexed(i) => Some(vec![indexed(p, i)]),
    }
}

/// WCAG relative luminance.
pub fn luminance((r, g, b): Rgb) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG contrast ratio, 1 to 21.
pub fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A drawn cell's look: what the terminal is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub fg: Ink,
    pub bg: Ink,
    pub bold: bool,
    pub reverse: bool,
}

/// The lowest contrast `look` shows in palette `p`, over both dark
/// terminal backgrounds (for a default background); `None` when the text
/// colour is the terminal's own, which no palette fixes.
pub fn lowest(p: &Palette, look: Look) -> Option<f64> {
    let fgs = shades(p, look.fg, look.bold);
    let bgs = match look.bg {
        Ink::Default => Some(BACKGROUNDS.to_vec()),
        ink => shades(p, ink, false),
    };
    // Reverse swaps the two as drawn: the text shows the background colour.
    let (text, paper) = if look.reverse { (bgs?, fgs?) } else { (fgs?, bgs?) };
    let mut low = f64::INFINITY;
    for &t in &text {
        for &b in &paper {
            low = low.min(ratio(t, b));
        }
    }
    Some(low)
}

/// A drawn character that only needs 3:1: box drawing and block elements
/// (borders, rules, the big countdown digits).
pub fn is_mark(c: char) -> bool {
    ('\u{2500}'..='\u{259f}').contains(&c)
}
