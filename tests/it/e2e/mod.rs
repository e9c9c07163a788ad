//! The real binary driven in tmux: keys in, screen text out.

mod ballot_e2e;
mod clipboard_e2e;
mod contrast_e2e;
mod discuss_e2e;
mod drafts_e2e;
mod e2e_workshop;
mod halfwidth_kana_e2e;
mod ime_e2e;
mod join_e2e;
mod panic_e2e;
mod replay_e2e;
mod ssh_e2e;
mod theme_e2e;
mod tui_e2e;
