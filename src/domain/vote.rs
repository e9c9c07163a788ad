//! Ballots, tallies and rankings.

use std::collections::BTreeMap;

use super::agenda::VoteRules;
use super::ids::NoteId;

/// Why a ballot was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BallotError {
    /// The audience is not in the vote rules.
    #[error("there is no audience called {0}")]
    UnknownAudience(String),
    /// More picks than the budget allows.
    #[error("{picks} picks, but the budget is {budget}")]
    OverBudget {
        /// Picks given.
        picks: usize,
        /// The budget.
        budget: u32,
    },
    /// The same measure picked twice where that is not allowed.
    #[error("a measure was picked more than once")]
    Duplicate,
    /// A pick that is not a measure.
    #[error("pick {0} is not a measure")]
    NotAMeasure(u32),
    /// Voting is closed.
    #[error("voting is closed")]
    Closed,
}

/// Checks one voter's picks for one audience against the rules.
pub fn check_ballot(
    rules: &VoteRules,
    audience: &str,
    picks: &[NoteId],
    is_measure: impl Fn(NoteId) -> bool,
) -> Result<(), BallotError> {
    let Some(aud) = rules.audiences.iter().find(|a| a.key == audience) else {
        return Err(BallotError::UnknownAudience(audience.to_string()));
    };
    if picks.len() > aud.budget as usize {
        return Err(BallotError::OverBudget { picks: picks.len(), budget: aud.budget });
    }
    if let Some(bad) = picks.iter().find(|p| !is_measure(**p)) {
        return Err(BallotError::NotAMeasure(bad.raw()));
    }
    if !rules.allow_repeat {
        let mut seen = picks.to_vec();
        seen.sort();
        if seen.windows(2).any(|w| w[0] == w[1]) {
            return Err(BallotError::Duplicate);
        }
    }
    Ok(())
}

/// A measure's place in a ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranked {
    /// The measure.
    pub measure: NoteId,
    /// Votes it got.
    pub votes: u32,
    /// 1-based rank; ties share a rank ("1, 1, 3").
    pub rank: u32,
    /// Whether another measure shares this rank.
    pub tied: bool,
}

/// Ranks measures by votes, most first; ties share a rank and keep id order.
pub fn rank(tally: &BTreeMap<NoteId, u32>) -> Vec<Ranked> {
    let mut rows: Vec<(NoteId, u32)> = tally.iter().map(|(m, v)| (*m, *v)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out: Vec<Ranked> = Vec::with_capacity(rows.len());
    for (i, (measure, votes)) in rows.iter().enumerate() {
        let rank = match out.last() {
            Some(prev) if prev.votes == *votes => prev.rank,
            _ => i as u32 + 1,
        };
        out.push(Ranked { measure: *measure, votes: *votes, rank, tied: false });
    }
    for i in 0..out.len() {
        let r = out[i].rank;
        out[i].tied = out.iter().filter(|o| o.rank == r).count() > 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::Audience;

    fn rules() -> VoteRules {
        VoteRules {
            audiences: vec![Audience { key: "promoters".into(), label: "P".into(), budget: 3 }],
            allow_repeat: false,
            top_n: 5,
        }
    }

    #[test]
    fn ballots_within_budget_pass() {
        let picks = [NoteId(1), NoteId(2), NoteId(3)];
        assert_eq!(check_ballot(&rules(), "promoters", &picks, |_| true), Ok(()));
    }

    #[test]
    fn ballots_over_budget_duplicate_or_unknown_are_refused() {
        let four = [NoteId(1), NoteId(2), NoteId(3), NoteId(4)];
        assert_eq!(
            check_ballot(&rules(), "promoters", &four, |_| true),
            Err(BallotError::OverBudget { picks: 4, budget: 3 })
        );
        let dup = [NoteId(1), NoteId(1)];
        assert_eq!(check_ballot(&rules(), "promoters", &dup, |_| true), Err(BallotError::Duplicate));
        assert!(matches!(
            check_ballot(&rules(), "nobody", &[], |_| true),
            Err(BallotError::UnknownAudience(_))
        ));
        assert_eq!(
            check_ballot(&rules(), "promoters", &[NoteId(9)], |_| false),
            Err(BallotError::NotAMeasure(9))
        );
    }

    #[test]
    fn ties_share_a_rank() {
        let tally = BTreeMap::from([(NoteId(1), 2), (NoteId(2), 5), (NoteId(3), 2), (NoteId(4), 1)]);
        let ranked = rank(&tally);
        let ranks: Vec<(u32, u32, bool)> = ranked.iter().map(|r| (r.measure.0, r.rank, r.tied)).collect();
        assert_eq!(ranks, vec![(2, 1, false), (1, 2, true), (3, 2, true), (4, 4, false)]);
    }
}
