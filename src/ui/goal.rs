//! The goal step: the goal, the done-when, and whether it is confirmed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;

/// Draws the goal screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let st = app.strings;
    let goal = super::header::goal_text(app);
    let status = if s.goal_confirmed {
        Line::styled(st.confirmed, app.theme().running)
    } else {
        Line::from(ratatui::text::Span::styled(st.not_confirmed, app.theme().warning))
    };
    let lines = vec![
        Line::styled(format!("{}:", st.goal), app.theme().title),
        Line::styled(goal.to_string(), app.theme().goal),
        Line::raw(""),
        Line::styled(format!("{}:", st.done_when), app.theme().title),
        Line::raw(s.done_when.clone()),
        Line::raw(""),
        status,
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}
