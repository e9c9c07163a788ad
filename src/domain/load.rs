//! Owners' load: how many decided measures each owner carries and how
//! much effort, with a warning for anyone over twice the average.

use std::collections::BTreeMap;

use super::decision::Effort;
use super::ids::ParticipantId;
use super::session::Session;

/// Effort points: S 1, M 2, L 3; a measure without an estimate has
/// none (unknown, counted apart in [`Load::unestimated`], never guessed).
pub fn points(effort: Option<Effort>) -> Option<u32> {
    match effort {
        Some(Effort::S) => Some(1),
        Some(Effort::M) => Some(2),
        Some(Effort::L) => Some(3),
        None => None,
    }
}

/// One owner's load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Load {
    /// The owner.
    pub owner: ParticipantId,
    /// Measures owned.
    pub count: u32,
    /// Effort points of the measures owned that have an estimate.
    pub points: u32,
    /// Measures owned without an effort estimate (their effort is unknown).
    pub unestimated: u32,
    /// More than twice the average points of all owners.
    pub overloaded: bool,
}

/// Load per owner, in participant order.
pub fn by_owner(session: &Session) -> Vec<Load> {
    let mut map: BTreeMap<ParticipantId, (u32, u32, u32)> = BTreeMap::new();
    for d in session.decisions.values() {
        if let Some(owner) = d.owner {
            let e = map.entry(owner).or_default();
            e.0 += 1;
            match points(d.effort) {
                Some(p) => e.1 += p,
                None => e.2 += 1,
            }
        }
    }
    let total: u32 = map.values().map(|(_, p, _)| p).sum();
    let owners = map.len() as u32;
    map.into_iter()
        .map(|(owner, (count, pts, unestimated))| Load {
            owner,
            count,
            points: pts,
            unestimated,
            // pts > 2 × total / owners, in integers.
            overloaded: owners > 1 && pts * owners > 2 * total,
        })
        .collect()
}
