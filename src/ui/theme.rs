//! Every colour the UI uses, in one place.

use ratatui::style::{Color, Modifier, Style};

/// The colours and styles of the UI.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
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

/// The theme.
pub const THEME: Theme = Theme {
    text: Style::new(),
    dim: Style::new().fg(Color::DarkGray),
    title: Style::new().add_modifier(Modifier::BOLD),
    goal: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    running: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
    warning: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
    over: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    border: Style::new().fg(Color::DarkGray),
    focus: Style::new().fg(Color::Cyan),
    gap: Style::new().fg(Color::Red),
    key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    message: Style::new().fg(Color::Yellow),
    editing: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    rows: [Style::new().fg(Color::Magenta), Style::new().fg(Color::Blue), Style::new().fg(Color::Green)],
};
