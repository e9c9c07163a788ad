//! Phase definition: candidate schemes, the selected scheme's phases with
//! their definitions, and the choice with its reason.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::text::{truncate, wrap};
use crate::app::App;
use crate::app::ops::selected_scheme;

/// Draws the phases screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    schemes(frame, area, app, false);
}

/// Draws the phases as the room sees them (the presenter view): every
/// scheme by name with the chosen one starred, and the chosen scheme's
/// phases with their definitions (before a choice, the scheme the
/// facilitator is looking at), nothing selected.
pub fn draw_for_room(frame: &mut Frame, area: Rect, app: &App) {
    schemes(frame, area, app, true);
}

fn schemes(frame: &mut Frame, area: Rect, app: &App, room: bool) {
    let s = app.session();
    let st = app.strings;
    let [left, right] = Layout::horizontal([Constraint::Percentage(35), Constraint::Fill(1)]).areas(area);
    let chosen = s.choice.as_ref().map(|c| c.scheme);
    let selected = if room { chosen.or(selected_scheme(app)) } else { selected_scheme(app) };
    // The room is shown a scheme, not a cursor.
    let marked = |id| !room && Some(id) == selected;
    let width = usize::from(left.width.saturating_sub(2));
    let mut lines: Vec<Line> = s
        .schemes
        .iter()
        .map(|(id, sc)| {
            let star = if Some(*id) == chosen { "★" } else { " " };
            let arrow = if marked(*id) { "▸" } else { " " };
            let text = truncate(&format!("{arrow}{star} {} ({})", sc.name, sc.phases.len()), width);
            if marked(*id) { Line::styled(text, app.theme().selected) } else { Line::raw(text) }
        })
        .collect();
    if let Some(choice) = &s.choice {
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!("{}:", st.reason), app.theme().title));
        // Wrapped here by display width: a wide character never straddles the border.
        lines.extend(wrap(&choice.reason, width).into_iter().map(Line::raw));
    }
    let block = Block::bordered().title(st.schemes).border_style(app.theme().border);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), left);

    let Some(scheme) = selected.and_then(|id| s.schemes.get(&id)) else {
        frame.render_widget(Block::bordered().title(st.phases).border_style(app.theme().focus), right);
        return;
    };
    let mut lines = Vec::new();
    let sel = if room { usize::MAX } else { app.sel.phase.min(scheme.phases.len().saturating_sub(1)) };
    for (i, p) in scheme.phases.iter().enumerate() {
        let arrow = if i == sel { "▸" } else { " " };
        let head = format!("{arrow}{}. {}", i + 1, p.name);
        lines.push(if i == sel {
            Line::styled(head, app.theme().selected)
        } else {
            Line::styled(head, app.theme().title)
        });
        if !p.definition.is_empty() {
            // Wrapped here, so its further lines keep the indent.
            let text = format!("{}: {}", st.definition, p.definition);
            let lines_of = wrap(&text, usize::from(right.width.saturating_sub(5)).max(1));
            lines.extend(lines_of.into_iter().map(|l| Line::styled(format!("   {l}"), app.theme().dim)));
        }
    }
    if !scheme.notes.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(scheme.notes.clone(), app.theme().dim));
    }
    let mark = if chosen == selected { format!(" ★ {}", st.chosen) } else { String::new() };
    let title = format!("{}: {}{mark}", st.phases, scheme.name);
    let block = Block::bordered().title(title).border_style(app.theme().focus);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), right);
}
