//! Screen actions for personas, phases, the discussion board and the
//! share-out. Each builds events and hands them to [`App::commit`].

use super::state::{Overlay, Target};
use super::{Action, App, edit};
use crate::domain::note::{Cell, NoteKind};
use crate::domain::persona::Quadrant;
use crate::domain::{Event, NoteId, PersonaId, SchemeId};

/// The persona in the selected quadrant, if any.
pub fn selected_persona(app: &App) -> Option<PersonaId> {
    let q = Quadrant::ALL[app.sel.quadrant.min(3)];
    app.session().personas.iter().find(|(_, p)| p.quadrant == q).map(|(id, _)| *id)
}

/// Persona screen actions. The 2×2 is promoters on top, high drive left.
pub fn personas(app: &mut App, action: Action) {
    let q = app.sel.quadrant.min(3);
    let selected = selected_persona(app);
    match (action, selected) {
        (Action::Left | Action::Right, _) => app.sel.quadrant = q ^ 1,
        (Action::Up | Action::Down, _) => app.sel.quadrant = q ^ 2,
        (Action::EditPersonaName, _) => edit::begin(app, Target::PersonaName(selected, Quadrant::ALL[q])),
        (Action::EditTraits, Some(id)) => edit::begin(app, Target::PersonaTraits(id)),
        (Action::EditChallenges, Some(id)) => edit::begin(app, Target::PersonaChallenges(id)),
        (Action::EditTraits | Action::EditChallenges, None) => {
            app.message = Some(app.strings.name_persona_first.into());
        }
        (Action::DeletePersona, Some(id)) => {
            app.commit(Event::PersonaDeleted { id });
        }
        _ => {}
    }
}

/// The scheme selected on the phases screen.
pub fn selected_scheme(app: &App) -> Option<SchemeId> {
    let schemes = &app.session().schemes;
    schemes.keys().nth(app.sel.scheme.min(schemes.len().saturating_sub(1))).copied()
}

/// Phase screen actions.
pub fn phases(app: &mut App, action: Action) {
    let count = app.session().schemes.len();
    let Some(id) = selected_scheme(app) else {
        if action == Action::AddScheme {
            edit::begin(app, Target::NewScheme);
        }
        return;
    };
    let len = app.session().schemes.get(&id).map_or(0, |s| s.phases.len());
    let i = app.sel.phase.min(len.saturating_sub(1));
    match action {
        Action::NextTab => {
            app.sel.scheme = (app.sel.scheme + 1) % count.max(1);
            app.sel.phase = 0;
        }
        Action::PrevTab => {
            app.sel.scheme = (app.sel.scheme + count.max(1) - 1) % count.max(1);
            app.sel.phase = 0;
        }
        Action::Up => app.sel.phase = i.saturating_sub(1),
        Action::Down => app.sel.phase = (i + 1).min(len.saturating_sub(1)),
        Action::AddPhase => {
            app.sel.phase = if len == 0 { 0 } else { i + 1 };
            edit::begin(app, Target::NewPhase(id, app.sel.phase));
        }
        Action::RenamePhase if len > 0 => edit::begin(app, Target::PhaseName(id, i)),
        Action::EditDefinition if len > 0 => edit::begin(app, Target::PhaseDefinition(id, i)),
        Action::MovePhaseUp if i > 0 => reorder(app, id, i, i - 1),
        Action::MovePhaseDown if i + 1 < len => reorder(app, id, i, i + 1),
        Action::DeletePhase if len > 0 => {
            if let Some(mut scheme) = app.session().schemes.get(&id).cloned() {
                scheme.phases.remove(i);
                app.commit(Event::SchemeSaved { id, scheme });
            }
        }
        Action::AddScheme => edit::begin(app, Target::NewScheme),
        Action::ChooseScheme => edit::begin(app, Target::ChoiceReason(id)),
        _ => {}
    }
}

fn reorder(app: &mut App, id: SchemeId, from: usize, to: usize) {
    if let Some(mut scheme) = app.session().schemes.get(&id).cloned() {
        scheme.phases.swap(from, to);
        app.sel.phase = to;
        app.commit(Event::SchemeSaved { id, scheme });
    }
}

/// The selected board cell of the selected group.
pub fn selected_cell(app: &App) -> Option<Cell> {
    let group = app.group()?;
    let phases = app.session().phases();
    let phase = phases.get(app.sel.column.min(phases.len().saturating_sub(1)))?.id;
    Some(Cell { group, phase, kind: NoteKind::ROWS[app.sel.row.min(2)] })
}

/// The selected note, if the selected cell has one.
pub fn selected_note(app: &App) -> Option<NoteId> {
    let notes = app.session().notes_in(selected_cell(app)?);
    notes.get(app.sel.note.min(notes.len().saturating_sub(1))).copied()
}

/// Selects the next (or previous) group, wrapping around.
pub fn cycle_group(app: &mut App, forward: bool) {
    let groups: Vec<_> = app.session().groups.keys().copied().collect();
    if groups.is_empty() {
        return;
    }
    let at = app.group().and_then(|g| groups.iter().position(|x| *x == g)).unwrap_or(0);
    let next = if forward { (at + 1) % groups.len() } else { (at + groups.len() - 1) % groups.len() };
    app.sel.group = Some(groups[next]);
    app.sel.note = 0;
}

/// Discussion board actions.
pub fn discussion(app: &mut App, action: Action) {
    let columns = app.session().phases().len();
    let in_cell = selected_cell(app).map_or(0, |c| app.session().notes_in(c).len());
    let note = selected_note(app);
    match action {
        Action::NextTab => cycle_group(app, true),
        Action::PrevTab => cycle_group(app, false),
        Action::AddGroup => edit::begin(app, Target::NewGroup),
        _ if app.group().is_none() => app.message = Some(app.strings.add_group_first.into()),
        Action::CyclePersona => cycle_persona(app),
        Action::EditMembers => {
            if let Some(g) = app.group() {
                edit::begin(app, Target::Members(g));
            }
        }
        _ if columns == 0 => app.message = Some(app.strings.no_phases.into()),
        Action::Left => select_cell(app, app.sel.column.saturating_sub(1), app.sel.row),
        Action::Right => select_cell(app, (app.sel.column + 1).min(columns - 1), app.sel.row),
        Action::Up if app.sel.note > 0 && in_cell > 0 => app.sel.note = app.sel.note.min(in_cell) - 1,
        Action::Up if app.sel.row > 0 => {
            select_cell(app, app.sel.column, app.sel.row - 1);
            app.sel.note =
                selected_cell(app).map_or(0, |c| app.session().notes_in(c).len().saturating_sub(1));
        }
        Action::Down if app.sel.note + 1 < in_cell => app.sel.note += 1,
        Action::Down if app.sel.row < 2 => select_cell(app, app.sel.column, app.sel.row + 1),
        Action::AddNote => {
            if let Some(cell) = selected_cell(app) {
                edit::begin(app, Target::NewNote(cell));
            }
        }
        Action::EditNote => {
            if let Some(id) = note {
                edit::begin(app, Target::Note(id));
            }
        }
        Action::DeleteNote => {
            if let Some(id) = note {
                app.commit(Event::NoteDeleted { id });
                app.sel.note = app.sel.note.saturating_sub(1);
            }
        }
        Action::MoveNoteLeft if app.sel.column > 0 => move_note(app, note, app.sel.column - 1, app.sel.row),
        Action::MoveNoteRight if app.sel.column + 1 < columns => {
            move_note(app, note, app.sel.column + 1, app.sel.row)
        }
        Action::MoveNoteUp if app.sel.row > 0 => move_note(app, note, app.sel.column, app.sel.row - 1),
        Action::MoveNoteDown if app.sel.row < 2 => move_note(app, note, app.sel.column, app.sel.row + 1),
        Action::LinkNote => match note {
            Some(id) if app.session().notes.get(&id).is_some_and(|n| n.kind == NoteKind::ToBe) => {
                let cursor = same_phase_first(app, id);
                app.overlay = Some(Overlay::Link { note: id, cursor });
            }
            _ => app.message = Some(app.strings.link_needs_to_be.into()),
        },
        Action::TogglePrivate => {
            if let Some(id) = note {
                let private = !app.session().private.contains(&id);
                app.commit(Event::NotePrivacySet { id, private });
            }
        }
        Action::ToggleNoAsIs => toggle_no_as_is(app),
        Action::Copy => match note {
            Some(id) => app.requests.push(super::Request::CopyNote(id)),
            None => app.message = Some(app.strings.nothing_to_copy.into()),
        },
        _ => {}
    }
}

/// `0` on an As-Is cell: "no As-Is measure today" for the group and
/// phase (recorded as [`Event::AsIsNoneMarked`]), or taken back. Refused,
/// with the reason, on another row and on a cell that has As-Is notes.
fn toggle_no_as_is(app: &mut App) {
    let Some(cell) = selected_cell(app) else { return };
    if cell.kind != NoteKind::AsIs {
        app.message = Some(app.strings.none_today_as_is_only.into());
        return;
    }
    let key = (cell.group, cell.phase);
    let none = !app.session().no_as_is.contains(&key);
    if none && !app.session().notes_in(cell).is_empty() {
        app.message = Some(app.strings.none_today_has_notes.into());
        return;
    }
    if app.commit(Event::AsIsNoneMarked { group: cell.group, phase: cell.phase, none }) {
        let st = app.strings;
        app.message = Some(if none { st.none_today_marked } else { st.none_today_cleared }.into());
    }
}

fn select_cell(app: &mut App, column: usize, row: usize) {
    app.sel.column = column;
    app.sel.row = row;
    app.sel.note = 0;
}

fn move_note(app: &mut App, note: Option<NoteId>, column: usize, row: usize) {
    let Some(id) = note else { return };
    let Some(phase) = app.session().phases().get(column).map(|p| p.id) else { return };
    if app.commit(Event::NoteMoved { id, phase, kind: NoteKind::ROWS[row] }) {
        select_cell(app, column, row);
        app.sel.note = selected_cell(app).map_or(0, |c| app.session().notes_in(c).len().saturating_sub(1));
    }
}

fn cycle_persona(app: &mut App) {
    let Some(gid) = app.group() else { return };
    let s = app.session();
    let Some(group) = s.groups.get(&gid) else { return };
    let ids: Vec<PersonaId> = s.personas.keys().copied().collect();
    let next = match group.persona.and_then(|p| ids.iter().position(|x| *x == p)) {
        None => ids.first().copied(),
        Some(i) => ids.get(i + 1).copied(),
    };
    let group = crate::domain::group::Group { persona: next, ..group.clone() };
    app.commit(Event::GroupSaved { id: gid, group });
}

/// The pain points a To-Be note can answer: its group's, in board order.
pub fn link_candidates(app: &App, note: NoteId) -> Vec<NoteId> {
    let s = app.session();
    let Some(group) = s.notes.get(&note).map(|n| n.group) else { return Vec::new() };
    s.phases()
        .iter()
        .flat_map(|p| s.notes_in(Cell { group, phase: p.id, kind: NoteKind::Pain }).iter().copied())
        .collect()
}

/// Where the link picker opens: on the first pain point of the To-Be's
/// own phase (#14 item 2), else on the first one.
fn same_phase_first(app: &App, note: NoteId) -> usize {
    let s = app.session();
    let phase = s.notes.get(&note).map(|n| n.phase);
    link_candidates(app, note).iter().position(|p| s.notes.get(p).map(|n| n.phase) == phase).unwrap_or(0)
}

/// Keys of the link overlay: each toggle is saved at once.
pub fn link_action(app: &mut App, action: Action) {
    let Some(Overlay::Link { note, cursor }) = app.overlay.clone() else { return };
    let candidates = link_candidates(app, note);
    match action {
        Action::Up => app.overlay = Some(Overlay::Link { note, cursor: cursor.saturating_sub(1) }),
        Action::Down => {
            let cursor = (cursor + 1).min(candidates.len().saturating_sub(1));
            app.overlay = Some(Overlay::Link { note, cursor });
        }
        Action::Toggle => {
            let Some(pain) = candidates.get(cursor).copied() else { return };
            let mut answers = app.session().notes.get(&note).map(|n| n.answers.clone()).unwrap_or_default();
            if let Some(at) = answers.iter().position(|a| *a == pain) {
                answers.remove(at);
            } else {
                answers.push(pain);
            }
            app.commit(Event::NoteLinked { id: note, answers });
        }
        Action::Close => app.overlay = None,
        _ => {}
    }
}

/// Share-out actions: select a group, start its turn.
pub fn share_out(app: &mut App, action: Action) {
    match action {
        Action::NextTab => cycle_group(app, true),
        Action::PrevTab => cycle_group(app, false),
        Action::StartShareOut => {
            if let Some(group) = app.group() {
                app.commit(Event::ShareOutStarted { group });
            }
        }
        _ => {}
    }
}
