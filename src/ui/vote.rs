//! Vote and decide: every measure; per voter and audience the picks;
//! tallies hidden while voting is open; the ranking and decisions once
//! the round is closed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::text::truncate;
use crate::app::App;
use crate::app::vote_ops::{audience_key, picks, rows, voter};
use crate::domain::decision::{Feasibility, Impact};
use crate::domain::note::NoteKind;

fn kind_label(app: &App, kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::AsIs => app.strings.rows[1],
        _ => app.strings.rows[2],
    }
}

/// Draws the vote screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let [left, right] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(1)]).areas(area);
    if app.session().voting_closed {
        let [list, grid] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(left);
        measures(frame, list, app);
        super::decide_grid::draw(frame, grid, app);
    } else {
        measures(frame, left, app);
    }
    if app.sel.show_load {
        super::load_panel::draw(frame, right, app);
    } else {
        voters(frame, right, app);
    }
}

fn measures(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let st = app.strings;
    let aud = audience_key(app);
    let label =
        s.header.template.voting.audiences.iter().find(|a| a.key == aud).map_or("", |a| a.label.as_str());
    let mine = picks(app);
    let tally = if s.voting_closed { s.tally(&aud) } else { Default::default() };
    let ranking = if s.voting_closed { s.ranking(&aud) } else { Vec::new() };
    let ids = rows(app);
    let top = tally.values().copied().max().unwrap_or(0);
    let inner_h = usize::from(area.height.saturating_sub(3));
    let sel = app.sel.measure.min(ids.len().saturating_sub(1));
    let skip = (sel + 1).saturating_sub(inner_h);
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = vec![if s.voting_closed {
        let round = s.past_rounds.len() + 1;
        Line::styled(
            truncate(&format!("{} · {label} · {} {round}", st.ranking, st.round), width),
            app.theme().title,
        )
    } else if !s.voting_open {
        Line::styled(truncate(&format!("{label} · {}", st.not_open_yet), width), app.theme().dim)
    } else if let Some(v) = voter(app).filter(|v| s.ballot_hidden(*v)) {
        let words = super::strings_join::for_lang(st.lang);
        let head =
            format!("{} · {}", (words.own_terminal)(s.participant_name(v)), (words.left)(s.picks_left(v)));
        Line::styled(truncate(&head, width), app.theme().dim)
    } else {
        let head = format!(
            "{} · {}: {label} ({}/{}) · {}",
            voter(app).map_or(st.none, |v| s.participant_name(v)),
            st.voting_for,
            mine.len(),
            budget(app, &aud),
            st.tallies_hidden
        );
        Line::styled(truncate(&head, width), app.theme().dim)
    }];
    for (i, id) in ids.iter().enumerate().skip(skip).take(inner_h) {
        let Some(note) = s.notes.get(id) else { continue };
        let lead = if s.voting_closed {
            let r = ranking.iter().find(|r| r.measure == *id);
            let rank =
                r.map_or(String::new(), |r| if r.tied { format!("={}", r.rank) } else { r.rank.to_string() });
            let votes = tally.get(id).copied().unwrap_or(0);
            let bar = "█".repeat(usize::try_from(votes * 10 / top.max(1)).unwrap_or(0));
            format!("{rank:>3} {} {bar:<10} ", (st.votes)(votes))
        } else if !s.voting_open {
            if app.sel.merge_mark == Some(*id) { "[m] ".to_string() } else { "    ".to_string() }
        } else if mine.contains(id) {
            "[●] ".to_string()
        } else {
            "[ ] ".to_string()
        };
        let decision = s.decisions.get(id).map_or(String::new(), |d| {
            let w = st.decision_words;
            let impact = if d.impact == Impact::Effective { w[0] } else { w[1] };
            let feas = if d.feasibility == Feasibility::Now { w[2] } else { w[3] };
            let owner =
                d.owner.map_or(String::new(), |o| format!(" · {} {}", st.owner, s.participant_name(o)));
            let outcome = st.outcomes[d.action() as usize];
            format!(" → {impact} × {feas}: {outcome}{owner}")
        });
        let sources: Vec<String> = s
            .merged_into
            .iter()
            .filter(|(_, k)| **k == *id)
            .filter_map(|(m, _)| s.notes.get(m).map(|n| n.text.clone()))
            .collect();
        let decision = if sources.is_empty() {
            decision
        } else {
            format!("{decision} ({} {})", st.merged_from, sources.join(" / "))
        };
        let arrow = if i == sel { "▸" } else { " " };
        let kind = kind_label(app, note.kind);
        let text = truncate(&format!("{arrow}{lead}[{kind}] {}{decision}", note.text), width);
        lines.push(if i == sel { Line::styled(text, app.theme().selected) } else { Line::raw(text) });
    }
    let block = Block::bordered().title(st.measures).border_style(app.theme().focus);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn budget(app: &App, aud: &str) -> u32 {
    app.session().header.template.voting.audiences.iter().find(|a| a.key == aud).map_or(0, |a| a.budget)
}

fn voters(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let current = voter(app);
    let width = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line> = super::presenter::room::voter_lines(app)
        .into_iter()
        .zip(s.voters())
        .map(|(line, (id, _))| {
            let arrow = if Some(id) == current { "▸" } else { " " };
            let text = truncate(&format!("{arrow}{line}"), width);
            if Some(id) == current { Line::styled(text, app.theme().selected) } else { Line::raw(text) }
        })
        .collect();
    let title = format!("{} · {}", app.strings.voters, super::presenter::room::voted_count(app));
    let block = Block::bordered().title(truncate(&title, width)).border_style(app.theme().border);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
