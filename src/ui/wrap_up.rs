//! Wrap-up: what the session produced against the done-when, and the
//! export command.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::domain::note::NoteKind;

fn check(app: &App, ok: bool, text: String) -> Line<'static> {
    if ok {
        Line::styled(format!("✓ {text}"), app.theme().running)
    } else {
        Line::from(ratatui::text::Span::styled(format!("✗ {text}"), app.theme().warning))
    }
}

/// The key that writes the report, from the key map.
fn export_key(app: &App) -> String {
    let mode = crate::app::Mode::Screen(crate::app::Screen::WrapUp);
    crate::app::keymap::labels_for(mode, crate::app::Action::Export, app.strings)
}

/// Draws the wrap-up screen.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let st = app.strings;
    let mut counts = [0usize; 3];
    for n in s.notes.values() {
        if let Some(i) = NoteKind::ROWS.iter().position(|k| *k == n.kind) {
            counts[i] += 1;
        }
    }
    let scheme = s.chosen_scheme().map_or(st.none.to_string(), |sc| sc.name.clone());
    let top = s.header.template.voting.top_n as usize;
    let ranked: Vec<_> = crate::domain::vote::rank(&s.total_votes()).into_iter().map(|r| r.measure).collect();
    let decided = ranked.iter().take(top).filter(|m| s.decisions.contains_key(m)).count();
    let owned = s.decisions.values().filter(|d| d.action().needs_owner() && d.owner.is_some()).count();
    let need_owner = s.decisions.values().filter(|d| d.action().needs_owner()).count();
    let voters = s.ballots.keys().map(|(v, _)| *v).collect::<std::collections::BTreeSet<_>>().len();
    let path = app.path.as_ref().map_or("SESSION.ron".to_string(), |p| p.display().to_string());
    let lines = vec![
        Line::styled(format!("{}: {}", st.done_when, s.done_when), app.theme().title),
        Line::raw(""),
        Line::styled(st.summary, app.theme().title),
        check(app, s.goal_confirmed, format!("{}: {}", st.goal, s.goal)),
        check(app, s.personas.len() >= 4, format!("{} {}", s.personas.len(), st.wrap_counts[0])),
        check(app, s.choice.is_some(), format!("{}: {scheme}", st.phases)),
        check(
            app,
            counts[2] > 0,
            format!(
                "{} {} · {} {} · {} {} · {} {}",
                s.groups.len(),
                st.wrap_counts[1],
                counts[0],
                st.rows[0],
                counts[1],
                st.rows[1],
                counts[2],
                st.rows[2]
            ),
        ),
        check(app, voters > 0 && s.voting_closed, format!("{voters} {} · {}", st.voters, st.ranking)),
        check(
            app,
            decided >= top.min(ranked.len()),
            format!("{decided}/{} {}", top.min(ranked.len()), st.wrap_counts[2]),
        ),
        check(app, owned == need_owner, format!("{owned}/{need_owner} {}", st.wrap_counts[3])),
        Line::raw(format!("{} {}", s.parking.len(), st.wrap_counts[4])),
        Line::raw(""),
        Line::styled(st.export, app.theme().title),
        Line::styled(format!("  cjm export {path}"), app.theme().key),
        Line::raw(format!("  {} {}", export_key(app), st.export_here)),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}
