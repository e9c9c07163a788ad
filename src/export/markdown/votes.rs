//! Votes and decisions: rankings, decisions.

use super::*;

pub(super) fn ranking(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.ranking);
    if !s.voting_closed {
        let _ = writeln!(out, "_{}_\n", l.voting_open);
    }
    for aud in &s.header.template.voting.audiences {
        let _ = writeln!(out, "### {}\n", inline(&aud.label));
        let rows: Vec<Vec<String>> = s
            .ranking(&aud.key)
            .into_iter()
            .filter(|r| r.votes > 0)
            .map(|r| {
                let rank = if r.tied { format!("={}", r.rank) } else { r.rank.to_string() };
                vec![rank, measure_text(s, r.measure), group_name(s, r.measure), r.votes.to_string()]
            })
            .collect();
        if rows.is_empty() {
            none(out, l);
        } else {
            table(out, &[l.rank, l.measure, l.group, l.votes], &rows);
        }
    }
}

pub(super) fn decisions(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.decisions);

    // Most votes first, as the room went down the ranking.
    let total = s.total_votes();
    // Decisions on notes deleted since are moot.
    let mut order: Vec<_> = s.decisions.iter().filter(|(id, _)| s.notes.contains_key(id)).collect();
    order.sort_by_key(|(id, _)| (std::cmp::Reverse(total.get(id).copied().unwrap_or(0)), **id));
    let rows: Vec<Vec<String>> = order
        .into_iter()
        .map(|(id, d)| {
            vec![
                measure_text(s, *id),
                l.impact(d.impact).to_string(),
                l.feasibility(d.feasibility).to_string(),
                l.action(d.action()).to_string(),
                d.owner.map_or_else(String::new, |o| cell(s.participant_name(o))),
                d.effort.map_or("", |e| l.effort(e)).to_string(),
                d.due.as_deref().map_or_else(String::new, cell),
            ]
        })
        .collect();
    if rows.is_empty() {
        return none(out, l);
    }
    table(out, &[l.measure, l.impact, l.feasibility, l.action, l.owner, l.effort, l.due], &rows);
}

#[cfg(test)]
mod tests {
    use super::super::section;
    use super::*;
    use crate::domain::Lang;
    use crate::export::fixture;

    #[test]
    fn ranking_shows_ties_as_equal_ranks() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let r = section(&md, "Ranking");
        assert!(r.contains("### Promoters\n"), "{r}");
        assert!(r.contains("| 1 | guided setup=fast | Group A | 2 |"), "{r}");
        assert!(r.contains("| =2 | kickoff call | Group A | 1 |"), "{r}");
        assert!(r.contains("| =2 | monthly review | Group A | 1 |"), "{r}");
        assert!(r.contains("### End users\n\nNone."), "{r}");
        assert!(!r.contains("still open"), "{r}");
    }

    #[test]
    fn decisions_show_quadrant_action_owner_effort_due() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let d = section(&md, "Decisions");
        assert!(
            d.contains("| guided setup=fast | Effective | Now | Owner starts now | Ben | S | 2026-12-01 |"),
            "{d}"
        );
        assert!(d.contains("| kickoff call | Indirect | Hard | Postpone |  |  |  |"), "{d}");
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
