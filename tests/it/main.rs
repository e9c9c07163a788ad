//! Every integration test, in one binary: one link instead of one per
//! file, and shared helpers that the compiler checks are all used.
//!
//! | module | what it drives |
//! |---|---|
//! | [`cli`] | the real `cjm` binary in a temporary `CJM_HOME` |
//! | [`store`] | session files, drafts and the lock on disk |
//! | [`app`] | the app by key events, without a terminal |
//! | [`ui`] | screens drawn into ratatui's `TestBackend` (insta snapshots) |
//! | [`e2e`] | the real binary in tmux: keys in, screen text out |
//!
//! Shared helpers: [`common`] (proptest strategies, also used by the
//! benches), [`ui_common`] (a workshop in progress), [`support`] (a
//! temporary home, tmux, contrast arithmetic).

mod common;
mod support;
mod ui_common;

mod app;
mod cli;
mod e2e;
mod store;
mod ui;
