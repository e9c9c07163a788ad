//! On a full disk `cjm run` names the path it could not write and leaves
//! no empty lock file behind. Needs a tiny tmpfs (root); without one it
//! says SKIPPED.

#![cfg(target_os = "linux")]

use crate::common;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Command;

use cjm::domain::{Event, Stamped};

/// A 64 KiB tmpfs mounted on a temporary directory, unmounted on drop.
struct Tiny(tempfile::TempDir);

impl Tiny {
    fn mount() -> Option<Tiny> {
        let dir = tempfile::tempdir().ok()?;
        let ok =
            Command::new("mount").args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"]).arg(dir.path()).status();
        ok.ok()?.success().then_some(Tiny(dir))
    }
    fn path(&self) -> &Path {
        self.0.path()
    }
}

impl Drop for Tiny {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

#[test]
fn run_on_a_full_disk_names_the_lock_and_leaves_no_lock_file() {
    let Some(tiny) = Tiny::mount() else {
        let _ = writeln!(std::io::stderr(), "SKIPPED: run_on_a_full_disk: cannot mount a tmpfs here");
        return;
    };
    let path = tiny.path().join("s.ron");
    let events = [Stamped { at: common::T0 + 1, event: Event::GoalConfirmed }];
    cjm::store::create(&path, &common::header(), &events, false).expect("create");
    let before = fs::read(&path).expect("read");
    // Fill the disk to the last byte.
    let mut filler = fs::File::create(tiny.path().join("filler")).expect("filler");
    while filler.write_all(&[0u8; 512]).is_ok() {}
    while filler.write_all(&[0u8]).is_ok() {}
    drop(filler);
    let out = Command::new(env!("CARGO_BIN_EXE_cjm")).arg("run").arg(&path).output().expect("cjm");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lock = cjm::store::lock::lock_path(&path);
    assert!(stderr.contains(&lock.display().to_string()), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert!(!lock.exists(), "no empty lock file is left behind");
    assert_eq!(fs::read(&path).expect("read"), before);
}
