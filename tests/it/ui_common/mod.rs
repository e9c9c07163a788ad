//! A workshop in progress with Japanese notes, for UI tests.

pub mod discuss;
pub mod wide;

use cjm::app::{App, MemorySink};
use cjm::domain::clock::MINUTE;
use cjm::domain::decision::{Decision, Effort, Feasibility, Impact};
use cjm::domain::group::{Group, Participant};
use cjm::domain::note::{Note, NoteKind};
use cjm::domain::{Event, GroupId, Journal, Lang, NoteId, ParticipantId, PersonaId, Stamped, setup};
use cjm::templates;
use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// When the fixture session starts.
pub const T0: u64 = 1_795_582_519_000;

pub fn stamp(at: u64, event: Event) -> Stamped {
    Stamped { at, event }
}

/// Events of a workshop an hour in: personas named, the state scheme
/// chosen, two groups with notes, three participants.
pub fn workshop_events() -> (cjm::domain::Header, Vec<Stamped>) {
    workshop_events_in(Lang::En)
}

/// The fixture on the built-in agenda of `lang` (same steps and ids).
pub fn workshop_events_in(lang: Lang) -> (cjm::domain::Header, Vec<Stamped>) {
    let (header, mut events) = setup::new_session(
        templates::default_for(lang),
        "施策の優先度を決定する (decide the priority of CS measures)",
        None,
        T0,
    )
    .expect("valid goal");
    let mut push = |at: u64, e: Event| events.push(stamp(T0 + at, e));
    push(0, Event::GoalConfirmed);
    push(
        MINUTE,
        Event::PersonaSaved {
            id: PersonaId(1),
            persona: cjm::domain::persona::Persona {
                name: "推進力の高いリーダー 田中さん".into(),
                quadrant: cjm::domain::persona::Quadrant::ALL[0],
                traits: "社内の調整役。情報収集に熱心".into(),
                challenges: vec!["現場に定着しない".into(), "経営への報告 📊".into()],
            },
        },
    );
    // Schemes are ids 5.. (4 personas first); "By state" is the third.
    push(
        2 * MINUTE,
        Event::SchemeChosen {
            id: cjm::domain::SchemeId(14), reason: "トライアルはCSの対象外".into()
        },
    );
    for (i, name) in ["佐藤", "鈴木", "Alex"].iter().enumerate() {
        push(
            3 * MINUTE,
            Event::ParticipantSaved {
                id: ParticipantId(100 + i as u32),
                participant: Participant { name: (*name).into(), votes: true },
            },
        );
    }
    push(
        4 * MINUTE,
        Event::GroupSaved {
            id: GroupId(200),
            group: Group {
                name: "Aチーム".into(),
                persona: Some(PersonaId(1)),
                members: vec![ParticipantId(100), ParticipantId(101)],
            },
        },
    );
    push(
        4 * MINUTE,
        Event::GroupSaved {
            id: GroupId(201),
            group: Group { name: "B team".into(), persona: None, members: vec![] },
        },
    );
    let onboarding = cjm::domain::PhaseId(15);
    let established = cjm::domain::PhaseId(16);
    let notes: [(u32, cjm::domain::PhaseId, NoteKind, &str); 7] = [
        (300, onboarding, NoteKind::Pain, "初期設定が難しくて離脱する"),
        (301, onboarding, NoteKind::Pain, "管理画面の用語がわからない ｶﾞｲﾄﾞ"),
        (302, onboarding, NoteKind::AsIs, "キックオフMTGで操作説明"),
        (303, onboarding, NoteKind::ToBe, "初期設定の代行サービス 🚀"),
        (304, established, NoteKind::Pain, "活用度が見えない"),
        (305, established, NoteKind::AsIs, "月次の定例会"),
        (306, established, NoteKind::ToBe, "ヘルススコアのダッシュボード 👨‍👩‍👧"),
    ];
    for (id, phase, kind, text) in notes {
        let note = Note {
            group: GroupId(200),
            persona: Some(PersonaId(1)),
            phase,
            kind,
            text: text.into(),
            author: None,
            answers: vec![],
        };
        push(10 * MINUTE, Event::NoteAdded { id: NoteId(id), note });
    }
    push(11 * MINUTE, Event::NoteLinked { id: NoteId(303), answers: vec![NoteId(300), NoteId(301)] });
    (header, events)
}

/// An app over the fixture, with an in-memory sink it returns too.
pub fn app_at(step: usize, minutes_in: u64) -> (App, MemorySink) {
    app_at_in(Lang::En, step, minutes_in)
}

/// [`app_at`] on the built-in agenda of `lang`, the UI in that language.
pub fn app_at_in(lang: Lang, step: usize, minutes_in: u64) -> (App, MemorySink) {
    let (header, mut events) = workshop_events_in(lang);
    events.push(stamp(T0 + 12 * MINUTE, Event::StepEntered { step }));
    let sink = MemorySink::default();
    let app = App::new(Journal::new(header, events), Box::new(sink.clone()), T0 + minutes_in * MINUTE);
    (app, sink)
}

/// Adds votes and decisions (for the vote screen after closing).
pub fn with_votes(app: &mut App) {
    app.commit(Event::BallotCast {
        voter: ParticipantId(100),
        audience: "promoters".into(),
        picks: vec![NoteId(303), NoteId(306)],
    });
    app.commit(Event::BallotCast {
        voter: ParticipantId(101),
        audience: "promoters".into(),
        picks: vec![NoteId(303)],
    });
    app.commit(Event::VotingClosed);
    app.commit(Event::Decided {
        measure: NoteId(303),
        decision: Decision {
            impact: Impact::Effective,
            feasibility: Feasibility::Now,
            owner: Some(ParticipantId(100)),
            effort: None,
            due: None,
        },
    });
}

/// Two measures merged, a third marked for merging (before voting opens).
pub fn with_merge(app: &mut App) {
    let rows = cjm::app::vote_ops::rows(app);
    app.commit(Event::MeasuresMerged { keep: rows[1], merged: rows[0] });
    app.sel.merge_mark = rows.get(2).copied();
}

/// With [`with_votes`] done: one more promoters vote makes a tie, and the
/// round is closed again.
pub fn with_tie(app: &mut App) {
    app.commit(Event::VotingReopened);
    app.commit(Event::BallotCast {
        voter: ParticipantId(102),
        audience: "promoters".into(),
        picks: vec![NoteId(306)],
    });
    app.commit(Event::VotingClosed);
}

/// Every measure decided: 佐藤 owns two large ones (over 2× average),
/// 鈴木 and Alex one small one each.
pub fn with_load(app: &mut App) {
    with_votes(app);
    let rows = cjm::app::vote_ops::rows(app);
    let owners = [100, 100, 101, 102];
    let efforts = [Effort::L, Effort::L, Effort::S, Effort::S];
    for ((measure, owner), effort) in rows.into_iter().zip(owners).zip(efforts) {
        app.commit(Event::Decided {
            measure,
            decision: Decision {
                impact: Impact::Effective,
                feasibility: if owner == 100 { Feasibility::Now } else { Feasibility::Hard },
                owner: Some(ParticipantId(owner)),
                effort: Some(effort),
                due: Some("2026-12-15".into()),
            },
        });
    }
    app.sel.show_load = true;
}

pub fn key(code: KeyCode) -> TermEvent {
    TermEvent::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ch(c: char) -> TermEvent {
    key(KeyCode::Char(c))
}

pub fn ctrl(c: char) -> TermEvent {
    TermEvent::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle(&ch(c));
    }
}

/// Renders the app into a `w`×`h` test terminal.
pub fn render(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal.draw(|f| cjm::ui::draw(f, app)).expect("draw");
    terminal
}

/// The buffer as text, one line per row (wide cells' shadows skipped).
pub fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            out.push_str(sym);
            skip = cjm::app::text_input::display_width(sym).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// `]`, and when the step's checks are not all met, a reason and Enter.
pub fn next_step(app: &mut App) {
    app.handle(&ch(']'));
    if matches!(app.overlay, Some(cjm::app::Overlay::Missing { .. })) {
        type_text(app, "moving on");
        app.handle(&key(KeyCode::Enter));
    }
}

/// Four groups on the board for the overview: the fixture's Aチーム
/// (notes, some gaps) and B team (empty), plus "Cチーム（定着支援）" with
/// a persona, notes in every phase and "no As-Is today" marked for
/// Expansion, and "D team" with one unanswered pain point.
pub fn with_four_groups(app: &mut App) {
    use cjm::domain::PhaseId;
    let persona = cjm::domain::persona::Persona {
        name: "情報収集ニーズの低いエンドユーザー 山田さん".into(),
        quadrant: cjm::domain::persona::Quadrant::ALL[3],
        traits: String::new(),
        challenges: vec!["忙しい".into()],
    };
    app.commit(Event::PersonaSaved { id: PersonaId(2), persona });
    for (id, name, persona) in [(202, "Cチーム（定着支援）", Some(PersonaId(2))), (203, "D team", None)]
    {
        let group = Group { name: name.into(), persona, members: vec![] };
        app.commit(Event::GroupSaved { id: GroupId(id), group });
    }
    let [on, est, exp] = [PhaseId(15), PhaseId(16), PhaseId(17)];
    let notes: [(u32, u32, PhaseId, NoteKind, &str); 10] = [
        (400, 202, on, NoteKind::Pain, "権限設定で迷う"),
        (401, 202, on, NoteKind::AsIs, "設定ガイド"),
        (402, 202, est, NoteKind::Pain, "使い方が属人化"),
        (403, 202, est, NoteKind::AsIs, "勉強会"),
        (404, 202, est, NoteKind::AsIs, "FAQ"),
        (405, 202, exp, NoteKind::Pain, "追加購入の判断材料がない"),
        (406, 202, exp, NoteKind::ToBe, "ROI レポート"),
        (407, 203, on, NoteKind::Pain, "Login is confusing"),
        (408, 203, on, NoteKind::Pain, "No one reads the welcome mail"),
        (409, 203, est, NoteKind::ToBe, "Monthly tips"),
    ];
    for (id, group, phase, kind, text) in notes {
        let note = Note {
            group: GroupId(group),
            persona: None,
            phase,
            kind,
            text: text.into(),
            author: None,
            answers: vec![],
        };
        app.commit(Event::NoteAdded { id: NoteId(id), note });
    }
    app.commit(Event::NoteLinked { id: NoteId(406), answers: vec![NoteId(405)] });
    app.commit(Event::AsIsNoneMarked { group: GroupId(202), phase: exp, none: true });
}
