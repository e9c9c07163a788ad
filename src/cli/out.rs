//! The one way the command line writes to its output streams.
//!
//! `println!` panics when standard output is closed or full; these return
//! the error instead. A write to standard output that fails is an
//! [`OutputError`]: [`super::main`] ends quietly with exit 0 on a closed
//! pipe (`cjm templates | head -c1`), as Unix tools do, and reports any
//! other failure (`> /dev/full`) as `cjm: standard output: …`, exit 1.
//! Standard error has nowhere to report its own failure: it is written
//! best-effort. Every text leaves with its control characters removed
//! ([`crate::text::strip_controls`]): a file name or a field cannot
//! retitle or clear the terminal.

use std::io::{self, Write};

/// A write to standard output failed.
#[derive(Debug, thiserror::Error)]
#[error("standard output: {io}")]
pub struct OutputError {
    /// What the system said (not a `source`: the catalogue renders it).
    pub io: io::Error,
}

impl OutputError {
    /// Whether the reader went away (`| head`): not an error to report.
    pub fn is_closed_pipe(&self) -> bool {
        self.io.kind() == io::ErrorKind::BrokenPipe
    }
}

/// Writes `text` to standard output as it is, and flushes it: for a
/// report that was neutralised when it was made (a CSV keeps its CR LF).
pub fn raw(text: &str) -> Result<(), OutputError> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()).map_err(|io| OutputError { io })
}

/// Writes `text` to standard output without its control characters.
pub fn print(text: &str) -> Result<(), OutputError> {
    raw(&crate::text::strip_controls(text))
}

/// Writes `text` and a line break to standard output.
pub fn line(text: &str) -> Result<(), OutputError> {
    let mut text = crate::text::strip_controls(text).into_owned();
    text.push('\n');
    raw(&text)
}

/// Writes `text` and a line break to standard error, ignoring a failure:
/// there is nowhere left to report it.
pub fn err_line(text: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "{}", crate::text::strip_controls(text)).and_then(|()| stderr.flush());
}

/// The output error in `err`'s chain, if any.
pub fn output_error(err: &anyhow::Error) -> Option<&OutputError> {
    err.chain().find_map(|cause| cause.downcast_ref::<OutputError>())
}
