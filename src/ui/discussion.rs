//! The discussion step: the group tabs, the selected group's persona and
//! members, and its board.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::board::{Board, Field, FieldAt};
use super::text::fit;
use crate::app::state::Target;
use crate::app::{App, Screen};
use crate::domain::GroupId;

/// The tab line: every group, the selected one highlighted.
pub fn tabs(app: &App, selected: Option<GroupId>) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{}: ", app.strings.group), app.theme().title)];
    for (id, g) in &app.session().groups {
        let style = if Some(*id) == selected { app.theme().selected } else { app.theme().text };
        // ✓ once the turn is over; "…" while it runs.
        let s = app.session();
        let mark = if s.shared_out_done(*id) {
            " ✓"
        } else if s.presenting(*id) && app.screen() == Screen::ShareOut {
            " …"
        } else {
            ""
        };
        spans.push(Span::styled(format!(" {}{mark} ", g.name), style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

/// "Persona: … · Members: …" of a group.
pub fn who(app: &App, group: GroupId) -> Line<'static> {
    let s = app.session();
    let st = app.strings;
    let Some(g) = s.groups.get(&group) else { return Line::raw("") };
    let persona = g.persona.and_then(|p| s.personas.get(&p)).map_or(st.none, |p| p.name.as_str());
    let members: Vec<&str> = g.members.iter().map(|m| s.participant_name(*m)).collect();
    let members = if members.is_empty() { st.none.to_string() } else { members.join(", ") };
    Line::styled(format!("{}: {persona} · {}: {members}", st.persona, st.members), app.theme().dim)
}

/// Where the open field stands when it is a note typed in place on the
/// discussion board; `None` for every other field (drawn as a box).
pub fn inline_field(app: &App) -> Option<FieldAt> {
    let edit = app.edit.as_ref()?;
    if app.presenter || app.overview_on() || app.screen() != Screen::Discussion || app.group().is_none() {
        return None;
    }
    match edit.target {
        Target::Note(id) => Some(FieldAt::Note(id)),
        Target::NewNote(cell) => Some(FieldAt::New(cell)),
        _ => None,
    }
}

/// Draws the discussion screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let group = app.group();
    let [tab_row, who_row, board] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(fit(tabs(app, group), usize::from(tab_row.width))), tab_row);
    let Some(group) = group else {
        frame.render_widget(Paragraph::new(app.strings.add_group_first).style(app.theme().dim), who_row);
        return;
    };
    frame.render_widget(Paragraph::new(fit(who(app, group), usize::from(who_row.width))), who_row);
    let board_widget = Board {
        session: app.session(),
        strings: app.strings,
        theme: app.theme(),
        group,
        selected: Some((
            app.sel.column.min(app.session().phases().len().saturating_sub(1)),
            app.sel.row,
            app.sel.note,
        )),
        field: inline_field(app).and_then(|at| {
            let input = &app.edit.as_ref()?.input;
            Some(Field { at, input, drawn: Default::default() })
        }),
        room: false,
    };
    frame.render_widget(&board_widget, board);
    match board_widget.field.as_ref().map(|f| f.drawn.get()) {
        Some(Some((cursor, width))) => {
            app.edit_width.set(width);
            // Under a question (quit?) the cursor stays hidden.
            if app.overlay.is_none() {
                frame.set_cursor_position(cursor);
            }
        }
        // The note's line is not on the board (too small): the box.
        Some(None) => super::text_input::draw(frame, frame.area(), app),
        None => {}
    }
}
