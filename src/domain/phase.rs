//! Phase schemes: candidate ways to cut the journey into phases.

use serde::{Deserialize, Serialize};

use super::ids::{PhaseId, SchemeId};

/// One phase of the journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phase {
    /// Stable id; notes refer to it.
    pub id: PhaseId,
    /// Name, e.g. "Onboarding".
    pub name: String,
    /// What is true of a customer in this phase.
    #[serde(default)]
    pub definition: String,
    /// What the customer should reach by its end.
    #[serde(default)]
    pub goal: String,
}

/// A candidate scheme: phases in order, with the room's notes on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseScheme {
    /// Name, e.g. "By state".
    pub name: String,
    /// Phases in journey order.
    pub phases: Vec<Phase>,
    /// Pros, cons, why not.
    #[serde(default)]
    pub notes: String,
}

/// The scheme the room chose, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The chosen scheme.
    pub scheme: SchemeId,
    /// Why it was chosen.
    pub reason: String,
}
