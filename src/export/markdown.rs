//! The Markdown report: goal, personas, phases, journey maps, ranking,
//! decisions, parking lot and time, in the session's language.

use std::fmt::Write as _;

use super::labels::Labels;
use super::{notes_in_board_order, utc};
use crate::domain::group::Group;
use crate::domain::ids::{GroupId, NoteId};
use crate::domain::note::{Cell, NoteKind};
use crate::domain::parking::ParkOutcome;
use crate::domain::persona::Quadrant;
use crate::domain::{Millis, Session};

/// The session as a Markdown report. `now` is the time the running step's
/// timer is read at.
pub fn markdown(session: &Session, now: Millis) -> String {
    let l = Labels::of(session.header.template.lang);
    let mut out = String::new();
    goal(&mut out, session, l, now);
    personas(&mut out, session, l);
    phases(&mut out, session, l);
    maps(&mut out, session, l);
    ranking(&mut out, session, l);
    decisions(&mut out, session, l);
    parking(&mut out, session, l);
    time(&mut out, session, l, now);
    out
}

/// Text for a table cell: `|` escaped, line breaks as `<br>`.
pub(crate) fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '|' => out.push_str("\\|"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// Text on one line of a paragraph or list item: line breaks as `<br>`.
fn inline(text: &str) -> String {
    text.trim().replace("\r\n", "<br>").replace(['\r', '\n'], "<br>")
}

fn row(out: &mut String, cells: &[String]) {
    out.push('|');
    for c in cells {
        out.push(' ');
        out.push_str(c);
        out.push_str(" |");
    }
    out.push('\n');
}

fn table(out: &mut String, head: &[&str], rows: &[Vec<String>]) {
    row(out, &head.iter().map(|h| cell(h)).collect::<Vec<_>>());
    row(out, &head.iter().map(|_| "---".to_string()).collect::<Vec<_>>());
    for r in rows {
        row(out, r);
    }
    out.push('\n');
}

fn none(out: &mut String, l: &Labels) {
    out.push_str(l.none);
    out.push_str("\n\n");
}

fn goal(out: &mut String, s: &Session, l: &Labels, now: Millis) {
    let _ = writeln!(out, "# {}\n", l.title);
    let _ = writeln!(out, "- **{}:** {}", l.goal, inline(&s.goal));
    let _ = writeln!(out, "- **{}:** {}", l.done_when, inline(&s.done_when));
    let _ = writeln!(out, "- **{}:** {}", l.created, utc(s.header.created_at));
    let _ = writeln!(out, "- **{}:** {}\n", l.exported, utc(now));
}

fn personas(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.personas);
    if s.personas.is_empty() {
        return none(out, l);
    }
    for q in Quadrant::ALL {
        for p in s.personas.values().filter(|p| p.quadrant == q) {
            let _ = writeln!(out, "### {}: {}\n", l.quadrant(q), inline(&p.name));
            if !p.traits.trim().is_empty() {
                let _ = writeln!(out, "**{}:** {}\n", l.traits, inline(&p.traits));
            }
            if !p.challenges.is_empty() {
                let _ = writeln!(out, "**{}:**\n", l.challenges);
                for c in &p.challenges {
                    let _ = writeln!(out, "- {}", inline(c));
                }
                out.push('\n');
            }
        }
    }
}

fn phases(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.phases);
    match (&s.choice, s.chosen_scheme()) {
        (Some(choice), Some(scheme)) => {
            let _ = writeln!(out, "**{}:** {}\n", l.chosen, inline(&scheme.name));
            if !choice.reason.trim().is_empty() {
                let _ = writeln!(out, "**{}:** {}\n", l.reason, inline(&choice.reason));
            }
            let rows: Vec<Vec<String>> = scheme
                .phases
                .iter()
                .map(|p| vec![cell(&p.name), cell(&p.definition), cell(&p.goal)])
                .collect();
            table(out, &[l.phase, l.definition, l.phase_goal], &rows);
        }
        _ => {
            let _ = writeln!(out, "{}\n", l.no_choice);
        }
    }
    let chosen = s.choice.as_ref().map(|c| c.scheme);
    let others: Vec<_> = s.schemes.iter().filter(|(id, _)| Some(**id) != chosen).collect();
    if !others.is_empty() {
        let _ = writeln!(out, "### {}\n", l.rejected);
        for (_, scheme) in others {
            let names: Vec<String> = scheme.phases.iter().map(|p| inline(&p.name)).collect();
            let _ = write!(out, "- **{}** ({})", inline(&scheme.name), names.join(" → "));
            if !scheme.notes.trim().is_empty() {
                let _ = write!(out, ": {}", inline(&scheme.notes));
            }
            out.push('\n');
        }
        out.push('\n');
    }
}

fn maps(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.maps);
    if s.groups.is_empty() {
        return none(out, l);
    }
    // Groups in persona order (quadrant, then id), then groups without one.
    let mut groups: Vec<(GroupId, &Group)> = s.groups.iter().map(|(id, g)| (*id, g)).collect();
    groups.sort_by_key(|(id, g)| {
        let persona = g.persona.and_then(|p| s.personas.get(&p).map(|persona| (persona.quadrant, p)));
        (persona.is_none(), persona, *id)
    });
    let phases = s.phases();
    for (gid, group) in groups {
        let persona =
            group.persona.and_then(|p| s.personas.get(&p)).map_or(l.no_persona, |p| p.name.as_str());
        let _ = writeln!(out, "### {} — {}\n", inline(persona), inline(&group.name));
        if !group.members.is_empty() {
            let names: Vec<String> = group.members.iter().map(|m| inline(s.participant_name(*m))).collect();
            let _ = writeln!(out, "**{}:** {}\n", l.members, names.join(", "));
        }
        if !phases.is_empty() {
            let mut head = vec![""];
            head.extend(phases.iter().map(|p| p.name.as_str()));
            let rows: Vec<Vec<String>> = NoteKind::ROWS
                .iter()
                .map(|kind| {
                    let mut r = vec![format!("**{}**", l.kind(*kind))];
                    r.extend(phases.iter().map(|p| {
                        let texts: Vec<String> = s
                            .notes_in(Cell { group: gid, phase: p.id, kind: *kind })
                            .iter()
                            .filter_map(|id| s.notes.get(id))
                            .map(|n| cell(&n.text))
                            .collect();
                        texts.join("<br>")
                    }));
                    r
                })
                .collect();
            table(out, &head, &rows);
        }
        // Notes no cell above shows: kind Other, or a phase of another scheme.
        let elsewhere: Vec<_> = notes_in_board_order(s)
            .into_iter()
            .filter(|(_, n)| n.group == gid)
            .filter(|(_, n)| !NoteKind::ROWS.contains(&n.kind) || !phases.iter().any(|p| p.id == n.phase))
            .collect();
        if !elsewhere.is_empty() {
            let _ = writeln!(out, "**{}:**\n", l.elsewhere);
            for (_, n) in elsewhere {
                let phase = s.phase(n.phase).map_or("?", |p| p.name.as_str());
                let _ = writeln!(out, "- {} / {}: {}", inline(phase), l.kind(n.kind), inline(&n.text));
            }
            out.push('\n');
        }
    }
}

fn measure_text(s: &Session, id: NoteId) -> String {
    s.notes.get(&id).map_or_else(|| "?".to_string(), |n| cell(&n.text))
}

fn group_name(s: &Session, id: NoteId) -> String {
    s.notes.get(&id).and_then(|n| s.groups.get(&n.group)).map_or_else(String::new, |g| cell(&g.name))
}

fn ranking(out: &mut String, s: &Session, l: &Labels) {
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

fn decisions(out: &mut String, s: &Session, l: &Labels) {
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

/// A parked item's outcome in words.
pub(crate) fn outcome(l: &Labels, outcome: Option<&ParkOutcome>) -> String {
    match outcome {
        None => l.outcomes[0].to_string(),
        Some(ParkOutcome::Dropped) => l.outcomes[1].to_string(),
        Some(ParkOutcome::Measure) => l.outcomes[2].to_string(),
        Some(ParkOutcome::FollowUp { owner }) => format!("{} {}", l.outcomes[3], owner.trim()),
    }
}

fn parking(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.parking);
    if s.parking.is_empty() {
        return none(out, l);
    }
    let rows: Vec<Vec<String>> = s
        .parking
        .values()
        .map(|p| {
            vec![
                cell(&p.text),
                p.raised_by.as_deref().map_or_else(String::new, cell),
                cell(&outcome(l, p.outcome.as_ref())),
            ]
        })
        .collect();
    table(out, &[l.item, l.raised_by, l.outcome], &rows);
}

/// `m:ss` with the minutes unbounded, e.g. `105:00`.
fn minutes(ms: Millis) -> String {
    let secs = ms / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// `+m:ss` over, `−m:ss` under, `±0:00` on time.
fn signed(diff: i128) -> String {
    let abs = minutes(diff.unsigned_abs().min(u128::from(u64::MAX)) as Millis);
    match diff.signum() {
        1 => format!("+{abs}"),
        -1 => format!("−{abs}"),
        _ => format!("±{abs}"),
    }
}

fn time(out: &mut String, s: &Session, l: &Labels, now: Millis) {
    let _ = writeln!(out, "## {}\n", l.time);
    let planned = s.planned();
    let mut sums = (0u64, 0u64, 0u64, 0i128);
    let mut rows = Vec::new();
    for (i, step) in s.header.template.steps.iter().enumerate() {
        let plan = planned.get(i).copied().unwrap_or(0);
        let boxed = s.timebox(i);
        let visited = s.clock.steps.get(i).is_some_and(|t| t.visited);
        let ran = s.clock.elapsed(i, now);
        let (actual, diff) = if visited && s.clock.started {
            let diff = i128::from(ran) - i128::from(boxed);
            sums.2 += ran;
            sums.3 += diff;
            (minutes(ran), signed(diff))
        } else {
            (String::new(), String::new())
        };
        sums.0 += plan;
        sums.1 += boxed;
        rows.push(vec![
            format!("{}. {}", i + 1, cell(&step.title)),
            minutes(plan),
            minutes(boxed),
            actual,
            diff,
        ]);
    }
    rows.push(vec![
        format!("**{}**", l.total),
        minutes(sums.0),
        minutes(sums.1),
        minutes(sums.2),
        signed(sums.3),
    ]);
    table(out, &[l.step, l.planned, l.timebox, l.actual, l.over_under], &rows);
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::domain::Lang;

    fn section<'a>(md: &'a str, heading: &str) -> &'a str {
        let start = md.find(&format!("## {heading}\n")).unwrap_or_else(|| panic!("no {heading} in\n{md}"));
        let rest = &md[start + 3..];
        let end = rest.find("\n## ").map_or(rest.len(), |e| e + 1);
        &rest[..end]
    }

    #[test]
    fn cells_escape_pipes_and_line_breaks() {
        assert_eq!(cell("a|b\nc\r\nd\re"), "a\\|b<br>c<br>d<br>e");
        assert_eq!(cell("  plain  "), "plain");
    }

    #[test]
    fn title_goal_and_done_when_come_first() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        assert!(md.starts_with("# Customer journey map\n"), "{md}");
        assert!(md.contains("- **Goal:** Decide the priority of CS measures\n"), "{md}");
        assert!(md.contains("- **Done when:** ranked<br>and owned\n"), "{md}");
    }

    #[test]
    fn personas_show_quadrant_name_traits_and_challenges() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let p = section(&md, "Personas");
        assert!(p.contains("### Promoter, high drive: Ada\n"), "{p}");
        assert!(p.contains("**Characteristics:** pushes hard"), "{p}");
        assert!(p.contains("- no time\n"), "{p}");
        assert!(p.find("Promoter, high").unwrap() < p.find("End user, low").unwrap(), "{p}");
    }

    #[test]
    fn phases_show_the_choice_reason_definitions_and_rejected_notes() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let p = section(&md, "Phases");
        assert!(p.contains("**Chosen scheme:** By state"), "{p}");
        assert!(p.contains("**Why:** customers move at different speeds"), "{p}");
        assert!(p.contains("| Onboarding | first login to first report | weekly use |"), "{p}");
        assert!(p.contains("### Schemes not chosen"), "{p}");
        assert!(p.contains("- **By period** (Trial → After): trial is out of scope"), "{p}");
    }

    #[test]
    fn journey_map_has_phases_as_columns_and_kinds_as_rows() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let m = section(&md, "Journey maps");
        assert!(m.contains("### Ada — Group A"), "{m}");
        assert!(m.contains("**Members:** Ben, Cy"), "{m}");
        assert!(m.contains("|  | Onboarding | Established |\n"), "{m}");
        assert!(
            m.contains("| **Pain point** | cannot find \\| the button<br>setup is long | オンボーディング期で止まる |"),
            "{m}"
        );
        assert!(m.contains("| **To-Be** | guided setup=fast |  |"), "{m}");
        assert!(m.contains("| **As-Is** | kickoff call | monthly review |"), "{m}");
        assert!(m.contains("**Notes outside the map:**\n\n- Established / Other: someday"), "{m}");
    }

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

    #[test]
    fn parking_lot_shows_item_raiser_and_outcome() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let p = section(&md, "Parking lot");
        assert!(p.contains("| pricing page | Cy | Follow-up by Ben |"), "{p}");
        assert!(p.contains("| SSO |  | Open |"), "{p}");
    }

    #[test]
    fn time_shows_planned_timebox_actual_and_overrun() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let t = section(&md, "Time: planned vs actual");
        // Goal: 5 planned, +2 adjusted, ran 10 → 3 over.
        assert!(t.contains("| 1. Goal | 5:00 | 7:00 | 10:00 | +3:00 |"), "{t}");
        // Personas: 20 planned, running for 4 minutes at NOW.
        assert!(t.contains("| 2. Personas | 20:00 | 20:00 | 4:00 | −16:00 |"), "{t}");
        assert!(t.contains("| 3. Phase definition | 15:00 | 15:00 |  |  |"), "{t}");
        assert!(t.contains("| **Total** | 200:00 | 202:00 | 14:00 | −13:00 |"), "{t}");
    }

    #[test]
    fn japanese_sessions_get_japanese_headings_and_keep_japanese_text() {
        let md = markdown(&fixture::session(Lang::Ja), fixture::NOW);
        for heading in [
            "# カスタマージャーニーマップ",
            "## ペルソナ",
            "## フェーズ",
            "## ジャーニーマップ",
            "## 投票結果",
        ] {
            assert!(md.contains(heading), "{heading} missing in\n{md}");
        }
        for heading in ["## 意思決定", "## パーキングロット", "## 時間：予定と実績", "**ゴール:**"]
        {
            assert!(md.contains(heading), "{heading} missing in\n{md}");
        }
        assert!(md.contains("オンボーディング期で止まる"), "{md}");
        assert!(md.contains("| **つまづくポイント** |"), "{md}");
        assert!(md.contains("担当を決めて開始"), "{md}");
    }
}
