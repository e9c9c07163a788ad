//! A participant's own ballot (`cjm join` while voting is open): the
//! measures as the facilitator merged them, each marked when picked for
//! the selected audience; beside it the participant's picks per audience
//! with the budget used (`Promoters 2/3 · End users 0/3`). No one else's
//! picks and no total are on it: the session has them, this screen never
//! reads them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::strings_join;
use super::text::truncate;
use crate::app::App;
use crate::app::ballot::shown;
use crate::app::vote_ops::{audience_key, rows};
use crate::domain::note::NoteKind;

/// Draws the ballot.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let [left, right] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(area);
    measures(frame, left, app);
    picks(frame, right, app);
}

/// "Promoters 2/3 · End users 0/3", the selected audience marked.
fn progress(app: &App) -> String {
    let auds = &app.session().header.template.voting.audiences;
    let selected = audience_key(app);
    auds.iter()
        .map(|a| {
            let mark = if a.key == selected { "▸" } else { "" };
            format!("{mark}{} {}/{}", a.label, shown(app, &a.key).len(), a.budget)
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn measures(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let st = app.strings;
    let words = strings_join::for_lang(st.lang);
    let aud = audience_key(app);
    let mine = shown(app, &aud);
    let ids = rows(app);
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = vec![
        Line::styled(truncate(&progress(app), width), app.theme().title),
        Line::styled(truncate(words.secret, width), app.theme().dim),
    ];
    let inner_h = usize::from(area.height.saturating_sub(2)).saturating_sub(lines.len());
    let sel = app.sel.measure.min(ids.len().saturating_sub(1));
    let skip = (sel + 1).saturating_sub(inner_h);
    for (i, id) in ids.iter().enumerate().skip(skip).take(inner_h) {
        let Some(note) = s.notes.get(id) else { continue };
        let mark = if mine.contains(id) { "[●]" } else { "[ ]" };
        let kind = if note.kind == NoteKind::AsIs { st.rows[1] } else { st.rows[2] };
        let sources: Vec<&str> = s
            .merged_into
            .iter()
            .filter(|(_, k)| **k == *id)
            .filter_map(|(m, _)| s.notes.get(m).map(|n| n.text.as_str()))
            .collect();
        let merged = if sources.is_empty() {
            String::new()
        } else {
            format!(" ({} {})", st.merged_from, sources.join(" / "))
        };
        let arrow = if i == sel { "▸" } else { " " };
        let text = truncate(&format!("{arrow}{mark} [{kind}] {}{merged}", note.text), width);
        lines.push(if i == sel { Line::styled(text, app.theme().selected) } else { Line::raw(text) });
    }
    let block = Block::bordered()
        .title((words.ballot)(app.me.as_deref().unwrap_or("?")))
        .border_style(app.theme().focus);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn picks(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let words = strings_join::for_lang(app.strings.lang);
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = Vec::new();
    for a in &s.header.template.voting.audiences {
        let mine = shown(app, &a.key);
        let sending = if app.pending.contains_key(&a.key) { " …" } else { "" };
        lines.push(Line::styled(
            format!("{} {}/{}{sending}", a.label, mine.len(), a.budget),
            app.theme().title,
        ));
        if mine.is_empty() {
            lines.push(Line::styled(format!("  {}", words.no_pick), app.theme().dim));
        }
        for id in mine {
            let text = s.notes.get(&id).map_or("?", |n| n.text.as_str());
            lines.push(Line::raw(truncate(&format!("  • {text}"), width)));
        }
        lines.push(Line::raw(""));
    }
    let block = Block::bordered().title(words.your_picks).border_style(app.theme().border);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
