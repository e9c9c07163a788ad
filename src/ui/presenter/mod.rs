//! The presenter view: what the room sees on the shared screen.
//!
//! The goal on top, the step and its current part framed with the
//! instruction under it, the countdown in large digits when the terminal
//! is tall enough (during a share-out turn, the turn's clock), then the
//! room's view of the step: the goal and done-when, the personas and the
//! phases read-only, the current group's board (private notes left out)
//! or the vote without anyone's ballot.
//! No menus, no footer, no messages: those are the facilitator's.

pub mod digits;
pub mod room;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::header::{heads_up, part_clock, step_figures, step_title, whole_countdown};
use super::share_out::turn_clock;
use super::text::{truncate, wrap_max};
use crate::app::{App, Screen};
use crate::domain::clock::format_duration;

/// Rows the room's view of the step needs at least; the large digits
/// give way to it on a short terminal.
const MIN_BODY: u16 = 9;
/// The same for the personas' 2×2 and the phases, whose panes hold a
/// persona's traits and challenges or a scheme's phase definitions.
const MIN_SETUP_BODY: u16 = 12;

/// The large figures, the line under them, and its style: during a
/// share-out turn the turn's clock (what the room watches then) and then
/// the step's; in a step with parts the part's clock and then the whole
/// timebox's, else the step's countdown; no figures on an untimed step.
fn clock(app: &App) -> (String, String, Style) {
    let (whole, whole_style) = whole_countdown(app);
    let Some(figures) = step_figures(app) else { return (String::new(), whole, whole_style) };
    if let Some(turn) = turn_clock(app) {
        let step = (app.strings.whole_clock)(
            &whole,
            &format_duration(app.session().timebox(app.session().current_step())),
        );
        let line =
            format!("{}: {} · {} {} · {step}", app.strings.presenting, turn.name, turn.figures, turn.word);
        return (turn.figures, line, turn.style);
    }
    match part_clock(app) {
        Some(part) => {
            let line = format!("{} {} {} · {whole}", part.title, part.figures, part.word);
            (part.figures, line, part.style)
        }
        None => (figures, whole, whole_style),
    }
}

/// Draws the presenter view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let t = app.theme();
    let width = usize::from(area.width);
    let goal = wrap_max(&format!("{}: {}", app.strings.goal, app.session().goal), width, 3);
    let (title, instructions, _) = step_title(app);
    let instructions = wrap_max(&instructions, width.saturating_sub(2), 2);
    let (figures, words, style) = clock(app);
    let banner = heads_up(app);
    let banner_rows = u16::from(banner.is_some());
    let fixed = goal.len() as u16 + 1 + 3 + instructions.len() as u16 + 1 + banner_rows;
    let min_body = match app.screen() {
        Screen::Personas | Screen::Phases => MIN_SETUP_BODY,
        Screen::Goal
        | Screen::Discussion
        | Screen::ShareOut
        | Screen::Vote
        | Screen::WrapUp
        | Screen::Other => MIN_BODY,
    };
    let big = !figures.is_empty() && area.height >= fixed + digits::HEIGHT + min_body;
    let [goal_area, title_area, instr_area, big_area, words_area, banner_area, body] = Layout::vertical([
        Constraint::Length(goal.len() as u16 + 1),
        Constraint::Length(3),
        Constraint::Length(instructions.len() as u16),
        Constraint::Length(if big { digits::HEIGHT } else { 0 }),
        Constraint::Length(1),
        Constraint::Length(banner_rows),
        Constraint::Fill(1),
    ])
    .areas(area);

    let goal_lines: Vec<Line> = goal.into_iter().map(|l| Line::styled(l, t.goal)).collect();
    let rule = Block::new().borders(Borders::BOTTOM).border_style(t.border);
    frame.render_widget(Paragraph::new(goal_lines).block(rule), goal_area);

    let frame_box = Block::bordered().border_type(BorderType::Double).border_style(t.focus);
    let title = truncate(&title, width.saturating_sub(4));
    frame.render_widget(Paragraph::new(Line::styled(title, t.title).centered()).block(frame_box), title_area);
    let instr: Vec<Line> = instructions.into_iter().map(|l| Line::styled(l, t.text).centered()).collect();
    frame.render_widget(Paragraph::new(instr), instr_area);

    if big {
        digits::draw(&figures, big_area, frame.buffer_mut(), style);
    }
    let words = Line::from(Span::styled(truncate(&words, width), style)).centered();
    frame.render_widget(Paragraph::new(words), words_area);
    if let Some(banner) = banner {
        let line = Line::from(Span::styled(truncate(&banner, width), t.warning)).centered();
        frame.render_widget(Paragraph::new(line), banner_area);
    }
    room::draw(frame, body, app);
}
