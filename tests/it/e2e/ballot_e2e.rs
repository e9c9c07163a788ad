//! Secret ballots end to end (#17): ten voters vote 3+3 on a session
//! already on its vote step with voting open; four of them from their
//! own `cjm join` panes, six entered by the facilitator. Every frame the
//! facilitator's pane and its presenter view show before the round
//! closes is checked for a pick; each participant's pane shows only its
//! own; an over-budget pick is refused on the pane of who made it alone;
//! the ranking after closing is the one the same ballots entered by the
//! facilitator give.

use std::path::Path;

use crate::support::tmux::{self, Tmux};
use crate::ui_common::{T0, stamp, workshop_events};
use cjm::domain::clock::MINUTE;
use cjm::domain::group::Participant;
use cjm::domain::note::{Note, NoteKind};
use cjm::domain::{Event, GroupId, NoteId, ParticipantId, PhaseId, Stamped};

/// The measures in list order (id order), by a part of their text.
const MEASURES: [&str; 6] =
    ["キックオフ", "初期設定の代行", "月次の定例会", "ヘルススコア", "Welcome call", "Usage report"];
/// The voters in id order (the facilitator's Tab order).
const VOTERS: [&str; 10] = ["佐藤", "鈴木", "Alex", "Kim", "Lee", "Ito", "Mori", "Sano", "Ueda", "Vega"];
/// Those who vote on their own panes (indexes into [`VOTERS`]).
const JOINED: [usize; 4] = [0, 3, 4, 5];

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("cjm").display().to_string()
}

fn pane(home: &Path, width: u16, height: u16, args: &[&str]) -> Tmux {
    let home_str = home.display().to_string();
    let mut argv = vec![bin()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let env = [("CJM_HOME", home_str.as_str()), ("TERM", "xterm-256color"), ("LANG", "en_US.UTF-8")];
    Tmux::start(home, width, height, &env, &argv)
}

/// Voter `v`'s picks (indexes into [`MEASURES`]) for promoters and end users.
fn plan(v: usize) -> [[usize; 3]; 2] {
    [[v % 6, (v + 2) % 6, (v + 3) % 6], [(v + 1) % 6, (v + 4) % 6, (v + 5) % 6]]
}

/// The fixture with ten voters (ids 100, 110…, in [`VOTERS`] order),
/// six measures, on the vote step with voting open. Returns the events
/// before voting opens, for the reference.
pub(crate) fn session(path: &Path) -> (cjm::domain::Header, Vec<Stamped>, Vec<NoteId>) {
    let (header, mut events) = workshop_events();
    let at = T0 + 11 * MINUTE;
    // The fixture has 佐藤 100, 鈴木 101, Alex 102; the rest are new.
    for (i, name) in ["Kim", "Lee", "Ito", "Mori", "Sano", "Ueda", "Vega"].iter().enumerate() {
        let participant = Participant { name: (*name).into(), votes: true };
        events.push(stamp(at, Event::ParticipantSaved { id: ParticipantId(110 + i as u32), participant }));
    }
    for (id, text) in [(320, "Welcome call"), (321, "Usage report")] {
        let note = Note {
            group: GroupId(201),
            persona: None,
            phase: PhaseId(16),
            kind: NoteKind::ToBe,
            text: text.into(),
            author: None,
            answers: vec![],
        };
        events.push(stamp(at, Event::NoteAdded { id: NoteId(id), note }));
    }
    // Entered now, so its timebox has not run out (no time-up prompt).
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_millis();
    events.push(stamp(u64::try_from(now).expect("ms"), Event::StepEntered { step: 5 }));
    let mut seed = events.clone();
    seed.push(stamp(seed.last().map_or(at, |s| s.at), Event::VotingOpened));
    cjm::store::file::create(path, &header, &seed, false).expect("writes the session");
    let s = cjm::domain::fold(header.clone(), &events);
    let measures: Vec<NoteId> = s.vote_list().into_iter().map(|(id, _)| id).collect();
    assert_eq!(measures.len(), MEASURES.len());
    (header, events, measures)
}

/// Moves to measure `k` from the top and presses Enter.
pub(crate) fn pick(t: &Tmux, k: usize) {
    let mut keys = vec!["Up"; 8];
    keys.extend(std::iter::repeat_n("Down", k));
    keys.push("Enter");
    t.keys(&keys);
}

/// A frame the room sees: no pick marked, no total, no ranking.
fn room_frame(frames: &mut Vec<String>, screen: String) {
    assert!(!screen.contains('●'), "a pick shows before the round closes:\n{screen}");
    let tally =
        screen.match_indices(" votes").any(|(i, _)| screen[..i].ends_with(|c: char| c.is_ascii_digit()));
    assert!(!screen.contains("Ranking") && !tally, "a total shows:\n{screen}");
    frames.push(screen);
}

/// The lines of a participant's ballot marked picked name exactly its
/// own picks for the selected audience.
fn own_only(t: &Tmux, mine: &[usize]) {
    let screen = t.screen();
    let marked: Vec<&str> = screen.lines().filter(|l| l.contains("[●]")).collect();
    assert_eq!(marked.len(), mine.len(), "{screen}");
    for k in mine {
        assert!(marked.iter().any(|l| l.contains(MEASURES[*k])), "{}:\n{screen}", MEASURES[*k]);
    }
}

#[test]
fn ten_voters_vote_three_and_three_and_no_pick_shows_before_the_round_closes() {
    if !tmux::available("ten_voters_vote_three_and_three_and_no_pick_shows_before_the_round_closes") {
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let path = home.path().join("vote.ron");
    let (header, before, measures) = session(&path);
    let p = path.display().to_string();
    let fac = pane(home.path(), 120, 40, &["run", &p]);
    fac.wait_for("Step 6/8 · Vote");
    let panes: Vec<Tmux> = JOINED
        .iter()
        .map(|v| pane(home.path(), 80, 24, &["join", &p, "--as", VOTERS[*v], "--group", "2"]))
        .collect();
    for (t, v) in panes.iter().zip(JOINED) {
        t.wait_for(&format!("Your ballot · {}", VOTERS[v]));
    }
    fac.wait_for("鈴木 · not joined");
    let mut frames = Vec::new();
    // The facilitator's selected voter is 佐藤, who votes on a pane.
    room_frame(&mut frames, fac.wait_for("  ·   · 佐藤 · joined"));

    for (i, (t, v)) in panes.iter().zip(JOINED).enumerate() {
        for (a, (label, picks)) in ["Promoters", "End users"].iter().zip(plan(v)).enumerate() {
            if a == 1 {
                t.keys(&["a"]);
                t.wait_for("▸End users");
            }
            for (n, k) in picks.iter().enumerate() {
                pick(t, *k);
                let saved = format!("Saved “your picks for {label}”");
                let count = format!("▸{label} {}/3", n + 1);
                t.wait_until(&count, |s| s.contains(&saved) && s.contains(&count) && !s.contains("Sending"));
                room_frame(&mut frames, fac.screen());
            }
            own_only(t, &picks);
        }
        // A fourth pick for end users: refused, on this pane alone.
        let spare = (0..6).find(|k| !plan(v)[1].contains(k)).expect("a measure not picked");
        pick(t, spare);
        t.wait_for("Not taken: “your picks for End users”: over the budget");
        own_only(t, &plan(v)[1]);
        for (w, other) in panes.iter().enumerate() {
            if w > i {
                assert!(!other.screen().contains("over the budget"), "{}", other.screen());
            }
        }
        room_frame(&mut frames, fac.wait_for(&format!("✓ {}", VOTERS[v])));
    }
    fac.keys(&["P"]);
    room_frame(&mut frames, fac.wait_for(&format!("{}/10 voted", JOINED.len())));
    fac.keys(&["Escape"]);
    fac.wait_for("Voters ·");

    // The facilitator enters the other six, as before #17, going round
    // every voter with Tab: the joined ones show nothing and refuse Enter.
    for (v, name) in VOTERS.iter().enumerate().skip(1).chain([(0, &VOTERS[0])]) {
        fac.keys(&["Tab"]);
        if JOINED.contains(&v) {
            room_frame(&mut frames, fac.wait_for(&format!("{name} votes on their own terminal")));
            fac.keys(&["Enter"]);
            room_frame(&mut frames, fac.wait_for("their picks stay hidden until the round closes"));
            continue;
        }
        fac.wait_for(&format!("{name} · Voting for: Promoters (0/3)"));
        for (a, (label, picks)) in ["Promoters", "End users"].iter().zip(plan(v)).enumerate() {
            if a == 1 {
                fac.keys(&["a"]);
                fac.wait_for(&format!("{name} · Voting for: End users"));
            }
            for (n, k) in picks.iter().enumerate() {
                pick(&fac, *k);
                fac.wait_for(&format!("{name} · Voting for: {label} ({}/3)", n + 1));
            }
        }
        fac.keys(&["a"]);
        fac.wait_for(&format!("{name} · Voting for: Promoters"));
    }
    fac.keys(&["P"]);
    room_frame(&mut frames, fac.wait_for("10/10 voted"));
    fac.keys(&["Escape"]);
    fac.wait_for("Voters · 10/10 voted");

    fac.keys(&["c"]);
    fac.wait_for("Ranking · Promoters");
    for t in &panes {
        t.wait_for("Ranking · Promoters");
    }

    // The recorded ballots are the planned ones; the ranking equals the
    // one the same ballots entered by the facilitator give.
    let parsed = cjm::store::load(&path).expect("loads");
    let live = cjm::domain::fold(header.clone(), &parsed.events);
    let mut reference = before.clone();
    reference.push(stamp(T0 + 12 * MINUTE, Event::VotingOpened));
    let ids: Vec<ParticipantId> = live.voters().map(|(id, _)| id).collect();
    assert_eq!(ids.len(), 10);
    for (v, voter) in ids.iter().enumerate() {
        assert_eq!(live.participant_name(*voter), VOTERS[v]);
        for (aud, picks) in ["promoters", "end_users"].iter().zip(plan(v)) {
            let want: Vec<NoteId> = picks.iter().map(|k| measures[*k]).collect();
            let got = &live.ballots[&(*voter, (*aud).to_string())];
            assert_eq!(sorted(got), sorted(&want), "{} {aud}", VOTERS[v]);
            let event = Event::BallotCast { voter: *voter, audience: (*aud).into(), picks: want };
            reference.push(stamp(T0 + 13 * MINUTE, event));
        }
    }
    reference.push(stamp(T0 + 14 * MINUTE, Event::VotingClosed));
    let by_facilitator = cjm::domain::fold(header, &reference);
    for aud in ["promoters", "end_users"] {
        assert_eq!(live.ranking(aud), by_facilitator.ranking(aud), "{aud}");
    }
    let own = parsed.events.iter().filter(|s| matches!(s.event, Event::BallotSent { .. })).count();
    assert_eq!(own, JOINED.len() * 6, "each joined pick came in once, as its own terminal's");
    eprintln!("checked {} room frames", frames.len());
}

fn sorted(picks: &[NoteId]) -> Vec<NoteId> {
    let mut p = picks.to_vec();
    p.sort();
    p
}
