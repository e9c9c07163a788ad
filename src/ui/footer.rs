//! The footer: the main keys of the current mode, from the key map.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::THEME;
use crate::app::keymap::{self, labels_for};
use crate::app::{Action, App, Mode};

const MAIN_GLOBALS: [Action; 5] =
    [Action::Help, Action::PrevStep, Action::NextStep, Action::TogglePause, Action::Quit];

/// Rows the footer takes: keys, plus the message when there is one.
pub fn height(app: &App) -> u16 {
    if app.message.is_some() { 2 } else { 1 }
}

/// The actions the footer names in a mode, in order, without repeats.
pub fn actions(mode: Mode) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    let skip = [Action::Up, Action::Down, Action::Left, Action::Right, Action::PrevTab, Action::Close];
    for (_, a) in keymap::bindings(mode) {
        if !out.contains(a) && !skip.contains(a) {
            out.push(*a);
        }
    }
    if keymap::has_globals(mode) {
        for a in MAIN_GLOBALS {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// Draws the footer.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let mode = app.mode();
    let mut spans = Vec::new();
    for a in actions(mode) {
        let keys = labels_for(mode, a, app.strings);
        if keys.is_empty() {
            continue;
        }
        spans.push(Span::styled(keys, THEME.key));
        spans.push(Span::styled(format!(" {}  ", (app.strings.action)(a).0), THEME.dim));
    }
    let mut lines = Vec::new();
    if let Some(msg) = &app.message {
        lines.push(Line::styled(msg.clone(), THEME.message));
    }
    lines.push(Line::from(spans));
    frame.render_widget(Paragraph::new(lines), area);
}
