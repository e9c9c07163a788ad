//! The text field being edited, drawn as a box over the screen, with the
//! real terminal cursor after the last typed character (IMEs draw their
//! composition there).

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};

use super::overlays::centred;
use crate::app::App;
use crate::text_input::TextInput;

/// Draws `input` into `area` (no border) and returns where the cursor
/// goes. Rows scroll so the cursor row is visible. The text takes the
/// style already in the cells (the theme's background).
pub fn render(input: &TextInput, area: Rect, buf: &mut Buffer) -> Position {
    render_styled(input, area, buf, Style::new())
}

/// [`render`] with the text in `style`.
pub fn render_styled(input: &TextInput, area: Rect, buf: &mut Buffer, style: Style) -> Position {
    let width = usize::from(area.width);
    let rows = input.rows(width);
    let (crow, ccol) = input.cursor_at(width);
    let height = usize::from(area.height.max(1));
    let scroll = (crow + 1).saturating_sub(height);
    for (i, row) in rows.iter().enumerate().skip(scroll).take(height) {
        let y = area.y + (i - scroll) as u16;
        buf.set_stringn(area.x, y, &input.text()[row.start..row.end], width, style);
    }
    Position::new(area.x + ccol as u16, area.y + (crow - scroll) as u16)
}

/// Draws the edit box of the app's open field.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let Some(edit) = &app.edit else { return };
    let height = if edit.target.multiline() { 10 } else { 3 };
    let rect = centred(area, area.width.saturating_sub(8).min(90), height + 1);
    super::overlays::clear(frame, rect, app.theme());
    let block = Block::bordered()
        .title(format!("{}: {}", app.strings.editing, (app.strings.field)(&edit.target)))
        .title_bottom(app.strings.edit_hint)
        .border_style(app.theme().focus);
    let inner = block.inner(rect);
    block.render(rect, frame.buffer_mut());
    app.edit_width.set(usize::from(inner.width));
    let cursor = render_styled(&edit.input, inner, frame.buffer_mut(), app.theme().text);
    frame.set_cursor_position(cursor);
}
