//! The sample session: a realistic finished workshop, built through the
//! real API, for demos, docs and tests.
//!
//! Ten people of a CS team, on 2026-11-18 from 09:30 JST, decide the
//! priority of their measures: four personas, the state-based phase scheme
//! chosen over two others, four groups writing pain points, As-Is and To-Be
//! measures, a share-out, ten voters' ballots, decisions in all four
//! quadrants and a parking lot with every kind of outcome. The discussion
//! and the decide step overrun; there is one coffee break (the timer
//! paused). The facilitator brings the discussion back to the goal twice,
//! moves on from the share-out before the last group has presented (it
//! presents in the wrap-up), and merges two duplicate measures before
//! voting opens.
//!
//! Everything is fixed: the same events every time. `sessions/sample-workshop.ron`
//! is [`file_text`], written by `cargo run --example gen_sample`.

use crate::domain::clock::MINUTE;
use crate::domain::decision::Decision;
use crate::domain::group::{Group, Participant};
use crate::domain::note::{
    Note, NoteKind,
    NoteKind::{AsIs, Pain, ToBe},
};
use crate::domain::parking::{ParkItem, ParkOutcome};
use crate::domain::persona::{Persona, Quadrant};
use crate::domain::phase::{Phase, PhaseScheme};
use crate::domain::{
    Event, GroupId, Header, Journal, Lang, Millis, NoteId, ParkId, ParticipantId, PersonaId, PhaseId,
    SchemeId, Stamped, View, setup,
};
use crate::store::format::{encode_event, encode_header};
use crate::templates;

mod script;
use script::*;

/// When the workshop starts: 2026-11-18 09:30 JST (00:30 UTC).
pub const START: Millis = 1_794_961_800_000;

/// Where the sample is shipped, relative to the repository root.
pub const PATH: &str = "sessions/sample-workshop.ron";

/// The workshop's goal.
pub const GOAL: &str = "CS施策の優先度を決定する / Decide the priority of CS measures";

/// The sample's header and events.
pub fn events() -> (Header, Vec<Stamped>) {
    build().into_parts()
}

/// The sample as a session file: exactly what [`crate::store::create`] with
/// the header and then one append per event would write.
pub fn file_text() -> String {
    let (header, events) = events();
    let mut text = encode_header(&header).expect("the sample header encodes as RON");
    for stamped in &events {
        text.push_str(&encode_event(stamped).expect("the sample events encode as RON"));
    }
    text
}

/// `minutes:seconds` after [`START`]; negative minutes are before it.
fn at(minutes: i64, seconds: i64) -> Millis {
    (START as i64 + minutes * MINUTE as i64 + seconds * 1000) as Millis
}

struct Builder {
    journal: Journal,
}

impl Builder {
    fn push(&mut self, at: Millis, event: Event) {
        self.journal.push(Stamped { at, event });
    }

    fn fresh(&self) -> u32 {
        self.journal.session().fresh_id()
    }

    fn into_parts(self) -> (Header, Vec<Stamped>) {
        (self.journal.session().header.clone(), self.journal.events().to_vec())
    }
}

fn build() -> Builder {
    let template = templates::default_for(Lang::En);
    let done_when = template.done_when.clone();
    let (header, seed) =
        setup::new_session(template, GOAL, None, at(-20, 0)).expect("the sample goal is not empty");
    let mut b = Builder { journal: Journal::new(header, seed) };
    use Event::*;

    // Before the start: the facilitator sharpens done-when and adds the room.
    let sharper = format!(
        "{done_when} / 推進者・エンドユーザー別のランキング、上位施策すべてに判断、すぐ始めるものは担当と期限まで"
    );
    b.push(at(-18, 0), GoalSet { goal: GOAL.to_string(), done_when: sharper });
    let mut people = Vec::new();
    for (i, name) in PEOPLE.iter().enumerate() {
        let id = ParticipantId(b.fresh());
        people.push(id);
        let participant = Participant { name: (*name).to_string(), votes: true };
        b.push(at(-15, 20 * i as i64), ParticipantSaved { id, participant });
    }

    // 0. Goal.
    b.push(at(0, 0), GoalConfirmed);

    // 1. Personas: the template's four, named and described.
    b.push(at(6, 0), StepEntered { step: 1 });
    let persona_ids: Vec<(PersonaId, Quadrant)> =
        b.journal.session().personas.iter().map(|(id, p)| (*id, p.quadrant)).collect();
    let mut personas = Vec::new();
    for (i, plan) in PERSONAS.iter().enumerate() {
        let (id, quadrant) = persona_ids.get(i).copied().unwrap_or((PersonaId(b.fresh()), Quadrant::ALL[i]));
        personas.push(id);
        let persona = Persona {
            name: plan.name.to_string(),
            quadrant,
            traits: plan.traits.to_string(),
            challenges: plan.challenges.iter().map(|c| (*c).to_string()).collect(),
        };
        b.push(at(9 + 4 * i as i64, 0), PersonaSaved { id, persona });
    }
    let raj = PEOPLE[9].to_string();
    let item = ParkItem {
        text:
            "情シス(IT管理者)も別ペルソナにすべき? / Should the customer's IT admin be a persona of its own?"
                .into(),
        raised_by: Some(raj.clone()),
        step: 1,
        outcome: None,
    };
    let it_admin = ParkId(b.fresh());
    b.push(at(22, 30), Parked { id: it_admin, item });

    // 2. Phases: three candidates, the state scheme chosen.
    b.push(at(25, 0), StepEntered { step: 2 });
    let schemes: Vec<(SchemeId, PhaseScheme)> =
        b.journal.session().schemes.iter().map(|(id, s)| (*id, s.clone())).collect();
    let why_not = [
        "トライアルはCSの対象外。期間で切ると、早く進む顧客・遅い顧客が見えない / Trial is out of scope for CS, \
         and fixed periods hide customers who move faster or slower",
        "2つでは粗すぎて、オンボーディング後どこで止まるかが見えない / Too coarse: two phases cannot show where \
         customers stall after onboarding",
    ];
    let mut state = None;
    for (i, (id, mut scheme)) in schemes.into_iter().enumerate() {
        if scheme.name == "By state" {
            let defs = [
                (
                    "オンボーディング期 / Onboarding",
                    "契約から初期設定完了、主要メンバーが使い始めるまで / From contract until setup is done and key \
                     members use it",
                    "チームの週次利用が始まる / The team uses it every week",
                ),
                (
                    "定着期 / Established",
                    "業務の中で毎週使われている / Used every week as part of the work",
                    "成果がKPIに表れる / Results show in the KPIs",
                ),
                (
                    "拡大期 / Expansion",
                    "他部署・上位プランへの展開を検討している / Considering more departments or a higher plan",
                    "利用部署と席数が増える / More departments and seats",
                ),
            ];
            for (phase, (name, definition, goal)) in scheme.phases.iter_mut().zip(defs) {
                *phase = Phase {
                    id: phase.id,
                    name: name.into(),
                    definition: definition.into(),
                    goal: goal.into(),
                };
            }
            scheme.notes =
                "顧客ごとに進むスピードが違っても使える / Works whatever speed the customer moves at".into();
            state = Some((id, scheme.phases.iter().map(|p| p.id).collect::<Vec<PhaseId>>()));
        } else if let Some(note) = why_not.get(i) {
            scheme.notes = (*note).to_string();
        }
        b.push(at(28 + 4 * i as i64, 0), SchemeSaved { id, scheme });
    }
    let (state, phases) = state.expect("the built-in English template has a \"By state\" scheme");
    let reason = "トライアルはCSの対象外。顧客ごとに進むスピードが違うので、期間ではなく状態で区切る。\
                  『なぜオンボーディングから定着に進まないのか』を議論できる / Trial is out of CS scope; customers \
                  move at different speeds, so we cut by state and can ask why onboarding does not lead to \
                  established";
    b.push(at(39, 0), SchemeChosen { id: state, reason: reason.into() });

    // 3. Group discussion: one group per persona.
    b.push(at(42, 0), StepEntered { step: 3 });
    let mut groups = Vec::new();
    for (g, plan) in GROUPS.iter().enumerate() {
        let id = GroupId(b.fresh());
        groups.push(id);
        let group = Group {
            name: plan.name.to_string(),
            persona: personas.get(g).copied(),
            members: plan.members.iter().filter_map(|m| people.get(*m).copied()).collect(),
        };
        b.push(at(43, 15 * g as i64), GroupSaved { id, group });
    }
    // Note ids per group, by number (index = number − 1).
    let mut notes: Vec<Vec<NoteId>> = vec![Vec::new(); GROUPS.len()];
    let mut write = |b: &mut Builder, t: Millis, g: usize, n: usize| {
        let Some((kind, phase, text, _)) = GROUPS[g].notes.get(n - 1).copied() else { return };
        let phase = if MOVED.0 == g && MOVED.1 == n { MOVED.2 } else { phase };
        let draft = DRAFTS.iter().find(|d| d.0 == g && d.1 == n).map(|d| d.2);
        let members = GROUPS[g].members;
        let author = PEOPLE.get(members[n % members.len()]).map(|a| (*a).to_string());
        let note = Note {
            group: groups[g],
            persona: personas.get(g).copied(),
            phase: phases[phase],
            kind,
            text: draft.unwrap_or(text).to_string(),
            author,
            answers: Vec::new(),
        };
        let id = NoteId(b.fresh());
        notes[g].push(id);
        b.push(t, NoteAdded { id, note });
    };
    // Each part, the groups write in parallel; the file interleaves them.
    let part = |kind: NoteKind| -> Vec<(usize, usize)> {
        let per_group: Vec<Vec<usize>> = GROUPS
            .iter()
            .map(|p| (1..=p.notes.len()).filter(|n| p.notes[n - 1].0 == kind).collect())
            .collect();
        let longest = per_group.iter().map(Vec::len).max().unwrap_or(0);
        (0..longest)
            .flat_map(|i| per_group.iter().enumerate().filter_map(move |(g, ns)| ns.get(i).map(|n| (g, *n))))
            .collect()
    };
    // b. Pain points.
    let mut t = at(52, 0);
    for (g, n) in part(Pain) {
        write(&mut b, t, g, n);
        t += 75_000;
    }
    // c. As-Is measures.
    let mut t = at(78, 0);
    for (g, n) in part(AsIs) {
        write(&mut b, t, g, n);
        t += 60_000;
    }
    let item = ParkItem {
        text: "料金プランが更新時にわかりにくい / Pricing plans confuse leaders at renewal".into(),
        raised_by: Some(PEOPLE[4].to_string()),
        step: 3,
        outcome: None,
    };
    let pricing = ParkId(b.fresh());
    b.push(at(94, 5), Refocused);
    b.push(at(94, 10), Parked { id: pricing, item });
    // Coffee break.
    b.push(at(95, 0), TimerPaused);
    b.push(at(105, 0), TimerResumed);
    // d. Gaps and To-Be measures, linked to the pain points they answer.
    let mut t = at(106, 0);
    for (g, n) in part(ToBe) {
        write(&mut b, t, g, n);
        t += 80_000;
    }
    b.push(at(134, 30), Refocused);
    let mut t = at(135, 0);
    for (g, plan) in GROUPS.iter().enumerate() {
        for (i, (_, _, _, answers)) in plan.notes.iter().enumerate() {
            if answers.is_empty() {
                continue;
            }
            let answers = answers.iter().filter_map(|n| notes[g].get(n - 1).copied()).collect();
            if let Some(id) = notes[g].get(i).copied() {
                b.push(t, NoteLinked { id, answers });
                t += 25_000;
            }
        }
    }
    let item = ParkItem {
        text: "トライアル期間の体験も見直したい / Revisit the trial experience too".into(),
        raised_by: Some(PEOPLE[7].to_string()),
        step: 3,
        outcome: None,
    };
    let trial = ParkId(b.fresh());
    b.push(at(144, 0), Parked { id: trial, item });
    let mut t = at(146, 0);
    for (g, n, _) in DRAFTS {
        if let (Some(id), Some((_, _, text, _))) = (notes[g].get(n - 1), GROUPS[g].notes.get(n - 1)) {
            b.push(t, NoteEdited { id: *id, text: (*text).to_string() });
            t += 40_000;
        }
    }
    let (g, n, _) = MOVED;
    if let (Some(id), Some((kind, phase, _, _))) = (notes[g].get(n - 1), GROUPS[g].notes.get(n - 1)) {
        b.push(at(149, 0), NoteMoved { id: *id, phase: phases[*phase], kind: *kind });
    }
    if let Some(id) = notes[DELETED.0].get(DELETED.1 - 1) {
        b.push(at(151, 30), NoteDeleted { id: *id });
    }
    let measure = |g: usize, n: usize| notes[g].get(n - 1).copied().unwrap_or(NoteId(0));

    // 4. Share-out, trimmed by five minutes to catch up.
    b.push(at(157, 0), StepEntered { step: 4 });
    b.push(at(157, 20), TimeboxAdjusted { step: 4, delta_ms: -5 * MINUTE as i64 });
    // The last group presents in the wrap-up, so the vote keeps its time.
    let (last, first) = groups.split_last().map_or((None, &groups[..]), |(l, f)| (Some(*l), f));
    for (g, id) in first.iter().enumerate() {
        b.push(at(157 + 4 * g as i64, 30), ShareOutStarted { group: *id });
    }
    let reason = "Group Dの共有はまとめの時間に回す。投票の時間を守るため / Group D presents in the wrap-up, so the \
                  vote keeps its time";
    b.push(at(173, 0), MoveForced { step: 4, reason: reason.into() });

    // 5. Vote: two kickoff measures say the same and are merged, then
    // three picks per audience per voter.
    b.push(at(173, 0), StepEntered { step: 5 });
    let (keep, merged) = (measure(KICKOFF.0.0, KICKOFF.0.1), measure(KICKOFF.1.0, KICKOFF.1.1));
    b.push(at(173, 10), MeasuresMerged { keep, merged });
    b.push(at(173, 40), VotingOpened);
    let mut t = at(174, 0);
    for (voter, ballot) in people.iter().zip(BALLOTS) {
        for (audience, picks) in ["promoters", "end_users"].into_iter().zip(ballot) {
            let picks = picks.iter().map(|(g, n)| measure(*g, *n)).collect();
            b.push(t, BallotCast { voter: *voter, audience: audience.into(), picks });
            t += 30_000;
        }
    }
    b.push(at(186, 0), VotingClosed);

    // 6. Decide: down the ranking, with the 2×2.
    b.push(at(187, 0), StepEntered { step: 6 });
    let mut t = at(189, 0);
    for (g, n, impact, feasibility, owner, effort, due) in DECISIONS {
        let decision = Decision {
            impact,
            feasibility,
            owner: owner.and_then(|o| people.get(o).copied()),
            effort,
            due: due.map(str::to_string),
        };
        b.push(t, Decided { measure: measure(g, n), decision });
        t += 150_000;
    }
    let lead = PEOPLE[6].to_string();
    let item = ParkItem {
        text: "ヘルススコアの定義を見直す / The health score definition needs an update".into(),
        raised_by: Some(lead.clone()),
        step: 6,
        outcome: None,
    };
    let health = ParkId(b.fresh());
    b.push(at(217, 0), Parked { id: health, item });

    // 7. Wrap-up: the parking lot gets its outcomes.
    b.push(at(220, 0), StepEntered { step: 7 });
    if let Some(group) = last {
        b.push(at(220, 30), ShareOutStarted { group });
    }
    let outcomes = [
        (it_admin, ParkOutcome::FollowUp { owner: raj }),
        (pricing, ParkOutcome::Measure),
        (trial, ParkOutcome::Dropped),
        (health, ParkOutcome::FollowUp { owner: lead }),
    ];
    for (i, (id, outcome)) in outcomes.into_iter().enumerate() {
        b.push(at(222 + 2 * i as i64, 0), ParkResolved { id, outcome });
    }
    let view = View { group: groups.first().copied(), ..View::default() };
    b.push(at(231, 0), Viewed(view));
    b
}
