//! Every heading and fixed word of the exports, per language, in one place
//! so a later i18n catalogue can absorb them.

mod en;
mod ja;

pub use self::en::EN;
pub use self::ja::JA;
use crate::domain::Lang;
use crate::domain::decision::{Action, Effort, Feasibility, Impact};
use crate::domain::note::NoteKind;
use crate::domain::persona::{Drive, Quadrant, Role};

/// The fixed texts of the Markdown and CSV exports in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labels {
    /// Report title.
    pub title: &'static str,
    /// "Goal".
    pub goal: &'static str,
    /// "Done when".
    pub done_when: &'static str,
    /// "Created".
    pub created: &'static str,
    /// "Exported".
    pub exported: &'static str,
    /// Personas section.
    pub personas: &'static str,
    /// "Characteristics".
    pub traits: &'static str,
    /// "Daily challenges".
    pub challenges: &'static str,
    /// The 2×2 quadrants in [`Quadrant::ALL`] order.
    pub quadrants: [&'static str; 4],
    /// Phases section.
    pub phases: &'static str,
    /// "Chosen scheme".
    pub chosen: &'static str,
    /// "Why".
    pub reason: &'static str,
    /// No scheme was chosen.
    pub no_choice: &'static str,
    /// "Phase" column.
    pub phase: &'static str,
    /// "Definition" column.
    pub definition: &'static str,
    /// "Phase goal" column.
    pub phase_goal: &'static str,
    /// Rejected schemes sub-heading.
    pub rejected: &'static str,
    /// Journey maps section.
    pub maps: &'static str,
    /// "Members".
    pub members: &'static str,
    /// Groups discussing no persona.
    pub no_persona: &'static str,
    /// Notes that fit no cell of the map table.
    pub elsewhere: &'static str,
    /// Ranking section.
    pub ranking: &'static str,
    /// Voting is still open.
    pub voting_open: &'static str,
    /// "Rank" column.
    pub rank: &'static str,
    /// "Measure" column.
    pub measure: &'static str,
    /// "Group" column.
    pub group: &'static str,
    /// "Votes" column.
    pub votes: &'static str,
    /// Decisions section.
    pub decisions: &'static str,
    /// "Impact" column.
    pub impact: &'static str,
    /// "Feasibility" column.
    pub feasibility: &'static str,
    /// "Action" column.
    pub action: &'static str,
    /// "Owner" column.
    pub owner: &'static str,
    /// "Effort" column.
    pub effort: &'static str,
    /// "Due" column.
    pub due: &'static str,
    /// Parking lot section.
    pub parking: &'static str,
    /// "Item" column.
    pub item: &'static str,
    /// "Raised by" column.
    pub raised_by: &'static str,
    /// "Outcome" column.
    pub outcome: &'static str,
    /// Time section.
    pub time: &'static str,
    /// "Step" column.
    pub step: &'static str,
    /// "Planned" column.
    pub planned: &'static str,
    /// "Timebox" column (plan plus adjustments).
    pub timebox: &'static str,
    /// "Actual" column.
    pub actual: &'static str,
    /// "Over/under" column.
    pub over_under: &'static str,
    /// "Total" row.
    pub total: &'static str,
    /// A section with nothing in it.
    pub none: &'static str,
    /// "Persona" (CSV column).
    pub persona: &'static str,
    /// "Kind" (CSV column).
    pub kind: &'static str,
    /// "Text" (CSV column).
    pub text: &'static str,
    /// Note kinds: pain, As-Is, To-Be, other.
    pub kinds: [&'static str; 4],
    /// Impact: effective, indirect.
    pub impacts: [&'static str; 2],
    /// Feasibility: now, hard.
    pub feasibilities: [&'static str; 2],
    /// Actions: start now, owner plans, if capacity, postpone.
    pub actions: [&'static str; 4],
    /// Parking outcomes: open, dropped, became a measure, follow-up by.
    pub outcomes: [&'static str; 4],
}

impl Labels {
    /// The labels for a language.
    pub fn of(lang: Lang) -> &'static Labels {
        match lang {
            Lang::En => &EN,
            Lang::Ja => &JA,
        }
    }

    /// A quadrant's label.
    pub fn quadrant(&self, q: Quadrant) -> &'static str {
        let i = match (q.role, q.drive) {
            (Role::Promoter, Drive::High) => 0,
            (Role::Promoter, Drive::Low) => 1,
            (Role::EndUser, Drive::High) => 2,
            (Role::EndUser, Drive::Low) => 3,
        };
        self.quadrants[i]
    }

    /// A note kind's label.
    pub fn kind(&self, kind: NoteKind) -> &'static str {
        match kind {
            NoteKind::Pain => self.kinds[0],
            NoteKind::AsIs => self.kinds[1],
            NoteKind::ToBe => self.kinds[2],
            NoteKind::Other => self.kinds[3],
        }
    }

    /// An impact's label.
    pub fn impact(&self, impact: Impact) -> &'static str {
        match impact {
            Impact::Effective => self.impacts[0],
            Impact::Indirect => self.impacts[1],
        }
    }

    /// A feasibility's label.
    pub fn feasibility(&self, f: Feasibility) -> &'static str {
        match f {
            Feasibility::Now => self.feasibilities[0],
            Feasibility::Hard => self.feasibilities[1],
        }
    }

    /// An action's label.
    pub fn action(&self, action: Action) -> &'static str {
        match action {
            Action::StartNow => self.actions[0],
            Action::OwnerPlans => self.actions[1],
            Action::IfCapacity => self.actions[2],
            Action::Postpone => self.actions[3],
        }
    }

    /// An effort's label (the same in every language).
    pub fn effort(&self, effort: Effort) -> &'static str {
        match effort {
            Effort::S => "S",
            Effort::M => "M",
            Effort::L => "L",
        }
    }
}
