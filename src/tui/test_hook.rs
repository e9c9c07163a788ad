//! A test hook, compiled into debug builds only (`cfg(debug_assertions)`;
//! release builds do not contain it): with `CJM_TEST_PANIC_KEY=X` set,
//! pressing the key `X` panics inside the event loop, so the end-to-end
//! tests (`tests/it/e2e/panic_e2e.rs`) can check on the real binary that a panic
//! gives the terminal back and keeps every committed event. It is not a
//! feature: nothing else reads the variable.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind};

/// The variable naming the key that panics.
pub const VAR: &str = "CJM_TEST_PANIC_KEY";

/// The key that panics, when the variable names exactly one character.
pub fn panic_key() -> Option<char> {
    key_from(std::env::var(VAR).ok().as_deref())
}

fn key_from(value: Option<&str>) -> Option<char> {
    let mut chars = value?.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// Whether `event` is a press of `key`.
pub fn is_press_of(key: Option<char>, event: &Event) -> bool {
    matches!(
        (key, event),
        (Some(k), Event::Key(KeyEvent { code: KeyCode::Char(c), kind: KeyEventKind::Press, .. })) if *c == k
    )
}

/// Panics if `event` is a press of `key` (the test hook's whole point).
pub fn check(key: Option<char>, event: &Event) {
    if is_press_of(key, event) {
        panic!("{VAR}: key {event:?} pressed (test hook: a deliberate panic)");
    }
}

#[cfg(test)]
mod tests {
    use crossterm::event::KeyModifiers;

    use super::*;

    fn press(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    #[test]
    fn only_one_character_names_a_key() {
        assert_eq!(key_from(None), None);
        assert_eq!(key_from(Some("")), None);
        assert_eq!(key_from(Some("%%")), None);
        assert_eq!(key_from(Some("%")), Some('%'));
        assert_eq!(key_from(Some("決")), Some('決'));
    }

    #[test]
    fn only_a_press_of_the_key_panics() {
        assert!(is_press_of(Some('%'), &press('%')));
        assert!(!is_press_of(Some('%'), &press('a')));
        assert!(!is_press_of(None, &press('%')));
        let mut release = KeyEvent::new(KeyCode::Char('%'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert!(!is_press_of(Some('%'), &Event::Key(release)));
        check(Some('%'), &press('a'));
        assert!(std::panic::catch_unwind(|| check(Some('%'), &press('%'))).is_err());
    }
}
