//! Every colour the UI uses, in one place: three themes, chosen with `T`
//! and remembered in `config.ron` (`theme: "light"`).
//!
//! `dark` is the terminal's own background with light grey text and
//! coloured accents; `light` paints black on white for a bright shared
//! screen; `high-contrast` is white on black with bold, reverse and
//! underline instead of hues. Every colour is a fixed 256-colour shade
//! (or, in high-contrast, plain white and black), so the contrast holds
//! in any palette: 4.5:1 for text and 3:1 for borders and marks, on a
//! `#000000` or `#1e1e1e` terminal for dark (see the unit tests).
//! No theme relies on colour alone: countdowns say "left" or "over", and
//! in `light` and `high-contrast` warning, over and focus differ by
//! modifier as well.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

/// How the UI draws: its theme, and whether the terminal shows
/// East-Asian-ambiguous characters two columns wide (then every such
/// mark is drawn as its narrow stand-in, see [`super::marks`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// The colour theme.
    pub theme: ThemeName,
    /// `ambiguous_wide: true` in `config.ron`, or `--ambiguous-wide`.
    pub ambiguous_wide: bool,
}

/// The colours and styles of the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// The background fill painted over the whole frame first (and over
    /// every cleared overlay); `Style::new()` keeps the terminal's own.
    pub base: Style,
    /// Ordinary text.
    pub text: Style,
    /// Less important text.
    pub dim: Style,
    /// Headings and the goal.
    pub title: Style,
    /// The goal text.
    pub goal: Style,
    /// Countdown with time to spare.
    pub running: Style,
    /// Countdown at 80 % used.
    pub warning: Style,
    /// Countdown past the timebox.
    pub over: Style,
    /// The selected item.
    pub selected: Style,
    /// A border.
    pub border: Style,
    /// The focused border.
    pub focus: Style,
    /// An empty board cell.
    pub gap: Style,
    /// Footer keys.
    pub key: Style,
    /// Messages.
    pub message: Style,
    /// The `✎` mark of a note's field typed in place on the board.
    pub editing: Style,
    /// Board rows: pain, as-is, to-be.
    pub rows: [Style; 3],
}

const BOLD: Modifier = Modifier::BOLD;

/// A fixed 256-colour index: the same shade in every terminal palette,
/// unlike the 16 named colours a user's scheme may tune for a dark screen.
const fn fixed(index: u8) -> Style {
    Style::new().fg(Color::Indexed(index))
}

/// Dark green `#005f00`, dark blue `#005faf`, dark magenta `#870087`,
/// dark red `#af0000`, dark orange `#af5f00` and grey `#585858`: each at
/// least 4.5:1 against white.
const GREEN: u8 = 22;
const BLUE: u8 = 25;
const MAGENTA: u8 = 90;
const RED: u8 = 124;
const ORANGE: u8 = 130;
const GREY: u8 = 240;
/// The light theme's paper and ink: cube white `#ffffff` and black
/// `#000000`, not the named colours a palette tunes (and may brighten
/// when bold).
const PAPER: u8 = 231;
const INK: u8 = 16;

/// The dark theme's shades, each measured on `#000000` and `#1e1e1e`:
/// text `#d0d0d0` (10.8:1 on `#1e1e1e`), dim `#949494` (5.5:1), borders
/// `#8a8a8a` (4.8:1: a block's title is drawn in its border's colour), cyan `#5fd7d7`, green `#87d787`, yellow `#ffd75f`,
/// red `#ff5f5f` (5.6:1), magenta `#ff87ff` and blue `#5fafff` (7.2:1).
const D_TEXT: u8 = 252;
const D_DIM: u8 = 246;
const D_BORDER: u8 = 245;
const D_CYAN: u8 = 80;
const D_GREEN: u8 = 114;
const D_YELLOW: u8 = 221;
const D_RED: u8 = 203;
const D_MAGENTA: u8 = 213;
const D_BLUE: u8 = 75;

impl Theme {
    /// The terminal's own (dark) background, light grey text and
    /// coloured accents, all fixed 256-colour shades.
    pub const DARK: Theme = Theme {
        base: fixed(D_TEXT),
        text: fixed(D_TEXT),
        dim: fixed(D_DIM),
        // Its own colour: a block title over a grey border keeps it.
        title: fixed(D_TEXT).add_modifier(BOLD),
        goal: fixed(D_CYAN).add_modifier(BOLD),
        running: fixed(D_GREEN).add_modifier(BOLD),
        warning: fixed(D_YELLOW).add_modifier(BOLD),
        over: fixed(D_RED).add_modifier(BOLD),
        selected: Style::new().add_modifier(Modifier::REVERSED),
        border: fixed(D_BORDER),
        focus: fixed(D_CYAN),
        gap: fixed(D_RED),
        key: fixed(D_CYAN).add_modifier(BOLD),
        message: fixed(D_YELLOW),
        editing: fixed(D_CYAN).add_modifier(BOLD),
        rows: [fixed(D_MAGENTA), fixed(D_BLUE), fixed(D_GREEN)],
    };

    /// Dark text on white, for a bright room or a projector.
    pub const LIGHT: Theme = Theme {
        base: fixed(INK).bg(Color::Indexed(PAPER)),
        text: Style::new(),
        dim: fixed(GREY),
        title: Style::new().add_modifier(BOLD),
        goal: fixed(BLUE).add_modifier(BOLD),
        running: fixed(GREEN).add_modifier(BOLD),
        warning: fixed(ORANGE).add_modifier(BOLD).add_modifier(Modifier::UNDERLINED),
        over: fixed(RED).add_modifier(BOLD).add_modifier(Modifier::REVERSED),
        selected: Style::new().add_modifier(Modifier::REVERSED),
        border: fixed(GREY),
        focus: fixed(BLUE).add_modifier(BOLD),
        gap: fixed(RED),
        key: fixed(BLUE).add_modifier(BOLD),
        message: fixed(MAGENTA).add_modifier(BOLD),
        editing: fixed(BLUE).add_modifier(BOLD),
        rows: [
            fixed(MAGENTA).add_modifier(BOLD),
            fixed(BLUE).add_modifier(BOLD),
            fixed(GREEN).add_modifier(BOLD),
        ],
    };

    /// Pure white on black: bold, reverse and underline instead of hues.
    pub const HIGH_CONTRAST: Theme = Theme {
        base: Style::new().fg(Color::White).bg(Color::Black),
        text: Style::new(),
        dim: Style::new(),
        title: Style::new().add_modifier(BOLD),
        goal: Style::new().add_modifier(BOLD),
        running: Style::new().add_modifier(BOLD),
        warning: Style::new().add_modifier(BOLD).add_modifier(Modifier::UNDERLINED),
        over: Style::new().add_modifier(BOLD).add_modifier(Modifier::REVERSED),
        selected: Style::new().add_modifier(BOLD).add_modifier(Modifier::REVERSED),
        border: Style::new(),
        focus: Style::new().add_modifier(BOLD),
        gap: Style::new().add_modifier(BOLD),
        key: Style::new().add_modifier(BOLD).add_modifier(Modifier::UNDERLINED),
        message: Style::new().add_modifier(BOLD),
        editing: Style::new().add_modifier(BOLD),
        rows: [Style::new().add_modifier(BOLD); 3],
    };

    /// Paints the background fill over `area` (the whole frame first, then
    /// each overlay after it is cleared).
    pub fn paint(&self, buf: &mut Buffer, area: Rect) {
        buf.set_style(area, self.base);
    }
}

/// The themes by name, as `config.ron` and the `T` key know them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// [`Theme::DARK`], the default.
    #[default]
    Dark,
    /// [`Theme::LIGHT`].
    Light,
    /// [`Theme::HIGH_CONTRAST`].
    HighContrast,
}

impl ThemeName {
    /// Every theme, in the order `T` cycles through them.
    pub const ALL: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast];

    /// The theme after this one: dark → light → high-contrast → dark.
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Dark => ThemeName::Light,
            ThemeName::Light => ThemeName::HighContrast,
            ThemeName::HighContrast => ThemeName::Dark,
        }
    }

    /// Its styles.
    pub fn theme(self) -> &'static Theme {
        match self {
            ThemeName::Dark => &Theme::DARK,
            ThemeName::Light => &Theme::LIGHT,
            ThemeName::HighContrast => &Theme::HIGH_CONTRAST,
        }
    }

    /// The name in `config.ron`: `dark`, `light`, `high-contrast`.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
        }
    }

    /// The theme called `name` (as [`ThemeName::name`] writes it), if any.
    pub fn parse(name: &str) -> Option<ThemeName> {
        ThemeName::ALL.into_iter().find(|t| t.name() == name.trim())
    }

    /// The theme to start in when `config.ron` names none (or an unknown
    /// one): high-contrast when `NO_COLOR` asks for no hues, else dark.
    pub fn fallback(no_color: bool) -> ThemeName {
        if no_color { ThemeName::HighContrast } else { ThemeName::Dark }
    }

    /// The theme of the settings' `theme` entry: none means
    /// [`ThemeName::fallback`]; an unknown name is returned as the error,
    /// for a warning. A name in `config.ron` wins over `NO_COLOR`, as
    /// no-color.org asks of a user-level configuration file.
    pub fn from_setting(name: Option<&str>, no_color: bool) -> Result<ThemeName, String> {
        match name {
            None => Ok(ThemeName::fallback(no_color)),
            Some(name) => ThemeName::parse(name).ok_or_else(|| name.to_string()),
        }
    }

    /// Its position in [`ThemeName::ALL`] (for per-theme texts).
    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for ThemeName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
#[path = "theme_tests.rs"]
mod tests;
