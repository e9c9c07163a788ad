//! Share-out: one group at a time presents its board, read-only, with
//! its own short timer (the step's timebox shared among the groups).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::board::Board;
use super::discussion::{tabs, who};
use super::text::fit;
use crate::app::{App, Screen};
use crate::domain::clock::format_duration;

/// A running share-out turn's clock, in parts for the presenter view's
/// large digits.
pub struct TurnClock {
    /// The presenting group's name.
    pub name: String,
    /// Time left, or over with a leading '+'.
    pub figures: String,
    /// "left" or "over" in the UI language.
    pub word: &'static str,
    /// Running, warning (the last fifth of the turn) or over.
    pub style: Style,
}

/// The running turn's clock: the step's timebox shared among the groups,
/// counted from the turn's start. None before a turn or off the share-out.
pub fn turn_clock(app: &App) -> Option<TurnClock> {
    let s = app.session();
    if app.screen() != Screen::ShareOut {
        return None;
    }
    let (group, since) = s.sharing?;
    let name = s.groups.get(&group).map_or("?", |g| g.name.as_str()).to_string();
    let slot = s.timebox(s.current_step()) / s.groups.len().max(1) as u64;
    let ran = app.now.saturating_sub(since);
    let (t, st) = (app.theme(), app.strings);
    let (figures, word, style) = if ran > slot {
        (format!("+{}", format_duration(ran - slot)), st.over, t.over)
    } else if ran * 5 >= slot * 4 {
        (format_duration(slot - ran), st.left, t.warning)
    } else {
        (format_duration(slot - ran), st.left, t.running)
    };
    Some(TurnClock { name, figures, word, style })
}

/// The share-out turn's countdown: (text, style), or none before a turn.
pub fn turn(app: &App) -> Option<(String, Style)> {
    let c = turn_clock(app)?;
    Some((format!("{}: {} · {} {}", app.strings.presenting, c.name, c.figures, c.word), c.style))
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
