//! Votes and decisions: rankings per audience, the decision 2×2, the
//! action list and the owners' load.

use super::*;
use crate::domain::decision::{Action, Decision, Feasibility, Impact};
use crate::domain::{load, vote};

/// Longest bar, in blocks; rankings with more votes are scaled down.
const BAR_MAX: u32 = 20;

/// Votes as a text bar, scaled so the top measure's bar is at most
/// [`BAR_MAX`] blocks long (a measure with votes always gets one).
fn bar(votes: u32, top: u32) -> String {
    let blocks = if top <= BAR_MAX { votes } else { (votes * BAR_MAX).div_ceil(top) };
    "█".repeat(blocks as usize)
}

/// The notes a measure stands for, each with its group, one per line.
fn sources(s: &Session, ids: &[NoteId], l: &Labels) -> String {
    let parts: Vec<String> =
        ids.iter().map(|id| format!("{} ({})", cell(&note_text(s, *id, l)), group_name(s, *id))).collect();
    parts.join("<br>")
}

pub(super) fn ranking(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.ranking);
    if !s.voting_closed {
        let _ = writeln!(out, "_{}_\n", l.voting_open);
    }
    let list = s.vote_list();
    let sources_of =
        |id: NoteId| list.iter().find(|(m, _)| *m == id).map_or_else(|| vec![id], |(_, src)| src.clone());
    for aud in &s.header.template.voting.audiences {
        let _ = writeln!(out, "### {}\n", inline(&aud.label));
        let ranked: Vec<vote::Ranked> = s.ranking(&aud.key).into_iter().filter(|r| r.votes > 0).collect();
        let top = ranked.first().map_or(0, |r| r.votes);
        let rows: Vec<Vec<String>> = ranked
            .into_iter()
            .map(|r| {
                let rank = if r.tied { format!("={}", r.rank) } else { r.rank.to_string() };
                let src = sources(s, &sources_of(r.measure), l);
                vec![rank, r.votes.to_string(), bar(r.votes, top), cell(&note_text(s, r.measure, l)), src]
            })
            .collect();
        if rows.is_empty() {
            none(out, l);
        } else {
            table(out, &[l.rank, l.votes, l.bar, l.measure, l.sources], &rows);
        }
    }
}

/// Where an action goes in the action list: the 2×2's order.
fn action_order(action: Action) -> u8 {
    match action {
        Action::StartNow => 0,
        Action::OwnerPlans => 1,
        Action::IfCapacity => 2,
        Action::Postpone => 3,
    }
}

/// Decisions on measures still on the board, by action, then by rank over
/// all audiences (measures off the vote list last), then id.
pub(crate) fn decided(s: &Session) -> Vec<(NoteId, &Decision)> {
    let ranks: Vec<vote::Ranked> = vote::rank(&s.total_votes());
    let rank = |id: &NoteId| ranks.iter().find(|r| r.measure == *id).map_or(u32::MAX, |r| r.rank);
    let mut order: Vec<(NoteId, &Decision)> =
        s.decisions.iter().filter(|(id, _)| s.is_measure(**id)).map(|(id, d)| (*id, d)).collect();
    order.sort_by_key(|(id, d)| (action_order(d.action()), rank(id), *id));
    order
}

/// The decision 2×2 with the measures in each cell, then the action list.
pub(super) fn decisions(out: &mut String, s: &Session, l: &Labels, diagrams: bool) {
    let _ = writeln!(out, "## {}\n", l.decisions);
    let order = decided(s);
    if order.is_empty() {
        return none(out, l);
    }
    let _ = writeln!(out, "### {}\n", l.matrix);
    let rows: Vec<Vec<String>> = [(Impact::Effective, 0), (Impact::Indirect, 1)]
        .into_iter()
        .map(|(impact, i)| {
            let mut r = vec![format!("**{}**", l.matrix_rows[i])];
            r.extend([Feasibility::Now, Feasibility::Hard].into_iter().map(|f| {
                let texts: Vec<String> = order
                    .iter()
                    .filter(|(_, d)| d.impact == impact && d.feasibility == f)
                    .map(|(id, _)| cell(&note_text(s, *id, l)))
                    .collect();
                texts.join("<br>")
            }));
            r
        })
        .collect();
    table(out, &[l.impact, l.matrix_cols[0], l.matrix_cols[1]], &rows);
    if diagrams {
        super::mermaid::quadrant_chart(out, s, l, &order);
    }

    let _ = writeln!(out, "### {}\n", l.actions_list);
    let rows: Vec<Vec<String>> = order
        .iter()
        .map(|(id, d)| {
            vec![
                cell(&note_text(s, *id, l)),
                l.action(d.action()).to_string(),
                d.owner.map_or_else(String::new, |o| cell(s.participant_name(o))),
                d.effort.map_or("", |e| l.effort(e)).to_string(),
                d.due.as_deref().map_or_else(String::new, cell),
            ]
        })
        .collect();
    table(out, &[l.measure, l.action, l.owner, l.effort, l.due], &rows);
}

/// Measures and effort points per owner, flagging anyone over twice the average.
pub(super) fn owners_load(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.load);
    let loads = load::by_owner(s);
    if loads.is_empty() {
        return none(out, l);
    }
    let rows: Vec<Vec<String>> = loads
        .iter()
        .map(|ld| {
            vec![
                cell(s.participant_name(ld.owner)),
                ld.count.to_string(),
                ld.points.to_string(),
                if ld.overloaded { l.overloaded.to_string() } else { String::new() },
            ]
        })
        .collect();
    table(out, &[l.owner, l.count, l.points, l.overload], &rows);
}

#[cfg(test)]
mod tests {
    use super::super::section;
    use super::*;
    use crate::domain::decision::Effort;
    use crate::domain::group::Participant;
    use crate::domain::note::{Note, NoteKind};
    use crate::domain::{Event, GroupId, Journal, Lang, ParticipantId, PhaseId, Stamped};
    use crate::export::fixture;

    fn push(j: &mut Journal, event: Event) {
        j.push(Stamped { at: fixture::NOW, event });
    }

    fn decide(
        j: &mut Journal,
        id: u32,
        impact: Impact,
        feasibility: Feasibility,
        owner: Option<u32>,
        effort: Effort,
    ) {
        let decision = Decision {
            impact,
            feasibility,
            owner: owner.map(ParticipantId),
            effort: Some(effort),
            due: None,
        };
        push(j, Event::Decided { measure: NoteId(id), decision });
    }

    #[test]
    fn ranking_shows_ties_votes_bars_and_merged_sources() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let r = section(&md, "Ranking");
        assert!(r.contains("### Promoters\n"), "{r}");
        assert!(r.contains("| Rank | Votes | Chart | Measure | Sources |"), "{r}");
        assert!(r.contains("| 1 | 2 | ██ | guided setup=fast | guided setup=fast (Group A) |"), "{r}");
        assert!(r.contains("| =2 | 1 | █ | kickoff call | kickoff call (Group A) |"), "{r}");
        assert!(
            r.contains(
                "| =2 | 1 | █ | monthly review | monthly review (Group A)<br>monthly check-in (Group A) |"
            ),
            "{r}"
        );
        assert!(!r.contains("| monthly check-in |"), "a merged measure has no row of its own: {r}");
        assert!(r.contains("### End users\n\nNone."), "{r}");
        assert!(!r.contains("still open"), "{r}");
    }

    #[test]
    fn bars_are_scaled_to_twenty_blocks() {
        assert_eq!(bar(3, 5), "███");
        assert_eq!(bar(40, 40).chars().count(), 20);
        assert_eq!(bar(1, 40), "█");
    }

    #[test]
    fn the_2x2_puts_each_measure_in_its_quadrant() {
        let mut j = fixture::journal(Lang::En);
        decide(&mut j, 24, Impact::Indirect, Feasibility::Now, None, Effort::M);
        let md = markdown(j.session(), fixture::NOW);
        let d = section(&md, "Decisions");
        assert!(d.contains("### Decision 2×2\n"), "{d}");
        assert!(d.contains("| Impact on churn | Can start now | Hard (product change, cost…) |"), "{d}");
        assert!(d.contains("| **Effective against churn** | guided setup=fast |  |"), "{d}");
        assert!(d.contains("| **Not directly against churn** | monthly review | kickoff call |"), "{d}");
        let md = markdown(&fixture::session(Lang::Ja), fixture::NOW);
        let d = section(&md, "意思決定");
        assert!(d.contains("### 意思決定の2×2"), "{d}");
        assert!(d.contains("| **解約防止に効果あり** | guided setup=fast |  |"), "{d}");
    }

    #[test]
    fn the_action_list_goes_by_action_then_rank() {
        let mut j = fixture::journal(Lang::En);
        push(&mut j, Event::VotingReopened);
        for (voter, picks) in [(18, [24, 25]), (19, [24, 23])] {
            let picks = picks.iter().map(|n| NoteId(*n)).collect();
            push(
                &mut j,
                Event::BallotCast { voter: ParticipantId(voter), audience: "promoters".into(), picks },
            );
        }
        push(&mut j, Event::VotingClosed);
        // 24 now ranks first; 23 and 25 share second.
        decide(&mut j, 24, Impact::Indirect, Feasibility::Hard, None, Effort::L);
        let md = markdown(j.session(), fixture::NOW);
        let a = section(&md, "Decisions");
        let a = &a[a.find("### Action list").expect("an action list")..];
        assert!(a.contains("| Measure | Action | Owner | Effort | Due |"), "{a}");
        assert!(a.contains("| guided setup=fast | Owner starts now | Ben | S | 2026-12-01 |"), "{a}");
        assert!(a.contains("| monthly review | Postpone |  | L |  |"), "{a}");
        assert!(a.contains("| kickoff call | Postpone |  |  |  |"), "{a}");
        let at = |t: &str| a.find(t).unwrap_or(usize::MAX);
        assert!(at("guided setup") < at("monthly review"), "{a}");
        assert!(at("monthly review") < at("kickoff call"), "{a}");
    }

    #[test]
    fn owners_load_flags_anyone_over_twice_the_average() {
        let mut j = fixture::journal(Lang::En);
        let dee = Participant { name: "Dee".into(), votes: false };
        push(&mut j, Event::ParticipantSaved { id: ParticipantId(41), participant: dee });
        let note = Note {
            group: GroupId(20),
            persona: None,
            phase: PhaseId(16),
            kind: NoteKind::ToBe,
            text: "user group".into(),
            author: None,
            answers: vec![],
        };
        push(&mut j, Event::NoteAdded { id: NoteId(42), note });
        decide(&mut j, 25, Impact::Effective, Feasibility::Now, Some(18), Effort::L);
        decide(&mut j, 24, Impact::Effective, Feasibility::Hard, Some(18), Effort::L);
        decide(&mut j, 23, Impact::Effective, Feasibility::Now, Some(19), Effort::S);
        decide(&mut j, 42, Impact::Effective, Feasibility::Now, Some(41), Effort::S);
        let md = markdown(j.session(), fixture::NOW);
        let o = section(&md, "Owners' load");
        assert!(o.contains("| Owner | Measures | Effort points (S 1, M 2, L 3) | Load |"), "{o}");
        assert!(o.contains("| Ben | 2 | 6 | Over 2× the average |"), "{o}");
        assert!(o.contains("| Cy | 1 | 1 |  |"), "{o}");
        assert!(o.contains("| Dee | 1 | 1 |  |"), "{o}");
        let ja = markdown(&fixture::session(Lang::Ja), fixture::NOW);
        assert!(section(&ja, "担当者の負荷").contains("| Ben | 1 | 1 |  |"), "{ja}");
    }

    #[test]
    fn decisions_on_deleted_notes_are_left_out() {
        let mut j = fixture::journal(Lang::En);
        let at = fixture::NOW;
        j.push(crate::domain::Stamped { at, event: crate::domain::Event::NoteDeleted { id: NoteId(23) } });
        let md = markdown(j.session(), at);
        let d = section(&md, "Decisions");
        assert!(!d.contains("kickoff call") && !d.contains("| ? |"), "{d}");
        assert!(d.contains("guided setup=fast"), "{d}");
        j.push(crate::domain::Stamped { at, event: crate::domain::Event::NoteDeleted { id: NoteId(25) } });
        let md = markdown(j.session(), at);
        assert!(section(&md, "Decisions").contains("None."), "{md}");
    }
}
