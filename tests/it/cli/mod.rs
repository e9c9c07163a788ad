//! The command line run as a user would: the real binary in a temporary home.

mod catalogue;
mod columns;
mod commands;
mod completions;
mod control_chars;
mod export_html;
mod export_private;
mod export_xlsx;
mod invite;
mod japanese;
mod output_streams;
mod replay;
mod sample;
mod session_files;
