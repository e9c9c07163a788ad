//! The board: goal, personas, phases and the journey maps.

use super::*;

pub(super) fn goal(out: &mut String, s: &Session, l: &Labels, now: Millis) {
    let _ = writeln!(out, "# {}\n", l.title);
    let _ = writeln!(out, "- **{}:** {}", l.goal, inline(&s.goal));
    let _ = writeln!(out, "- **{}:** {}", l.done_when, inline(&s.done_when));
    let _ = writeln!(out, "- **{}:** {}", l.created, utc(s.header.created_at));
    let _ = writeln!(out, "- **{}:** {}\n", l.exported, utc(now));
}

pub(super) fn personas(out: &mut String, s: &Session, l: &Labels) {
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

pub(super) fn phases(out: &mut String, s: &Session, l: &Labels) {
    let _ = writeln!(out, "## {}\n", l.phases);
    match (&s.choice, s.chosen_scheme()) {
        (Some(choice), Some(scheme)) => {
            let _ = writeln!(out, "**{}:** {}\n", l.chosen, inline(&scheme.name));
            if !choice.reason.trim().is_empty() {
                let _ = writeln!(out, "**{}:** {}\n", l.reason, inline(&choice.reason));
            }
            // The phases screen has no field for a phase's goal: the
            // column shows only when a file written elsewhere has one.
            let goals = scheme.phases.iter().any(|p| !p.goal.trim().is_empty());
            let rows: Vec<Vec<String>> = scheme
                .phases
                .iter()
                .map(|p| {
                    let mut r = vec![cell(&p.name), cell(&p.definition)];
                    if goals {
                        r.push(cell(&p.goal));
                    }
                    r
                })
                .collect();
            let head: &[&str] =
                if goals { &[l.phase, l.definition, l.phase_goal] } else { &[l.phase, l.definition] };
            table(out, head, &rows);
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

pub(super) fn maps(out: &mut String, s: &Session, l: &Labels) {
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
                        let mut texts: Vec<String> = s
                            .notes_in(Cell { group: gid, phase: p.id, kind: *kind })
                            .iter()
                            .map(|id| cell(&crate::export::linked_text(s, *id, l)))
                            .collect();
                        if *kind == NoteKind::AsIs && texts.is_empty() && s.no_as_is.contains(&(gid, p.id)) {
                            texts.push(format!("_{}_", l.none_today));
                        }
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
            for (id, n) in elsewhere {
                let phase = s.phase(n.phase).map_or("?", |p| p.name.as_str());
                let text = note_text(s, id, l);
                let _ = writeln!(out, "- {} / {}: {}", inline(phase), l.kind(n.kind), inline(&text));
            }
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::section;
    use super::*;
    use crate::domain::Lang;
    use crate::export::fixture;

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
    fn the_phase_goal_column_shows_only_when_a_phase_has_a_goal() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        assert!(section(&md, "Phases").contains("| Phase | Definition | Goal |"), "{md}");
        let mut j = fixture::journal(Lang::En);
        let scheme = crate::domain::phase::PhaseScheme {
            name: "By state".into(),
            phases: vec![crate::domain::phase::Phase {
                id: crate::domain::PhaseId(15),
                name: "Onboarding".into(),
                definition: "first login".into(),
                goal: String::new(),
            }],
            notes: String::new(),
        };
        let at = fixture::NOW;
        j.push(crate::domain::Stamped {
            at,
            event: crate::domain::Event::SchemeSaved { id: crate::domain::SchemeId(14), scheme },
        });
        let md = markdown(j.session(), at);
        let p = section(&md, "Phases");
        assert!(p.contains("| Phase | Definition |\n| --- | --- |\n| Onboarding | first login |\n"), "{p}");
    }

    #[test]
    fn an_as_is_cell_marked_none_today_says_so() {
        let mut j = fixture::journal(Lang::Ja);
        let at = fixture::NOW;
        let (group, phase) = (crate::domain::GroupId(20), crate::domain::PhaseId(15));
        j.push(crate::domain::Stamped {
            at,
            event: crate::domain::Event::NoteDeleted { id: crate::domain::NoteId(23) },
        });
        j.push(crate::domain::Stamped {
            at,
            event: crate::domain::Event::AsIsNoneMarked { group, phase, none: true },
        });
        let md = markdown(j.session(), at);
        assert!(md.contains("| **As-Is 施策** | _現状なし_ |"), "{md}");
    }

    #[test]
    fn journey_map_has_phases_as_columns_and_kinds_as_rows() {
        let md = markdown(&fixture::session(Lang::En), fixture::NOW);
        let m = section(&md, "Journey maps");
        assert!(m.contains("### Ada — Group A"), "{m}");
        assert!(m.contains("**Members:** Ben, Cy"), "{m}");
        assert!(m.contains("|  | Onboarding | Established |\n"), "{m}");
        assert!(
            m.contains("| **Pain point** | cannot find \\| the button (answered)<br>setup is long (answered) | オンボーディング期で止まる (not answered) |"),
            "{m}"
        );
        assert!(
            m.contains(
                "| **To-Be** | guided setup=fast<br>↳ Answers: cannot find \\| the button; setup is long |  |"
            ),
            "{m}"
        );
        assert!(m.contains("| **As-Is** | kickoff call | monthly review<br>monthly check-in |"), "{m}");
        assert!(m.contains("**Notes outside the map:**\n\n- Established / Other: someday"), "{m}");
    }
}
