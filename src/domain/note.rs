//! Sticky notes on a group's board.

use serde::{Deserialize, Serialize};

use super::ids::{GroupId, NoteId, PersonaId, PhaseId};

/// What a sticky note says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum NoteKind {
    /// Where the customer stumbles or what they think (つまづくポイント).
    Pain,
    /// A measure done today (As-Is 施策).
    AsIs,
    /// A new measure (To-Be 施策).
    ToBe,
    /// Anything else.
    Other,
}

impl NoteKind {
    /// The board's rows, top to bottom.
    pub const ROWS: [NoteKind; 3] = [NoteKind::Pain, NoteKind::AsIs, NoteKind::ToBe];

    /// Whether notes of this kind are measures (votable).
    pub fn is_measure(self) -> bool {
        matches!(self, NoteKind::AsIs | NoteKind::ToBe)
    }
}

/// One sticky note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The group that wrote it.
    pub group: GroupId,
    /// The persona the group discussed when it was written.
    #[serde(default)]
    pub persona: Option<PersonaId>,
    /// The phase (column) it sits in.
    pub phase: PhaseId,
    /// The row it sits in.
    pub kind: NoteKind,
    /// What it says.
    pub text: String,
    /// Who wrote it, if recorded.
    #[serde(default)]
    pub author: Option<String>,
    /// For a To-Be: the pain points it answers.
    #[serde(default)]
    pub answers: Vec<NoteId>,
}

/// The address of one cell on a board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Cell {
    /// Which group's board.
    pub group: GroupId,
    /// Which column.
    pub phase: PhaseId,
    /// Which row.
    pub kind: NoteKind,
}

impl Note {
    /// The cell this note sits in.
    pub fn cell(&self) -> Cell {
        Cell { group: self.group, phase: self.phase, kind: self.kind }
    }
}
