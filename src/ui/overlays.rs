//! What is drawn over a screen: help, the full-screen goal, the link
//! picker, questions and the text field being edited.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::text::truncate;
use super::theme::Theme;
use crate::app::keymap::{self, labels_for};
use crate::app::ops::link_candidates;
use crate::app::state::Question;
use crate::app::{Action, App, Mode, Overlay};
use crate::domain::checks::Status;
use crate::text_input::display_width;

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(h.min(area.height))]).flex(Flex::Center).areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(w.min(area.width))]).flex(Flex::Center).areas(row);
    cell
}

/// Clears `rect` for an overlay and paints the theme's background on it,
/// and blanks any wide character just left of it whose second half the
/// overlay covers (a terminal would show half a character and push the
/// overlay's border right). Every overlay clears through this.
pub fn clear(frame: &mut Frame, rect: Rect, theme: &Theme) {
    frame.render_widget(Clear, rect);
    theme.paint(frame.buffer_mut(), rect);
    let Some(x) = rect.x.checked_sub(1) else { return };
    let buf = frame.buffer_mut();
    for y in rect.top()..rect.bottom() {
        if let Some(cell) = buf.cell_mut((x, y))
            && crate::text::width(cell.symbol()) > 1
        {
            cell.set_symbol(" ");
        }
    }
}

/// Draws whichever overlay is open, then the edit field on top.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    match &app.overlay {
        Some(Overlay::Help) => help(frame, area, app),
        Some(Overlay::Goal) => goal(frame, area, app),
        Some(Overlay::Link { note, cursor }) => link(frame, area, app, *note, *cursor),
        Some(Overlay::Confirm(q)) => confirm(frame, area, app, *q),
        Some(Overlay::Missing { .. }) => missing(frame, area, app),
        Some(Overlay::Converge { .. }) => super::converge::prompt(frame, area, app),
        Some(Overlay::PartEnd { step, part }) => super::part_end::prompt(frame, area, app, *step, *part),
        Some(Overlay::Agenda) => super::converge::agenda(frame, area, app),
        Some(Overlay::Parking { cursor }) => super::parking::draw(frame, area, app, *cursor),
        None => {}
    }
    let boxed = super::discussion::inline_field(app).is_none();
    if app.edit.is_some() && boxed && !matches!(app.overlay, Some(Overlay::Confirm(_))) {
        super::text_input::draw(frame, area, app);
    }
}

fn section(lines: &mut Vec<(String, String)>, app: &App, title: &str, mode: Mode, actions: Vec<Action>) {
    lines.push((title.to_string(), String::new()));
    for a in actions {
        let keys = labels_for(mode, a, app.strings);
        if !keys.is_empty() {
            lines.push((keys, (app.strings.action)(a).1.to_string()));
        }
    }
}

fn unique(table: &[(keymap::Key, Action)]) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    for (_, a) in table {
        if !out.iter().any(|b| keymap::same_kind(*a, *b)) {
            out.push(*a);
        }
    }
    out
}

/// The help entries: (keys, what they do); a heading has no description.
/// The screen's keys first, then the global keys, then the typing keys.
pub fn help_lines(app: &App) -> Vec<(String, String)> {
    let mode = app.screen_mode();
    let mut lines = Vec::new();
    let own =
        unique(keymap::bindings(mode)).into_iter().filter(|a| crate::app::update::offered(app, *a)).collect();
    section(&mut lines, app, app.strings.help_screen, mode, own);
    let globals: Vec<Action> = unique(keymap::GLOBAL)
        .into_iter()
        .filter(|a| !keymap::bindings(mode).iter().any(|(_, b)| b == a))
        .collect();
    section(&mut lines, app, app.strings.help_global, mode, globals);
    section(&mut lines, app, app.strings.help_edit, Mode::Edit, unique(keymap::bindings(Mode::Edit)));
    lines
}

/// Narrowest help column: a key and a readable description.
const HELP_COLUMN: u16 = 36;

/// One help entry laid out in a column: its rows, the first with the keys.
struct Placed<'a> {
    keys: &'a str,
    /// The description's wrapped lines; none for a heading.
    desc: Vec<String>,
    indent: usize,
}

impl Placed<'_> {
    fn height(&self) -> usize {
        self.desc.len().max(1)
    }
}

/// Lays `entries` out in columns `col_width` wide and `rows` high: each
/// description wraps under itself (never cut), and an entry never splits
/// across columns. Returns the columns in reading order.
fn help_columns<'a>(entries: &'a [(String, String)], col_width: usize, rows: usize) -> Vec<Vec<Placed<'a>>> {
    let widest = entries.iter().filter(|(_, d)| !d.is_empty()).map(|(k, _)| display_width(k)).max();
    let key_width = widest.unwrap_or(0).min(10) + 2;
    let mut columns: Vec<Vec<Placed<'a>>> = vec![Vec::new()];
    let mut used = 0;
    for (keys, desc) in entries {
        // Long key lists push their description right instead of
        // widening the whole column; a description keeps a readable room.
        let indent = key_width.max(display_width(keys) + 2);
        let room = col_width.saturating_sub(indent + 2).max(8);
        let desc = if desc.is_empty() { Vec::new() } else { super::text::wrap(desc, room) };
        let placed = Placed { keys, desc, indent };
        let height = placed.height().min(rows);
        if used + height > rows && used > 0 {
            columns.push(Vec::new());
            used = 0;
        }
        used += height;
        if let Some(column) = columns.last_mut() {
            column.push(placed);
        }
    }
    columns
}

/// Help fills the screen in as many columns as fit at a readable width;
/// what does not fit goes on further pages (↓/PgDn). Descriptions wrap.
fn help(frame: &mut Frame, area: Rect, app: &App) {
    let t = app.theme();
    let entries = help_lines(app);
    let rect = area.inner(ratatui::layout::Margin::new(1, 0));
    clear(frame, rect, t);
    let inner = Block::bordered().inner(rect);
    let rows = usize::from(inner.height.max(1));
    let fit = usize::from((inner.width / HELP_COLUMN).max(1));
    // The fewest columns that hold everything on one page, else as many
    // as fit, page after page.
    let layout = (1..=fit)
        .map(|n| (n, help_columns(&entries, usize::from(inner.width) / n, rows)))
        .find(|(n, cols)| cols.len() <= *n)
        .unwrap_or_else(|| (fit, help_columns(&entries, usize::from(inner.width) / fit, rows)));
    let (per_page, columns) = layout;
    let pages = columns.len().div_ceil(per_page).max(1);
    app.help_page.1.set(pages);
    let page = app.help_page.0.min(pages - 1);
    let mut block = Block::bordered().title(app.strings.help_title).border_style(t.focus);
    if pages > 1 {
        block = block.title_bottom(format!(" {}/{pages} · {} ", page + 1, app.strings.help_pages));
    }
    frame.render_widget(block, rect);
    let on_page: Vec<Vec<Placed>> = columns.into_iter().skip(page * per_page).take(per_page).collect();
    // A last page with fewer columns spreads them over the width it has
    // (wrapped again at that width: never more columns than before).
    let (on_page, used) = if on_page.len() < per_page && pages > 1 {
        let first = entries.len() - on_page.iter().map(Vec::len).sum::<usize>();
        let n = on_page.len().max(1);
        let wider = help_columns(&entries[first..], usize::from(inner.width) / n, rows);
        if wider.len() <= n { (wider, n) } else { (on_page, per_page) }
    } else {
        (on_page, per_page)
    };
    let col_width = inner.width / used as u16;
    let width = usize::from(col_width.saturating_sub(1));
    let buf = frame.buffer_mut();
    for (c, column) in on_page.iter().enumerate() {
        let x = inner.x + c as u16 * col_width;
        let mut y = inner.y;
        for entry in column {
            if entry.desc.is_empty() {
                buf.set_stringn(x, y, entry.keys, width, t.title);
                y += 1;
                continue;
            }
            buf.set_stringn(x + 1, y, entry.keys, width.saturating_sub(1), t.key);
            let room = width.saturating_sub(entry.indent + 1);
            for line in entry.desc.iter().take(usize::from(inner.bottom().saturating_sub(y))) {
                buf.set_stringn(x + 1 + entry.indent as u16, y, truncate(line, room), room, t.text);
                y += 1;
            }
        }
    }
}

fn goal(frame: &mut Frame, area: Rect, app: &App) {
    clear(frame, area, app.theme());
    let inner = area.inner(ratatui::layout::Margin::new(4, 2));
    let mut lines = vec![Line::styled(format!("{}:", app.strings.goal), app.theme().title), Line::raw("")];
    for l in super::header::full_goal(app, inner.width) {
        lines.push(Line::styled(l, app.theme().goal));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!("{}:", app.strings.done_when), app.theme().title));
    lines.push(Line::raw(app.session().done_when.clone()));
    // Where the room is on the way there: this step's purpose and checks.
    let (title, _, output) = super::header::step_title(app);
    lines.push(Line::raw(""));
    lines.push(Line::styled(title, app.theme().title));
    lines.push(Line::from(vec![
        ratatui::text::Span::styled(format!("{}: ", app.strings.output), app.theme().title),
        ratatui::text::Span::raw(output),
    ]));
    // Over the presenter view the room reads it: the checks as the room
    // sees them, by name only, as a gap in words may quote a private note.
    let (checks, line): (_, fn(&App, &Status, usize) -> Line<'static>) = if app.presenter {
        (app.room_checks(), super::checklist::room_line)
    } else {
        (app.checks.as_slice(), super::checklist::line)
    };
    if !checks.is_empty() {
        lines.push(Line::styled(super::checklist::progress_of(app, checks), app.theme().title));
        let width = usize::from(inner.width);
        lines.extend(checks.iter().map(|s| line(app, s, width)));
    }
    let block = Block::bordered().border_style(app.theme().focus);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn link(frame: &mut Frame, area: Rect, app: &App, note: crate::domain::NoteId, cursor: usize) {
    let s = app.session();
    let answers = s.notes.get(&note).map(|n| n.answers.clone()).unwrap_or_default();
    let rect = centred(area, 70, 16);
    clear(frame, rect, app.theme());
    let rows = usize::from(rect.height.saturating_sub(2));
    let skip = cursor.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = link_candidates(app, note)
        .into_iter()
        .enumerate()
        .skip(skip)
        .take(rows)
        .map(|(i, id)| {
            let mark = if answers.contains(&id) { "[x] " } else { "[ ] " };
            let text = s.notes.get(&id).map_or("", |n| n.text.as_str());
            let line = format!("{mark}{}", truncate(text, usize::from(rect.width).saturating_sub(6)));
            if i == cursor { Line::styled(line, app.theme().selected) } else { Line::raw(line) }
        })
        .collect();
    let block = Block::bordered().title(app.strings.link_title).border_style(app.theme().focus);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

fn confirm(frame: &mut Frame, area: Rect, app: &App, q: Question) {
    let text = match q {
        Question::QuitWhileTyping => app.strings.quit_typing.to_string(),
        Question::ClosedTime { since } => {
            let minutes = app.now.saturating_sub(since).div_ceil(crate::domain::clock::MINUTE);
            (app.strings.closed_time_question)(minutes)
        }
    };
    let rect = centred(area, 60, 5);
    clear(frame, rect, app.theme());
    let block = Block::bordered().border_style(app.theme().warning.not_underlined());
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }).block(block), rect);
}

/// The unmet checks, above the reason field drawn in the middle.
fn missing(frame: &mut Frame, area: Rect, app: &App) {
    let rect = area.inner(ratatui::layout::Margin::new(2, 1));
    clear(frame, rect, app.theme());
    let title = format!("{} ({})", app.strings.missing, super::checklist::progress(app));
    let block = Block::bordered().title(title).border_style(app.theme().warning.not_underlined());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    // Above the centred reason field, which takes four rows.
    let room = usize::from(inner.height.saturating_sub(4) / 2).max(2);
    let mut lines: Vec<Line> = app
        .checks
        .iter()
        .filter(|s| !s.met())
        .map(|s| super::checklist::line(app, s, width))
        .take(room - 1)
        .collect();
    lines.push(Line::styled(truncate(app.strings.missing_ask, width), app.theme().text));
    frame.render_widget(Paragraph::new(lines), inner);
}
