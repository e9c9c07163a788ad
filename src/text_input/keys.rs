//! The text field's own keys: what each editing key does to the text.
//!
//! The app's key map puts this table into its field mode (with its own
//! keys for saving and closing, which are the app's business), so `?`
//! lists every key a field takes and the footer can name them. Keys not
//! in any table type their character.

use crossterm::event::{KeyCode, KeyModifiers};

/// Something an editing key does to the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKey {
    /// One character left.
    Left,
    /// One character right.
    Right,
    /// One visual row up.
    Up,
    /// One visual row down.
    Down,
    /// To the start of the visual row.
    Home,
    /// To the end of the visual row.
    End,
    /// Delete the character before the cursor.
    Backspace,
    /// Delete the character after the cursor.
    Delete,
    /// Delete the word before the cursor.
    DeleteWord,
    /// Delete everything before the cursor.
    ClearToStart,
    /// Delete everything after the cursor.
    ClearToEnd,
    /// Start a new line (multi-line fields).
    Newline,
}

/// The field's keys, in the order help lists them: (key, modifiers, what
/// it does). Shift is not listed: a field takes it as typed.
pub const KEYS: &[(KeyCode, KeyModifiers, FieldKey)] = &[
    (KeyCode::Enter, KeyModifiers::ALT, FieldKey::Newline),
    (KeyCode::Char('j'), KeyModifiers::CONTROL, FieldKey::Newline),
    (KeyCode::Left, KeyModifiers::NONE, FieldKey::Left),
    (KeyCode::Right, KeyModifiers::NONE, FieldKey::Right),
    (KeyCode::Up, KeyModifiers::NONE, FieldKey::Up),
    (KeyCode::Down, KeyModifiers::NONE, FieldKey::Down),
    (KeyCode::Home, KeyModifiers::NONE, FieldKey::Home),
    (KeyCode::Char('a'), KeyModifiers::CONTROL, FieldKey::Home),
    (KeyCode::End, KeyModifiers::NONE, FieldKey::End),
    (KeyCode::Char('e'), KeyModifiers::CONTROL, FieldKey::End),
    (KeyCode::Backspace, KeyModifiers::NONE, FieldKey::Backspace),
    (KeyCode::Delete, KeyModifiers::NONE, FieldKey::Delete),
    (KeyCode::Char('w'), KeyModifiers::CONTROL, FieldKey::DeleteWord),
    (KeyCode::Backspace, KeyModifiers::ALT, FieldKey::DeleteWord),
    (KeyCode::Char('u'), KeyModifiers::CONTROL, FieldKey::ClearToStart),
    (KeyCode::Char('k'), KeyModifiers::CONTROL, FieldKey::ClearToEnd),
];

/// Every editing key's action once, for tests and the help.
pub const ALL: [FieldKey; 12] = [
    FieldKey::Left,
    FieldKey::Right,
    FieldKey::Up,
    FieldKey::Down,
    FieldKey::Home,
    FieldKey::End,
    FieldKey::Backspace,
    FieldKey::Delete,
    FieldKey::DeleteWord,
    FieldKey::ClearToStart,
    FieldKey::ClearToEnd,
    FieldKey::Newline,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A new editing action without a key in the table would be dead.
    #[test]
    fn every_editing_action_has_a_key() {
        for action in ALL {
            assert!(KEYS.iter().any(|(_, _, a)| *a == action), "{action:?} has no key");
        }
    }
}
