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
    let s = app.session();
    let st = app.strings;
    let [left, right] = Layout::horizontal([Constraint::Percentage(35), Constraint::Fill(1)]).areas(area);
    let chosen = s.choice.as_ref().map(|c| c.scheme);
    let selected = selected_scheme(app);
    let width = usize::from(left.width.saturating_sub(2));
    let mut lines: Vec<Line> = s
        .schemes
        .iter()
        .map(|(id, sc)| {
            let star = if Some(*id) == chosen { "★" } else { " " };
            let arrow = if Some(*id) == selected { "▸" } else { " " };
            let text = truncate(&format!("{arrow}{star} {} ({})", sc.name, sc.phases.len()), width);
            if Some(*id) == selected { Line::styled(text, app.theme().selected) } else { Line::raw(text) }
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
    let sel = app.sel.phase.min(scheme.phases.len().saturating_sub(1));
    for (i, p) in scheme.phases.iter().enumerate() {
        let arrow = if i == sel { "▸" } else { " " };
        let head = format!("{arrow}{}. {}", i + 1, p.name);
        lines.push(if i == sel {
            Line::styled(head, app.theme().selected)
        } else {
            Line::styled(head, app.theme().title)
        });
        if !p.definition.is_empty() {
            lines.push(Line::styled(format!("   {}: {}", st.definition, p.definition), app.theme().dim));
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
