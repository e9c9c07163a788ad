//! Wrap-up: what the session produced against the done-when, and the
//! export command.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::domain::StepKind;
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

/// Draws the wrap-up screen: one line per thing the session's agenda
/// produces (a discussion-only session has no vote or decide lines).
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let s = app.session();
    let st = app.strings;
    let path = app.path.as_ref().map_or("SESSION.ron".to_string(), |p| p.display().to_string());
    let mut lines = vec![
        Line::styled(format!("{}: {}", st.done_when, s.done_when), app.theme().title),
        Line::raw(""),
        Line::styled(st.summary, app.theme().title),
    ];
    lines.extend(summary(app));
    lines.extend([
        Line::raw((st.wrap_counts[4])(&s.parking.len().to_string(), s.parking.len())),
        Line::raw(""),
        Line::styled(st.export, app.theme().title),
        Line::styled(format!("  cjm export {path}"), app.theme().key),
        Line::raw(format!("  {} {}", export_key(app), st.export_here)),
    ]);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// The checked lines: the goal, then one per kind of step the agenda has.
fn summary(app: &App) -> Vec<Line<'static>> {
    let s = app.session();
    let st = app.strings;
    let has = |kind: StepKind| s.header.template.steps.iter().any(|step| step.kind == kind);
    let mut lines = vec![check(app, s.goal_confirmed, format!("{}: {}", st.goal, s.goal))];
    if has(StepKind::Personas) {
        lines.push(check(
            app,
            s.personas.len() >= 4,
            (st.wrap_counts[0])(&s.personas.len().to_string(), s.personas.len()),
        ));
    }
    if has(StepKind::Phases) {
        let scheme = s.chosen_scheme().map_or(st.none.to_string(), |sc| sc.name.clone());
        lines.push(check(app, s.choice.is_some(), format!("{}: {scheme}", st.phases)));
    }
    if has(StepKind::Discussion) {
        let mut counts = [0usize; 3];
        for n in s.notes.values() {
            if let Some(i) = NoteKind::ROWS.iter().position(|k| *k == n.kind) {
                counts[i] += 1;
            }
        }
        let (groups, rows) = (s.groups.len(), st.rows);
        let text = format!(
            "{} · {} {} · {} {} · {} {}",
            (st.wrap_counts[1])(&groups.to_string(), groups),
            counts[0],
            rows[0],
            counts[1],
            rows[1],
            counts[2],
            rows[2]
        );
        lines.push(check(app, counts[2] > 0, text));
    }
    if has(StepKind::Vote) {
        let voters = s.ballots.keys().map(|(v, _)| *v).collect::<std::collections::BTreeSet<_>>().len();
        lines.push(check(
            app,
            voters > 0 && s.voting_closed,
            format!("{voters} {} · {}", st.voters, st.ranking),
        ));
    }
    if has(StepKind::Decide) {
        // The decide step's own definition of the top measures (its check's).
        let top = crate::domain::checks::top_measures(s);
        let decided = top.iter().filter(|m| s.decisions.contains_key(m)).count();
        let shown = top.len();
        // Nothing ranked yet is nothing decided: not a ✓.
        lines.push(check(
            app,
            shown > 0 && decided >= shown,
            (st.wrap_counts[2])(&format!("{decided}/{shown}"), shown),
        ));
        let owned = s.decisions.values().filter(|d| d.action().needs_owner() && d.owner.is_some()).count();
        let need_owner = s.decisions.values().filter(|d| d.action().needs_owner()).count();
        lines.push(check(
            app,
            owned == need_owner,
            (st.wrap_counts[3])(&format!("{owned}/{need_owner}"), need_owner),
        ));
    }
    lines
}
