//! What a participant proposes from its own terminal (`cjm join`), and
//! the pure check the facilitator's process runs on it before anything of
//! it reaches the session: the step, the participant's group, the note
//! being its group's, the text.
//!
//! A participant writes proposals to its own outbox; only the
//! facilitator's process writes the session. Each proposal it reads
//! becomes one batch: [`Event::ProposalAccepted`] and what the proposal
//! changes, or [`Event::ProposalRefused`] with the reason. Both record how
//! far the outbox has been read (`offset`), so a proposal is taken in at
//! most once, across restarts too ([`Session::outboxes`]).

use serde::{Deserialize, Serialize};

use super::agenda::StepKind;
use super::clock::Millis;
use super::event::Event;
use super::ids::{GroupId, NoteId, ParticipantId, PhaseId};
use super::note::{Note, NoteKind};
use super::session::Session;
use super::vote::{self, BallotError};

/// The longest note text a participant may propose, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;

/// The most pain points one To-Be may be linked to in one proposal.
pub const MAX_ANSWERS: usize = 64;

/// The longest participant name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// One change a participant asks for on its group's board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Proposal {
    /// A new note in the group's board.
    AddNote {
        /// The column.
        phase: PhaseId,
        /// The row.
        kind: NoteKind,
        /// What it says.
        text: String,
    },
    /// New text for one of the group's notes.
    EditNote {
        /// The note.
        id: NoteId,
        /// The new text.
        text: String,
    },
    /// One of the group's notes deleted.
    DeleteNote {
        /// The note.
        id: NoteId,
    },
    /// One of the group's To-Be notes linked to the pain points it answers.
    LinkNote {
        /// The To-Be note.
        id: NoteId,
        /// The group's pain points it answers (replaces the links).
        answers: Vec<NoteId>,
    },
    /// The participant's picks for one audience, replacing its earlier
    /// ones (a pick taken back is a list without it).
    Ballot {
        /// The audience's key in the vote rules.
        audience: String,
        /// The measures picked.
        picks: Vec<NoteId>,
    },
}

/// One line of an outbox: a proposal with its number (1, 2, … in the
/// order the participant wrote them) and when it was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Numbered {
    /// Its number in the outbox.
    pub n: u64,
    /// When the participant wrote it (the participant's clock).
    pub at: Millis,
    /// What it asks for.
    pub proposal: Proposal,
}

/// The first record of an outbox: whose it is and for which session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxHeader {
    /// Format version of the outbox (the session file's).
    pub format: u32,
    /// The participant's name (the outbox file is named after it).
    pub participant: String,
    /// The session it writes to: the session header's `created_at`.
    pub session: Millis,
    /// The group it asked to join (`--group`), as written.
    #[serde(default)]
    pub group: Option<String>,
}

/// Why a proposal was not taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// Notes are written in the discussion step only.
    NotDiscussion,
    /// The participant is in no group.
    NoGroup,
    /// The note is another group's.
    OtherGroup,
    /// The note does not exist (deleted meanwhile).
    NoSuchNote,
    /// The column is not on the board.
    NoSuchPhase,
    /// The text is empty.
    EmptyText,
    /// The text is longer than [`MAX_TEXT_CHARS`].
    TooLong,
    /// The text holds a control character.
    ControlCharacter,
    /// Only a To-Be is linked, and only to pain points.
    NotLinkable,
    /// Voting has opened: measures are fixed.
    VotingOpen,
    /// Voting has not opened yet.
    VotingNotOpen,
    /// The voting round is closed.
    VotingClosed,
    /// More picks than the audience's budget.
    OverBudget,
    /// The same measure picked twice.
    AlreadyPicked,
    /// A pick that is not on this round's list.
    NotOnBallot,
    /// The audience is not in the vote rules.
    NoSuchAudience,
    /// The participant is not a voter of this session.
    NotAVoter,
    /// The line is not a proposal cjm can read.
    Unreadable,
    /// The number is not after the last one taken in.
    OutOfOrder,
}

/// How far one outbox has been taken in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// The last proposal number taken in (accepted or refused).
    pub number: u64,
    /// The byte offset just after the last line taken in.
    pub offset: u64,
}

/// Whether `name` may name a participant and its outbox file: 1 to
/// [`MAX_NAME_CHARS`] characters, no control character, no path
/// separator, not starting with a dot, no surrounding spaces.
pub fn valid_name(name: &str) -> bool {
    let chars = name.chars().count();
    (1..=MAX_NAME_CHARS).contains(&chars)
        && name.trim() == name
        && !name.starts_with('.')
        && !name.chars().any(|c| c.is_control() || matches!(c, '/' | '\\' | '\0'))
}

/// The participant named `name`, if there is one.
pub fn participant_named(state: &Session, name: &str) -> Option<ParticipantId> {
    state.participants.iter().find(|(_, p)| p.name == name).map(|(id, _)| *id)
}

/// The group `name` is a member of (the first, when several).
pub fn group_of(state: &Session, name: &str) -> Option<GroupId> {
    let ids: Vec<ParticipantId> =
        state.participants.iter().filter(|(_, p)| p.name == name).map(|(id, _)| *id).collect();
    state.groups.iter().find(|(_, g)| g.members.iter().any(|m| ids.contains(m))).map(|(id, _)| *id)
}

/// The group a `--group` value names: its name (any case), the letter
/// or word after its last space ("B" for "Group B", "グループB" for B
/// too), or its number counted from 1.
pub fn find_group(state: &Session, flag: &str) -> Option<GroupId> {
    let flag = flag.trim();
    let lower = flag.to_lowercase();
    let by = |f: &dyn Fn(&str) -> bool| state.groups.iter().find(|(_, g)| f(&g.name)).map(|(id, _)| *id);
    by(&|n| n == flag)
        .or_else(|| by(&|n| n.to_lowercase() == lower))
        .or_else(|| {
            by(&|n| {
                let last = n.rsplit(' ').next().unwrap_or(n).to_lowercase();
                !lower.is_empty() && (last == lower || (last.ends_with(&lower) && lower.chars().count() == 1))
            })
        })
        .or_else(|| {
            let n: usize = flag.parse().ok()?;
            state.groups.keys().nth(n.checked_sub(1)?).copied()
        })
}

/// The event that puts `header`'s participant into the group it asked
/// for, when it is in no group yet and that group exists; none otherwise
/// (a member's group is its own, whatever it asks).
pub fn joining(state: &Session, header: &OutboxHeader) -> Option<Event> {
    if !valid_name(&header.participant) || group_of(state, &header.participant).is_some() {
        return None;
    }
    let group = find_group(state, header.group.as_deref()?)?;
    let id = participant_named(state, &header.participant).unwrap_or(ParticipantId(state.fresh_id()));
    Some(Event::ParticipantJoined { id, name: header.participant.clone(), group })
}

/// Checks one proposal of `participant` against the session as it
/// stands; returns the events it makes, or why it is refused.
pub fn check(state: &Session, participant: &str, proposal: &Proposal) -> Result<Vec<Event>, Refusal> {
    if let Proposal::Ballot { audience, picks } = proposal {
        return ballot(state, participant, audience, picks);
    }
    let kind = state.header.template.steps.get(state.current_step()).map(|s| s.kind);
    if kind != Some(StepKind::Discussion) {
        return Err(Refusal::NotDiscussion);
    }
    let group = group_of(state, participant).ok_or(Refusal::NoGroup)?;
    let own = |id: &NoteId| -> Result<&Note, Refusal> {
        let note = state.notes.get(id).ok_or(Refusal::NoSuchNote)?;
        if note.group == group { Ok(note) } else { Err(Refusal::OtherGroup) }
    };
    match proposal {
        Proposal::AddNote { phase, kind, text } => {
            checked_text(text)?;
            if !state.phases().iter().any(|p| p.id == *phase) {
                return Err(Refusal::NoSuchPhase);
            }
            let note = Note {
                group,
                persona: state.groups.get(&group).and_then(|g| g.persona),
                phase: *phase,
                kind: *kind,
                text: text.trim().to_string(),
                author: Some(participant.to_string()),
                answers: Vec::new(),
            };
            Ok(vec![Event::NoteAdded { id: NoteId(state.fresh_id()), note }])
        }
        Proposal::EditNote { id, text } => {
            own(id)?;
            checked_text(text)?;
            fixed(state)?;
            Ok(vec![Event::NoteEdited { id: *id, text: text.trim().to_string() }])
        }
        Proposal::DeleteNote { id } => {
            own(id)?;
            fixed(state)?;
            Ok(vec![Event::NoteDeleted { id: *id }])
        }
        Proposal::LinkNote { id, answers } => {
            if own(id)?.kind != NoteKind::ToBe || answers.len() > MAX_ANSWERS {
                return Err(Refusal::NotLinkable);
            }
            let mut linked = Vec::new();
            for answer in answers {
                if own(answer)?.kind != NoteKind::Pain {
                    return Err(Refusal::NotLinkable);
                }
                if !linked.contains(answer) {
                    linked.push(*answer);
                }
            }
            Ok(vec![Event::NoteLinked { id: *id, answers: linked }])
        }
        Proposal::Ballot { .. } => Err(Refusal::Unreadable),
    }
}

/// A ballot from the participant's own terminal, checked by the same
/// rules as the facilitator's ([`vote::check_ballot`]) and recorded as
/// [`Event::BallotSent`], whose picks stay hidden until the round closes.
fn ballot(
    state: &Session,
    participant: &str,
    audience: &str,
    picks: &[NoteId],
) -> Result<Vec<Event>, Refusal> {
    let voter = state
        .participants
        .iter()
        .find(|(_, p)| p.name == participant && p.votes)
        .map(|(id, _)| *id)
        .ok_or(Refusal::NotAVoter)?;
    if !state.voting_open {
        return Err(Refusal::VotingNotOpen);
    }
    if state.voting_closed {
        return Err(Refusal::VotingClosed);
    }
    let rules = &state.header.template.voting;
    vote::check_ballot(rules, audience, picks, |m| state.is_on_ballot(m)).map_err(|e| match e {
        BallotError::UnknownAudience(_) => Refusal::NoSuchAudience,
        BallotError::OverBudget { .. } => Refusal::OverBudget,
        BallotError::Duplicate => Refusal::AlreadyPicked,
        BallotError::NotAMeasure(_) => Refusal::NotOnBallot,
        BallotError::Closed => Refusal::VotingClosed,
    })?;
    Ok(vec![Event::BallotSent { voter, audience: audience.to_string(), picks: picks.to_vec() }])
}

/// Measures are fixed once voting opened (as on the facilitator's board).
fn fixed(state: &Session) -> Result<(), Refusal> {
    if state.voting_open { Err(Refusal::VotingOpen) } else { Ok(()) }
}

fn checked_text(text: &str) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        Err(Refusal::EmptyText)
    } else if text.chars().count() > MAX_TEXT_CHARS {
        Err(Refusal::TooLong)
    } else if text.contains(crate::text::is_forbidden_control) {
        Err(Refusal::ControlCharacter)
    } else {
        Ok(())
    }
}

/// One line of `from`'s outbox, ending at byte `offset`, as the batch of
/// events the facilitator appends: accepted with its changes, or refused
/// with the reason. `line` is `None` for a line that is not a proposal.
/// A line at or before the recorded offset makes nothing (it was taken in).
pub fn take(state: &Session, from: &str, line: Option<&Numbered>, offset: u64) -> Vec<Event> {
    let progress = state.outboxes.get(from).copied().unwrap_or_default();
    if offset <= progress.offset {
        return Vec::new();
    }
    let from = from.to_string();
    let Some(numbered) = line else {
        let number = progress.number;
        return vec![Event::ProposalRefused { from, number, offset, reason: Refusal::Unreadable }];
    };
    let number = numbered.n;
    if number <= progress.number {
        return vec![Event::ProposalRefused { from, number, offset, reason: Refusal::OutOfOrder }];
    }
    match check(state, &from, &numbered.proposal) {
        Ok(events) => {
            std::iter::once(Event::ProposalAccepted { from, number, offset }).chain(events).collect()
        }
        Err(reason) => vec![Event::ProposalRefused { from, number, offset, reason }],
    }
}

#[cfg(test)]
#[path = "proposal_tests.rs"]
mod tests;
