//! Replay over real files: long sessions, torn tails.

use crate::common;

use cjm::domain::fold;
use cjm::replay::Timeline;
use cjm::store;

#[test]
fn a_10000_event_session_seeks_to_the_same_state_as_folding() {
    let events = common::realistic_events(10_000);
    let header = common::header();
    let timeline = Timeline::new(header.clone(), events.clone());
    for n in [0, 1, 255, 256, 257, 5_000, 9_999, 10_000] {
        assert_eq!(timeline.state_at(n), fold(header.clone(), &events[..n]), "at {n}");
    }
}

#[test]
fn a_torn_file_replays_everything_complete() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let events = common::realistic_events(50);
    store::create(&path, &common::header(), &events, false).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.truncate(bytes.len() - 10);
    std::fs::write(&path, &bytes).unwrap();
    let parsed = store::load(&path).unwrap();
    assert!(parsed.torn.is_some());
    let timeline = Timeline::new(parsed.header.clone(), parsed.events.clone());
    assert_eq!(timeline.len(), 49);
    assert_eq!(timeline.state_at(49), fold(parsed.header, &events[..49]));
}
