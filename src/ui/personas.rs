//! The persona 2×2: four panes, promoters on top, high drive on the left.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::App;
use crate::domain::persona::Quadrant;

/// Draws the persona screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    grid(frame, area, app, false);
}

/// Draws the 2×2 as the room sees it (the presenter view): the same
/// panes, no quadrant selected.
pub fn draw_for_room(frame: &mut Frame, area: Rect, app: &App) {
    grid(frame, area, app, true);
}

fn grid(frame: &mut Frame, area: Rect, app: &App, room: bool) {
    let [top, bottom] = Layout::vertical([Constraint::Fill(1); 2]).areas(area);
    let [a, b] = Layout::horizontal([Constraint::Fill(1); 2]).areas(top);
    let [c, d] = Layout::horizontal([Constraint::Fill(1); 2]).areas(bottom);
    for (i, rect) in [a, b, c, d].into_iter().enumerate() {
        pane(frame, rect, app, i, room);
    }
}

fn pane(frame: &mut Frame, rect: Rect, app: &App, i: usize, room: bool) {
    let st = app.strings;
    let q = Quadrant::ALL[i];
    let selected = !room && app.sel.quadrant.min(3) == i;
    let border = if selected { app.theme().focus } else { app.theme().border };
    let title = if selected { format!("▸ {}", st.quadrants[i]) } else { st.quadrants[i].to_string() };
    let block = Block::bordered().title(title).border_style(border);
    let persona = app.session().personas.values().find(|p| p.quadrant == q);
    let lines = match persona {
        None => vec![Line::styled(st.empty_persona, app.theme().dim)],
        Some(p) => {
            let mut lines = vec![Line::styled(p.name.clone(), app.theme().title)];
            if !p.traits.is_empty() {
                lines.push(Line::styled(format!("{}:", st.traits), app.theme().dim));
                lines.extend(p.traits.lines().map(|l| Line::raw(l.to_string())));
            }
            if !p.challenges.is_empty() {
                lines.push(Line::styled(format!("{}:", st.challenges), app.theme().dim));
                lines.extend(p.challenges.iter().map(|c| Line::raw(format!("• {c}"))));
            }
            lines
        }
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), rect);
}
