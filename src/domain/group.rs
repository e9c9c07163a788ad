//! Participants and discussion groups.

use serde::{Deserialize, Serialize};

use super::ids::{ParticipantId, PersonaId};

/// A person in the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Display name.
    pub name: String,
    /// Whether this person casts ballots.
    #[serde(default = "yes")]
    pub votes: bool,
}

fn yes() -> bool {
    true
}

/// A discussion group, one per persona in the method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// Display name, e.g. "Group A".
    pub name: String,
    /// The persona the group discusses.
    #[serde(default)]
    pub persona: Option<PersonaId>,
    /// Members.
    #[serde(default)]
    pub members: Vec<ParticipantId>,
}
