//! Replay: seeking anywhere in a long session, and `--summary` of the
//! sample as a whole process.
//!
//! `cargo bench --bench replay`. Targets: a seek into a 10,000-event
//! session has a median of at most 5 ms; `cjm replay --summary` of the
//! sample, start to exit, at most 20 ms.

#[path = "../tests/it/common.rs"]
#[allow(dead_code)] // shared with the tests, which use all of it
mod common;

use std::hint::black_box;
use std::process::Command;

use cjm::replay::Timeline;
use criterion::{Criterion, criterion_group, criterion_main};

fn seek(c: &mut Criterion) {
    let timeline = Timeline::new(common::header(), common::realistic_events(10_000));
    // Points spread over the whole session, visited in a scattered order.
    let points: Vec<usize> = (0..64).map(|i| (i * 7_919) % 10_001).collect();
    let mut k = 0;
    c.bench_function("seek_in_10000_events", |b| {
        b.iter(|| {
            k = (k + 1) % points.len();
            black_box(timeline.state_at(black_box(points[k])).notes.len())
        })
    });
}

fn summary_process(c: &mut Criterion) {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-workshop.ron");
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_cjm"))
            .args(["replay", sample, "--summary"])
            .env("CJM_HOME", env!("CARGO_TARGET_TMPDIR"))
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout.len()
    };
    assert!(run() > 0);
    c.bench_function("replay_summary_sample_process", |b| b.iter(|| black_box(run())));
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(3));
    targets = seek, summary_process
}
criterion_main!(benches);
