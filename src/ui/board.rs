//! A group's board: phases as columns; pain points, As-Is and To-Be as
//! rows; the note count in each cell so gaps show.
//!
//! Only visible cells are looked up, through [`Session::notes_in`], and
//! only the notes that fit are drawn, so a frame costs the same with 2,000
//! or 20,000 notes in the session.
//!
//! A note being added or edited is typed in place: its cell shows the
//! field at the note's own line (a new note after the last one), marked
//! `✎` (in the cell's title too) and highlighted, wrapped to the cell's width.

use ratatui::buffer::Buffer;
use std::cell::Cell as Slot;

use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::widgets::{Block, Widget};

use super::strings::Strings;
use super::text::truncate;
use super::theme::Theme;
use crate::domain::note::{Cell, NoteKind};
use crate::domain::{GroupId, NoteId, Session};
use crate::text_input::{TextInput, display_width as width};

/// The mark before a field typed in place.
pub const EDIT_MARK: &str = "✎ ";

/// A note's text field drawn inside its cell.
pub struct Field<'a> {
    /// Which note: an existing one, or a new one at the end of a cell.
    pub at: FieldAt,
    /// The text so far.
    pub input: &'a TextInput,
    /// Set by drawing: the real cursor and the field's width.
    pub drawn: Slot<Option<(Position, usize)>>,
}

/// Where a field typed in place stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldAt {
    /// In place of this note.
    Note(NoteId),
    /// After the last note of this cell.
    New(Cell),
}

/// A board to draw.
pub struct Board<'a> {
    /// The session.
    pub session: &'a Session,
    /// Texts.
    pub strings: &'a Strings,
    /// Colours.
    pub theme: &'static Theme,
    /// Whose board.
    pub group: GroupId,
    /// Selected (column, row, note), when the board takes keys.
    pub selected: Option<(usize, usize, usize)>,
    /// The note field being typed in place, if any.
    pub field: Option<Field<'a>>,
    /// Drawn for the room (the presenter view): private notes are left
    /// out, counts included; otherwise they show with a mark.
    pub room: bool,
}

impl Widget for &Board<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let phases = self.session.phases();
        if phases.is_empty() || area.height < 4 {
            buf.set_stringn(area.x, area.y, self.strings.no_phases, usize::from(area.width), self.theme.dim);
            return;
        }
        let columns = Layout::horizontal(vec![Constraint::Fill(1); phases.len()]).split(area);
        for (c, (phase, col)) in phases.iter().zip(columns.iter()).enumerate() {
            let head = truncate(&phase.name, usize::from(col.width).saturating_sub(1));
            buf.set_stringn(col.x, col.y, head, usize::from(col.width), self.theme.title);
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
        let all = self.session.notes_in(cell);
        let public: Vec<NoteId>;
        let ids = if self.room && all.iter().any(|id| self.session.private.contains(id)) {
            public = all.iter().filter(|id| !self.session.private.contains(id)).copied().collect();
            public.as_slice()
        } else {
            all
        };
        // The field's line in this cell, if it is typed here.
        let field = self.field.as_ref().and_then(|f| match f.at {
            FieldAt::New(c) if c == cell => Some((f, ids.len())),
            FieldAt::Note(id) => ids.iter().position(|n| *n == id).map(|i| (f, i)),
            FieldAt::New(_) => None,
        });
        let mark = if field.is_some() {
            EDIT_MARK
        } else if selected.is_some() {
            "▸ "
        } else {
            ""
        };
        // The count always shows; the row name gives way, with "…".
        let count = format!(" ({})", ids.len());
        let room = usize::from(rect.width.saturating_sub(2)).saturating_sub(width(mark) + width(&count));
        let title = format!("{mark}{}{count}", truncate(self.strings.rows[row], room));
        let border = if selected.is_some() { self.theme.focus } else { self.theme.border };
        let block = Block::bordered().title(title).title_style(self.theme.rows[row]).border_style(border);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let width = usize::from(inner.width);
        if let Some((f, at)) = field {
            self.cell_with_field(ids, f, at, inner, buf);
            return;
        }
        if ids.is_empty()
            && cell.kind == NoteKind::AsIs
            && self.session.no_as_is.contains(&(cell.group, cell.phase))
        {
            // "No As-Is today" was recorded: not a gap, and not a note.
            let style = if selected.is_some() { self.theme.selected } else { self.theme.dim };
            buf.set_stringn(inner.x, inner.y, self.strings.none_today, width, style);
            return;
        }
        if ids.is_empty() {
            let style =
                if selected.is_some() { self.theme.selected.patch(self.theme.gap) } else { self.theme.gap };
            buf.set_stringn(inner.x, inner.y, self.strings.gap, width, style);
            return;
        }
        let full = usize::from(inner.height);
        // A cell that cannot show all its notes keeps its last line to say
        // how many are out of sight (#14 item 3): never a silent cut.
        let height = if ids.len() > full && full >= 2 { full - 1 } else { full };
        let sel = selected.map(|n| n.min(ids.len() - 1));
        let skip = sel.map_or(0, |n| (n + 1).saturating_sub(height));
        for (i, id) in ids.iter().enumerate().skip(skip).take(height) {
            let (bullet, style) =
                if sel == Some(i) { ('▸', self.theme.selected) } else { ('•', self.theme.text) };
            let line = Rect { y: inner.y + (i - skip) as u16, height: 1, ..inner };
            self.note_line(*id, bullet, style, line, buf);
        }
        if height < full {
            let hidden = ids.len() - height;
            let text = truncate(&(self.strings.more_notes)(hidden), width);
            buf.set_stringn(inner.x, inner.y + height as u16, text, width, self.theme.dim);
        }
    }

    /// A cell's notes with the field at line `at` (`ids.len()`: a new
    /// note), scrolled so the whole field shows.
    fn cell_with_field(&self, ids: &[NoteId], f: &Field, at: usize, inner: Rect, buf: &mut Buffer) {
        let width = usize::from(inner.width);
        let height = usize::from(inner.height);
        if width <= width_of_mark() || height == 0 {
            return;
        }
        let field_width = width - width_of_mark();
        let rows = f.input.rows(field_width).len().max(f.input.cursor_at(field_width).0 + 1);
        let rows = rows.min(height);
        // Notes before the field take one line each; skip enough of them.
        let skip = (at + rows).saturating_sub(height);
        let mut y = inner.y;
        for (i, id) in ids.iter().enumerate().skip(skip) {
            if i == at {
                break;
            }
            self.note_line(*id, '•', self.theme.text, Rect { y, height: 1, ..inner }, buf);
            y += 1;
        }
        // The field's text is drawn like the selected note, so opening and
        // closing it repaints only the mark, not every character.
        buf.set_stringn(inner.x, y, EDIT_MARK, width, self.theme.editing);
        let text =
            Rect { x: inner.x + width_of_mark() as u16, y, width: field_width as u16, height: rows as u16 };
        let cursor = super::text_input::render_styled(f.input, text, buf, self.theme.selected);
        f.drawn.set(Some((cursor, field_width)));
        y += rows as u16;
        for id in ids.iter().skip(at + 1) {
            if y >= inner.bottom() {
                break;
            }
            self.note_line(*id, '•', self.theme.text, Rect { y, height: 1, ..inner }, buf);
            y += 1;
        }
    }

    fn note_line(
        &self,
        id: NoteId,
        bullet: char,
        style: ratatui::style::Style,
        line: Rect,
        buf: &mut Buffer,
    ) {
        let Some(note) = self.session.notes.get(&id) else { return };
        let link =
            if note.answers.is_empty() { String::new() } else { format!(" ⇐{}", note.answers.len()) };
        let private = if self.session.private.contains(&id) { self.strings.private_mark } else { "" };
        let carried = if self.session.is_carried_note(id) {
            format!("({}) ", super::strings_review::for_lang(self.strings.lang).carried_mark)
        } else {
            String::new()
        };
        let width = usize::from(line.width);
        let text = truncate(&format!("{bullet} {private}{carried}{}{link}", note.text), width);
        buf.set_stringn(line.x, line.y, text, width, style);
    }
}

fn width_of_mark() -> usize {
    width(EDIT_MARK)
}
