//! The store's hot paths: one durable append, and opening a long session.
//!
//! `cargo bench --bench store`. Targets: an append (write + fsync) has a
//! median of at most 1 ms and does not grow with the file (10,000 events
//! within 1.5× of 100); loading and folding 10,000 events takes at most
//! 15 ms, and so does opening such a session in `run`, `join`, `replay`.

#[path = "../tests/it/common.rs"]
#[allow(dead_code)] // shared with the tests, which use all of it
mod common;

use std::fs::OpenOptions;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use cjm::domain::{Event, fold};
use cjm::store::{self, Writer};
use criterion::{Criterion, criterion_group, criterion_main};

/// A scratch directory on the target directory's disk: `/tmp` may be a
/// tmpfs, where fsync costs nothing and the append figure would lie.
fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("bench-store-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()
}

fn session(dir: &Path, name: &str, n: usize) -> std::path::PathBuf {
    let path = dir.join(name);
    store::create(&path, &common::header(), &common::realistic_events(n), false).unwrap();
    path
}

fn append(c: &mut Criterion) {
    let dir = scratch();
    let mut group = c.benchmark_group("append");
    let event = common::realistic_events(40).pop().unwrap();
    for n in [100, 10_000] {
        let path = session(dir.path(), &format!("s{n}.ron"), n);
        let size = std::fs::metadata(&path).unwrap().len();
        group.bench_function(format!("{n}_events"), |b| {
            b.iter_custom(|iters| {
                let mut writer = Writer::open(&path).unwrap();
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    writer.append(black_box(&event)).unwrap();
                    total += start.elapsed();
                }
                drop(writer);
                // Back to n events so every sample appends to the same size.
                OpenOptions::new().write(true).open(&path).unwrap().set_len(size).unwrap();
                total
            })
        });
    }
    group.finish();
}

fn load_and_fold(c: &mut Criterion) {
    let dir = scratch();
    let path = session(dir.path(), "s.ron", 10_000);
    let parsed = store::load(&path).unwrap();
    assert_eq!(parsed.events.len(), 10_000);
    assert!(parsed.events.iter().any(|e| matches!(e.event, Event::BallotCast { .. })));
    c.bench_function("load_and_fold_10000_events", |b| {
        b.iter(|| {
            let parsed = store::load(black_box(&path)).unwrap();
            let session = fold(parsed.header, &parsed.events);
            black_box(session.notes.len())
        })
    });
    // The two halves, to see where the time goes.
    let bytes = std::fs::read(&path).unwrap();
    c.bench_function("parse_10000_events", |b| {
        b.iter(|| black_box(store::format::parse(&path, black_box(&bytes)).unwrap().events.len()))
    });
    c.bench_function("fold_10000_events", |b| {
        b.iter(|| black_box(fold(parsed.header.clone(), black_box(&parsed.events)).notes.len()))
    });
}

/// Opening a 10,000-event session as each command does, up to the state
/// it draws from (target ≤ 15 ms each, #13): `run` loads, locks, opens
/// the writer and folds; `join` follows the file read-only and folds;
/// `replay` loads and builds its timeline (checkpoints for seeking).
fn open(c: &mut Criterion) {
    let dir = scratch();
    let path = session(dir.path(), "open.ron", 10_000);
    let mut group = c.benchmark_group("open 10000 events");
    group.bench_function("run", |b| {
        b.iter(|| {
            black_box(cjm::tui::load_app(black_box(&path), 1_800_000_000_000).unwrap().session().notes.len())
        })
    });
    group.bench_function("join", |b| {
        b.iter(|| {
            let (follower, parsed) = cjm::store::follow::Follower::open(black_box(&path)).unwrap();
            let journal = cjm::domain::Journal::new(parsed.header, parsed.events);
            black_box((follower.path().as_os_str().len(), journal.session().notes.len()))
        })
    });
    group.bench_function("replay", |b| {
        b.iter(|| black_box(cjm::tui::replay::load(black_box(&path), 1.0, None).unwrap()))
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1))
}

criterion_group! { name = benches; config = config(); targets = append, load_and_fold, open }
criterion_main!(benches);
