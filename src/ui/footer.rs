//! The footer: the main keys of the current mode, from the key map.
//! The help and quit keys always show at the right; the mode's own keys
//! fill the rest, in key-map order.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::board::EDIT_MARK;
use crate::app::keymap;
use crate::app::{Action, App, Mode};
use crate::text_input::FieldKey;
use crate::text_input::display_width;

const ALWAYS: [Action; 3] = [Action::Help, Action::Quit, Action::QuitAsk];
const MAIN_GLOBALS: [Action; 3] = [Action::NextStep, Action::PrevStep, Action::TogglePause];

/// Rows the footer takes: keys, plus the message when there is one.
pub fn height(app: &App) -> u16 {
    if app.message.is_some() { 2 } else { 1 }
}

/// The actions the footer names in a mode, in order, without repeats.
pub fn actions(mode: Mode) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    let skip = [Action::Up, Action::Down, Action::Left, Action::Right, Action::PrevTab];
    for (_, a) in keymap::bindings(mode) {
        // Of a field's editing keys, only those with no key of their own
        // on a keyboard; the cursor keys and Backspace need no telling.
        let quiet_field = matches!(a, Action::Field(k) if !matches!(k, FieldKey::Newline | FieldKey::DeleteWord | FieldKey::ClearToStart));
        let hidden = skip.contains(a) || quiet_field || (*a == Action::Close && keymap::has_globals(mode));
        if !out.iter().any(|b| keymap::same_kind(*a, *b)) && !hidden && !ALWAYS.contains(a) {
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

fn item(app: &App, mode: Mode, a: Action) -> Option<(String, String)> {
    let key = keymap::first_label(mode, a, app.strings)?;
    Some((key, format!(" {}  ", (app.strings.action)(a).0)))
}

/// Draws the footer.
///
/// While a field is open it names only the field's keys (Enter, Esc, the
/// editing keys worth telling, Ctrl-Q), never a screen key that would
/// type its letter then; a note typed in place on the board starts the
/// row with the field's mark (`✎`).
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let inline = super::discussion::inline_field(app).is_some() && app.overlay.is_none();
    let mode = app.mode();
    let tail: Vec<(String, String)> = ALWAYS.iter().filter_map(|a| item(app, mode, *a)).collect();
    let tail_width: usize = tail.iter().map(|(k, d)| display_width(k) + display_width(d)).sum();
    let mut room = usize::from(area.width).saturating_sub(tail_width);
    // In place on the board the field is small and so is its footer:
    // saving and closing (the rest is in `?`), so opening and closing it
    // repaints few cells.
    let shown = if inline { vec![Action::EditCommit, Action::EditCancel] } else { actions(mode) };
    let items: Vec<(String, String)> = shown.into_iter().filter_map(|a| item(app, mode, a)).collect();
    let mut spans = Vec::new();
    if inline && display_width(EDIT_MARK) <= room {
        room -= display_width(EDIT_MARK);
        spans.push(Span::styled(EDIT_MARK, app.theme().editing));
    }
    for (k, d) in items {
        let w = display_width(&k) + display_width(&d);
        if w > room {
            break;
        }
        room -= w;
        spans.push(Span::styled(k, app.theme().key));
        spans.push(Span::styled(d, app.theme().dim));
    }
    spans.push(Span::raw(" ".repeat(room)));
    for (k, d) in tail {
        spans.push(Span::styled(k, app.theme().key));
        spans.push(Span::styled(d, app.theme().dim));
    }
    let mut lines = Vec::new();
    if let Some(msg) = &app.message {
        lines.push(Line::styled(msg.clone(), app.theme().message));
    }
    lines.push(Line::from(spans));
    frame.render_widget(Paragraph::new(lines), area);
}
