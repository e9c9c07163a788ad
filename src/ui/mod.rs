//! Drawing only: every function here takes `&App` and a frame or buffer.
//!
//! [`draw`] lays out the header (goal, step, timers), the step's screen,
//! the footer and any overlay. Below 80×24 it asks for a bigger terminal.

pub mod ballot;
pub mod board;
pub mod checklist;
pub mod converge;
pub mod decide_grid;
pub mod discussion;
pub mod footer;
pub mod goal;
pub mod header;
pub mod load_panel;
pub mod marks;
pub mod overlays;
pub mod overview;
pub mod parking;
pub mod part_end;
pub mod personas;
pub mod phases;
pub mod presenter;
pub mod share_out;
pub mod strings;
pub mod strings_en;
pub mod strings_ja;
pub mod strings_join;
pub mod strings_replay;
pub mod text;
pub mod text_input;
pub mod theme;
pub mod timeline;
pub mod vote;
pub mod wrap_up;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Screen};

/// Smallest usable terminal.
pub const MIN: (u16, u16) = (80, 24);

/// Draws the whole app.
pub fn draw(frame: &mut Frame, app: &App) {
    draw_marks(frame, app);
    if app.ambiguous_wide {
        marks::narrow_everywhere(frame.buffer_mut());
    }
}

fn draw_marks(frame: &mut Frame, app: &App) {
    let area = frame.area();
    app.theme().paint(frame.buffer_mut(), area);
    if area.width < MIN.0 || area.height < MIN.1 {
        too_small(frame, area, app);
        return;
    }
    if app.presenter {
        presenter::draw(frame, area, app);
    } else {
        let header_height = header::height(app, area.width);
        let [head, body, foot] = Layout::vertical([
            Constraint::Length(header_height),
            Constraint::Min(3),
            Constraint::Length(footer::height(app)),
        ])
        .areas(area);
        header::draw(frame, head, app);
        let [body, checks] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(checklist::height(app))]).areas(body);
        screen(frame, body, app);
        checklist::draw(frame, checks, app);
        footer::draw(frame, foot, app);
    }
    overlays::draw(frame, area, app);
}

/// The header and the step's screen in `area`, without footer or
/// overlays: the replay viewer draws the live screens through this.
pub fn draw_screen(frame: &mut Frame, area: Rect, app: &App) {
    let [head, body] =
        Layout::vertical([Constraint::Length(header::height(app, area.width)), Constraint::Min(3)])
            .areas(area);
    header::draw(frame, head, app);
    screen(frame, body, app);
}

fn screen(frame: &mut Frame, area: Rect, app: &App) {
    if app.overview_on() {
        overview::draw(frame, area, app);
        return;
    }
    match app.screen() {
        Screen::Goal => goal::draw(frame, area, app),
        Screen::Personas => personas::draw(frame, area, app),
        Screen::Phases => phases::draw(frame, area, app),
        Screen::Discussion => discussion::draw(frame, area, app),
        Screen::ShareOut => share_out::draw(frame, area, app),
        Screen::Vote if app.ballot_on() => ballot::draw(frame, area, app),
        Screen::Vote => vote::draw(frame, area, app),
        Screen::WrapUp => wrap_up::draw(frame, area, app),
        Screen::Other => {
            frame.render_widget(Paragraph::new(app.strings.other_step).style(app.theme().dim), area);
        }
    }
}

pub(crate) fn too_small(frame: &mut Frame, area: Rect, app: &App) {
    let size = format!("{}×{}", area.width, area.height);
    let lines = vec![
        Line::from(ratatui::text::Span::styled(app.strings.too_small, app.theme().warning)),
        Line::from(size).style(app.theme().dim),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}
