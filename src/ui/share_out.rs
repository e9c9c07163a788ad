//! Share-out: one group at a time presents its board, read-only, with
//! its own short timer (the step's timebox shared among the groups).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::board::Board;
use super::discussion::{tabs, who};
use super::text::fit;
use crate::app::App;
use crate::domain::clock::format_duration;

/// The share-out turn's countdown: (text, style), or none before a turn.
pub fn turn(app: &App) -> Option<(String, ratatui::style::Style)> {
    let s = app.session();
    let (group, since) = s.sharing?;
    let name = s.groups.get(&group).map_or("?", |g| g.name.as_str());
    let slot = s.timebox(s.current_step()) / s.groups.len().max(1) as u64;
    let ran = app.now.saturating_sub(since);
    let (text, style) = if ran > slot {
        (format!("+{} {}", format_duration(ran - slot), app.strings.over), app.theme().over)
    } else if ran * 5 >= slot * 4 {
        (format!("{} {}", format_duration(slot - ran), app.strings.left), app.theme().warning)
    } else {
        (format!("{} {}", format_duration(slot - ran), app.strings.left), app.theme().running)
    };
    Some((format!("{}: {name} · {text}", app.strings.presenting), style))
}

/// Draws the share-out screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let group = app.group();
    let [tab_row, turn_row, who_row, board] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(fit(tabs(app, group), usize::from(tab_row.width))), tab_row);
    if let Some((text, style)) = turn(app) {
        let line = fit(Line::from(Span::styled(text, style)), usize::from(turn_row.width));
        frame.render_widget(Paragraph::new(line), turn_row);
    }
    let Some(group) = group else {
        frame.render_widget(Paragraph::new(app.strings.add_group_first).style(app.theme().dim), who_row);
        return;
    };
    frame.render_widget(Paragraph::new(fit(who(app, group), usize::from(who_row.width))), who_row);
    let widget = Board {
        session: app.session(),
        strings: app.strings,
        theme: app.theme(),
        group,
        selected: None,
        field: None,
        room: false,
    };
    frame.render_widget(&widget, board);
}
