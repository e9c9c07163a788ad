//! The review step: each measure decided last time, with its owner,
//! effort and due date (overdue flagged in words, not only colour), its
//! status in brackets and the room's short note.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::strings_review::for_lang;
use super::text::{fit, truncate};
use crate::app::App;
use crate::app::review::rows;
use crate::domain::review::{ReviewStatus, overdue};

/// Draws the review screen (also the room's view of the step).
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let (t, w) = (app.theme(), for_lang(app.strings.lang));
    let ids = rows(app);
    let width = usize::from(area.width.saturating_sub(2));
    let done = ids.len() - s.unreviewed().len();
    let from = s.origin.as_deref().unwrap_or("?");
    let mut lines = vec![Line::styled(truncate(&(w.heading)(from, done, ids.len()), width), t.title)];
    if ids.is_empty() {
        lines.push(Line::styled(w.nothing, t.dim));
    }
    let inner_h = usize::from(area.height.saturating_sub(3)) / 2;
    let sel = app.sel.note.min(ids.len().saturating_sub(1));
    let skip = (sel + 1).saturating_sub(inner_h.max(1));
    for (i, id) in ids.iter().enumerate().skip(skip).take(inner_h.max(1)) {
        let Some(m) = s.carried.get(id) else { continue };
        let status = s.review_status(*id);
        let mark = if i == sel { "▸ " } else { "  " };
        let mut facts = Vec::new();
        if let Some(owner) = &m.owner {
            facts.push(format!("{} {owner}", w.owner));
        }
        if let Some(effort) = m.effort {
            facts.push(format!("{effort:?}"));
        }
        let late = m.due.as_deref().is_some_and(|d| overdue(d, app.now));
        if let Some(due) = &m.due {
            facts.push(format!("{} {due}", w.due));
        }
        let head = format!("{mark}[{}] {}", (w.status)(status), m.text);
        let style = if i == sel {
            t.selected
        } else if status.is_none() {
            t.text
        } else {
            t.dim
        };
        lines.push(Line::styled(truncate(&head, width), style));
        // Under it: owner, effort, due date (overdue flagged in words) and
        // the room's note, so a long measure never hides them.
        let mut spans = vec![Span::styled(format!("    {}", facts.join(" · ")), t.dim)];
        if late && status != Some(ReviewStatus::Done) {
            spans.push(Span::styled(format!(" ⚠ {}", w.overdue), t.over));
        }
        let note = s.reviews.get(id).map(|r| r.note.as_str()).unwrap_or_default();
        if !note.is_empty() {
            spans.push(Span::styled(format!(" · {}: {}", w.note, note.replace('\n', " ")), t.text));
        }
        lines.push(fit(Line::from(spans), width));
    }
    // More below (or above) than fits: say how many, as arrows and a number.
    let shown = inner_h.max(1).min(ids.len().saturating_sub(skip));
    let below = ids.len().saturating_sub(skip + shown);
    if skip > 0 || below > 0 {
        lines.push(Line::styled(format!("  ↑ {skip} · ↓ {below}"), t.dim));
    }
    let block = Block::bordered().border_style(t.focus);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
