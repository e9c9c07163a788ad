//! The converge prompt (the step's time is up) and the agenda overlay
//! (planned vs re-planned vs actual, from [`crate::domain::plan::agenda`]).

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::overlays::centred;
use super::text::truncate;
use crate::app::converge::missing_text;
use crate::app::keymap::labels_for;
use crate::app::{Action, App, Mode};
use crate::domain::clock::{MINUTE, Millis};
use crate::domain::plan;

const CHOICES: [Action; 5] =
    [Action::Extend5, Action::Extend10, Action::ParkAndMoveOn, Action::MoveOnAnyway, Action::Close];

/// "The session ends on plan." or "The session runs over by 12 min."
pub fn verdict(app: &App, overrun: Millis) -> Line<'static> {
    let st = app.strings;
    if overrun == 0 {
        Line::styled(st.ends_on_plan, app.theme().running)
    } else {
        let text = format!("{} {} {}.", st.runs_over, overrun.div_ceil(MINUTE), st.min);
        Line::from(Span::styled(text, app.theme().over))
    }
}

/// The goal, the done-when, what is missing and the choices.
pub fn prompt(frame: &mut Frame, area: Rect, app: &App) {
    let st = app.strings;
    let s = app.session();
    let rect = area.inner(Margin::new(2, 1));
    super::overlays::blank(frame, rect, app.theme());
    let (title, _, _) = super::header::step_title(app);
    let block = Block::bordered()
        .title(format!("{} · {title}", st.time_up))
        .border_style(app.theme().over.not_reversed());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{}: ", st.goal), app.theme().title),
            Span::styled(s.goal.clone(), app.theme().goal),
        ]),
        Line::from(vec![
            Span::styled(format!("{}: ", st.done_when), app.theme().title),
            Span::raw(s.done_when.clone()),
        ]),
        Line::raw(""),
        Line::styled(format!("{} ({}):", st.missing, super::checklist::progress(app)), app.theme().title),
    ];
    let unmet: Vec<_> = app.checks.iter().filter(|c| !c.met()).collect();
    if unmet.is_empty() {
        lines.push(Line::styled(st.nothing_missing, app.theme().running));
    }
    for c in unmet.iter().take(4) {
        lines.push(Line::from(Span::styled(
            truncate(&format!("✗ {}", missing_text(app, c)), width),
            app.theme().warning,
        )));
    }
    lines.push(Line::raw(""));
    lines.push(verdict(app, plan::agenda(s, app.now).overrun));
    lines.push(Line::raw(""));
    for a in CHOICES {
        let keys = labels_for(Mode::Converge, a, st);
        let (short, long) = (st.action)(a);
        let text = if a == Action::Close { short.to_string() } else { format!("{short}: {long}") };
        lines.push(Line::from(vec![Span::styled(format!("{keys:>5}  "), app.theme().key), Span::raw(text)]));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn mins(ms: Millis) -> String {
    format!("{}", (ms + MINUTE / 2) / MINUTE)
}

/// Every step: planned, re-planned, and actual for done ones; then whether
/// the session ends on plan.
pub fn agenda(frame: &mut Frame, area: Rect, app: &App) {
    let st = app.strings;
    let s = app.session();
    let p = plan::agenda(s, app.now);
    let height = (p.steps.len() as u16 + 5).min(area.height);
    let rect = centred(area, 76, height);
    super::overlays::blank(frame, rect, app.theme());
    let title = format!("{} ({})", st.agenda, st.min);
    let block = Block::bordered().title(title).border_style(app.theme().focus);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let name_w = usize::from(inner.width).saturating_sub(2 + 3 * 12);
    let [c0, c1, c2, c3] = st.agenda_columns;
    let row = |mark: &str, name: &str, a: String, b: String, c: String| {
        format!("{mark} {:<name_w$}{a:>12}{b:>12}{c:>12}", truncate(name, name_w))
    };
    let mut lines = vec![Line::styled(row(" ", c0, c1.into(), c2.into(), c3.into()), app.theme().title)];
    for (i, (step, sp)) in s.header.template.steps.iter().zip(&p.steps).enumerate() {
        let mark = if i < p.current {
            "✓"
        } else if i == p.current {
            "▸"
        } else {
            " "
        };
        let actual = sp.actual.map(mins).unwrap_or_default();
        let text = row(mark, &step.title, mins(sp.planned), mins(sp.replanned), actual);
        let style = if i == p.current { app.theme().selected } else { app.theme().text };
        lines.push(Line::styled(text, style));
    }
    lines.push(Line::raw(""));
    lines.push(verdict(app, p.overrun));
    frame.render_widget(Paragraph::new(lines), inner);
}
