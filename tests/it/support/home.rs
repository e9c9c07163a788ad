//! A temporary `CJM_HOME` and the real `cjm` binary run in it with a
//! cleared environment, for the command-line tests.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// A fresh `CJM_HOME`, removed on drop.
pub struct Home {
    dir: TempDir,
}

impl Home {
    /// A new, empty home.
    pub fn new() -> Self {
        Self { dir: TempDir::new().unwrap() }
    }

    /// `cjm` with only `CJM_HOME` and `PATH` set, run in the home.
    pub fn cjm(&self) -> Command {
        let mut cmd = Command::cargo_bin("cjm").unwrap();
        cmd.env_clear()
            .env("CJM_HOME", self.dir.path())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .current_dir(self.dir.path());
        cmd
    }

    /// `cjm --lang ja`.
    pub fn ja(&self) -> Command {
        let mut cmd = self.cjm();
        cmd.args(["--lang", "ja"]);
        cmd
    }

    /// A path inside the home.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The file of session `name` in the data directory.
    pub fn session(&self, name: &str) -> PathBuf {
        self.path(&format!("sessions/{name}.ron"))
    }
}

/// Writes a file, creating its directory.
pub fn write(path: &Path, bytes: &[u8]) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}
