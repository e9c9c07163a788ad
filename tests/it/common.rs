//! Shared helpers and proptest strategies for the integration tests.

use cjm::domain::decision::{Decision, Effort, Feasibility, Impact};
use cjm::domain::group::{Group, Participant};
use cjm::domain::note::{Note, NoteKind};
use cjm::domain::parking::{ParkItem, ParkOutcome};
use cjm::domain::persona::{Persona, Quadrant};
use cjm::domain::phase::{Phase, PhaseScheme};
use cjm::domain::{
    Event, GroupId, Header, Lang, NoteId, ParkId, ParticipantId, PersonaId, PhaseId, SchemeId, Stamped, View,
};
use proptest::prelude::*;
use proptest::sample::select;

/// When the sessions in these tests were created.
pub const T0: u64 = 1_795_582_519_000;

/// Text that is hard on the file format: Japanese, emoji, newlines,
/// quotes, backslashes, comment and marker lookalikes.
pub const NASTY: &str = "顧客の「つまづき」😀 🧭\nline two \"quoted\" back\\slash // not a comment\n// events\n) ( , r#\"raw\"# \t\r\nend";

/// A header on the English built-in template.
pub fn header() -> Header {
    Header::new(
        T0,
        format!("goal: {NASTY}"),
        "done: 優先順位を決める".into(),
        cjm::templates::default_for(Lang::En),
    )
}

/// A header with awkward text in every free-text field.
pub fn nasty_header() -> Header {
    let mut template = cjm::templates::default_for(Lang::Ja);
    template.name = format!("テンプレ {NASTY}");
    Header::new(T0, NASTY.into(), format!("{NASTY} // events"), template)
}

/// Arbitrary text, biased towards what breaks line-based formats.
pub fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        2 => select(&["日本語", "つまづくポイント", "施策", "😀", "👩‍💻", "\n", "\r\n", "\"", "\\", "//", "// events", "\n// events\n", "(", ")", " ", "\t", "\0", "\u{2028}"][..])
            .prop_map(String::from),
        1 => "[a-zA-Zぁ-んァ-ン一-龯 ]{0,12}",
    ];
    prop::collection::vec(piece, 0..8).prop_map(|v| v.concat())
}

fn small() -> impl Strategy<Value = u32> {
    1u32..7
}

fn quadrant() -> impl Strategy<Value = Quadrant> {
    select(&Quadrant::ALL[..])
}

fn kind() -> impl Strategy<Value = NoteKind> {
    select(&[NoteKind::Pain, NoteKind::AsIs, NoteKind::ToBe, NoteKind::Other][..])
}

fn note_ids() -> impl Strategy<Value = Vec<NoteId>> {
    prop::collection::vec(small().prop_map(NoteId), 0..4)
}

fn participant() -> impl Strategy<Value = Participant> {
    (text(), any::<bool>()).prop_map(|(name, votes)| Participant { name, votes })
}

fn persona() -> impl Strategy<Value = Persona> {
    (text(), quadrant(), text(), prop::collection::vec(text(), 0..3))
        .prop_map(|(name, quadrant, traits, challenges)| Persona { name, quadrant, traits, challenges })
}

fn scheme() -> impl Strategy<Value = PhaseScheme> {
    let phase = (small(), text(), text(), text()).prop_map(|(id, name, definition, goal)| Phase {
        id: PhaseId(id),
        name,
        definition,
        goal,
    });
    (text(), prop::collection::vec(phase, 0..4), text()).prop_map(|(name, phases, notes)| PhaseScheme {
        name,
        phases,
        notes,
    })
}

fn group() -> impl Strategy<Value = Group> {
    (text(), prop::option::of(small()), prop::collection::vec(small(), 0..3)).prop_map(
        |(name, persona, members)| Group {
            name,
            persona: persona.map(PersonaId),
            members: members.into_iter().map(ParticipantId).collect(),
        },
    )
}

fn note() -> impl Strategy<Value = Note> {
    (small(), prop::option::of(small()), small(), kind(), text(), prop::option::of(text()), note_ids())
        .prop_map(|(group, persona, phase, kind, text, author, answers)| Note {
            group: GroupId(group),
            persona: persona.map(PersonaId),
            phase: PhaseId(phase),
            kind,
            text,
            author,
            answers,
        })
}

fn decision() -> impl Strategy<Value = Decision> {
    (
        select(&[Impact::Effective, Impact::Indirect][..]),
        select(&[Feasibility::Now, Feasibility::Hard][..]),
        prop::option::of(small().prop_map(ParticipantId)),
        prop::option::of(select(&[Effort::S, Effort::M, Effort::L][..])),
        prop::option::of(text()),
    )
        .prop_map(|(impact, feasibility, owner, effort, due)| Decision {
            impact,
            feasibility,
            owner,
            effort,
            due,
        })
}

fn outcome() -> impl Strategy<Value = ParkOutcome> {
    prop_oneof![
        Just(ParkOutcome::Dropped),
        Just(ParkOutcome::Measure),
        text().prop_map(|owner| ParkOutcome::FollowUp { owner }),
    ]
}

fn park_item() -> impl Strategy<Value = ParkItem> {
    (text(), prop::option::of(text()), 0usize..10, prop::option::of(outcome()))
        .prop_map(|(text, raised_by, step, outcome)| ParkItem { text, raised_by, step, outcome })
}

fn view() -> impl Strategy<Value = View> {
    (prop::option::of(small().prop_map(GroupId)), any::<u16>(), any::<u16>(), any::<u16>()).prop_map(
        |(group, column, row, item)| View {
            group,
            column,
            row,
            item,
            overview: item % 2 == 0,
            voter: column / 3,
            audience: row % 2,
            scheme: (item % 3 > 0).then_some(item % 5),
            load: column % 2 == 1,
        },
    )
}

fn audience() -> impl Strategy<Value = String> {
    prop_oneof![3 => select(&["promoters", "end_users"][..]).prop_map(String::from), 1 => text()]
}

/// A change in milliseconds: mostly minutes, sometimes the extremes.
fn delta() -> impl Strategy<Value = i64> {
    prop_oneof![8 => -600_000i64..600_000, 1 => Just(i64::MIN), 1 => Just(i64::MAX)]
}

/// Any event, every variant, with ids from a small range so that events
/// refer to each other.
pub fn event() -> impl Strategy<Value = Event> {
    let arms: Vec<BoxedStrategy<Event>> = vec![
        (text(), text()).prop_map(|(goal, done_when)| Event::GoalSet { goal, done_when }).boxed(),
        Just(Event::GoalConfirmed).boxed(),
        (0usize..10).prop_map(|step| Event::StepEntered { step }).boxed(),
        Just(Event::TimerPaused).boxed(),
        Just(Event::TimerResumed).boxed(),
        (0usize..10, delta()).prop_map(|(step, delta_ms)| Event::TimeboxAdjusted { step, delta_ms }).boxed(),
        // A file may hold any index and any delta.
        (0usize..10, prop_oneof![4 => 0usize..5, 1 => Just(usize::MAX)], delta())
            .prop_map(|(step, part, delta_ms)| Event::PartAdjusted { step, part, delta_ms })
            .boxed(),
        (small(), participant())
            .prop_map(|(id, participant)| Event::ParticipantSaved { id: ParticipantId(id), participant })
            .boxed(),
        small().prop_map(|id| Event::ParticipantRemoved { id: ParticipantId(id) }).boxed(),
        (small(), persona())
            .prop_map(|(id, persona)| Event::PersonaSaved { id: PersonaId(id), persona })
            .boxed(),
        small().prop_map(|id| Event::PersonaDeleted { id: PersonaId(id) }).boxed(),
        (small(), scheme()).prop_map(|(id, scheme)| Event::SchemeSaved { id: SchemeId(id), scheme }).boxed(),
        small().prop_map(|id| Event::SchemeDeleted { id: SchemeId(id) }).boxed(),
        (small(), text()).prop_map(|(id, reason)| Event::SchemeChosen { id: SchemeId(id), reason }).boxed(),
        (small(), group()).prop_map(|(id, group)| Event::GroupSaved { id: GroupId(id), group }).boxed(),
        small().prop_map(|id| Event::GroupDeleted { id: GroupId(id) }).boxed(),
        (small(), note()).prop_map(|(id, note)| Event::NoteAdded { id: NoteId(id), note }).boxed(),
        (small(), text()).prop_map(|(id, text)| Event::NoteEdited { id: NoteId(id), text }).boxed(),
        (small(), small(), kind())
            .prop_map(|(id, phase, kind)| Event::NoteMoved { id: NoteId(id), phase: PhaseId(phase), kind })
            .boxed(),
        small().prop_map(|id| Event::NoteDeleted { id: NoteId(id) }).boxed(),
        (small(), note_ids()).prop_map(|(id, answers)| Event::NoteLinked { id: NoteId(id), answers }).boxed(),
        (small(), any::<bool>())
            .prop_map(|(id, private)| Event::NotePrivacySet { id: NoteId(id), private })
            .boxed(),
        small().prop_map(|g| Event::ShareOutStarted { group: GroupId(g) }).boxed(),
        (small(), audience(), note_ids())
            .prop_map(|(voter, audience, picks)| Event::BallotCast {
                voter: ParticipantId(voter),
                audience,
                picks,
            })
            .boxed(),
        Just(Event::VotingClosed).boxed(),
        Just(Event::VotingReopened).boxed(),
        (small(), decision())
            .prop_map(|(m, decision)| Event::Decided { measure: NoteId(m), decision })
            .boxed(),
        small().prop_map(|m| Event::DecisionCleared { measure: NoteId(m) }).boxed(),
        (small(), park_item()).prop_map(|(id, item)| Event::Parked { id: ParkId(id), item }).boxed(),
        (small(), outcome())
            .prop_map(|(id, outcome)| Event::ParkResolved { id: ParkId(id), outcome })
            .boxed(),
        (small(), text(), prop::option::of(text()), prop::option::of(text()))
            .prop_map(|(id, text, owner, due)| Event::MeasureCarried {
                id: NoteId(id),
                measure: cjm::domain::review::CarriedMeasure { text, owner, effort: Some(Effort::M), due },
            })
            .boxed(),
        (text(), note_ids()).prop_map(|(session, notes)| Event::CarriedFrom { session, notes }).boxed(),
        (small(), prop::option::of(select(&cjm::domain::review::ReviewStatus::ALL[..])), text())
            .prop_map(|(id, status, note)| Event::MeasureReviewed { id: NoteId(id), status, note })
            .boxed(),
        view().prop_map(Event::Viewed).boxed(),
        Just(Event::Created).boxed(),
        Just(Event::Undo).boxed(),
        Just(Event::Redo).boxed(),
    ];
    proptest::strategy::Union::new(arms)
}

/// Events with increasing timestamps from [`T0`]; Undo and Redo come up
/// often enough to matter, and the creation barrier now and then.
pub fn events(max: usize) -> impl Strategy<Value = Vec<Stamped>> {
    let one = prop_oneof![
        12 => event(),
        2 => Just(Event::Undo),
        2 => Just(Event::Redo),
        1 => Just(Event::Created),
    ];
    prop::collection::vec((0u64..120_000, one), 0..max).prop_map(stamped_from_t0)
}

/// A realistic session: mostly notes of about 60 characters in Japanese and
/// English, with some edits, moves and ballots. Ids stay consistent.
pub fn realistic_events(n: usize) -> Vec<Stamped> {
    const JA: &str = "オンボーディング時に管理画面の設定項目が多すぎて最初の一週間で離脱してしまう顧客がいる";
    const EN: &str = "Admins cannot find the SSO settings and open a ticket instead";
    let mut out = Vec::with_capacity(n);
    let mut at = T0;
    let mut stamp = |event: Event| {
        at += 7_000;
        Stamped { at, event }
    };
    out.push(stamp(Event::GoalConfirmed));
    for g in 1..=4 {
        out.push(stamp(Event::GroupSaved {
            id: GroupId(1000 + g),
            group: Group { name: format!("Group {g}"), persona: None, members: vec![] },
        }));
    }
    let mut next_note = 1u32;
    let mut i = 0u32;
    while out.len() < n {
        i += 1;
        let event = match i % 20 {
            5 if next_note > 3 => {
                Event::NoteEdited { id: NoteId(next_note - 2), text: format!("{EN} (edited {i})") }
            }
            9 if next_note > 3 => Event::NoteMoved {
                id: NoteId(next_note - 3),
                phase: PhaseId(1 + i % 5),
                kind: NoteKind::ToBe,
            },
            13 if next_note > 4 => Event::BallotCast {
                voter: ParticipantId(2000 + i % 10),
                audience: "promoters".into(),
                picks: vec![NoteId(next_note - 1), NoteId(next_note - 4)],
            },
            _ => {
                let id = NoteId(next_note);
                next_note += 1;
                let text = if i.is_multiple_of(2) { format!("{JA}{i}") } else { format!("{EN} #{i}") };
                Event::NoteAdded {
                    id,
                    note: Note {
                        group: GroupId(1001 + i % 4),
                        persona: Some(PersonaId(1)),
                        phase: PhaseId(1 + i % 5),
                        kind: [NoteKind::Pain, NoteKind::AsIs, NoteKind::ToBe][(i % 3) as usize],
                        text,
                        author: None,
                        answers: vec![],
                    },
                }
            }
        };
        out.push(stamp(event));
    }
    out
}

/// [`events`] with batch markers among them, counting any number of the
/// events after them (a batch cut short, or ended early by an undo, too):
/// the fold and the journal must agree on any log.
pub fn events_with_batches(max: usize) -> impl Strategy<Value = Vec<Stamped>> {
    let marker = (0usize..5).prop_map(|len| Event::Batch { len });
    let one = prop_oneof![
        12 => event(),
        2 => Just(Event::Undo),
        2 => Just(Event::Redo),
        1 => Just(Event::Created),
        3 => marker,
    ];
    prop::collection::vec((0u64..120_000, one), 0..max).prop_map(stamped_from_t0)
}

/// User actions as the app writes them (see `cjm::domain::journal::batch`):
/// each one event, or a marker and the 2–4 events of its batch (never
/// undo, redo or the creation barrier, which are actions of their own).
pub fn actions(max: usize) -> impl Strategy<Value = Vec<Vec<Stamped>>> {
    let change = event().prop_filter("a change", |e| {
        !matches!(e, Event::Undo | Event::Redo | Event::Created | Event::Batch { .. })
    });
    let action = prop::collection::vec(change, 1..5);
    prop::collection::vec((0u64..120_000, action), 0..max).prop_map(|v| {
        let mut at = T0;
        v.into_iter()
            .map(|(delta, events)| {
                at += delta;
                cjm::domain::journal::batch(events.into_iter().map(|event| Stamped { at, event }).collect())
            })
            .collect()
    })
}

/// Events stamped at `T0` plus the running sum of their delays.
fn stamped_from_t0(v: Vec<(u64, Event)>) -> Vec<Stamped> {
    let mut at = T0;
    v.into_iter()
        .map(|(delta, event)| {
            at += delta;
            Stamped { at, event }
        })
        .collect()
}
