//! Screens drawn into a TestBackend: snapshots, wrapping, themes, what the room sees.

mod ambiguous_marks;
mod control_chars_ui;
mod converge;
mod frame_writes;
mod halfwidth_kana;
mod header_wording;
mod hidden_votes;
mod one_width;
mod overview;
mod parking;
mod parts;
mod parts_refusal;
mod presenter;
mod presenter_steps;
mod private_reports;
mod replay_ui;
mod snapshots;
mod snapshots_ja;
mod snapshots_theme;
mod text_input_cursor;
mod theme;
mod untimed_reports;
mod wrap_kinsoku;
mod wrap_screens;
