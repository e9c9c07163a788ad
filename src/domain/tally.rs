//! The vote list and its tallies, read off the session state.

use std::collections::BTreeMap;

use super::group::Participant;
use super::ids::{NoteId, ParticipantId};
use super::note::Note;
use super::session::Session;
use super::vote::{self, Ranked};

impl Session {
    /// Whether `id` is a note that can be voted on (As-Is or To-Be, of a
    /// group that still exists).
    pub fn is_measure(&self, id: NoteId) -> bool {
        self.notes.get(&id).is_some_and(|n| n.kind.is_measure() && self.groups.contains_key(&n.group))
    }

    /// Whether `id` can be picked in the current round: a measure, not
    /// merged into another, and on this round's list if the round has one.
    pub fn is_on_ballot(&self, id: NoteId) -> bool {
        self.is_measure(id)
            && !self.merged_into.contains_key(&id)
            && self.round_measures.as_ref().is_none_or(|m| m.contains(&id))
    }

    /// The measures on the vote list (merged ones excluded), each with the
    /// notes it stands for (itself first, then those merged into it).
    pub fn vote_list(&self) -> Vec<(NoteId, Vec<NoteId>)> {
        self.measures()
            .map(|(id, _)| id)
            .filter(|id| self.is_on_ballot(*id))
            .map(|id| {
                let mut sources = vec![id];
                sources.extend(self.merged_into.iter().filter(|(_, k)| **k == id).map(|(m, _)| *m));
                (id, sources)
            })
            .collect()
    }

    /// Every votable measure (As-Is and To-Be notes of groups that still
    /// exist), in id order.
    pub fn measures(&self) -> impl Iterator<Item = (NoteId, &Note)> {
        self.notes
            .iter()
            .filter(|(_, n)| n.kind.is_measure() && self.groups.contains_key(&n.group))
            .map(|(id, n)| (*id, n))
    }

    /// Votes per measure for one audience (every measure appears, 0 if none).
    pub fn tally(&self, audience: &str) -> BTreeMap<NoteId, u32> {
        let mut tally: BTreeMap<NoteId, u32> = self.vote_list().into_iter().map(|(id, _)| (id, 0)).collect();
        for ((_, aud), picks) in &self.ballots {
            if aud == audience {
                for pick in picks {
                    if let Some(v) = tally.get_mut(pick) {
                        *v += 1;
                    }
                }
            }
        }
        tally
    }

    /// The ranking for one audience.
    pub fn ranking(&self, audience: &str) -> Vec<Ranked> {
        vote::rank(&self.tally(audience))
    }

    /// Votes per measure over all audiences.
    pub fn total_votes(&self) -> BTreeMap<NoteId, u32> {
        let mut total = BTreeMap::new();
        for aud in &self.header.template.voting.audiences {
            for (id, v) in self.tally(&aud.key) {
                *total.entry(id).or_insert(0) += v;
            }
        }
        total
    }

    /// Participants who cast ballots.
    pub fn voters(&self) -> impl Iterator<Item = (ParticipantId, &Participant)> {
        self.participants.iter().filter(|(_, p)| p.votes).map(|(id, p)| (*id, p))
    }

    /// One voter's picks used and the budget, per audience in the vote
    /// rules' order: how far the ballot is, never what is on it.
    pub fn ballot_progress(&self, voter: ParticipantId) -> Vec<(&str, usize, u32)> {
        self.header
            .template
            .voting
            .audiences
            .iter()
            .map(|a| {
                let used = self.ballots.get(&(voter, a.key.clone())).map_or(0, Vec::len);
                (a.label.as_str(), used, a.budget)
            })
            .collect()
    }

    /// Picks a voter has left over all audiences.
    pub fn picks_left(&self, voter: ParticipantId) -> u32 {
        self.ballot_progress(voter).iter().map(|(_, used, budget)| budget.saturating_sub(*used as u32)).sum()
    }

    /// Whether a voter has used every pick of every audience.
    pub fn has_voted(&self, voter: ParticipantId) -> bool {
        self.picks_left(voter) == 0
    }

    /// Whether a voter's picks are theirs alone now: sent from their own
    /// terminal in this round, which is not closed.
    pub fn ballot_hidden(&self, voter: ParticipantId) -> bool {
        !self.voting_closed && self.own_ballots.contains(&voter)
    }
}
