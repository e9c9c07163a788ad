//! Owners' load beside the vote list: measures and effort points per
//! owner, with a worded warning for anyone over twice the average.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::text::truncate;
use crate::app::App;
use crate::domain::load;

/// Draws the load panel.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let st = app.strings;
    let width = usize::from(area.width.saturating_sub(2));
    let loads = load::by_owner(s);
    let mut lines = Vec::new();
    if loads.is_empty() {
        lines.push(Line::styled(truncate(st.no_owners, width), app.theme().dim));
    }
    for l in loads {
        lines.push(Line::styled(truncate(s.participant_name(l.owner), width), app.theme().title));
        for text in
            [format!("  {}", (st.load_measures)(l.count)), format!("  {} {}", l.points, st.load_points)]
        {
            lines.push(Line::raw(truncate(&text, width)));
        }
        if l.unestimated > 0 {
            let text = truncate(&format!("  {}", (st.load_unestimated)(l.unestimated)), width);
            lines.push(Line::styled(text, app.theme().dim));
        }
        if l.overloaded {
            let text = truncate(&format!("  {}", st.overloaded), width);
            lines.push(Line::from(ratatui::text::Span::styled(text, app.theme().warning)));
        }
    }
    let block = Block::bordered().title(st.load_title).border_style(app.theme().border);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
