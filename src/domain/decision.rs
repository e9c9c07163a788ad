//! The decision 2×2: effective against churn? × can start now?

use serde::{Deserialize, Serialize};

use super::ids::ParticipantId;

/// Effect on churn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Impact {
    /// Effective against churn.
    Effective,
    /// Not directly against churn.
    Indirect,
}

/// Whether the room can start now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Feasibility {
    /// Can start now.
    Now,
    /// Hard: needs a product change, costs money…
    Hard,
}

/// Rough effort of a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Effort {
    /// Small.
    S,
    /// Medium.
    M,
    /// Large.
    L,
}

/// What the quadrant means the room does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    /// Effective and can start now: an owner starts it.
    StartNow,
    /// Effective but hard: an owner keeps working out how.
    OwnerPlans,
    /// Indirect but easy: start if someone has capacity.
    IfCapacity,
    /// Indirect and hard: postpone.
    Postpone,
}

impl Action {
    /// The action a quadrant of the 2×2 calls for.
    pub fn of(impact: Impact, feasibility: Feasibility) -> Action {
        match (impact, feasibility) {
            (Impact::Effective, Feasibility::Now) => Action::StartNow,
            (Impact::Effective, Feasibility::Hard) => Action::OwnerPlans,
            (Impact::Indirect, Feasibility::Now) => Action::IfCapacity,
            (Impact::Indirect, Feasibility::Hard) => Action::Postpone,
        }
    }

    /// Whether the method wants an owner for this action.
    pub fn needs_owner(self) -> bool {
        matches!(self, Action::StartNow | Action::OwnerPlans)
    }
}

/// The room's decision on one measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// Effect on churn.
    pub impact: Impact,
    /// Can it start now.
    pub feasibility: Feasibility,
    /// Who owns it.
    #[serde(default)]
    pub owner: Option<ParticipantId>,
    /// Rough effort.
    #[serde(default)]
    pub effort: Option<Effort>,
    /// Due date as the room said it (free text, e.g. "2026-12-15").
    #[serde(default)]
    pub due: Option<String>,
}

impl Decision {
    /// The action its quadrant calls for.
    pub fn action(&self) -> Action {
        Action::of(self.impact, self.feasibility)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrants_map_to_the_methods_actions() {
        assert_eq!(Action::of(Impact::Effective, Feasibility::Now), Action::StartNow);
        assert_eq!(Action::of(Impact::Effective, Feasibility::Hard), Action::OwnerPlans);
        assert_eq!(Action::of(Impact::Indirect, Feasibility::Now), Action::IfCapacity);
        assert_eq!(Action::of(Impact::Indirect, Feasibility::Hard), Action::Postpone);
        assert!(Action::StartNow.needs_owner() && Action::OwnerPlans.needs_owner());
        assert!(!Action::IfCapacity.needs_owner() && !Action::Postpone.needs_owner());
    }
}
