//! Starting a session from a template: the header and the seed events that
//! put the template's personas and phase schemes in place.

use super::agenda::Template;
use super::clock::Millis;
use super::event::{Event, Stamped};
use super::header::Header;
use super::ids::{PersonaId, PhaseId, SchemeId};
use super::persona::Persona;
use super::phase::{Phase, PhaseScheme};

/// Why a session cannot be started.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetupError {
    /// The goal is empty.
    #[error(
        "the goal is empty; say what the workshop must achieve, e.g. --goal \"decide the priority of CS measures\""
    )]
    EmptyGoal,
}

/// The header and the events a new session is created with: the seed
/// events, then [`created`].
pub fn new_session(
    template: Template,
    goal: &str,
    done_when: Option<&str>,
    now: Millis,
) -> Result<(Header, Vec<Stamped>), SetupError> {
    let goal = goal.trim();
    if goal.is_empty() {
        return Err(SetupError::EmptyGoal);
    }
    let done_when = done_when
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map_or_else(|| template.done_when.clone(), str::to_string);
    // Nothing to review in a session not started from another.
    let template = template.without_review();
    let mut seed = seed_events(&template, now);
    seed.push(created(now));
    Ok((Header::new(now, goal.to_string(), done_when, template), seed))
}

/// The [`Event::Created`] that closes the events a session is created
/// with, so undo stops there.
pub fn created(now: Millis) -> Stamped {
    Stamped { at: now, event: Event::Created }
}

/// Events that create the template's personas and schemes, ids from 1.
pub fn seed_events(template: &Template, now: Millis) -> Vec<Stamped> {
    seed_events_from(template, 1, now)
}

/// Events that create the template's personas and schemes, ids from `first`.
pub fn seed_events_from(template: &Template, first: u32, now: Millis) -> Vec<Stamped> {
    let mut next = first;
    let mut fresh = || {
        let id = next;
        next += 1;
        id
    };
    let mut events = Vec::new();
    for seed in &template.personas {
        let persona = Persona {
            name: seed.name.clone(),
            quadrant: seed.quadrant,
            traits: seed.traits.clone(),
            challenges: Vec::new(),
        };
        events.push(Event::PersonaSaved { id: PersonaId(fresh()), persona });
    }
    for seed in &template.schemes {
        let id = SchemeId(fresh());
        let phases = seed
            .phases
            .iter()
            .map(|name| Phase {
                id: PhaseId(fresh()),
                name: name.clone(),
                definition: String::new(),
                goal: String::new(),
            })
            .collect();
        let scheme = PhaseScheme { name: seed.name.clone(), phases, notes: seed.notes.clone() };
        events.push(Event::SchemeSaved { id, scheme });
    }
    events.into_iter().map(|event| Stamped { at: now, event }).collect()
}
