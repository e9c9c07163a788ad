//! The overview: every group side by side, one block per group (wrapping
//! to further rows when they do not fit), each a small table of notes per
//! phase and kind with the cells the exit criteria see as gaps, so the
//! facilitator knows where to help.
//!
//! It draws [`App::tallies`], which the app refreshes after each change:
//! a frame only formats what is shown.
//!
//! Nothing is said by colour alone: a gap cell reads `✗ 0` (empty but
//! needed) or `1 !2` (two pain points still without a To-Be), the
//! selected group has `▶`, a thick border and a reversed title, a group
//! that has shared out has `✓`, and each block ends in "✗ 3 gaps" or
//! "✓ no gaps".

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Widget};

use super::strings::Strings;
use super::text::{truncate, wrap_max};
use super::theme::Theme;
use crate::app::App;
use crate::app::overview::{GroupTally, Overview, Tally};
use crate::domain::{GroupId, Session};
use crate::text::width;

/// The narrowest block: four fit side by side at 100 columns.
pub const MIN_BLOCK_WIDTH: u16 = 24;
/// The widest block.
pub const MAX_BLOCK_WIDTH: u16 = 50;

/// The overview to draw in an area.
pub struct AllGroups<'a> {
    /// The session (names, personas, who has shared out).
    pub session: &'a Session,
    /// Texts.
    pub strings: &'a Strings,
    /// Colours.
    pub theme: &'a Theme,
    /// The counts and gaps ([`App::tallies`]).
    pub tallies: &'a Overview,
    /// The selected group: its row of blocks is kept in sight.
    pub selected: Option<GroupId>,
    /// Drawn for the room (the presenter view): the selection is not
    /// highlighted (the tallies are then the room's, without private notes).
    pub room: bool,
}

impl<'a> AllGroups<'a> {
    /// The app's overview, for the facilitator (the selected group
    /// highlighted) or for the room (`room`: see [`AllGroups::room`]).
    pub fn of(app: &'a App, room: bool) -> Self {
        AllGroups {
            session: app.session(),
            strings: app.strings,
            theme: app.theme(),
            tallies: if room { app.room_tallies() } else { &app.tallies },
            selected: app.group(),
            room,
        }
    }
}

/// Draws the overview screen (the selected group highlighted).
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    frame.render_widget(&AllGroups::of(app, false), area);
}

/// Draws the overview in `area` as the room sees it (the presenter view).
pub fn draw_for_room(frame: &mut Frame, area: Rect, app: &App) {
    frame.render_widget(&AllGroups::of(app, true), area);
}

impl Widget for &AllGroups<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let st = self.strings;
        let groups = &self.tallies.groups;
        let message = if groups.is_empty() {
            Some(st.add_group_first)
        } else if self.tallies.phases.is_empty() {
            Some(st.no_phases)
        } else {
            None
        };
        if let Some(text) = message {
            buf.set_stringn(
                area.x,
                area.y,
                truncate(text, usize::from(area.width)),
                usize::from(area.width),
                self.theme.dim,
            );
            return;
        }
        let block_height = self.tallies.phases.len() as u16 + 4;
        let per_row_max = usize::from((area.width / MIN_BLOCK_WIDTH).max(1));
        // As few blocks side by side as still fit in height (with the
        // heading and legend), so phase names have room; but no fewer than
        // fill the width at the widest block.
        let fit_rows = usize::from((area.height.saturating_sub(2) / block_height).max(1));
        let fill = usize::from((area.width / MAX_BLOCK_WIDTH).max(1)).min(groups.len());
        let per_row = groups.len().div_ceil(fit_rows).max(fill).clamp(1, per_row_max);
        let rows = groups.len().div_ceil(per_row);
        let per_row = groups.len().div_ceil(rows);
        let visible = usize::from(area.height / block_height).clamp(1, rows);
        let selected_row =
            self.selected.and_then(|g| groups.iter().position(|t| t.group == g)).unwrap_or(0) / per_row;
        let first = selected_row.saturating_sub(visible - 1).min(rows - visible);
        // Spare rows: a heading above, the legend (and what is out of sight) below.
        let mut spare = area.height.saturating_sub(visible as u16 * block_height);
        let mut below: Vec<Line> = Vec::new();
        let hidden = groups.len() - groups.iter().skip(first * per_row).take(visible * per_row).count();
        if hidden > 0 && spare > 0 {
            below.push(Line::from(ratatui::text::Span::styled(
                (st.overview_more)(hidden),
                self.theme.warning,
            )));
            spare -= 1;
        }
        let heading = spare >= 2;
        let legend_rows = usize::from(spare.saturating_sub(u16::from(heading)).min(2));
        for l in
            wrap_max(st.overview_legend, usize::from(area.width), legend_rows).into_iter().take(legend_rows)
        {
            below.push(Line::styled(l, self.theme.dim));
        }
        let mut y = area.y;
        if heading {
            let text = format!("{} ({})", st.overview_title, groups.len());
            buf.set_stringn(
                area.x,
                y,
                truncate(&text, usize::from(area.width)),
                usize::from(area.width),
                self.theme.title,
            );
            y += 1;
        }
        // Few groups do not stretch across the screen: counts stay near names.
        let width = (area.width / per_row as u16).min(MAX_BLOCK_WIDTH);
        let columns = Layout::horizontal(vec![Constraint::Length(width); per_row]).split(area);
        for (r, chunk) in groups.chunks(per_row).enumerate().skip(first).take(visible) {
            let height = block_height.min(area.bottom().saturating_sub(y));
            for (c, tally) in chunk.iter().enumerate() {
                let rect = Rect { y, height, ..columns[c] };
                self.block(r * per_row + c, tally, rect, buf);
            }
            y += height;
        }
        for line in below {
            if y >= area.bottom() {
                break;
            }
            buf.set_line(area.x, y, &line, area.width);
            y += 1;
        }
    }
}

impl AllGroups<'_> {
    /// One group's block: title, headings, a row per phase, the totals,
    /// and its gaps on the bottom border.
    fn block(&self, index: usize, tally: &GroupTally, rect: Rect, buf: &mut Buffer) {
        let st = self.strings;
        let s = self.session;
        let selected = !self.room && self.selected == Some(tally.group);
        let inner_width = usize::from(rect.width.saturating_sub(2));
        let group = s.groups.get(&tally.group);
        let name = group.map_or("?", |g| g.name.as_str());
        // A group named after its persona (`cjm discuss`) does not repeat it.
        let persona = group
            .and_then(|g| g.persona)
            .and_then(|p| s.personas.get(&p))
            .map(|p| p.name.as_str())
            .filter(|p| *p != name);
        let mark = if selected { "▶ " } else { "" };
        let shared = if s.shared_out_done(tally.group) {
            " ✓"
        } else if s.presenting(tally.group) {
            " …"
        } else {
            ""
        };
        let persona = persona.map(|p| format!(" · {p}")).unwrap_or_default();
        // The number (for its digit key), the mark and ✓ always show; the
        // name gives way before them, the persona first.
        let fixed = format!("{mark}{}. ", index + 1);
        let name = truncate(name, inner_width.saturating_sub(width(&fixed) + width(shared)));
        let head = format!("{fixed}{name}{shared}");
        let persona = truncate(&persona, inner_width.saturating_sub(width(&head)));
        // A persona cut to a stub ("· …") says nothing: left out.
        let title = format!("{head}{}", if width(&persona) > 4 { persona.as_str() } else { "" });
        let (gaps, gap_style) = if tally.gaps > 0 {
            (format!("✗ {}", (st.overview_gaps)(tally.gaps)), self.theme.gap)
        } else {
            (format!("✓ {}", st.overview_no_gaps), self.theme.running)
        };
        let (border, kind, title_style) = if selected {
            (self.theme.focus, BorderType::Thick, self.theme.selected)
        } else {
            (self.theme.border, BorderType::Plain, self.theme.title)
        };
        let block = Block::bordered()
            .border_type(kind)
            .border_style(border)
            .title(Line::styled(title, title_style))
            .title_bottom(Line::styled(truncate(&gaps, inner_width), gap_style).right_aligned());
        let inner = block.inner(rect);
        block.render(rect, buf);
        let table = Table::new(st, inner.width);
        let mut y = inner.y;
        let mut line = |buf: &mut Buffer, label: &str, label_style: Style, cells: [(String, Style); 3]| {
            if y < inner.bottom() {
                table.row(buf, inner.x, y, label, label_style, cells);
                y += 1;
            }
        };
        line(
            buf,
            "",
            self.theme.text,
            [0, 1, 2].map(|k| (st.overview_kinds[k].to_string(), self.theme.rows[k])),
        );
        for (phase, row) in self.tallies.phases.iter().zip(&tally.cells) {
            let name = s.phase(*phase).map_or("?", |p| p.name.as_str());
            line(
                buf,
                name,
                self.theme.text,
                [0, 1, 2].map(|k| cell(st, self.theme, &row[k], table.widths[k])),
            );
        }
        let totals = tally.totals();
        line(
            buf,
            st.overview_total,
            self.theme.title,
            [0, 1, 2].map(|k| (totals[k].to_string(), self.theme.title)),
        );
    }
}

/// What a cell says, and its style: a count; `✗ 0` for an empty cell the
/// checks need; `n !k` for k pain points still without a To-Be; the
/// "none today" word for an As-Is cell marked so.
fn cell(st: &Strings, theme: &Theme, t: &Tally, room: usize) -> (String, Style) {
    let base =
        if t.notes == 0 && t.none_today { st.overview_none_today.to_string() } else { t.notes.to_string() };
    let text = if t.empty_gap {
        format!("✗ {base}")
    } else if t.unanswered > 0 {
        let spaced = format!("{base} !{}", t.unanswered);
        if width(&spaced) <= room { spaced } else { format!("{base}!{}", t.unanswered) }
    } else {
        base
    };
    let style = if t.is_gap() {
        theme.gap
    } else if t.notes == 0 {
        theme.dim
    } else {
        theme.text
    };
    (text, style)
}

/// Column widths of a block's table: the label, then the three kinds
/// right-aligned under their headings.
struct Table {
    label: usize,
    widths: [usize; 3],
}

impl Table {
    fn new(st: &Strings, inner_width: u16) -> Self {
        let widths = st.overview_kinds.map(|h| width(h).max(3));
        let label = usize::from(inner_width).saturating_sub(widths.iter().sum::<usize>() + 3);
        Table { label, widths }
    }

    fn row(&self, buf: &mut Buffer, x: u16, y: u16, label: &str, style: Style, cells: [(String, Style); 3]) {
        buf.set_stringn(x, y, truncate(label, self.label), self.label, style);
        let mut at = x + self.label as u16;
        for ((text, style), w) in cells.iter().zip(self.widths) {
            let text = truncate(text, w);
            let pad = 1 + w - width(&text);
            buf.set_stringn(at + pad as u16, y, &text, w, *style);
            at += 1 + w as u16;
        }
    }
}
