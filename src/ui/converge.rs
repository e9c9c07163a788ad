//! The converge prompt (the step's time is up) and the agenda overlay
//! (planned vs re-planned vs actual, from [`crate::domain::plan::agenda`]).

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::overlays::centred;
use super::text::truncate;
use crate::app::converge::missing_text;
use crate::app::keymap::labels_for;
use crate::app::{Action, App, Mode};
use crate::domain::checks::Status;
use crate::domain::clock::{MINUTE, Millis};
use crate::domain::plan;
use crate::text::{pad, pad_left};

const CHOICES: [Action; 5] =
    [Action::Extend5, Action::Extend10, Action::ParkAndMoveOn, Action::MoveOnAnyway, Action::Close];

/// "The session ends on plan." or "The session runs over by 12 min."
pub fn verdict(app: &App, overrun: Millis) -> Line<'static> {
    let st = app.strings;
    if overrun == 0 {
        Line::styled(st.ends_on_plan, app.theme().running)
    } else {
        let text = (st.runs_over)(overrun.div_ceil(MINUTE));
        Line::from(Span::styled(text, app.theme().over))
    }
}

/// A prompt's bordered box inside `area`, cleared to the theme's
/// background; returns the inside. The border drops underline and
/// reverse, which the bright themes use for warnings.
pub fn frame_box(frame: &mut Frame, area: Rect, app: &App, title: String, style: Style) -> Rect {
    let rect = area.inner(Margin::new(2, 1));
    super::overlays::clear(frame, rect, app.theme());
    let style = style.not_reversed().not_underlined();
    let block = Block::bordered().title(title).border_style(style);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// The goal and its done-when: what the room is brought back to.
pub fn goal_lines(app: &App) -> Vec<Line<'static>> {
    let st = app.strings;
    let s = app.session();
    vec![
        Line::from(vec![
            Span::styled(format!("{}: ", st.goal), app.theme().title),
            Span::styled(s.goal.clone(), app.theme().goal),
        ]),
        Line::from(vec![
            Span::styled(format!("{}: ", st.done_when), app.theme().title),
            Span::raw(s.done_when.clone()),
        ]),
    ]
}

/// The unmet checks of `checks`, one line each (at most four), or
/// `nothing` when all are met.
pub fn missing_lines(
    app: &App,
    checks: &[Status],
    width: usize,
    nothing: &'static str,
) -> Vec<Line<'static>> {
    let unmet: Vec<_> = checks.iter().filter(|c| !c.met()).collect();
    if unmet.is_empty() {
        return vec![Line::styled(nothing, app.theme().running)];
    }
    unmet
        .iter()
        .take(4)
        .map(|c| {
            let text = truncate(&format!("✗ {}", missing_text(app, c)), width);
            Line::from(Span::styled(text, app.theme().warning))
        })
        .collect()
}

/// One line per choice: its keys in `mode`, its short and long text, cut
/// to `width` (never wrapped: a wide character must not straddle the edge).
pub fn choice_lines(app: &App, mode: Mode, choices: &[Action], width: usize) -> Vec<Line<'static>> {
    let st = app.strings;
    choices
        .iter()
        .map(|&a| {
            let keys = labels_for(mode, a, st);
            let (short, long) = (st.action)(a);
            let text = if a == Action::Close { short.to_string() } else { format!("{short}: {long}") };
            let keys = format!("{}  ", crate::text::fill_left(&keys, 5));
            let room = width.saturating_sub(crate::text::width(&keys));
            Line::from(vec![Span::styled(keys, app.theme().key), Span::raw(truncate(&text, room))])
        })
        .collect()
}

/// The goal, the done-when, what is missing and the choices.
pub fn prompt(frame: &mut Frame, area: Rect, app: &App) {
    let st = app.strings;
    let (title, _, _) = super::header::step_title(app);
    let inner = frame_box(frame, area, app, format!("{} · {title}", st.time_up), app.theme().over);
    let mut lines = goal_lines(app);
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("{} ({}):", st.missing, super::checklist::progress(app)),
        app.theme().title,
    ));
    lines.extend(missing_lines(app, &app.checks, usize::from(inner.width), st.nothing_missing));
    lines.push(Line::raw(""));
    lines.push(verdict(app, plan::agenda(app.session(), app.now).overrun));
    lines.push(Line::raw(""));
    lines.extend(choice_lines(app, Mode::Converge, &CHOICES, usize::from(inner.width)));
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
    super::overlays::clear(frame, rect, app.theme());
    let title = format!("{} ({})", st.agenda, st.min);
    let block = Block::bordered().title(title).border_style(app.theme().focus);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let name_w = usize::from(inner.width).saturating_sub(2 + 3 * 12);
    let [c0, c1, c2, c3] = st.agenda_columns;
    let row = |mark: &str, name: &str, a: String, b: String, c: String| {
        // Padded by columns, not characters: Japanese titles are two a character.
        let [a, b, c] = [a, b, c].map(|v| pad_left(&v, 12));
        format!("{mark} {}{a}{b}{c}", pad(name, name_w))
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
        // An untimed step plans nothing: a dash, not a zero.
        let boxed = |ms: Millis| if step.untimed { "—".to_string() } else { mins(ms) };
        let text = row(mark, &step.title, boxed(sp.planned), boxed(sp.replanned), actual);
        let style = if i == p.current { app.theme().selected } else { app.theme().text };
        lines.push(Line::styled(text, style));
    }
    lines.push(Line::raw(""));
    lines.push(verdict(app, p.overrun));
    frame.render_widget(Paragraph::new(lines), inner);
}
