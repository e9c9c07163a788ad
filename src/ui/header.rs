//! The header on every screen: the goal, the step with its instructions
//! and output, the step countdown and the session clock against plan.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::text::{wrap, wrap_max};
use crate::app::App;
use crate::domain::clock::{MINUTE, format_duration, format_hours_minutes};
use crate::domain::timer::Countdown;
use crate::text_input::display_width;

/// The step countdown's figures: the time left, `+` and the time over,
/// or the timebox before the start; none for an untimed step.
pub fn step_figures(app: &App) -> Option<String> {
    let s = app.session();
    let countdown = s.countdown(app.now)?;
    if !s.clock.started {
        return Some(format_duration(s.timebox(s.current_step())));
    }
    Some(match countdown {
        Countdown::Running(left) | Countdown::Warning(left) => format_duration(left),
        Countdown::Over(by) => format!("+{}", format_duration(by)),
    })
}

/// The countdown text and its style: "12:34 left", "+02:10 over", with
/// " · paused" while the clock is paused.
pub fn countdown(app: &App) -> (String, Style) {
    let (text, style) = bare_countdown(app);
    (paused(app, text), style)
}

/// `text`, followed by " · paused" while the started clock is paused.
fn paused(app: &App, text: String) -> String {
    let clock = &app.session().clock;
    if clock.paused && clock.started { format!("{text} · {}", app.strings.paused) } else { text }
}

/// [`countdown`] without the paused suffix.
fn bare_countdown(app: &App) -> (String, Style) {
    let s = app.session();
    let st = app.strings;
    let (Some(figures), Some(countdown)) = (step_figures(app), s.countdown(app.now)) else {
        // An untimed step: no countdown, before the start or after.
        let style = if s.clock.started { app.theme().text } else { app.theme().dim };
        return (st.untimed.to_string(), style);
    };
    if !s.clock.started {
        return (format!("{figures} · {}", st.not_started), app.theme().dim);
    }
    let (word, style) = match countdown {
        Countdown::Running(_) => (st.left, app.theme().running),
        Countdown::Warning(_) => (st.left, app.theme().warning),
        Countdown::Over(_) => (st.over, app.theme().over),
    };
    (format!("{figures} {word}"), style)
}

/// The current part's clock: its title, the figures ("12:34", "+01:10"),
/// the word after them ("left", "over"; empty before the start) and the style.
pub struct PartClock {
    /// The part's title, e.g. "b. Pain points".
    pub title: String,
    /// Time left, or over with a leading '+'.
    pub figures: String,
    /// "left" or "over" in the UI language.
    pub word: &'static str,
    /// Running, warning (heads-up), over, or dim before the start.
    pub style: Style,
}

/// The clock of the current part of a step with parts (none without).
pub fn part_clock(app: &App) -> Option<PartClock> {
    let s = app.session();
    let step = s.current_step();
    let now = s.part_now(step, app.now)?;
    let title = s.header.template.steps.get(step)?.parts.get(now.slot.index)?.title.clone();
    let (st, t) = (app.strings, app.theme());
    let (figures, word, style) = if !s.clock.started {
        (format_duration(now.slot.length()), "", t.dim)
    } else if now.over {
        let by = s.clock.elapsed(step, app.now).saturating_sub(now.slot.end);
        (format!("+{}", format_duration(by)), st.over, t.over)
    } else if now.heads_up {
        (format_duration(now.left), st.left, t.warning)
    } else {
        (format_duration(now.left), st.left, t.running)
    };
    Some(PartClock { title, figures, word, style })
}

/// The current part of a step with parts: the part's countdown and its
/// style, e.g. "b. Pain points 12:34 left" (none in a step without parts).
pub fn part_countdown(app: &App) -> Option<(String, Style)> {
    let c = part_clock(app)?;
    let text = format!("{} {} {}", c.title, c.figures, c.word).trim_end().to_string();
    let paused = app.session().clock.paused && app.session().clock.started;
    Some(if paused { (format!("{text} · {}", app.strings.paused), c.style) } else { (text, c.style) })
}

/// The heads-up banner, from [`crate::domain::parts::HEADS_UP`] before the
/// current part ends: "⚑ 2:00 left in b. Pain points — next: c. As-Is
/// measures" (none otherwise, and none while the clock is stopped), with
/// "· paused" while the clock is paused, as the part line has. The next
/// part named is the next one with time left in the timebox: when `-`
/// has cut the step to end with this part, the banner says the step ends.
pub fn heads_up(app: &App) -> Option<String> {
    let s = app.session();
    let step = s.current_step();
    let now = s.part_now(step, app.now).filter(|n| n.heads_up && s.clock.started)?;
    let parts = &s.header.template.steps.get(step)?.parts;
    let title = &parts.get(now.slot.index)?.title;
    let slots = crate::domain::parts::schedule(parts, s.part_timebox(step), s.part_shifts(step));
    let next = slots
        .iter()
        .skip(now.slot.index + 1)
        .find(|slot| slot.length() > 0)
        .and_then(|slot| parts.get(slot.index))
        .map(|p| p.title.as_str());
    let banner = (app.strings.part_heads_up)(&format_duration(now.left), title, next);
    Some(if s.clock.paused { format!("{banner} · {}", app.strings.paused) } else { banner })
}

/// The whole step's countdown: [`countdown`], and in a step with parts
/// also against the timebox, e.g. "whole 1:02:10 left (of 1:30:00)", with
/// " · paused" after the whole of it.
pub fn whole_countdown(app: &App) -> (String, Style) {
    let s = app.session();
    let step = s.current_step();
    if s.part_now(step, app.now).is_none() || !s.clock.started {
        return countdown(app);
    }
    let (text, style) = bare_countdown(app);
    (paused(app, (app.strings.whole_clock)(&text, &format_duration(s.timebox(step)))), style)
}

/// "1:12 elapsed · plan 1:05 · 7 min behind".
pub fn session_clock(app: &App) -> String {
    let s = app.session();
    let st = app.strings;
    let p = s.clock.against_plan(&s.planned(), app.now);
    let mins = p.behind().unsigned_abs() / MINUTE;
    let verdict = match p.behind() {
        b if b > 0 && mins > 0 => format!("{mins} {} {}", st.min, st.behind),
        b if b < 0 && mins > 0 => format!("{mins} {} {}", st.min, st.ahead),
        _ => st.on_plan.to_string(),
    };
    format!(
        "{} {} · {} {} · {verdict}",
        format_hours_minutes(p.elapsed),
        st.elapsed,
        st.plan,
        format_hours_minutes(p.plan)
    )
}

/// The saved goal; while there is none, how to write it, or, while its
/// field is open, that it is being written.
pub fn goal_text(app: &App) -> &str {
    let goal = app.session().goal.as_str();
    if !goal.trim().is_empty() {
        return goal;
    }
    let writing = app.edit.as_ref().is_some_and(|e| e.target == crate::app::state::Target::Goal);
    if writing { app.strings.goal_being_written } else { app.strings.no_goal }
}

fn goal_lines(app: &App, width: u16) -> Vec<String> {
    let label = display_width(app.strings.goal) + 2;
    let max = if width >= 120 { 3 } else { 2 };
    wrap_max(goal_text(app), usize::from(width).saturating_sub(label), max)
}

/// The step title with the current part, e.g. "Step 4/8 · Group discussion · b. Pain points".
pub fn step_title(app: &App) -> (String, String, String) {
    let s = app.session();
    let steps = &s.header.template.steps;
    let i = s.current_step();
    let Some(step) = steps.get(i) else { return (String::new(), String::new(), String::new()) };
    let mut title = format!("{} {}/{} · {}", app.strings.step, i + 1, steps.len(), step.title);
    let mut instructions = step.instructions.clone();
    let now = s.part_now(i, app.now);
    if let Some(part) = now.and_then(|n| step.parts.get(n.slot.index)) {
        title.push_str(" · ");
        title.push_str(&part.title);
        instructions = part.instructions.clone();
    }
    (title, instructions, step.output.clone())
}

/// Rows the header takes at `width`.
pub fn height(app: &App, width: u16) -> u16 {
    let (_, instructions, _) = step_title(app);
    let instr = wrap_max(&instructions, usize::from(width), 2).len();
    let part = usize::from(part_countdown(app).is_some());
    (goal_lines(app, width).len() + 1 + part + instr + 1 + 1 + 1) as u16
}

/// The part line of a step with parts: the heads-up banner when it is due,
/// else "▸ b. Pain points 12:34 left".
fn part_line(app: &App, width: usize) -> Option<Line<'static>> {
    if let Some(banner) = heads_up(app) {
        return Some(Line::from(Span::styled(super::text::truncate(&banner, width), app.theme().warning)));
    }
    let (text, style) = part_countdown(app)?;
    Some(Line::from(Span::styled(super::text::truncate(&format!("▸ {text}"), width), style)))
}

/// "Still needed: …" from the step's exit checks, or "Output complete".
pub fn needed(app: &App, width: usize) -> Line<'static> {
    let st = app.strings;
    let progress = if app.checks.is_empty() {
        String::new()
    } else {
        format!("{} · ", super::checklist::progress(app))
    };
    if app.gaps.is_empty() {
        return Line::styled(format!("{progress}✓ {}", st.output_met), app.theme().running);
    }
    let labels = crate::export::labels::Labels::of(st.lang);
    let items: Vec<String> = app.gaps.iter().take(3).map(|g| labels.gap(app.session(), g)).collect();
    let more = if app.gaps.len() > 3 { format!(" (+{})", app.gaps.len() - 3) } else { String::new() };
    let text = format!("{progress}{} ({}): {}{more}", st.still_needed, app.gaps.len(), items.join("; "));
    Line::from(Span::styled(super::text::truncate(&text, width), app.theme().warning))
}

/// Draws the header.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let st = app.strings;
    let mut lines: Vec<Line> = Vec::new();
    for (i, l) in goal_lines(app, area.width).into_iter().enumerate() {
        let label = if i == 0 { format!("{}: ", st.goal) } else { " ".repeat(display_width(st.goal) + 2) };
        lines.push(Line::from(vec![
            Span::styled(label, app.theme().title),
            Span::styled(l, app.theme().goal),
        ]));
    }
    let (mut title, instructions, output) = step_title(app);
    let part = part_line(app, usize::from(area.width));
    if part.is_some() {
        // The part line below names the part.
        let s = app.session();
        let (i, steps) = (s.current_step(), &s.header.template.steps);
        let name = steps.get(i).map_or("", |st| st.title.as_str());
        title = format!("{} {}/{} · {name}", st.step, i + 1, steps.len());
    }
    let (count, count_style) = whole_countdown(app);
    let room = usize::from(area.width).saturating_sub(display_width(&count) + 2);
    lines.push(Line::from(vec![
        Span::styled(super::text::truncate(&title, room), app.theme().title),
        Span::raw(" ".repeat(room.saturating_sub(display_width(&super::text::truncate(&title, room))) + 2)),
        Span::styled(count, count_style),
    ]));
    lines.extend(part);
    for l in wrap_max(&instructions, usize::from(area.width), 2) {
        lines.push(Line::styled(l, app.theme().text));
    }
    let clock = session_clock(app);
    let room = usize::from(area.width).saturating_sub(display_width(&clock) + 2);
    let out = super::text::truncate(&format!("{}: {output}", st.output), room);
    let pad = usize::from(area.width).saturating_sub(display_width(&out) + display_width(&clock));
    lines.push(Line::from(vec![
        Span::styled(out, app.theme().dim),
        Span::raw(" ".repeat(pad)),
        Span::styled(clock, app.theme().dim),
    ]));
    lines.push(needed(app, usize::from(area.width)));
    let block = Block::new().borders(Borders::BOTTOM).border_style(app.theme().border);
    frame.render_widget(Paragraph::new(lines).block(block).alignment(Alignment::Left), area);
}

/// The goal wrapped to `width`, never cut (for the full-screen goal).
pub fn full_goal(app: &App, width: u16) -> Vec<String> {
    wrap(goal_text(app), usize::from(width))
}
