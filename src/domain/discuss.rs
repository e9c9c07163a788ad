//! `cjm discuss`: a session for the group discussion only, and the events
//! that start it (personas, a chosen phase scheme, groups, the clock), as
//! pure functions of a template or of an earlier session.

use super::agenda::{Lang, Step, StepKind, Template};
use super::clock::Millis;
use super::event::{Event, Stamped};
use super::group::Group;
use super::header::Header;
use super::ids::GroupId;
use super::session::Session;
use super::setup;

/// The longest discussion `cjm discuss` accepts, in minutes (ten hours).
pub const MAX_MINUTES: u32 = 600;

/// The most groups `--groups` accepts (letters A to L).
pub const MAX_GROUPS: u32 = 12;

/// Why a discussion-only session cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiscussError {
    /// `--minutes` is 0 or more than [`MAX_MINUTES`].
    #[error("--minutes {0}: expected 1 to 600")]
    Minutes(u32),
    /// `--groups` is 0 or more than [`MAX_GROUPS`].
    #[error("--groups {0}: expected 1 to 12")]
    Groups(u32),
    /// The template has no discussion step to keep.
    #[error("the template {0} has no discussion step")]
    NoDiscussion(String),
}

/// How the groups of a discussion are formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Groups {
    /// One group per persona, named after it.
    PerPersona,
    /// This many groups, "Group A", "Group B"…, personas assigned in turn.
    Count(u32),
}

impl Groups {
    /// `--groups N` checked: none is one group per persona.
    pub fn from_flag(n: Option<u32>) -> Result<Groups, DiscussError> {
        match n {
            None => Ok(Groups::PerPersona),
            Some(n) if (1..=MAX_GROUPS).contains(&n) => Ok(Groups::Count(n)),
            Some(n) => Err(DiscussError::Groups(n)),
        }
    }
}

/// The words the start events carry, in the session's language.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    /// Before a group's letter: "Group " makes "Group A".
    pub group: &'a str,
    /// Why the scheme was chosen, recorded with the choice.
    pub reason: &'a str,
}

impl Template {
    /// The agenda of a discussion-only session: the personas and phases
    /// steps, untimed, so they stay editable with `[`; then the discussion,
    /// `minutes` long (its minimum never above that), the share-out and
    /// the wrap-up. Its done-when is one such a session can meet:
    /// [`Template::discussion_done_when`], else the kept discussion and
    /// share-out steps' outputs, joined.
    pub fn discussion_only(&self, minutes: u32) -> Result<Template, DiscussError> {
        if minutes == 0 || minutes > MAX_MINUTES {
            return Err(DiscussError::Minutes(minutes));
        }
        let at = self
            .steps
            .iter()
            .position(|s| s.kind == StepKind::Discussion)
            .ok_or_else(|| DiscussError::NoDiscussion(self.name.clone()))?;
        let setup = |k: StepKind| matches!(k, StepKind::Personas | StepKind::Phases);
        let after = |k: StepKind| matches!(k, StepKind::ShareOut | StepKind::WrapUp);
        let before = self.steps[..at].iter().filter(|s| setup(s.kind)).cloned().map(|mut s| {
            s.untimed = true;
            s.parts.clear();
            s
        });
        let mut discussion = self.steps[at].clone();
        discussion.minutes = minutes;
        discussion.untimed = false;
        discussion.min_minutes = discussion.min_minutes.min(minutes);
        let rest = self.steps[at + 1..].iter().filter(|s| after(s.kind)).cloned();
        let steps: Vec<_> = before.chain(std::iter::once(discussion)).chain(rest).collect();
        let done_when = self.discussion_done_when.clone().unwrap_or_else(|| outputs(self.lang, &steps));
        Ok(Template { steps, done_when, ..self.clone() })
    }
}

/// The discussion and share-out steps' outputs as one sentence.
fn outputs(lang: Lang, steps: &[Step]) -> String {
    let kept = steps.iter().filter(|s| matches!(s.kind, StepKind::Discussion | StepKind::ShareOut));
    let outputs: Vec<&str> = kept.map(|s| s.output.trim()).filter(|o| !o.is_empty()).collect();
    outputs.join(match lang {
        Lang::En => "; ",
        Lang::Ja => "。",
    })
}

/// The step a discussion-only session runs: its first discussion step.
pub fn discussion_step(template: &Template) -> Option<usize> {
    template.steps.iter().position(|s| s.kind == StepKind::Discussion)
}

/// The move that puts a session whose clock has not started on its
/// discussion step, so the untimed setup steps before it are not visited
/// and the clock starts on the discussion; none when it stands there, has
/// no discussion, or has started.
pub fn enter_discussion(session: &Session, now: Millis) -> Option<Stamped> {
    let steps = &session.header.template.steps;
    // A session with last time's measures to review starts on the review.
    let review = steps.iter().position(|s| s.kind == StepKind::Review);
    let step = review.or_else(|| discussion_step(&session.header.template))?;
    let moves = !session.clock.started && session.current_step() != step;
    moves.then_some(Stamped { at: now, event: Event::StepEntered { step } })
}

/// What a discussion needs and `session` lacks, then the goal confirmed
/// on the discussion step (its clock starts there at once): the
/// [`prepare`] events and `GoalConfirmed`. Used when the session is
/// created with a goal.
pub fn start(session: &Session, groups: Groups, words: Words, now: Millis) -> Vec<Stamped> {
    let mut out = prepare(session, groups, words, now);
    if !session.goal_confirmed {
        out.push(Stamped { at: now, event: Event::GoalConfirmed });
    }
    out
}

/// What a discussion needs and `session` lacks, all but the goal's
/// confirmation: the template's personas and schemes when there are none,
/// the template's default scheme chosen when none is, the groups when
/// there are none, and the move onto the discussion step. Ids follow the
/// session's. Written when the session is created, with or without a
/// goal, so the groups asked for are on disk before the goal is.
pub fn prepare(session: &Session, groups: Groups, words: Words, now: Millis) -> Vec<Stamped> {
    let mut state = session.clone();
    let mut out = Vec::new();
    let mut emit = |state: &mut Session, event: Event| {
        let stamped = Stamped { at: now, event };
        state.apply(&stamped);
        out.push(stamped);
    };
    let template = &session.header.template;
    let mut seed = Template { personas: Vec::new(), schemes: Vec::new(), ..template.clone() };
    if state.personas.is_empty() {
        seed.personas.clone_from(&template.personas);
    }
    if state.schemes.is_empty() {
        seed.schemes.clone_from(&template.schemes);
    }
    for stamped in setup::seed_events_from(&seed, state.fresh_id(), now) {
        emit(&mut state, stamped.event);
    }
    if state.choice.is_none() {
        let named = template.default_scheme.as_deref();
        let by_name = state.schemes.iter().find(|(_, s)| Some(s.name.as_str()) == named);
        if let Some(id) = by_name.or_else(|| state.schemes.iter().next()).map(|(id, _)| *id) {
            emit(&mut state, Event::SchemeChosen { id, reason: words.reason.to_string() });
        }
    }
    if state.groups.is_empty() {
        for group in new_groups(&state, groups, words) {
            let id = GroupId(state.fresh_id());
            emit(&mut state, Event::GroupSaved { id, group });
        }
    }
    if let Some(stamped) = enter_discussion(&state, now) {
        emit(&mut state, stamped.event);
    }
    out
}

fn new_groups(state: &Session, groups: Groups, words: Words) -> Vec<Group> {
    let personas: Vec<_> = state.personas.iter().collect();
    match groups {
        Groups::PerPersona if !personas.is_empty() => personas
            .iter()
            .map(|(id, p)| Group { name: p.name.clone(), persona: Some(**id), members: Vec::new() })
            .collect(),
        Groups::PerPersona => vec![Group { name: letter_name(words, 0), persona: None, members: Vec::new() }],
        Groups::Count(n) => (0..n as usize)
            .map(|i| Group {
                name: letter_name(words, i),
                persona: (!personas.is_empty()).then(|| *personas[i % personas.len()].0),
                members: Vec::new(),
            })
            .collect(),
    }
}

fn letter_name(words: Words, i: usize) -> String {
    let letter = char::from(b'A' + (i % 26) as u8);
    format!("{}{letter}", words.group)
}

/// The events that give a new session what `from` had: participants,
/// personas, phase schemes and the choice, groups, and the goal (`goal`
/// overrides it) with its done-when. Ids are kept, so groups still point
/// at their personas and members.
pub fn carry_over(from: &Session, goal: Option<&str>, now: Millis) -> Vec<Stamped> {
    let mut events = Vec::new();
    for (id, participant) in &from.participants {
        events.push(Event::ParticipantSaved { id: *id, participant: participant.clone() });
    }
    for (id, persona) in &from.personas {
        events.push(Event::PersonaSaved { id: *id, persona: persona.clone() });
    }
    for (id, scheme) in &from.schemes {
        events.push(Event::SchemeSaved { id: *id, scheme: scheme.clone() });
    }
    if let Some(choice) = &from.choice {
        events.push(Event::SchemeChosen { id: choice.scheme, reason: choice.reason.clone() });
    }
    for (id, group) in &from.groups {
        events.push(Event::GroupSaved { id: *id, group: group.clone() });
    }
    let goal = goal.map_or_else(|| from.goal.clone(), str::to_string);
    events.push(Event::GoalSet { goal, done_when: from.done_when.clone() });
    events.into_iter().map(|event| Stamped { at: now, event }).collect()
}

/// Whether `session` is a discussion still waiting for its goal: not
/// confirmed, and no goal step in its agenda to confirm it on.
pub fn awaits_goal(session: &Session) -> bool {
    !session.goal_confirmed && !session.header.template.steps.iter().any(|s| s.kind == StepKind::Goal)
}

/// The header of a discussion-only session on `template`.
pub fn header(template: Template, goal: &str, done_when: Option<&str>, now: Millis) -> Header {
    let done_when = done_when.map_or_else(|| template.done_when.clone(), str::to_string);
    Header::new(now, goal.trim().to_string(), done_when, template)
}

#[cfg(test)]
#[path = "discuss_tests.rs"]
mod tests;
