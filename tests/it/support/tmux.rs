//! Drives the real `cjm` binary in a detached tmux session: type keys,
//! read the screen, wait for text with a deadline (never a fixed sleep).
//!
//! Without tmux the tests print a loud `SKIPPED:` line and pass, unless
//! `CJM_REQUIRE_TMUX` is set (CI sets it), where a missing tmux fails.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something.
pub const DEADLINE: Duration = Duration::from_secs(15);

/// A tmux session running one command; killed on drop.
pub struct Tmux {
    name: String,
    socket: String,
}

/// Whether tmux can be used; prints why not (loudly) when it cannot.
pub fn available(test: &str) -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var_os("CJM_REQUIRE_TMUX").is_some() {
            panic!("{test}: tmux not found, and CJM_REQUIRE_TMUX is set");
        }
        // Straight to the process's stderr: libtest captures `eprintln!`,
        // so under `cargo test` it would never show.
        let _ =
            writeln!(std::io::stderr(), "\n*** SKIPPED: {test}: tmux not found (apt-get install tmux) ***\n");
    }
    ok
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Asks `probe` every 50 ms until it gives a value; after [`DEADLINE`]
/// fails naming `what` and the last state `probe` saw (its `Err`).
pub fn poll<T>(what: &str, mut probe: impl FnMut() -> Result<T, String>) -> T {
    let start = Instant::now();
    loop {
        match probe() {
            Ok(found) => return found,
            Err(seen) if start.elapsed() > DEADLINE => {
                panic!("timed out after {DEADLINE:?} waiting for {what}; last seen:\n{seen}")
            }
            Err(_) => std::thread::park_timeout(Duration::from_millis(50)),
        }
    }
}

impl Tmux {
    /// Starts `program args…` in a `width`×`height` pane with `env` set,
    /// in working directory `dir`.
    pub fn start(dir: &Path, width: u16, height: u16, env: &[(&str, &str)], argv: &[&str]) -> Tmux {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let name = format!("cjm-test-{}-{n}", std::process::id());
        let socket = format!("cjm-test-sock-{}-{n}", std::process::id());
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &socket, "-f", "/dev/null", "new-session", "-d", "-s", &name])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .arg("-c")
            .arg(dir);
        // A NO_COLOR in the developer's shell would change the starting
        // theme of every test: empty means unset (no-color.org) unless the
        // test sets it.
        if !env.iter().any(|(k, _)| *k == "NO_COLOR") {
            cmd.args(["-e", "NO_COLOR="]);
        }
        for (k, v) in env {
            cmd.args(["-e", &format!("{k}={v}")]);
        }
        // Keep the pane open after the program exits so its last screen and
        // exit status can be read.
        let script = format!("{}; echo \"[exit $?]\"; sleep 600", shell_join(argv));
        cmd.args(["sh", "-c", &script]);
        let status = cmd.status().expect("run tmux");
        assert!(status.success(), "tmux new-session failed");
        Tmux { name, socket }
    }

    fn tmux(&self) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]);
        c
    }

    /// Sends keys in tmux `send-keys` syntax (e.g. "Enter", "C-c", "q").
    pub fn keys(&self, keys: &[&str]) {
        let status =
            self.tmux().args(["send-keys", "-t", &self.name]).args(keys).status().expect("send-keys");
        assert!(status.success());
    }

    /// Types text literally (UTF-8, Japanese included).
    pub fn type_text(&self, text: &str) {
        let status =
            self.tmux().args(["send-keys", "-t", &self.name, "-l", text]).status().expect("send-keys -l");
        assert!(status.success());
    }

    /// The visible screen as text.
    pub fn screen(&self) -> String {
        let out = self.tmux().args(["capture-pane", "-p", "-t", &self.name]).output().expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The visible screen as text, lines the terminal wrapped joined again.
    pub fn joined_screen(&self) -> String {
        let out = self
            .tmux()
            .args(["capture-pane", "-p", "-J", "-t", &self.name])
            .output()
            .expect("capture-pane -J");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The visible screen with its colours and attributes as escape codes.
    pub fn styled_screen(&self) -> String {
        let out = self
            .tmux()
            .args(["capture-pane", "-e", "-p", "-t", &self.name])
            .output()
            .expect("capture-pane -e");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `text`; panics with the screen on timeout.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Waits until `pred` holds for the screen.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        poll(what, || {
            let screen = self.screen();
            if pred(&screen) { Ok(screen) } else { Err(screen) }
        })
    }

    /// `]` to the step titled `next` (e.g. "Step 3/8"); when the step's exit
    /// checks are not all met, answers the "Missing" overlay with a reason.
    pub fn next_step(&self, next: &str) {
        self.keys(&["]"]);
        let screen = self.wait_until(&format!("{next:?} or Missing"), |s| {
            s.contains(next) || s.contains("Missing (") || s.contains("不足 (")
        });
        if !screen.contains(next) {
            self.type_text("later");
            self.keys(&["Enter"]);
            self.wait_for(next);
        }
    }

    /// The cursor's (column, row) in the pane.
    pub fn cursor(&self) -> (u16, u16) {
        let out = self
            .tmux()
            .args(["display-message", "-p", "-t", &self.name, "#{cursor_x} #{cursor_y}"])
            .output()
            .expect("display-message");
        let text = String::from_utf8_lossy(&out.stdout);
        let mut parts = text.split_whitespace().map(|n| n.parse::<u16>().expect("a number"));
        (parts.next().expect("x"), parts.next().expect("y"))
    }

    /// Whether the pane shows the alternate screen (a full-screen app's).
    pub fn alternate_on(&self) -> bool {
        let out = self
            .tmux()
            .args(["display-message", "-p", "-t", &self.name, "#{alternate_on}"])
            .output()
            .expect("display-message");
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }

    /// Runs a tmux command on this session's server and returns what it
    /// printed (e.g. `["show-buffer"]`).
    pub fn server(&self, args: &[&str]) -> String {
        let out = self.tmux().args(args).output().expect("tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Resizes the pane.
    pub fn resize(&self, width: u16, height: u16) {
        let status = self
            .tmux()
            .args(["resize-window", "-t", &self.name, "-x", &width.to_string(), "-y", &height.to_string()])
            .status()
            .expect("resize-window");
        assert!(status.success());
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux().args(["kill-server"]).status();
    }
}

fn shell_join(argv: &[&str]) -> String {
    argv.iter().map(|a| format!("'{}'", a.replace('\'', "'\\''"))).collect::<Vec<_>>().join(" ")
}
