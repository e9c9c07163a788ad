//! `cjm`: a terminal app for facilitating customer journey map workshops.
//!
//! Where things live — a key press goes `tui` (event loop) → `app` (key →
//! [`app::Action`] → domain event) → `store` (appended to disk, fsynced)
//! → `domain::Journal` (state) → `ui` (redraw):
//!
//! - [`domain`]: pure workshop model. Events, the fold, agenda, timers,
//!   notes, votes, decisions. No terminal, no disk, no system clock.
//! - [`store`]: the session file (RON header + one event per line), durable
//!   appends, torn-tail recovery, the single-writer lock, paths.
//! - [`templates`]: the built-in agenda templates, embedded from `sessions/`.
//! - [`app`]: UI state, the action vocabulary, key maps, text input, and
//!   `update` turning actions into events through a durable `Sink`.
//! - [`ui`]: drawing only, one file per screen; strings and theme.
//! - [`tui`]: terminal setup and restore, signals, the event loop.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod app;
pub mod domain;
pub mod store;
pub mod templates;
pub mod tui;
pub mod ui;
