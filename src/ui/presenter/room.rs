//! The room's view of the current step, below the presenter's clock:
//! the goal and done-when; the personas and the phases read-only; a
//! group's board without private notes or, when the facilitator shows
//! it, the overview of all groups; or the vote without ballots.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};

use super::super::board::Board;
use super::super::discussion::who;
use super::super::text::{fit, truncate, wrap};
use crate::app::{App, Screen};
use crate::domain::NoteId;

/// Draws the room's view of the current step in `area`. Every screen is
/// named: a new one must say what the room sees.
#[deny(clippy::wildcard_enum_match_arm)]
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let t = app.theme();
    match app.screen() {
        Screen::Discussion | Screen::ShareOut if app.overview => {
            super::super::overview::draw_for_room(frame, area, app);
        }
        Screen::Discussion | Screen::ShareOut => board(frame, area, app),
        Screen::Vote => vote(frame, area, app),
        Screen::Goal => goal(frame, area, app),
        Screen::Personas => super::super::personas::draw_for_room(frame, area, app),
        Screen::Phases => super::super::phases::draw_for_room(frame, area, app),
        Screen::WrapUp | Screen::Other => {
            let text = format!("{}: {}", app.strings.output, step_output(app));
            frame.render_widget(Paragraph::new(text).style(t.text).wrap(Wrap { trim: false }), area);
        }
    }
}

/// The goal step: the goal and the done-when, centred in a double frame
/// under the clock, the goal in bold (an empty one is a dash: the
/// facilitator's hint to write it is not for the room).
fn goal(frame: &mut Frame, area: Rect, app: &App) {
    let t = app.theme();
    let s = app.session();
    let st = app.strings;
    let width = usize::from(area.width.saturating_sub(6)).max(1);
    let or_dash = |text: &str| if text.trim().is_empty() { "—".to_string() } else { text.to_string() };
    let strong = t.goal.add_modifier(Modifier::BOLD);
    let mut lines = vec![Line::styled(format!("{}:", st.goal), t.title).centered()];
    lines.extend(wrap(&or_dash(&s.goal), width).into_iter().map(|l| Line::styled(l, strong).centered()));
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!("{}:", st.done_when), t.title).centered());
    let done = t.text.add_modifier(Modifier::BOLD);
    lines.extend(wrap(&or_dash(&s.done_when), width).into_iter().map(|l| Line::styled(l, done).centered()));
    let height = (lines.len() as u16 + 4).min(area.height.saturating_sub(1));
    let [_, rect] = Layout::vertical([Constraint::Length(1), Constraint::Length(height)]).areas(area);
    let block = Block::bordered().border_type(BorderType::Double).border_style(t.focus);
    let inner = block.inner(rect).inner(Margin::new(2, 1));
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), inner);
}

fn step_output(app: &App) -> String {
    super::super::header::step_title(app).2
}

/// The group presenting (share-out) or selected (discussion), its persona
/// and members, and its board as the room sees it.
fn board(frame: &mut Frame, area: Rect, app: &App) {
    let t = app.theme();
    let s = app.session();
    let sharing = s.sharing.map(|(g, _)| g).filter(|_| app.screen() == Screen::ShareOut);
    let Some(group) = sharing.or(app.group()) else {
        frame.render_widget(Paragraph::new(app.strings.add_group_first).style(t.dim), area);
        return;
    };
    let [who_row, board] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let name = s.groups.get(&group).map_or("", |g| g.name.as_str());
    let mut line = who(app, group);
    line.spans.insert(0, ratatui::text::Span::styled(format!("{name} · "), t.title));
    frame.render_widget(Paragraph::new(fit(line, usize::from(who_row.width))), who_row);
    let widget =
        Board { session: s, strings: app.strings, theme: t, group, selected: None, field: None, room: true };
    frame.render_widget(&widget, board);
}

/// Before voting: the list; while open: who has voted, never what; after:
/// each audience's ranking side by side.
fn vote(frame: &mut Frame, area: Rect, app: &App) {
    let t = app.theme();
    let s = app.session();
    let st = app.strings;
    let width = usize::from(area.width.saturating_sub(2));
    let public = |id: &NoteId| !s.private.contains(id);
    if s.voting_closed {
        let audiences = &s.header.template.voting.audiences;
        let columns = Layout::horizontal(vec![Constraint::Fill(1); audiences.len().max(1)]).split(area);
        for (aud, col) in audiences.iter().zip(columns.iter()) {
            ranking(frame, *col, app, &aud.key, &aud.label);
        }
        return;
    }
    let (title, lines): (String, Vec<Line>) = if s.voting_open {
        let title = format!("{} · {}", st.room_voting_open, voted_count(app));
        let lines = voter_lines(app).into_iter().map(|l| Line::raw(truncate(&l, width))).collect();
        (title, lines)
    } else {
        let list: Vec<_> = s.vote_list().into_iter().map(|(id, _)| id).filter(public).collect();
        let lines = list
            .iter()
            .filter_map(|id| s.notes.get(id))
            .map(|n| Line::raw(truncate(&format!("• {}", n.text), width)))
            .collect();
        (format!("{} ({}) · {}", st.measures, list.len(), st.not_open_yet), lines)
    };
    let block = Block::bordered().title(truncate(&title, width)).border_style(t.border);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// "7/10 voted": voters who used every pick, of all voters.
pub fn voted_count(app: &App) -> String {
    let s = app.session();
    let voted = s.voters().filter(|(id, _)| s.has_voted(*id)).count();
    format!("{voted}/{} {}", s.voters().count(), app.strings.room_have_voted)
}

/// Per voter, how far their ballot is per audience, never what is on
/// it (`  ✓ 1/3 佐藤`: promoters done, one of three for end users); and, where people can join, whether their
/// `cjm join` is connected ("… · joined").
pub fn voter_lines(app: &App) -> Vec<String> {
    let s = app.session();
    let words = super::super::strings_join::for_lang(app.strings.lang);
    s.voters()
        .map(|(id, p)| {
            // Per audience: ✓ once every pick is made, "2/3" before, "·"
            // none: how far, never what.
            let marks: Vec<String> = s
                .ballot_progress(id)
                .into_iter()
                .map(|(_, made, budget)| match made {
                    0 => format!("{:>3}", "·"),
                    n if n >= budget as usize => format!("{:>3}", "✓"),
                    n => format!("{n}/{budget}"),
                })
                .collect();
            let mut line = format!("{} {}", marks.join(" "), p.name);
            if let Some(connected) = &app.connected {
                let joined = if connected.contains(&p.name) { words.joined_now } else { words.not_joined };
                line = format!("{line} · {joined}");
            }
            line
        })
        .collect()
}

/// One audience's ranking: rank, votes, a bar and the measure.
fn ranking(frame: &mut Frame, area: Rect, app: &App, key: &str, label: &str) {
    let t = app.theme();
    let s = app.session();
    let st = app.strings;
    let width = usize::from(area.width.saturating_sub(2));
    let ranked: Vec<_> = s.ranking(key).into_iter().filter(|r| !s.private.contains(&r.measure)).collect();
    let top = ranked.iter().map(|r| r.votes).max().unwrap_or(0).max(1);
    let lines: Vec<Line> = ranked
        .iter()
        .filter_map(|r| s.notes.get(&r.measure).map(|n| (r, n)))
        .map(|(r, n)| {
            let rank = if r.tied { format!("={}", r.rank) } else { r.rank.to_string() };
            let bar = "█".repeat(usize::try_from(r.votes * 6 / top).unwrap_or(0));
            Line::raw(truncate(&format!("{rank:>3} {:>2} {bar:<6} {}", r.votes, n.text), width))
        })
        .collect();
    let title = truncate(&format!("{} · {label} ({})", st.ranking, st.votes_column), width);
    let block = Block::bordered().title(title).border_style(t.border);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
