//! `cjm`: a terminal app for facilitating customer journey map workshops.
//!
//! Where things live — a key press goes `tui` (event loop) → `app` (key →
//! [`app::Action`] → domain event) → `store` (appended to disk, fsynced)
//! → `domain::Journal` (state) → `ui` (redraw):
//!
//! - [`domain`]: pure workshop model. Events, the fold, agenda, timers,
//!   notes, votes, decisions, exit criteria (`checks`), re-planning
//!   (`replan`, `plan`), discussion parts. No terminal, no disk, no system
//!   clock.
//! - [`store`]: the session file (RON header + one event per line), durable
//!   appends, torn-tail recovery, the single-writer lock, paths.
//! - [`templates`]: the built-in agenda templates, embedded from `sessions/`.
//! - [`app`]: UI state, the action vocabulary, key maps, text input, and
//!   `update` turning actions into events through a durable `Sink`;
//!   `converge` (time-up prompt) and `park` (parking lot).
//! - [`ui`]: drawing only, one file per screen and overlay; strings per
//!   language (`strings`, `strings_ja`, `strings_replay`) and theme.
//! - [`tui`]: terminal setup and restore, signals, the event loop.
//! - [`export`]: Markdown and CSV reports.
//! - [`invite`]: the `authorized_keys` line that lets one SSH key run only
//!   one participant's `cjm join` (quoting for sshd and the shell); the
//!   file itself is read and written in `store::authorized_keys`.
//! - [`sample`]: a finished sample workshop, shipped as `sessions/sample-workshop.ron`.
//! - [`replay`]: state at any event, the playback clock, the summary, the
//!   viewer (`player`: a read-only App at the playhead) and the bar's layout;
//!   drawn by `ui::timeline`, run by `tui::replay`.
//! - [`text`]: display-width measuring, truncating and padding.
//! - [`cli`]: the command line (clap) and each command; everything it
//!   prints, errors included, per language in `cli::messages` (`en`, `ja`,
//!   with the Japanese `--help` texts).
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Output goes through `cli::out`: `println!` and friends panic on a closed
// or full stream (tests/it/cli/output_streams.rs scans for them too).
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

pub mod app;
pub mod cli;
pub mod domain;
pub mod export;
pub mod invite;
pub mod replay;
pub mod sample;
pub mod store;
pub mod templates;
pub mod text;
pub mod tui;
pub mod ui;
