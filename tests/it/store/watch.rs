//! The folder watch behind `cjm join` and the facilitator's intake: it
//! wakes on new content, and not on the loop's own reading (which once
//! kept an idle room busy on a whole core).

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use cjm::join::watch::Watch;

fn wait_for(watch: &Watch, within: Duration) -> bool {
    let end = Instant::now() + within;
    while Instant::now() < end {
        if watch.take() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn reading_the_watched_files_is_not_a_change_and_writing_one_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("session.cjm.ron");
    std::fs::write(&file, "(version: 1)\n").expect("write");
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    let watch = Watch::start(&[dir.path()], move || {
        counter.fetch_add(1, Ordering::Relaxed);
    });
    assert!(watch.take(), "a new watch starts out changed, so the first look reads");
    // Settle, then read as the loop does: open, read to the end, close.
    std::thread::sleep(Duration::from_millis(200));
    let _ = watch.take();
    let before = wakes.load(Ordering::Relaxed);
    for _ in 0..20 {
        let mut text = String::new();
        std::fs::File::open(&file).and_then(|mut f| f.read_to_string(&mut text)).expect("read");
    }
    std::thread::sleep(Duration::from_millis(if watch.polling { 2500 } else { 300 }));
    assert!(!watch.take(), "reading is not a change");
    assert_eq!(wakes.load(Ordering::Relaxed), before, "reading woke the loop");
    let mut f = std::fs::OpenOptions::new().append(true).open(&file).expect("open");
    f.write_all(b"(at: 1)\n").expect("append");
    drop(f);
    assert!(wait_for(&watch, Duration::from_secs(3)), "an append is a change");
}

#[test]
fn only_events_that_can_mean_new_content_count() {
    use cjm::join::watch::is_change;
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RemoveKind};
    assert!(!is_change(&EventKind::Access(AccessKind::Open(AccessMode::Any))));
    assert!(!is_change(&EventKind::Access(AccessKind::Close(AccessMode::Read))));
    assert!(!is_change(&EventKind::Access(AccessKind::Read)));
    assert!(is_change(&EventKind::Access(AccessKind::Close(AccessMode::Write))));
    assert!(is_change(&EventKind::Create(CreateKind::File)));
    assert!(is_change(&EventKind::Modify(ModifyKind::Any)));
    assert!(is_change(&EventKind::Remove(RemoveKind::File)));
}
