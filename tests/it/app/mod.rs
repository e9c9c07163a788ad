//! The app driven by key events without a terminal: flows, batches, undo.

mod batch;
mod dead_ends;
mod discuss_app;
mod discuss_setup;
mod event_loop;
mod flow;
mod ime_keys;
mod parts_heads_up;
mod parts_timebox;
mod plan_accounting;
mod private_notes;
mod props_text;
mod revisit;
mod save_errors_ja;
mod screens;
mod unsaved_text;
mod vote_flow;
