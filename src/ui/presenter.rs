//! The presenter view for the room: goal, step, a big countdown and the
//! current board. A later issue extends it.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::board::Board;
use super::header::{countdown, step_title};
use crate::app::{App, Screen};

/// 3×5 glyphs for the big countdown: digits, ':' and '+'.
fn glyph(c: char) -> [&'static str; 5] {
    match c {
        '0' => ["███", "█ █", "█ █", "█ █", "███"],
        '1' => ["  █", "  █", "  █", "  █", "  █"],
        '2' => ["███", "  █", "███", "█  ", "███"],
        '3' => ["███", "  █", "███", "  █", "███"],
        '4' => ["█ █", "█ █", "███", "  █", "  █"],
        '5' => ["███", "█  ", "███", "  █", "███"],
        '6' => ["███", "█  ", "███", "█ █", "███"],
        '7' => ["███", "  █", "  █", "  █", "  █"],
        '8' => ["███", "█ █", "███", "█ █", "███"],
        '9' => ["███", "█ █", "███", "  █", "███"],
        ':' => ["   ", " █ ", "   ", " █ ", "   "],
        '+' => ["   ", " █ ", "███", " █ ", "   "],
        _ => ["   "; 5],
    }
}

/// Draws `text` (digits, ':' and '+') in big glyphs, centred in `area`.
pub fn big(text: &str, area: Rect, buf: &mut Buffer, style: Style) {
    let glyphs: Vec<[&str; 5]> = text.chars().map(glyph).collect();
    let width = glyphs.len() as u16 * 4;
    let x0 = area.x + area.width.saturating_sub(width) / 2;
    for row in 0..5u16.min(area.height) {
        let line: Vec<&str> = glyphs.iter().map(|g| g[usize::from(row)]).collect();
        buf.set_stringn(x0, area.y + row, line.join(" "), usize::from(area.width), style);
    }
}

/// Draws the presenter view.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let (title, _, output) = step_title(app);
    let (count, style) = countdown(app);
    let digits: String = count.split(' ').next().unwrap_or("").to_string();
    let goal_text = format!("{}: {}", app.strings.goal, app.session().goal);
    let goal_rows = super::text::wrap(&goal_text, usize::from(area.width)).len().min(4) as u16;
    let [goal, _, step, clock, words, board] = Layout::vertical([
        Constraint::Length(goal_rows),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(6),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(goal_text).style(app.theme().goal).wrap(Wrap { trim: false }), goal);
    frame.render_widget(Paragraph::new(Line::styled(title, app.theme().title).centered()), step);
    big(&digits, clock, frame.buffer_mut(), style);
    frame.render_widget(Paragraph::new(Line::styled(count, style).centered()), words);
    let group =
        app.session().sharing.map(|(g, _)| g).filter(|_| app.screen() == Screen::ShareOut).or(app.group());
    match (app.screen(), group) {
        (Screen::Discussion | Screen::ShareOut, Some(group)) => {
            let widget = Board {
                session: app.session(),
                strings: app.strings,
                theme: app.theme(),
                group,
                selected: None,
                field: None,
            };
            frame.render_widget(&widget, board);
        }
        _ => {
            let text = format!("{}: {output}", app.strings.output);
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), board);
        }
    }
}
