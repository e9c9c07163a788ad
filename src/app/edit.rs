//! Text fields: opening one, typing into it, and turning it into events.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::state::{Edit, Target};
use super::{Action, App};
use crate::domain::group::{Group, Participant};
use crate::domain::note::{Note, NoteKind};
use crate::domain::persona::Persona;
use crate::domain::phase::{Phase, PhaseScheme};
use crate::domain::{Event, GroupId, NoteId, ParticipantId, PersonaId, PhaseId, SchemeId};
use crate::text_input::TextInput;

/// Opens a field for `target`, filled with the current text.
pub fn begin(app: &mut App, target: Target) {
    let text = current_text(app, &target);
    let input = TextInput::new(&text, target.multiline());
    app.edit = Some(Edit { target, input });
}

/// The text a field on `target` opens with: what is saved.
pub fn current_text(app: &App, target: &Target) -> String {
    let s = app.session();
    let phase = |id: &SchemeId, i: &usize| s.schemes.get(id).and_then(|sc| sc.phases.get(*i));
    match target {
        Target::Goal => s.goal.clone(),
        Target::DoneWhen => s.done_when.clone(),
        Target::PersonaName(id, _) => {
            id.and_then(|id| s.personas.get(&id)).map(|p| p.name.clone()).unwrap_or_default()
        }
        Target::PersonaTraits(id) => s.personas.get(id).map(|p| p.traits.clone()).unwrap_or_default(),
        Target::PersonaChallenges(id) => {
            s.personas.get(id).map(|p| p.challenges.join("\n")).unwrap_or_default()
        }
        Target::PhaseName(id, i) => phase(id, i).map(|p| p.name.clone()).unwrap_or_default(),
        Target::PhaseDefinition(id, i) => phase(id, i).map(|p| p.definition.clone()).unwrap_or_default(),
        // The reason is the chosen scheme's: another scheme starts empty.
        Target::ChoiceReason(id) => {
            s.choice.as_ref().filter(|c| c.scheme == *id).map(|c| c.reason.clone()).unwrap_or_default()
        }
        Target::Members(id) => s
            .groups
            .get(id)
            .map(|g| g.members.iter().map(|m| s.participant_name(*m)).collect::<Vec<_>>().join(", "))
            .unwrap_or_default(),
        Target::Note(id) => s.notes.get(id).map(|n| n.text.clone()).unwrap_or_default(),
        Target::Wording(id) => s.notes.get(id).map(|n| n.text.clone()).unwrap_or_default(),
        Target::Due(id) => s.decisions.get(id).and_then(|d| d.due.clone()).unwrap_or_default(),
        Target::ReviewNote(id) => s.reviews.get(id).map(|r| r.note.clone()).unwrap_or_default(),
        Target::Owner(id) => s
            .decisions
            .get(id)
            .and_then(|d| d.owner)
            .map(|o| s.participant_name(o).to_string())
            .unwrap_or_default(),
        Target::NewPhase(..)
        | Target::NewScheme
        | Target::NewGroup
        | Target::NewNote(_)
        | Target::NewParticipant
        | Target::ForceReason(_)
        | Target::Park
        | Target::FollowUpOwner(_) => String::new(),
    }
}

/// Keys in the field that no table binds: a character types itself
/// (as the event has it, full-width included) and Tab a space. Every
/// other key does what the field's table says ([`Action::Field`]).
pub fn key(app: &mut App, key: &KeyEvent) {
    if key.code == KeyCode::Tab && matches!(app.edit.as_ref().map(|e| &e.target), Some(Target::Owner(_))) {
        return complete_owner(app);
    }
    let Some(edit) = &mut app.edit else { return };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char(c) if !ctrl => edit.input.insert(c.encode_utf8(&mut [0; 4])),
        KeyCode::Tab => edit.input.insert(" "),
        _ => {}
    }
}

/// Tab in the owner field: the next participant whose name starts with
/// what is typed before the completion (case-insensitive), in turn; the
/// message line lists who matches.
fn complete_owner(app: &mut App) {
    let Some(edit) = &app.edit else { return };
    let typed = edit.input.text().to_string();
    let names: Vec<String> = app.session().participants.values().map(|p| p.name.clone()).collect();
    let prefix =
        app.sel.owner_prefix.clone().filter(|p| typed.starts_with(p.as_str())).unwrap_or(typed.clone());
    let lower = prefix.to_lowercase();
    let matches: Vec<&String> = names.iter().filter(|n| n.to_lowercase().starts_with(&lower)).collect();
    if matches.is_empty() {
        app.message = Some(app.strings.owner_no_match.into());
        return;
    }
    let next = matches.iter().position(|n| **n == typed).map_or(0, |i| (i + 1) % matches.len());
    let pick = matches[next].clone();
    app.message = Some(matches.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(" · "));
    app.sel.owner_prefix = Some(prefix);
    if let Some(edit) = &mut app.edit {
        edit.input = TextInput::new(&pick, false);
    }
}

/// Edit-mode actions: save, the field's editing keys, cancel.
pub fn action(app: &mut App, action: Action) {
    match action {
        Action::EditCommit => {
            if let Some(e) = app.edit.take() {
                commit(app, e);
            }
            super::discuss::keep_asking(app);
        }
        Action::Field(key) => {
            let width = app.edit_width.get();
            if let Some(e) = &mut app.edit {
                e.input.apply(key, width);
            }
        }
        Action::EditCancel | Action::Close => {
            app.edit = None;
            if matches!(app.overlay, Some(super::Overlay::Missing { .. })) {
                app.overlay = None;
            }
            super::discuss::keep_asking(app);
        }
        _ => {}
    }
}

/// Turns a finished field into events. Empty text for a new thing adds
/// nothing. Nothing typed is ever lost: when the event cannot be saved
/// (disk full, a record too long for the file), the field opens again
/// with its text and cursor, under the message saying why.
pub fn commit(app: &mut App, edit: Edit) {
    let sel = app.sel.clone();
    let kept = Edit { target: edit.target.clone(), input: edit.input.clone() };
    if !save(app, edit) {
        app.sel = sel;
        app.edit = Some(kept);
    }
}

/// Saves a field's events; false when the sink refused one (or the text
/// cannot be taken now), so the caller keeps the field.
fn save(app: &mut App, edit: Edit) -> bool {
    let text = edit.input.text().trim().to_string();
    let text_empty = text.is_empty();
    let s = app.session();
    let fresh = s.fresh_id();
    let goal_saved = edit.target == Target::Goal;
    // A note written into a cell marked "no As-Is today" takes the mark back.
    let unmark = match &edit.target {
        Target::NewNote(c) if s.no_as_is.contains(&(c.group, c.phase)) && c.kind == NoteKind::AsIs => {
            Some(Event::AsIsNoneMarked { group: c.group, phase: c.phase, none: false })
        }
        _ => None,
    };
    let event = match edit.target {
        Target::ForceReason(step) => return force(app, step, text),
        Target::Park if text.is_empty() => None,
        Target::Park => Some(super::park::new_item(app, &text)),
        Target::FollowUpOwner(_) if text.is_empty() => None,
        Target::FollowUpOwner(id) => Some(Event::ParkResolved {
            id,
            outcome: crate::domain::parking::ParkOutcome::FollowUp { owner: text },
        }),
        Target::Goal if text.is_empty() => {
            app.message = Some(app.strings.goal_empty.into());
            None
        }
        Target::Goal => Some(Event::GoalSet { goal: text, done_when: s.done_when.clone() }),
        Target::DoneWhen => Some(Event::GoalSet { goal: s.goal.clone(), done_when: text }),
        Target::PersonaName(_, _) | Target::NewPhase(..) | Target::NewScheme | Target::NewGroup
            if text.is_empty() =>
        {
            None
        }
        Target::NewNote(_) | Target::NewParticipant if text.is_empty() => None,
        Target::PersonaName(Some(id), _) => s
            .personas
            .get(&id)
            .map(|p| Event::PersonaSaved { id, persona: Persona { name: text, ..p.clone() } }),
        Target::PersonaName(None, quadrant) => Some(Event::PersonaSaved {
            id: PersonaId(fresh),
            persona: Persona { name: text, quadrant, traits: String::new(), challenges: Vec::new() },
        }),
        Target::PersonaTraits(id) => s
            .personas
            .get(&id)
            .map(|p| Event::PersonaSaved { id, persona: Persona { traits: text, ..p.clone() } }),
        Target::PersonaChallenges(id) => s.personas.get(&id).map(|p| {
            let challenges =
                text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
            Event::PersonaSaved { id, persona: Persona { challenges, ..p.clone() } }
        }),
        Target::NewPhase(id, at) => s.schemes.get(&id).map(|sc| {
            let mut scheme = sc.clone();
            let phase =
                Phase { id: PhaseId(fresh), name: text, definition: String::new(), goal: String::new() };
            scheme.phases.insert(at.min(scheme.phases.len()), phase);
            Event::SchemeSaved { id, scheme }
        }),
        Target::PhaseName(id, i) => edit_phase(app, id, i, |p| p.name = text),
        Target::PhaseDefinition(id, i) => edit_phase(app, id, i, |p| p.definition = text),
        Target::NewScheme => Some(Event::SchemeSaved {
            id: SchemeId(fresh),
            scheme: PhaseScheme { name: text, phases: Vec::new(), notes: String::new() },
        }),
        Target::ChoiceReason(id) => Some(Event::SchemeChosen { id, reason: text }),
        Target::NewGroup => {
            let id = GroupId(fresh);
            app.sel.group = Some(id);
            Some(Event::GroupSaved { id, group: Group { name: text, persona: None, members: Vec::new() } })
        }
        Target::Members(id) => return save_members(app, id, &text),
        Target::NewNote(cell) if !text.is_empty() => {
            let persona = s.groups.get(&cell.group).and_then(|g| g.persona);
            app.sel.note = s.notes_in(cell).len();
            let note = Note {
                group: cell.group,
                persona,
                phase: cell.phase,
                kind: cell.kind,
                text,
                author: None,
                answers: Vec::new(),
            };
            Some(Event::NoteAdded { id: NoteId(fresh), note })
        }
        Target::NewNote(_) => None,
        Target::Wording(_) if text.is_empty() => None,
        Target::Wording(_) if s.voting_open => {
            app.message = Some(app.strings.voting_is_open.into());
            return false;
        }
        Target::Wording(id) => Some(Event::NoteEdited { id, text }),
        Target::Note(id) if text.is_empty() => Some(Event::NoteDeleted { id }),
        Target::Note(id) => Some(Event::NoteEdited { id, text }),
        Target::Due(measure) => s.decisions.get(&measure).map(|d| Event::Decided {
            measure,
            decision: crate::domain::decision::Decision {
                due: Some(text).filter(|t| !t.is_empty()),
                ..d.clone()
            },
        }),
        Target::ReviewNote(id) => super::review::note_event(app, id, text),
        Target::Owner(measure) => return save_owner(app, measure, &text),
        Target::NewParticipant => Some(Event::ParticipantSaved {
            id: ParticipantId(fresh),
            participant: Participant { name: text, votes: true },
        }),
    };
    let Some(event) = event else { return true };
    let mut events = vec![event];
    events.extend(unmark.filter(|_| !text_empty));
    if goal_saved {
        events.extend(super::discuss::confirming(app));
    }
    app.commit_all(events)
}

/// Moves on from `step` with the reason typed; an empty reason (or one
/// that cannot be saved) keeps the field open and says why.
fn force(app: &mut App, step: usize, reason: String) -> bool {
    if reason.is_empty() {
        app.message = Some(app.strings.reason_needed.into());
        return false;
    }
    // One action: the reason and the step it moves to, in one write.
    if !app.commit_all(vec![Event::MoveForced { step, reason }, Event::StepEntered { step: step + 1 }]) {
        return false;
    }
    app.overlay = None;
    true
}

fn edit_phase(app: &App, id: SchemeId, i: usize, change: impl FnOnce(&mut Phase)) -> Option<Event> {
    let mut scheme = app.session().schemes.get(&id)?.clone();
    change(scheme.phases.get_mut(i)?);
    Some(Event::SchemeSaved { id, scheme })
}

/// Members by name: known names map to their participant, new names
/// become participants first, all in one action (one write, one undo).
/// False when it could not be saved.
fn save_members(app: &mut App, id: GroupId, text: &str) -> bool {
    let Some(group) = app.session().groups.get(&id).cloned() else { return true };
    let mut events = Vec::new();
    let mut members = Vec::new();
    let mut fresh = app.session().fresh_id();
    let mut new: Vec<(&str, ParticipantId)> = Vec::new();
    for name in text.split([',', '、', '，']).map(str::trim).filter(|n| !n.is_empty()) {
        let known = app.session().participants.iter().find(|(_, p)| p.name == name).map(|(id, _)| *id);
        let pid = match known.or_else(|| new.iter().find(|(n, _)| *n == name).map(|(_, pid)| *pid)) {
            Some(pid) => pid,
            None => {
                let pid = ParticipantId(fresh);
                fresh += 1;
                new.push((name, pid));
                let participant = Participant { name: name.to_string(), votes: true };
                events.push(Event::ParticipantSaved { id: pid, participant });
                pid
            }
        };
        if !members.contains(&pid) {
            members.push(pid);
        }
    }
    events.push(Event::GroupSaved { id, group: Group { members, ..group } });
    app.commit_all(events)
}

/// The owner typed for a measure: a participant's name (as written, or
/// in another case), a new name that joins as a participant in the same
/// action, or empty for no owner. A measure not decided yet is decided
/// "effective × start now" with it, as `i`/`f` start from.
fn save_owner(app: &mut App, measure: NoteId, text: &str) -> bool {
    app.sel.owner_prefix = None;
    let s = app.session();
    let mut events = Vec::new();
    let owner = if text.is_empty() {
        None
    } else {
        let exact = s.participants.iter().find(|(_, p)| p.name == text);
        let folded = s.participants.iter().find(|(_, p)| p.name.to_lowercase() == text.to_lowercase());
        match exact.or(folded) {
            Some((id, _)) => Some(*id),
            None => {
                let id = ParticipantId(s.fresh_id());
                events.push(Event::ParticipantSaved {
                    id,
                    participant: Participant { name: text.into(), votes: true },
                });
                Some(id)
            }
        }
    };
    let decision = s.decisions.get(&measure).cloned().unwrap_or(crate::domain::decision::Decision {
        impact: crate::domain::decision::Impact::Effective,
        feasibility: crate::domain::decision::Feasibility::Now,
        owner: None,
        effort: None,
        due: None,
    });
    events
        .push(Event::Decided { measure, decision: crate::domain::decision::Decision { owner, ..decision } });
    app.commit_all(events)
}
