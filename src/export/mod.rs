//! Reports of a session: Markdown to read and share, CSV for spreadsheets,
//! an Excel workbook laid out like the teams' journey-map templates, and
//! one self-contained HTML page.
//!
//! Pure functions of a [`Session`]: no disk, no
//! clock (the caller passes the times in [`Options`]). Headings follow the
//! session's language; every fixed word is in [`labels`].

mod csv;
mod html;
pub mod labels;
mod links;
mod markdown;
mod room;
mod xlsx;

pub use self::csv::csv;
pub use self::html::html;
pub use self::links::{answered_by, answers, linked_text};
pub use self::markdown::{markdown, markdown_with};
pub use self::room::room_view;
pub use self::xlsx::xlsx;

/// How an export is made: when, read at which time, for whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The time the report says it was exported (from the caller's clock).
    pub exported_at: Millis,
    /// The time the running step's timer is read at: the last event's for
    /// a closed session, the app's clock for an open one.
    pub timers_at: Millis,
    /// For the room: private notes left out (the presenter view's rule).
    pub room: bool,
    /// Mermaid diagrams in the Markdown report.
    pub diagrams: bool,
}

impl Options {
    /// Exported and read at `now`, everything in, diagrams on.
    pub fn at(now: Millis) -> Self {
        Self { exported_at: now, timers_at: now, room: false, diagrams: true }
    }
}

use crate::domain::ids::NoteId;
use crate::domain::note::Note;
use crate::domain::{Millis, Session};
use labels::Labels;

/// A note's text as a report quotes it: marked when it is kept from the
/// room, so whoever reads the report knows not to share it as is; "?" for
/// a note that no longer exists. The only way an export (or a gap's
/// sentence, [`Labels::gap`]) quotes a note: raw text, callers escape it
/// for where it goes.
pub(crate) fn note_text(s: &Session, id: NoteId, l: &Labels) -> String {
    match s.notes.get(&id) {
        None => "?".to_string(),
        Some(n) if s.private.contains(&id) => format!("{} {}", l.private, n.text),
        Some(n) => n.text.clone(),
    }
}

/// The notes an export shows, in board order: by group, then phase (the
/// board's phases first, in order), then row, then the order written.
/// Notes of deleted groups are hidden, as on the board.
pub(crate) fn notes_in_board_order(session: &Session) -> Vec<(NoteId, &Note)> {
    let phases = session.phases();
    let mut notes: Vec<(NoteId, &Note)> = session
        .notes
        .iter()
        .filter(|(_, n)| session.groups.contains_key(&n.group))
        .map(|(id, n)| (*id, n))
        .collect();
    notes.sort_by_key(|(id, n)| {
        let phase = phases.iter().position(|p| p.id == n.phase).unwrap_or(phases.len());
        let within = session.notes_in(n.cell()).iter().position(|i| i == id).unwrap_or(usize::MAX);
        (n.group, phase, n.kind, within, *id)
    });
    notes
}

/// The persona a note was written for: its own, else its group's.
pub(crate) fn persona_name<'a>(session: &'a Session, note: &Note) -> &'a str {
    note.persona
        .or_else(|| session.groups.get(&note.group).and_then(|g| g.persona))
        .and_then(|p| session.personas.get(&p))
        .map_or("", |p| p.name.as_str())
}

/// `YYYY-MM-DD HH:MM UTC` for a timestamp.
pub(crate) fn utc(ms: Millis) -> String {
    format!("{} UTC", crate::domain::clock::format_timestamp(ms))
}

#[cfg(test)]
mod tests {
    use super::fixture::{NOW, journal};
    use super::*;
    use crate::domain::{Event, Lang, Stamped};

    #[test]
    fn private_notes_are_marked_in_the_report_and_the_csv() {
        for (lang, mark) in [(Lang::En, "(private) "), (Lang::Ja, "（非公開） ")] {
            let mut j = journal(lang);
            j.push(Stamped { at: NOW, event: Event::NotePrivacySet { id: NoteId(23), private: true } });
            j.push(Stamped { at: NOW, event: Event::NotePrivacySet { id: NoteId(26), private: true } });
            let md = markdown(j.session(), NOW);
            assert!(md.contains(&format!("{mark}kickoff call")), "{md}");
            assert!(md.contains(&format!("{mark}someday")), "a note off the board too:\n{md}");
            assert!(md.contains("monthly review") && !md.contains(&format!("{mark}monthly review")));
            assert!(csv(j.session()).contains(&format!("{mark}kickoff call")));
        }
    }

    #[test]
    fn a_private_measure_is_marked_wherever_it_is_quoted() {
        for (lang, mark) in [(Lang::En, "(private) "), (Lang::Ja, "（非公開） ")] {
            let mut j = journal(lang);
            // 24 "monthly review": a top measure without a decision, 28 merged into it.
            j.push(Stamped { at: NOW, event: Event::NotePrivacySet { id: NoteId(24), private: true } });
            let md = markdown(j.session(), NOW);
            let marked = format!("{mark}monthly review");
            let bare: Vec<&str> =
                md.lines().filter(|l| l.contains("monthly review") && !l.contains(&marked)).collect();
            assert!(bare.is_empty(), "{bare:#?}");
            assert!(
                md.lines().filter(|l| l.contains(&marked)).count() >= 3,
                "map, ranking, exit criteria:\n{md}"
            );
            let merged = csv(j.session());
            let row = merged.lines().find(|r| r.contains("monthly check-in")).unwrap_or_default();
            assert!(row.contains(&marked), "the merged-into column: {row}");
            let gap = Labels::of(lang).gap(j.session(), &crate::domain::checks::Gap::Undecided(NoteId(24)));
            assert!(gap.contains(&marked), "{gap}");
            assert_eq!(note_text(j.session(), NoteId(999), Labels::of(lang)), "?", "a note gone");
        }
    }

    #[test]
    fn utc_formats_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(1_794_961_800_000), "2026-11-18 00:30 UTC");
        assert_eq!(utc(951_782_400_000), "2000-02-29 00:00 UTC");
    }
}

/// A small session touching every section, for the exports' unit tests.
#[cfg(test)]
pub(crate) mod fixture {
    use crate::domain::clock::MINUTE;
    use crate::domain::decision::{Decision, Effort, Feasibility, Impact};
    use crate::domain::group::{Group, Participant};
    use crate::domain::note::{Note, NoteKind};
    use crate::domain::parking::{ParkItem, ParkOutcome};
    use crate::domain::persona::Persona;
    use crate::domain::phase::{Phase, PhaseScheme};
    use crate::domain::{
        Event, GroupId, Journal, Lang, Millis, NoteId, ParkId, ParticipantId, PersonaId, PhaseId, SchemeId,
        Session, Stamped, setup,
    };
    use crate::templates;

    /// When the session starts.
    pub const T0: Millis = 1_794_961_800_000;
    /// When the tests export: 14 minutes in, on the personas step.
    pub const NOW: Millis = T0 + 14 * MINUTE;

    fn phase(id: u32, name: &str, definition: &str, goal: &str) -> Phase {
        Phase { id: PhaseId(id), name: name.into(), definition: definition.into(), goal: goal.into() }
    }

    fn note(kind: NoteKind, phase: u32, text: &str) -> Note {
        Note {
            group: GroupId(20),
            persona: Some(PersonaId(1)),
            phase: PhaseId(phase),
            kind,
            text: text.into(),
            author: None,
            answers: vec![],
        }
    }

    /// The fixture session in a language.
    pub fn session(lang: Lang) -> Session {
        journal(lang).session().clone()
    }

    /// The fixture's journal, to push more events onto.
    pub fn journal(lang: Lang) -> Journal {
        let template = templates::default_for(lang);
        let (header, seed) =
            setup::new_session(template, "Decide the priority of CS measures", Some("ranked\nand owned"), T0)
                .unwrap();
        let mut j = Journal::new(header, seed);
        let mut push = |at: Millis, event: Event| j.push(Stamped { at, event });
        use Event::*;
        let persona = Persona {
            name: "Ada".into(),
            quadrant: crate::domain::persona::Quadrant::ALL[0],
            traits: "pushes hard".into(),
            challenges: vec!["no time".into()],
        };
        push(T0, PersonaSaved { id: PersonaId(1), persona });
        let period = PhaseScheme {
            name: "By period".into(),
            phases: vec![phase(6, "Trial", "", ""), phase(10, "After", "", "")],
            notes: "trial is out of scope".into(),
        };
        push(T0, SchemeSaved { id: SchemeId(5), scheme: period });
        let state = PhaseScheme {
            name: "By state".into(),
            phases: vec![
                phase(15, "Onboarding", "first login to first report", "weekly use"),
                phase(16, "Established", "", ""),
            ],
            notes: String::new(),
        };
        push(T0, SchemeSaved { id: SchemeId(14), scheme: state });
        push(T0, SchemeChosen { id: SchemeId(14), reason: "customers move at different speeds".into() });
        for (id, name) in [(18, "Ben"), (19, "Cy")] {
            push(
                T0,
                ParticipantSaved {
                    id: ParticipantId(id),
                    participant: Participant { name: name.into(), votes: true },
                },
            );
        }
        let group = Group {
            name: "Group A".into(),
            persona: Some(PersonaId(1)),
            members: vec![ParticipantId(18), ParticipantId(19)],
        };
        push(T0, GroupSaved { id: GroupId(20), group });
        let notes = [
            (21, note(NoteKind::Pain, 15, "cannot find | the button")),
            (22, note(NoteKind::Pain, 15, "setup\nis long")),
            (23, note(NoteKind::AsIs, 15, "kickoff call")),
            (24, note(NoteKind::AsIs, 16, "monthly review")),
            (25, note(NoteKind::ToBe, 15, "guided setup=fast")),
            (26, note(NoteKind::Other, 16, "someday")),
            (27, note(NoteKind::Pain, 16, "オンボーディング期で止まる")),
            (28, note(NoteKind::AsIs, 16, "monthly check-in")),
        ];
        for (id, note) in notes {
            push(T0, NoteAdded { id: NoteId(id), note });
        }
        push(T0, NoteEdited { id: NoteId(22), text: "setup is long".into() });
        push(T0, NoteLinked { id: NoteId(25), answers: vec![NoteId(21), NoteId(22)] });
        push(T0, MeasuresMerged { keep: NoteId(24), merged: NoteId(28) });
        push(T0, GoalConfirmed);
        push(T0, TimeboxAdjusted { step: 0, delta_ms: 2 * MINUTE as i64 });
        push(T0 + 10 * MINUTE, MoveForced { step: 0, reason: "done-when to be sharpened later".into() });
        push(T0 + 10 * MINUTE, StepEntered { step: 1 });
        push(T0 + 12 * MINUTE, Refocused);
        for (voter, picks) in [(18, [25, 23]), (19, [25, 24])] {
            let picks = picks.iter().map(|n| NoteId(*n)).collect();
            push(NOW, BallotCast { voter: ParticipantId(voter), audience: "promoters".into(), picks });
        }
        push(NOW, VotingClosed);
        let decided = Decision {
            impact: Impact::Effective,
            feasibility: Feasibility::Now,
            owner: Some(ParticipantId(18)),
            effort: Some(Effort::S),
            due: Some("2026-12-01".into()),
        };
        push(NOW, Decided { measure: NoteId(25), decision: decided });
        let postponed = Decision {
            impact: Impact::Indirect,
            feasibility: Feasibility::Hard,
            owner: None,
            effort: None,
            due: None,
        };
        push(NOW, Decided { measure: NoteId(23), decision: postponed });
        let item =
            ParkItem { text: "pricing page".into(), raised_by: Some("Cy".into()), step: 1, outcome: None };
        push(NOW, Parked { id: ParkId(30), item });
        push(NOW, ParkResolved { id: ParkId(30), outcome: ParkOutcome::FollowUp { owner: "Ben".into() } });
        let item = ParkItem { text: "SSO".into(), raised_by: None, step: 1, outcome: None };
        push(NOW, Parked { id: ParkId(31), item });
        let item =
            ParkItem { text: "churn survey".into(), raised_by: Some("Ben".into()), step: 1, outcome: None };
        push(NOW, Parked { id: ParkId(32), item });
        push(NOW, ParkResolved { id: ParkId(32), outcome: ParkOutcome::Dropped });
        let item =
            ParkItem { text: "in-app tips".into(), raised_by: Some("Cy".into()), step: 1, outcome: None };
        push(NOW, Parked { id: ParkId(33), item });
        push(NOW, ParkResolved { id: ParkId(33), outcome: ParkOutcome::Measure });
        j
    }
}
