//! The decision 2×2 on the vote screen once the round is closed: rows
//! effective / not directly against churn, columns can start now / hard,
//! each decided measure placed in its cell with owner, effort and due.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::text::truncate;
use crate::app::App;
use crate::app::vote_ops::selected;
use crate::domain::decision::{Action, Effort, Feasibility, Impact};

/// Draws the 2×2 with its row and column labels.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let st = app.strings;
    let w = st.decision_words;
    let block = Block::bordered().title(st.decide_grid).border_style(app.theme().border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let widest = crate::text::width(w[0]).max(crate::text::width(w[1])) + 1;
    let label_w = u16::try_from(widest).unwrap_or(u16::MAX).min(inner.width / 4);
    let [head, top, bottom] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Fill(1)]).areas(inner);
    let cols = |r: Rect| -> [Rect; 3] {
        Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1), Constraint::Fill(1)])
            .spacing(1)
            .areas(r)
    };
    let [_, now_h, hard_h] = cols(head);
    frame.render_widget(
        Paragraph::new(Line::styled(truncate(w[2], usize::from(now_h.width)), app.theme().title)),
        now_h,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(truncate(w[3], usize::from(hard_h.width)), app.theme().title)),
        hard_h,
    );
    for (row, impact, label) in [(top, Impact::Effective, w[0]), (bottom, Impact::Indirect, w[1])] {
        let [l, now, hard] = cols(row);
        let label = Line::styled(truncate(label, usize::from(l.width)), app.theme().title);
        frame.render_widget(Paragraph::new(label), l);
        cell(frame, now, app, impact, Feasibility::Now);
        cell(frame, hard, app, impact, Feasibility::Hard);
    }
}

/// The effort as its letter.
pub fn effort_letter(e: Effort) -> &'static str {
    match e {
        Effort::S => "S",
        Effort::M => "M",
        Effort::L => "L",
    }
}

fn cell(frame: &mut Frame, area: Rect, app: &App, impact: Impact, feasibility: Feasibility) {
    let s = app.session();
    let st = app.strings;
    let sel = selected(app);
    let width = usize::from(area.width);
    let lines: Vec<Line> = s
        .decisions
        .iter()
        .filter(|(_, d)| d.impact == impact && d.feasibility == feasibility)
        .filter_map(|(id, d)| {
            let note = s.notes.get(id)?;
            let mut details = Vec::new();
            if let Some(o) = d.owner {
                details.push(format!("@{}", s.participant_name(o)));
            }
            if let Some(e) = d.effort {
                details.push(format!("{} {}", st.effort, effort_letter(e)));
            }
            if let Some(due) = &d.due {
                details.push(format!("{} {due}", st.due));
            }
            let arrow = if sel == Some(*id) { "▸" } else { "·" };
            let text = truncate(&format!("{arrow}{}", note.text), width);
            let style =
                if sel == Some(*id) { app.theme().selected } else { ratatui::style::Style::default() };
            let mut lines = vec![Line::styled(text, style)];
            if !details.is_empty() {
                lines.push(Line::styled(truncate(&format!(" {}", details.join(" · ")), width), style));
            }
            Some(lines)
        })
        .flatten()
        .collect();
    let title = st.outcomes[Action::of(impact, feasibility) as usize];
    let block =
        Block::new().borders(Borders::TOP).title(truncate(title, width)).border_style(app.theme().dim);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
