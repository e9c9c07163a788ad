//! The part-end prompt: a part of the step is over. It brings the room
//! back to the goal, says which part comes next and what the part that
//! ended still misses, and offers the choices, with why a choice was
//! refused above them. Built from the converge prompt's pieces
//! ([`super::converge`]).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::converge::{choice_lines, frame_box, goal_lines, missing_lines};
use super::text::{truncate, wrap};
use crate::app::part_end::{part, part_checks};
use crate::app::{Action, App, Mode};

const CHOICES: [Action; 4] = [Action::PartGoOn, Action::PartExtend5, Action::PartPark, Action::Close];

/// Draws the prompt for part `index` of step `step`.
pub fn prompt(frame: &mut Frame, area: Rect, app: &App, step: usize, index: usize) {
    let st = app.strings;
    let title = part(app, step, index).map_or("", |p| p.title.as_str());
    let inner = frame_box(frame, area, app, format!(" {} ", (st.part_over)(title)), app.theme().warning);
    let width = usize::from(inner.width);
    let mut lines = goal_lines(app);
    lines.push(Line::raw(""));
    let over = truncate(&format!("⚑ {}", (st.part_over)(title)), width);
    lines.push(Line::from(ratatui::text::Span::styled(over, app.theme().warning)));
    if let Some(next) = index.checked_add(1).and_then(|n| part(app, step, n)) {
        lines.push(Line::styled(truncate(&(st.part_next)(&next.title), width), app.theme().title));
        lines.push(Line::styled(truncate(&next.instructions, width), app.theme().text));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!("{}:", st.part_missing), app.theme().title));
    let checks = part_checks(app, step, index);
    lines.extend(missing_lines(app, &checks, width, st.part_nothing_missing));
    lines.push(Line::raw(""));
    // A refused choice says why here: the footer's message row is under the box.
    if let Some(message) = &app.message {
        let warning = app.theme().warning;
        lines.extend(wrap(&format!("⚠ {message}"), width).into_iter().map(|l| Line::styled(l, warning)));
        lines.push(Line::raw(""));
    }
    lines.extend(choice_lines(app, Mode::PartEnd, &CHOICES, width));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
