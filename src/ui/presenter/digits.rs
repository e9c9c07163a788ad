//! Large digits for the countdown, drawn from block characters.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// Rows a large digit takes.
pub const HEIGHT: u16 = 5;

/// 3×5 glyphs: digits, ':' and '+'.
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

/// Columns `text` takes in large digits (3 per glyph, 1 between).
pub fn width(text: &str) -> u16 {
    (text.chars().count() as u16 * 4).saturating_sub(1)
}

/// Draws `text` (digits, ':' and '+') in large digits, centred in `area`.
pub fn draw(text: &str, area: Rect, buf: &mut Buffer, style: Style) {
    let glyphs: Vec<[&str; 5]> = text.chars().map(glyph).collect();
    let x0 = area.x + area.width.saturating_sub(width(text)) / 2;
    for row in 0..HEIGHT.min(area.height) {
        let line: Vec<&str> = glyphs.iter().map(|g| g[usize::from(row)]).collect();
        buf.set_stringn(x0, area.y + row, line.join(" "), usize::from(area.width), style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_centred_and_readable_row_by_row() {
        let area = Rect::new(0, 0, 21, 5);
        let mut buf = Buffer::empty(area);
        draw("12:05", area, &mut buf, Style::new());
        let row = |y: u16| (0..21).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>();
        assert_eq!(width("12:05"), 19);
        assert_eq!(row(0), "   █ ███     ███ ███ ");
        assert_eq!(row(1), "   █   █  █  █ █ █   ");
        assert_eq!(row(4), "   █ ███     ███ ███ ");
    }
}
