//! `cjm join` (#16): how long a participant's note takes to reach the
//! facilitator's session, and what an idle room costs.
//!
//! `cargo bench --bench join`. Two measurements:
//!
//! 1. Latency, on real files on the target directory's disk: 12
//!    participants (threads, each with its own outbox) save a note every
//!    2 s (jittered) for `JOIN_BENCH_SECS` (default 30); the facilitator's
//!    side (a thread running what its event loop runs between frames: the
//!    inotify watch, the intake, the session's durable writer, the
//!    journal) takes them in. Measured from just before the participant's
//!    write to the moment the note is in the facilitator's journal (what
//!    its next frame draws), p50/p95/p99; in a fresh session and in one of
//!    10,000 events. Not measured here: drawing the frame (see
//!    `benches/render.rs`) and the terminal.
//! 2. Idle CPU: the real binaries in tmux (the facilitator's `cjm
//!    discuss` and one `cjm join`), CPU seconds (utime + stime from
//!    /proc) over `JOIN_IDLE_SECS` (default 60) with nothing changing.
//!    Skipped without tmux.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use cjm::domain::discuss::{self, Groups, Words};
use cjm::domain::note::{Note, NoteKind};
use cjm::domain::proposal::{OutboxHeader, Proposal};
use cjm::domain::{Event, FORMAT_VERSION, Journal, Lang, NoteId, Session, Stamped, fold, journal};
use cjm::join::intake::{Intake, Room};
use cjm::join::watch::Watch;
use cjm::store::outbox::Outbox;
use cjm::store::{Writer, file};

const NOW: u64 = 1_000_000;
const PARTICIPANTS: usize = 12;

struct FileRoom {
    journal: Journal,
    writer: Writer,
}

impl Room for FileRoom {
    fn session(&self) -> &Session {
        self.journal.session()
    }

    fn commit(&mut self, events: Vec<Event>) -> bool {
        let records = journal::batch(events.into_iter().map(|event| Stamped { at: NOW, event }).collect());
        if self.writer.append_all(&records).is_err() {
            return false;
        }
        self.journal.push_all(records);
        true
    }
}

fn env_secs(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A discussion of four groups on its discussion step, with `extra`
/// notes of the facilitator's already in it.
fn new_session(dir: &Path, extra: usize) -> PathBuf {
    let template = cjm::templates::default_for(Lang::En).discussion_only(90).expect("valid");
    let header = discuss::header(template, "decide", None, NOW);
    let words = Words { group: "Group ", reason: "r" };
    let mut events = discuss::start(&Session::new(header.clone()), Groups::Count(4), words, NOW);
    let s = fold(header.clone(), &events);
    let group = *s.groups.keys().next().unwrap();
    let phase = s.phases()[0].id;
    for (id, i) in (s.fresh_id()..).zip(0..extra) {
        let text = format!("オンボーディング時に設定項目が多すぎて離脱する {i}");
        let note =
            Note { group, persona: None, phase, kind: NoteKind::Pain, text, author: None, answers: vec![] };
        events.push(Stamped { at: NOW, event: Event::NoteAdded { id: NoteId(id), note } });
    }
    let path = dir.join("s.ron");
    cjm::store::create(&path, &header, &events, false).expect("created");
    path
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn latency(extra: usize, secs: u64) {
    let dir = tempfile::Builder::new().prefix("bench-join-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let path = new_session(dir.path(), extra);
    let (parsed, lock) = file::load_locked(&path).unwrap();
    let created = parsed.header.created_at;
    let phase = fold(parsed.header.clone(), &parsed.events).phases()[0].id;
    let mut room = FileRoom {
        journal: Journal::new(parsed.header, parsed.events),
        writer: Writer::open_locked(&path, lock).unwrap(),
    };
    let sent_at: Arc<Mutex<std::collections::HashMap<String, Instant>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let mut outboxes = Vec::new();
    let letters = ["A", "B", "C", "D"];
    for i in 0..PARTICIPANTS {
        let header = OutboxHeader {
            format: FORMAT_VERSION,
            participant: format!("p{i}"),
            session: created,
            group: Some(letters[i % 4].into()),
        };
        outboxes.push(Outbox::open(&path, &header, NOW).unwrap());
    }
    let (tx, rx) = mpsc::sync_channel::<()>(1);
    let watch = Watch::start(&[&cjm::store::outbox::join_dir(&path)], move || {
        let _ = tx.try_send(());
    });
    let mut intake = Intake::new(&path);
    intake.take_in(&mut room);
    let mut writers = Vec::new();
    for (i, mut outbox) in outboxes.into_iter().enumerate() {
        let sent_at = Arc::clone(&sent_at);
        let stop = Arc::clone(&stop);
        writers.push(std::thread::spawn(move || {
            // Spread over the first two seconds, then every 2 s ± 200 ms.
            std::thread::sleep(Duration::from_millis(2000 * i as u64 / PARTICIPANTS as u64));
            let mut k = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let text = format!("p{i} note {k}");
                sent_at.lock().unwrap().insert(text.clone(), Instant::now());
                outbox.send(Proposal::AddNote { phase, kind: NoteKind::Pain, text }, NOW).unwrap();
                k += 1;
                let jitter = (k * 7919 + i as u64 * 104_729) % 400;
                std::thread::sleep(Duration::from_millis(1800 + jitter));
            }
        }));
    }
    let mut latencies = Vec::new();
    let end = Instant::now() + Duration::from_secs(secs);
    let mut seen = room.session().notes.len();
    while Instant::now() < end {
        // The event loop's wait: woken by the watch, or a quarter second.
        let _ = rx.recv_timeout(Duration::from_millis(250));
        if !watch.take() {
            continue;
        }
        intake.take_in(&mut room);
        let now = Instant::now();
        let notes = &room.session().notes;
        if notes.len() != seen {
            let sent = sent_at.lock().unwrap();
            for note in notes.values().rev().take(notes.len() - seen) {
                if let Some(at) = sent.get(&note.text) {
                    latencies.push(now - *at);
                }
            }
            seen = notes.len();
        }
    }
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        let _ = w.join();
    }
    latencies.sort();
    if latencies.is_empty() {
        println!("join latency ({extra} events before): no samples");
        return;
    }
    println!(
        "join latency, {PARTICIPANTS} participants, a note each every 2 s, {secs} s, session of {} events before: n={} p50={:.1} ms p95={:.1} ms p99={:.1} ms max={:.1} ms (watch polling: {})",
        extra,
        latencies.len(),
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.95).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().unwrap().as_secs_f64() * 1e3,
        watch.polling,
    );
}

fn cpu_seconds(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn tmux(socket: &str, args: &[&str]) -> bool {
    std::process::Command::new("tmux").args(["-L", socket]).args(args).status().is_ok_and(|s| s.success())
}

fn idle(secs: u64) {
    if !std::process::Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success()) {
        println!("SKIPPED: idle CPU: no tmux");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().display().to_string();
    let path = dir.path().join("s.ron").display().to_string();
    let bin = env!("CARGO_BIN_EXE_cjm");
    let socket = format!("cjm-bench-{}", std::process::id());
    let env = format!("CJM_HOME={home}");
    let run = |name: &str, cmd: String| {
        tmux(
            &socket,
            &[
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                "100",
                "-y",
                "30",
                "-e",
                &env,
                "-e",
                "TERM=xterm-256color",
                &cmd,
            ],
        )
    };
    run("f", format!("{bin} discuss {path} --goal g --groups 2"));
    std::thread::sleep(Duration::from_secs(2));
    run("p", format!("{bin} join {path} --as idle --group A"));
    std::thread::sleep(Duration::from_secs(2));
    // Each process names itself in its lock file.
    let pid_in = |lock: String| std::fs::read_to_string(lock).ok().map(|p| p.trim().to_string());
    let pids: Vec<(String, String)> =
        [("f", format!("{path}.lock")), ("p", format!("{path}.join/idle.ron.lock"))]
            .into_iter()
            .filter_map(|(n, lock)| pid_in(lock).map(|p| (n.to_string(), p)))
            .collect();
    let before: Vec<Option<f64>> = pids.iter().map(|(_, p)| cpu_seconds(p)).collect();
    std::thread::sleep(Duration::from_secs(secs));
    for ((name, pid), before) in pids.iter().zip(before) {
        let after = cpu_seconds(pid);
        let who = if name == "f" { "facilitator (cjm discuss)" } else { "participant (cjm join)" };
        match (before, after) {
            (Some(b), Some(a)) => println!("idle CPU, {who}: {:.2} s over {secs} s", a - b),
            _ => println!("idle CPU, {who}: could not read /proc/{pid}/stat"),
        }
    }
    tmux(&socket, &["kill-server"]);
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let secs = env_secs("JOIN_BENCH_SECS", 30);
    latency(0, secs);
    latency(10_000, secs);
    idle(env_secs("JOIN_IDLE_SECS", 60));
}
