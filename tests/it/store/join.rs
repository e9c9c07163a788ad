//! Participants' outboxes taken in by the facilitator's intake (#16), on
//! real files: random interleavings of proposals from several outboxes,
//! the facilitator's own changes and restarts, and hostile outboxes.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use cjm::domain::discuss::{self, Groups, Words};
use cjm::domain::note::{Note, NoteKind};
use cjm::domain::proposal::{OutboxHeader, Proposal};
use cjm::domain::{Event, FORMAT_VERSION, Journal, Lang, NoteId, Session, Stamped, fold, journal};
use cjm::join::intake::{Intake, Room};
use cjm::store::outbox::{self, Outbox};
use cjm::store::{Writer, file};
use proptest::prelude::*;

const NOW: u64 = 1_000_000;
const NAMES: [(&str, &str); 3] = [("佐藤", "A"), ("Lee", "B"), ("Kim", "A")];

/// The facilitator's process: the journal and the session's writer.
struct FileRoom {
    journal: Journal,
    writer: Writer,
    at: u64,
}

impl Room for FileRoom {
    fn session(&self) -> &Session {
        self.journal.session()
    }

    fn commit(&mut self, events: Vec<Event>) -> bool {
        self.at += 1;
        let records =
            journal::batch(events.into_iter().map(|event| Stamped { at: self.at, event }).collect());
        if self.writer.append_all(&records).is_err() {
            return false;
        }
        self.journal.push_all(records);
        true
    }
}

impl FileRoom {
    fn open(path: &Path) -> FileRoom {
        let (parsed, lock) = file::load_locked(path).expect("loads");
        assert!(parsed.torn.is_none());
        let at = parsed.events.last().map_or(NOW, |s| s.at);
        let writer = Writer::open_locked(path, lock).expect("opens");
        FileRoom { journal: Journal::new(parsed.header, parsed.events), writer, at }
    }
}

/// A discussion of two groups on its discussion step.
fn new_session(dir: &Path) -> PathBuf {
    let template = cjm::templates::default_for(Lang::En).discussion_only(90).expect("valid");
    let header = discuss::header(template, "decide", None, NOW);
    let words = Words { group: "Group ", reason: "r" };
    let events = discuss::start(&Session::new(header.clone()), Groups::Count(2), words, NOW);
    let path = dir.join("s.ron");
    cjm::store::create(&path, &header, &events, false).expect("created");
    path
}

fn header_for(name: &str, group: &str, session: u64) -> OutboxHeader {
    OutboxHeader { format: FORMAT_VERSION, participant: name.into(), session, group: Some(group.into()) }
}

fn outboxes(path: &Path) -> Vec<Outbox> {
    let created = cjm::store::load(path).expect("loads").header.created_at;
    NAMES.iter().map(|(n, g)| Outbox::open(path, &header_for(n, g, created), NOW).expect("outbox")).collect()
}

#[derive(Debug, Clone)]
enum Op {
    /// Participant `who` proposes: kind 0 add, 1 edit, 2 delete, 3 link; `pick` picks a note or a cell.
    Propose { who: usize, kind: u8, pick: u32 },
    /// The facilitator adds a note to a group, or deletes one.
    Facilitator { add: bool, pick: u32 },
    /// The facilitator leaves the discussion step and comes back later.
    Step { away: bool },
    /// The facilitator's process takes proposals in.
    TakeIn,
    /// The facilitator's process ends and starts again.
    Restart,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        5 => (0..3usize, 0..4u8, 0..40u32).prop_map(|(who, kind, pick)| Op::Propose { who, kind, pick }),
        2 => (any::<bool>(), 0..40u32).prop_map(|(add, pick)| Op::Facilitator { add, pick }),
        1 => any::<bool>().prop_map(|away| Op::Step { away }),
        3 => Just(Op::TakeIn),
        1 => Just(Op::Restart),
    ]
}

fn note_id(s: &Session, pick: u32) -> NoteId {
    let ids: Vec<NoteId> = s.notes.keys().copied().collect();
    if ids.is_empty() { NoteId(pick) } else { ids[pick as usize % ids.len()] }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Every proposal is taken in exactly once (accepted or refused),
    /// across restarts, and the facilitator's state is the fold of the
    /// session file alone.
    #[test]
    fn every_proposal_is_taken_in_once_and_the_file_alone_folds_to_the_state(ops in prop::collection::vec(op(), 1..60)) {
        let dir = tempfile::tempdir().unwrap();
        let path = new_session(dir.path());
        let mut outs = outboxes(&path);
        let mut room = FileRoom::open(&path);
        let mut intake = Intake::new(&path);
        let mut sent: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
        let discussion = discuss::discussion_step(&room.session().header.template).unwrap();
        for (k, op) in ops.into_iter().enumerate() {
            match op {
                Op::Propose { who, kind, pick } => {
                    let s = room.session();
                    let phases = s.phases();
                    let proposal = match kind {
                        0 => Proposal::AddNote {
                            phase: phases[pick as usize % phases.len()].id,
                            kind: NoteKind::ROWS[pick as usize % 3],
                            text: format!("n{k}"),
                        },
                        1 => Proposal::EditNote { id: note_id(s, pick), text: format!("e{k}") },
                        2 => Proposal::DeleteNote { id: note_id(s, pick) },
                        _ => Proposal::LinkNote { id: note_id(s, pick), answers: vec![note_id(s, pick / 2)] },
                    };
                    let n = outs[who].send(proposal, NOW + k as u64).unwrap();
                    sent.entry(NAMES[who].0).or_default().push(n);
                }
                Op::Facilitator { add, pick } => {
                    let s = room.session();
                    let event = if add {
                        let group = *s.groups.keys().nth(pick as usize % 2).unwrap();
                        let note = Note { group, persona: None, phase: s.phases()[0].id, kind: NoteKind::Pain,
                            text: format!("f{k}"), author: None, answers: Vec::new() };
                        Event::NoteAdded { id: NoteId(s.fresh_id()), note }
                    } else {
                        Event::NoteDeleted { id: note_id(s, pick) }
                    };
                    let committed = room.commit(vec![event]);
                    prop_assert!(committed);
                }
                Op::Step { away } => {
                    let step = if away { discussion + 1 } else { discussion };
                    let moved = room.commit(vec![Event::StepEntered { step }]);
                    prop_assert!(moved);
                }
                Op::TakeIn => { intake.take_in(&mut room); }
                Op::Restart => {
                    drop(room);
                    room = FileRoom::open(&path);
                    intake = Intake::new(&path);
                }
            }
        }
        intake.take_in(&mut room);
        let parsed = cjm::store::load(&path).unwrap();
        let mut taken: BTreeMap<String, Vec<u64>> = BTreeMap::new();
        for stamped in &parsed.events {
            if let Event::ProposalAccepted { from, number, .. } | Event::ProposalRefused { from, number, .. } = &stamped.event {
                taken.entry(from.clone()).or_default().push(*number);
            }
        }
        for (name, numbers) in &sent {
            prop_assert_eq!(taken.get(*name).cloned().unwrap_or_default(), numbers.clone(), "{}", name);
        }
        prop_assert_eq!(&fold(parsed.header, &parsed.events), room.session());
        // Every accepted proposal's note of its own is its group's, by it.
        for note in room.session().notes.values().filter(|n| n.author.is_some()) {
            let author = note.author.as_deref().unwrap();
            prop_assert_eq!(cjm::domain::proposal::group_of(room.session(), author), Some(note.group));
        }
    }
}

/// The session file's text after taking in whatever `setup` put in the
/// outboxes' folder, with one good participant beside it.
fn take_in_beside(
    setup: impl FnOnce(&Path, &Path),
) -> (tempfile::TempDir, PathBuf, FileRoom, cjm::join::intake::Taken) {
    let dir = tempfile::tempdir().unwrap();
    let path = new_session(dir.path());
    let created = cjm::store::load(&path).unwrap().header.created_at;
    let mut good = Outbox::open(&path, &header_for("Lee", "B", created), NOW).unwrap();
    let phase = cjm::store::load(&path).map(|p| fold(p.header, &p.events)).unwrap().phases()[0].id;
    good.send(Proposal::AddNote { phase, kind: NoteKind::Pain, text: "good".into() }, NOW).unwrap();
    setup(&path, &outbox::join_dir(&path));
    let mut room = FileRoom::open(&path);
    let taken = Intake::new(&path).take_in(&mut room);
    (dir, path, room, taken)
}

fn good_note_in(room: &FileRoom) -> bool {
    room.session().notes.values().any(|n| n.text == "good" && n.author.as_deref() == Some("Lee"))
}

#[test]
fn an_outbox_of_another_session_or_not_an_outbox_is_set_aside_and_others_go_on() {
    let (_dir, path, room, taken) = take_in_beside(|path, dir| {
        let foreign = header_for("Kim", "A", 7);
        fs::write(dir.join("Kim.ron"), format!("{}\n", ron::to_string(&foreign).unwrap())).unwrap();
        fs::write(dir.join("Bob.ron"), "garbage\n(n:1)\n").unwrap();
        fs::write(
            dir.join("Sam.ron"),
            format!("{}\n", ron::to_string(&header_for("Other", "A", 0)).unwrap()),
        )
        .unwrap();
        let _ = path;
    });
    assert!(good_note_in(&room));
    assert_eq!(taken.ignored.len(), 3, "{:?}", taken.ignored);
    assert!(room.session().participants.values().all(|p| p.name != "Kim"), "nothing of a foreign outbox");
    assert_eq!(
        fold(cjm::store::load(&path).unwrap().header, &cjm::store::load(&path).unwrap().events),
        *room.session()
    );
}

#[test]
fn corrupt_huge_deep_and_torn_lines_are_refused_or_wait_and_others_go_on() {
    let (_dir, path, room, _) = take_in_beside(|path, dir| {
        let created = cjm::store::load(path).unwrap().header.created_at;
        let mut text = format!("{}\n", ron::to_string(&header_for("Kim", "A", created)).unwrap());
        text += "not a proposal\n";
        text += &format!("(n:2,at:1,proposal:{}{})\n", "(".repeat(500), ")".repeat(500));
        text += &format!("(n:3,at:1,proposal:AddNote(phase:1,kind:Pain,text:\"{}\"))\n", "x".repeat(200_000));
        text += "(n:4,at:1,proposal:DeleteNo";
        fs::write(dir.join("Kim.ron"), text).unwrap();
    });
    assert!(good_note_in(&room));
    let refusals: Vec<_> = cjm::store::load(&path)
        .unwrap()
        .events
        .into_iter()
        .filter_map(|s| match s.event {
            Event::ProposalRefused { from, reason, .. } if from == "Kim" => Some(reason),
            _ => None,
        })
        .collect();
    use cjm::domain::proposal::Refusal::Unreadable;
    assert_eq!(refusals, vec![Unreadable, Unreadable, Unreadable], "the torn line waits");
}

#[test]
fn another_groups_note_is_refused_and_a_link_in_the_folder_is_not_read() {
    let (_dir, path, mut room, _) = take_in_beside(|_, _| {});
    assert!(good_note_in(&room));
    let lees = *room.session().notes.keys().next().unwrap();
    let created = room.session().header.created_at;
    let mut kim = Outbox::open(&path, &header_for("Kim", "A", created), NOW).unwrap();
    kim.send(Proposal::DeleteNote { id: lees }, NOW).unwrap();
    kim.send(Proposal::EditNote { id: lees, text: "mine".into() }, NOW).unwrap();
    #[cfg(unix)]
    {
        let elsewhere = path.with_file_name("elsewhere.ron");
        fs::write(&elsewhere, format!("{}\n", ron::to_string(&header_for("Zed", "A", created)).unwrap()))
            .unwrap();
        std::os::unix::fs::symlink(&elsewhere, outbox::join_dir(&path).join("Zed.ron")).unwrap();
    }
    let taken = Intake::new(&path).take_in(&mut room);
    assert!(good_note_in(&room), "Kim's delete and edit of Lee's note were refused");
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("reason:OtherGroup").count(), 2, "{text}");
    assert!(!text.contains("Zed"), "nothing read through the link");
    assert_eq!(taken.joined.len(), 1, "Kim joined");
}
