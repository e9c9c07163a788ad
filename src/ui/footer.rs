//! The footer: the main keys of the current mode, from the key map.
//! The help and quit keys always show at the right; the mode's own keys
//! fill the rest, in key-map order.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::board::EDIT_MARK;
use crate::app::keymap;
use crate::app::text_input::display_width;
use crate::app::{Action, App, Mode};

const ALWAYS: [Action; 2] = [Action::Help, Action::Quit];
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
        let hidden = skip.contains(a) || (*a == Action::Close && keymap::has_globals(mode));
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
/// While a note is typed in place on the board, only the first keys give
/// way to the field's own (`✎ Enter save  Esc close`): the rest of the
/// row stays as it was, so opening and closing the field repaints a few
/// dozen cells instead of the whole row.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let inline = super::discussion::inline_field(app).is_some() && app.overlay.is_none();
    let mode = if inline { Mode::Screen(app.screen()) } else { app.mode() };
    let tail: Vec<(String, String)> = ALWAYS.iter().filter_map(|a| item(app, mode, *a)).collect();
    let tail_width: usize = tail.iter().map(|(k, d)| display_width(k) + display_width(d)).sum();
    let mut room = usize::from(area.width).saturating_sub(tail_width);
    let mut items: Vec<(String, String)> =
        actions(mode).into_iter().filter_map(|a| item(app, mode, a)).collect();
    let mut spans = Vec::new();
    if inline {
        let keys: Vec<(String, String)> =
            [Action::EditCommit, Action::Close].iter().filter_map(|a| item(app, Mode::Edit, *a)).collect();
        let need: usize = display_width(EDIT_MARK)
            + keys.iter().map(|(k, d)| display_width(k) + display_width(d)).sum::<usize>();
        // Drop whole board items until the field's keys fit in their place.
        let mut freed = 0;
        while freed < need && !items.is_empty() {
            let (k, d) = items.remove(0);
            freed += display_width(&k) + display_width(&d);
        }
        let freed = freed.max(need).min(room);
        room -= freed;
        spans.push(Span::styled(EDIT_MARK, app.theme().editing));
        for (k, d) in keys {
            spans.push(Span::styled(k, app.theme().key));
            spans.push(Span::styled(d, app.theme().dim));
        }
        spans.push(Span::raw(" ".repeat(freed - need.min(freed))));
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
