//! A group's board: phases as columns; pain points, As-Is and To-Be as
//! rows; the note count in each cell so gaps show.
//!
//! Only visible cells are looked up, through [`Session::notes_in`], and
//! only the notes that fit are drawn, so a frame costs the same with 2,000
//! or 20,000 notes in the session.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Widget};

use super::strings::Strings;
use super::text::truncate;
use super::theme::THEME;
use crate::app::text_input::display_width as width;
use crate::domain::note::{Cell, NoteKind};
use crate::domain::{GroupId, Session};

/// A board to draw.
pub struct Board<'a> {
    /// The session.
    pub session: &'a Session,
    /// Texts.
    pub strings: &'a Strings,
    /// Whose board.
    pub group: GroupId,
    /// Selected (column, row, note), when the board takes keys.
    pub selected: Option<(usize, usize, usize)>,
}

impl Widget for &Board<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let phases = self.session.phases();
        if phases.is_empty() || area.height < 4 {
            buf.set_stringn(area.x, area.y, self.strings.no_phases, usize::from(area.width), THEME.dim);
            return;
        }
        let columns = Layout::horizontal(vec![Constraint::Fill(1); phases.len()]).split(area);
        for (c, (phase, col)) in phases.iter().zip(columns.iter()).enumerate() {
            let head = truncate(&phase.name, usize::from(col.width).saturating_sub(1));
            buf.set_stringn(col.x, col.y, head, usize::from(col.width), THEME.title);
            let body = Rect { y: col.y + 1, height: col.height - 1, ..*col };
            let rows = Layout::vertical([Constraint::Fill(1); 3]).split(body);
            for (r, (kind, rect)) in NoteKind::ROWS.iter().zip(rows.iter()).enumerate() {
                let cell = Cell { group: self.group, phase: phase.id, kind: *kind };
                let sel = self.selected.filter(|(sc, sr, _)| *sc == c && *sr == r).map(|(_, _, n)| n);
                self.cell(cell, r, sel, *rect, buf);
            }
        }
    }
}

impl Board<'_> {
    fn cell(&self, cell: Cell, row: usize, selected: Option<usize>, rect: Rect, buf: &mut Buffer) {
        let ids = self.session.notes_in(cell);
        let mark = if selected.is_some() { "▸ " } else { "" };
        // The count always shows; the row name gives way, with "…".
        let count = format!(" ({})", ids.len());
        let room = usize::from(rect.width.saturating_sub(2)).saturating_sub(width(mark) + width(&count));
        let title = format!("{mark}{}{count}", truncate(self.strings.rows[row], room));
        let border = if selected.is_some() { THEME.focus } else { THEME.border };
        let block = Block::bordered().title(title).title_style(THEME.rows[row]).border_style(border);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let width = usize::from(inner.width);
        if ids.is_empty() {
            let style = if selected.is_some() { THEME.selected.patch(THEME.gap) } else { THEME.gap };
            buf.set_stringn(inner.x, inner.y, self.strings.gap, width, style);
            return;
        }
        let height = usize::from(inner.height);
        let sel = selected.map(|n| n.min(ids.len() - 1));
        let skip = sel.map_or(0, |n| (n + 1).saturating_sub(height));
        for (i, id) in ids.iter().enumerate().skip(skip).take(height) {
            let Some(note) = self.session.notes.get(id) else { continue };
            let link =
                if note.answers.is_empty() { String::new() } else { format!(" ⇐{}", note.answers.len()) };
            let bullet = if sel == Some(i) { '▸' } else { '•' };
            let text = truncate(&format!("{bullet} {}{link}", note.text), width);
            let style = if sel == Some(i) { THEME.selected } else { THEME.text };
            buf.set_stringn(inner.x, inner.y + (i - skip) as u16, text, width, style);
        }
    }
}
