//! The current step's exit criteria as a checklist under its screen:
//! met ones ticked (✓), unmet ones crossed (✗) with their first gaps in
//! words. Read from [`App::checks`], refreshed per change, not per frame.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::text::truncate;
use crate::app::App;
use crate::domain::checks::Status;
use crate::export::labels::Labels;

/// How many gaps an unmet check spells out.
const SHOWN_GAPS: usize = 2;

/// "Exit criteria 2/3".
pub fn progress(app: &App) -> String {
    progress_of(app, &app.checks)
}

/// "Exit criteria 2/3" of `checks` (the facilitator's or the room's).
pub fn progress_of(app: &App, checks: &[Status]) -> String {
    let met = checks.iter().filter(|s| s.met()).count();
    format!("{} {met}/{}", app.strings.exit_criteria, checks.len())
}

/// One check as a line: "✓ name" or "✗ name — gap; gap (+n)".
pub fn line(app: &App, status: &Status, width: usize) -> Line<'static> {
    let name = (app.strings.check_name)(status.check);
    if status.met() {
        return Line::styled(truncate(&format!("✓ {name}"), width), app.theme().running);
    }
    let labels = Labels::of(app.strings.lang);
    let gaps: Vec<String> =
        status.gaps.iter().take(SHOWN_GAPS).map(|g| labels.gap(app.session(), g)).collect();
    let more = status.gaps.len().saturating_sub(SHOWN_GAPS);
    let more = if more > 0 { format!(" (+{more})") } else { String::new() };
    let text = truncate(&format!("✗ {name} — {}{more}", gaps.join("; ")), width);
    Line::from(ratatui::text::Span::styled(text, app.theme().warning))
}

/// One check as the room sees it (the presenter view): "✓ name" or
/// "✗ name", never the gaps, which may quote a private note.
pub fn room_line(app: &App, status: &Status, width: usize) -> Line<'static> {
    let name = (app.strings.check_name)(status.check);
    let (mark, style) =
        if status.met() { ("✓", app.theme().running) } else { ("✗", app.theme().warning) };
    Line::styled(truncate(&format!("{mark} {name}"), width), style)
}

/// Rows the checklist takes: one per check.
pub fn height(app: &App) -> u16 {
    app.checks.len().min(6) as u16
}

/// Draws one line per check.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let width = usize::from(area.width);
    let lines: Vec<Line> = app.checks.iter().map(|s| line(app, s, width)).collect();
    frame.render_widget(Paragraph::new(lines), area);
}
