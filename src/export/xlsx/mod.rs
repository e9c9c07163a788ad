//! The Excel workbook: a journey map per group laid out like the
//! カスタマージャーニーマップ templates teams already use (persona and goal on
//! top, one column per phase, rows of notes), then the measures, the
//! decision 2×2, the owners' load and the parking lot.
//!
//! Every user text is written as a string cell, never a formula; one that
//! Excel would read as a formula when edited (`=`, `+`, `-`, `@`) carries
//! the quote prefix. Column widths come from the text's display width
//! (two columns per wide character), not from rust_xlsxwriter's autofit,
//! which counts a Japanese character as one narrow glyph.

mod sheets;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::Options;
use crate::domain::{Session, StepKind};

/// The font every cell is set in: Japanese-capable, with the Shift-JIS
/// character set and a sans-serif family so a reader without it
/// substitutes another Japanese font.
pub const FONT: &str = "Yu Gothic";

/// Widest a column is made, in character widths; longer lines wrap.
pub const MAX_WIDTH: f64 = 50.0;

/// Longest text a cell holds (Excel's limit).
const CELL_MAX: usize = 32_767;

/// The workbook as bytes, in the session's language.
pub fn xlsx(session: &Session, opts: &Options) -> Result<Vec<u8>, XlsxError> {
    let room;
    let s = if opts.room {
        room = super::room_view(session);
        &room
    } else {
        session
    };
    let l = super::labels::Labels::of(s.header.template.lang);
    let has = |kind: StepKind| s.header.template.steps.iter().any(|st| st.kind == kind);
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_timestamp(i64::try_from(opts.exported_at / 1000).unwrap_or(0))?;
    book.set_properties(&DocProperties::new().set_title(l.title).set_creation_datetime(&created));
    let mut names = Names::default();
    sheets::groups(&mut book, &mut names, s, l)?;
    if has(StepKind::Vote) {
        sheets::measures(book.add_worksheet(), &mut names, s, l)?;
    }
    if has(StepKind::Decide) {
        sheets::decisions(book.add_worksheet(), &mut names, s, l)?;
        sheets::load(book.add_worksheet(), &mut names, s, l)?;
    }
    sheets::parking(book.add_worksheet(), &mut names, s, l)?;
    book.save_to_buffer()
}

/// The cell formats of the workbook.
pub(crate) struct Formats {
    pub title: Format,
    pub head: Format,
    pub label: Format,
    pub text: Format,
    pub note: Format,
    pub quoted: Format,
}

impl Formats {
    pub fn new() -> Self {
        let base = Format::new().set_font_name(FONT).set_font_charset(128).set_font_family(2);
        let text = base.clone().set_text_wrap().set_align(FormatAlign::Top);
        Self {
            title: base.clone().set_bold().set_font_size(14),
            head: text.clone().set_bold().set_background_color(0xD9E1F2),
            label: text.clone().set_bold(),
            note: text.clone().set_italic(),
            quoted: text.clone().set_quote_prefix(),
            text,
        }
    }
}

/// Sheet names: Excel's rules (31 characters, none of `[]:*?/\`, no
/// leading or trailing `'`, unique ignoring case, not "History").
#[derive(Default)]
pub(crate) struct Names(Vec<String>);

impl Names {
    pub fn take(&mut self, wanted: &str) -> String {
        let clean: String = crate::text::neutralise(wanted)
            .chars()
            .map(|c| if "[]:*?/\\\n\t".contains(c) { ' ' } else { c })
            .collect();
        let clean = clean.trim().trim_matches('\'').trim();
        let base = if clean.is_empty() || clean.eq_ignore_ascii_case("history") { "Sheet" } else { clean };
        for n in 1.. {
            let suffix = if n == 1 { String::new() } else { format!(" ({n})") };
            let keep = 31 - suffix.chars().count();
            let name = format!("{}{suffix}", base.chars().take(keep).collect::<String>().trim_end());
            if !self.0.iter().any(|t| t.to_lowercase() == name.to_lowercase()) {
                self.0.push(name.clone());
                return name;
            }
        }
        unreachable!("an unbounded range always ends in a free name")
    }
}

/// Display width of a text's longest line, in columns (wide characters 2).
pub fn longest_line(text: &str) -> usize {
    text.lines().map(crate::text::width).max().unwrap_or(0)
}

/// The column width that shows `columns` display columns in the font:
/// a little over one character width each, plus the cell's margins.
pub fn width_for(columns: usize) -> f64 {
    ((columns as f64) * 1.1 + 2.0).min(MAX_WIDTH)
}

/// A worksheet being filled, tracking each column's widest line.
pub(crate) struct Sheet<'a> {
    pub ws: &'a mut Worksheet,
    pub f: Formats,
    widths: Vec<usize>,
}

impl<'a> Sheet<'a> {
    pub fn new(ws: &'a mut Worksheet, name: String) -> Result<Self, XlsxError> {
        ws.set_name(name)?;
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_paper_size(9); // A4
        Ok(Self { ws, f: Formats::new(), widths: vec![] })
    }

    /// A user's or the report's text, always as a string; control
    /// characters removed, formula starts quoted.
    pub fn put(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<(), XlsxError> {
        let text = crate::text::neutralise(text.trim());
        let text: String = text.chars().take(CELL_MAX).collect();
        let format = if text.starts_with(['=', '+', '-', '@']) { &self.f.quoted } else { format };
        self.ws.write_string_with_format(row, col, &text, format)?;
        self.measure(col, &text);
        Ok(())
    }

    /// A cell whose width its column need not fit (a title over columns).
    pub fn put_wide(&mut self, row: u32, col: u16, text: &str, format: &Format) -> Result<(), XlsxError> {
        let text = crate::text::neutralise(text.trim());
        let text: String = text.chars().take(CELL_MAX).collect();
        self.ws.write_string_with_format(row, col, &text, format)?;
        Ok(())
    }

    /// A number.
    pub fn num(&mut self, row: u32, col: u16, n: u32) -> Result<(), XlsxError> {
        self.ws.write_number_with_format(row, col, f64::from(n), &self.f.text)?;
        self.measure(col, &n.to_string());
        Ok(())
    }

    fn measure(&mut self, col: u16, text: &str) {
        let col = usize::from(col);
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0);
        }
        self.widths[col] = self.widths[col].max(longest_line(text));
    }

    /// Sets every column to its widest line.
    pub fn fit(self) -> Result<(), XlsxError> {
        for (col, w) in self.widths.iter().enumerate() {
            let col = u16::try_from(col).unwrap_or(u16::MAX);
            self.ws.set_column_width(col, width_for((*w).max(4)))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_follow_excels_rules() {
        let mut n = Names::default();
        assert_eq!(n.take("Group A"), "Group A");
        assert_eq!(n.take("group a"), "group a (2)");
        assert_eq!(n.take("a/b[c]:d*e?f\\g"), "a b c  d e f g");
        assert_eq!(n.take("'quoted'"), "quoted");
        assert_eq!(n.take("History"), "Sheet");
        assert_eq!(n.take(""), "Sheet (2)");
        let long = "あ".repeat(40);
        assert_eq!(n.take(&long).chars().count(), 31);
        assert_eq!(n.take(&long), format!("{} (2)", "あ".repeat(27)));
    }

    #[test]
    fn a_japanese_session_gets_japanese_sheets_and_labels() {
        use crate::domain::Lang;
        use crate::export::fixture;
        use calamine::Reader as _;
        let bytes = xlsx(&fixture::session(Lang::Ja), &Options::at(fixture::NOW)).expect("a workbook");
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).expect("calamine reads it");
        assert_eq!(
            book.sheet_names(),
            ["Group A", "施策一覧", "意思決定", "担当者の負荷", "パーキングロット"]
        );
        let map = book.worksheet_range("Group A").expect("the map");
        let at = |r: u32, c: u32| map.get_value((r, c)).map(|d| d.to_string()).unwrap_or_default();
        assert_eq!(at(1, 0), "ゴール");
        assert_eq!(at(6, 0), "つまづくポイント");
        assert_eq!(at(6, 2), "オンボーディング期で止まる (未対応)");
        assert!(
            at(8, 1).starts_with(
                "guided setup=fast\n↳ 対応するつまづき: cannot find | the button; setup is long"
            )
        );
        let measures = book.worksheet_range("施策一覧").expect("measures");
        assert_eq!(measures.get_value((0, 0)).map(|d| d.to_string()), Some("対象".into()));
    }

    #[test]
    fn widths_count_wide_characters_twice() {
        assert_eq!(longest_line("abc\nオンボーディング"), 16);
        assert!(width_for(16) >= 16.0);
        assert_eq!(width_for(1000), MAX_WIDTH);
    }
}
