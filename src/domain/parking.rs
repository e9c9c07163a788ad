//! The parking lot: topics raised off the current step, kept for later.

use serde::{Deserialize, Serialize};

/// What the wrap-up decided for a parked item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParkOutcome {
    /// Not pursued.
    Dropped,
    /// Turned into a measure.
    Measure,
    /// Followed up by someone.
    FollowUp {
        /// Who follows up.
        owner: String,
    },
}

/// One parked item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParkItem {
    /// What was raised.
    pub text: String,
    /// Who raised it, if recorded.
    #[serde(default)]
    pub raised_by: Option<String>,
    /// The agenda step it was raised in.
    pub step: usize,
    /// What the wrap-up decided.
    #[serde(default)]
    pub outcome: Option<ParkOutcome>,
}
