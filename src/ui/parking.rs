//! The parking lot overlay: every parked item, who raised it, in which
//! step, and what the wrap-up decided.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::overlays::centred;
use super::text::truncate;
use crate::app::App;
use crate::domain::parking::ParkOutcome;

/// Draws the lot with the highlighted row.
pub fn draw(frame: &mut Frame, area: Rect, app: &App, cursor: usize) {
    let st = app.strings;
    let s = app.session();
    let rect = centred(area, area.width.saturating_sub(8).min(100), area.height.saturating_sub(4).min(20));
    super::overlays::clear(frame, rect, app.theme());
    let title = format!("{} ({})", st.parking_lot, s.parking.len());
    let block = Block::bordered().title(title).border_style(app.theme().focus);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let rows = usize::from(inner.height.max(1));
    let cursor = cursor.min(s.parking.len().saturating_sub(1));
    let mut lines: Vec<Line> = Vec::new();
    if s.parking.is_empty() {
        lines.push(Line::styled(st.parking_empty, app.theme().dim));
    }
    let skip = cursor.saturating_sub(rows.saturating_sub(1));
    for (i, item) in s.parking.values().enumerate().skip(skip).take(rows) {
        let step = s.header.template.steps.get(item.step).map_or("?", |x| x.title.as_str());
        let who = item.raised_by.as_deref().map(|w| format!(" — {w}")).unwrap_or_default();
        let (mark, outcome) = match &item.outcome {
            None => ("•", String::new()),
            Some(ParkOutcome::Dropped) => ("✓", format!(" [{}]", st.park_outcomes[0])),
            Some(ParkOutcome::Measure) => ("✓", format!(" [{}]", st.park_outcomes[1])),
            Some(ParkOutcome::FollowUp { owner }) => ("✓", format!(" [{} {owner}]", st.park_outcomes[2])),
        };
        let text = truncate(&format!("{mark} {}{who} ({step}){outcome}", item.text), width);
        lines.push(if i == cursor { Line::styled(text, app.theme().selected) } else { Line::raw(text) });
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
