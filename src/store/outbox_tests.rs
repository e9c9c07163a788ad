use super::*;
use crate::domain::NoteId;

fn header(name: &str) -> OutboxHeader {
    OutboxHeader { format: FORMAT_VERSION, participant: name.into(), session: 42, group: Some("B".into()) }
}

fn delete(id: u32) -> Proposal {
    Proposal::DeleteNote { id: NoteId(id) }
}

fn taken(path: &Path) -> Vec<Numbered> {
    let bytes = fs::read(path).unwrap();
    let end = header_end(&bytes).unwrap();
    lines(&bytes[end..], end as u64).0.iter().map(|(_, l)| parse_line(l).unwrap()).collect()
}

#[test]
fn proposals_are_numbered_and_a_reopened_outbox_goes_on_counting() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let mut outbox = Outbox::open(&session, &header("佐藤"), 1).unwrap();
    assert_eq!(outbox.send(delete(1), 10).unwrap(), 1);
    assert_eq!(outbox.send(delete(2), 11).unwrap(), 2);
    drop(outbox);
    let mut outbox = Outbox::open(&session, &header("佐藤"), 1).unwrap();
    assert_eq!(outbox.send(delete(3), 12).unwrap(), 3);
    let path = outbox_path(&session, "佐藤");
    assert_eq!(taken(&path).iter().map(|n| n.n).collect::<Vec<_>>(), [1, 2, 3]);
    let bytes = fs::read(&path).unwrap();
    assert_eq!(parse_header(&bytes[..header_end(&bytes).unwrap() - 1]), Some(header("佐藤")));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(fs::metadata(join_dir(&session)).unwrap().permissions().mode() & 0o777, 0o700);
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn a_second_process_of_the_same_name_is_refused_naming_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let _first = Outbox::open(&session, &header("Lee"), 1).unwrap();
    let err = Outbox::open(&session, &header("Lee"), 1).unwrap_err();
    let pid = std::process::id().to_string();
    assert_eq!(err.downcast_ref::<OutboxError>(), Some(&OutboxError::Held { name: "Lee".into(), pid }));
    assert!(connected(&session, "Lee"));
    assert!(!connected(&session, "nobody"));
    let _other = Outbox::open(&session, &header("Kim"), 1).expect("another name is fine");
}

#[test]
fn connected_is_the_lock_held() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let outbox = Outbox::open(&session, &header("Lee"), 1).unwrap();
    assert!(connected(&session, "Lee"));
    drop(outbox);
    assert!(!connected(&session, "Lee"));
}

#[test]
fn a_torn_last_line_is_set_aside_and_the_numbers_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let mut outbox = Outbox::open(&session, &header("Lee"), 1).unwrap();
    outbox.send(delete(1), 10).unwrap();
    drop(outbox);
    let path = outbox_path(&session, "Lee");
    let mut file = fs::OpenOptions::new().append(true).open(&path).unwrap();
    file.write_all(b"(n:2,at:11,propos").unwrap();
    let mut outbox = Outbox::open(&session, &header("Lee"), 77).unwrap();
    assert_eq!(outbox.send(delete(2), 12).unwrap(), 2);
    assert_eq!(taken(&path).len(), 2, "the torn bytes are gone from the outbox");
    let backup = fs::read_dir(join_dir(&session))
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().contains(".torn-77"))
        .expect("a backup of the torn outbox");
    assert!(fs::read_to_string(backup.path()).unwrap().ends_with("propos"));
}

#[test]
fn another_sessions_outbox_a_link_and_a_bad_name_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    drop(Outbox::open(&session, &header("Lee"), 1).unwrap());
    let other = OutboxHeader { session: 43, ..header("Lee") };
    let err = Outbox::open(&session, &other, 1).unwrap_err();
    assert!(matches!(err.downcast_ref::<OutboxError>(), Some(OutboxError::Foreign(_))), "{err}");
    let err = Outbox::open(&session, &header("../x"), 1).unwrap_err();
    assert!(matches!(err.downcast_ref::<OutboxError>(), Some(OutboxError::BadName(_))), "{err}");
    #[cfg(unix)]
    {
        let target = dir.path().join("elsewhere");
        fs::write(&target, "mine\n").unwrap();
        std::os::unix::fs::symlink(&target, outbox_path(&session, "Kim")).unwrap();
        assert!(Outbox::open(&session, &header("Kim"), 1).is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "mine\n", "nothing written through the link");
        assert!(read_from(&outbox_path(&session, "Kim"), 0, 100).is_err(), "nor read through it");
    }
}

#[test]
fn hostile_lines_are_bounded() {
    assert_eq!(parse_line(&vec![b' '; MAX_LINE_BYTES + 1]), None, "too long");
    let deep = format!("(n:1,at:1,proposal:{}{})", "(".repeat(100), ")".repeat(100));
    assert_eq!(parse_line(deep.as_bytes()), None, "too deep");
    assert_eq!(parse_line(b"\xff\xfe"), None, "not text");
    let good = ron::to_string(&Numbered { n: 1, at: 1, proposal: delete(1) }).unwrap();
    assert!(parse_line(good.as_bytes()).is_some());
    let (got, next) = lines(b"a\n\n// c\nb\npartial", 100);
    assert_eq!(got, vec![(102, &b"a"[..]), (110, &b"b"[..])]);
    assert_eq!(next, 110, "the partial line waits");
}
