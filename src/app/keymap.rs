//! Keys to actions, per mode, and the reverse map the help and footer use.
//!
//! A mode's own keys win over the global ones. Help and footer read the
//! same tables through [`keys_for`] and [`bindings`], so they cannot
//! disagree with what a key does.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::state::Mode;
use crate::domain::review::ReviewStatus;
use crate::ui::strings::Strings;

/// A key with its modifiers (Shift is folded into the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl and Alt.
    pub mods: KeyModifiers,
}

const fn k(c: char) -> Key {
    Key { code: KeyCode::Char(c), mods: KeyModifiers::NONE }
}
const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), mods: KeyModifiers::CONTROL }
}
const fn code(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::NONE }
}
const fn shift(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::SHIFT }
}

type Table = &'static [(Key, Action)];
use Action as A;
use KeyCode as C;

/// Keys that work on every screen.
pub const GLOBAL: Table = &[
    (k('?'), A::Help),
    (k('g'), A::ShowGoal),
    (k(']'), A::NextStep),
    (k('['), A::PrevStep),
    (k(' '), A::TogglePause),
    (k('+'), A::AddTime),
    (k('='), A::AddTime),
    (k('-'), A::RemoveTime),
    (k('u'), A::Undo),
    (ctrl('r'), A::Redo),
    (k('P'), A::Presenter),
    (k('L'), A::ToggleLang),
    (k('T'), A::CycleTheme),
    (k('q'), A::Quit),
    (ctrl('c'), A::QuitSave),
    (code(C::Esc), A::Close),
    (k('A'), A::ShowAgenda),
    (k('p'), A::Park),
    (k('o'), A::ShowParking),
    (k('>'), A::NextPart),
];

const GOAL: Table = &[(k('e'), A::EditGoal), (k('d'), A::EditDoneWhen), (code(C::Enter), A::ConfirmGoal)];

const ARROWS: [(Key, Action); 4] =
    [(code(C::Up), A::Up), (code(C::Down), A::Down), (code(C::Left), A::Left), (code(C::Right), A::Right)];

const PERSONAS: Table = &[
    ARROWS[0],
    ARROWS[1],
    ARROWS[2],
    ARROWS[3],
    (k('e'), A::EditPersonaName),
    (k('t'), A::EditTraits),
    (k('c'), A::EditChallenges),
    (k('x'), A::DeletePersona),
];

const PHASES: Table = &[
    (code(C::Tab), A::NextTab),
    (code(C::BackTab), A::PrevTab),
    ARROWS[0],
    ARROWS[1],
    (k('a'), A::AddPhase),
    (k('e'), A::RenamePhase),
    (k('d'), A::EditDefinition),
    (k('K'), A::MovePhaseUp),
    (shift(C::Up), A::MovePhaseUp),
    (k('J'), A::MovePhaseDown),
    (shift(C::Down), A::MovePhaseDown),
    (k('x'), A::DeletePhase),
    (k('n'), A::AddScheme),
    (k('c'), A::ChooseScheme),
];

const DISCUSSION: Table = &[
    (code(C::Tab), A::NextTab),
    (code(C::BackTab), A::PrevTab),
    (k('O'), A::Overview),
    ARROWS[0],
    ARROWS[1],
    ARROWS[2],
    ARROWS[3],
    (k('a'), A::AddNote),
    (k('e'), A::EditNote),
    (k('x'), A::DeleteNote),
    (k('H'), A::MoveNoteLeft),
    (shift(C::Left), A::MoveNoteLeft),
    (shift(C::Right), A::MoveNoteRight),
    (k('K'), A::MoveNoteUp),
    (shift(C::Up), A::MoveNoteUp),
    (k('J'), A::MoveNoteDown),
    (shift(C::Down), A::MoveNoteDown),
    (k('l'), A::LinkNote),
    (k('n'), A::AddGroup),
    (k('r'), A::CyclePersona),
    (k('m'), A::EditMembers),
    (k('h'), A::TogglePrivate),
    (k('0'), A::ToggleNoAsIs),
    (k('y'), A::Copy),
];

const SHARE_OUT: Table = &[
    (code(C::Tab), A::NextTab),
    (code(C::BackTab), A::PrevTab),
    (code(C::Enter), A::StartShareOut),
    (k('O'), A::Overview),
];

const OVERVIEW: Table = &[
    (code(C::Enter), A::OpenBoard),
    (code(C::Tab), A::NextTab),
    (code(C::BackTab), A::PrevTab),
    (code(C::Right), A::NextTab),
    (code(C::Left), A::PrevTab),
    (k('1'), A::JumpToGroup(1)),
    (k('2'), A::JumpToGroup(2)),
    (k('3'), A::JumpToGroup(3)),
    (k('4'), A::JumpToGroup(4)),
    (k('5'), A::JumpToGroup(5)),
    (k('6'), A::JumpToGroup(6)),
    (k('7'), A::JumpToGroup(7)),
    (k('8'), A::JumpToGroup(8)),
    (k('9'), A::JumpToGroup(9)),
    (k('O'), A::Overview),
    (code(C::Esc), A::Close),
];

const VOTE: Table = &[
    ARROWS[0],
    ARROWS[1],
    (code(C::Tab), A::NextTab),
    (code(C::BackTab), A::PrevTab),
    (code(C::Enter), A::Toggle),
    (k('a'), A::SwitchAudience),
    (k('n'), A::AddParticipant),
    (k('c'), A::ToggleVoting),
    (k('i'), A::SetImpact),
    (k('f'), A::SetFeasibility),
    (k('w'), A::CycleOwner),
    (k('x'), A::ClearDecision),
    (k('m'), A::MarkMerge),
    (k('M'), A::MergeInto),
    (k('U'), A::Unmerge),
    (k('e'), A::EditMeasure),
    (k('v'), A::OpenVoting),
    (k('r'), A::SecondRound),
    (k('s'), A::CycleEffort),
    (k('d'), A::EditDue),
    (k('l'), A::ShowLoad),
];

const BALLOT: Table = &[
    ARROWS[0],
    ARROWS[1],
    (code(C::Enter), A::Toggle),
    (code(C::Tab), A::SwitchAudience),
    (k('a'), A::SwitchAudience),
    (code(C::BackTab), A::PrevTab),
    // Not the global keys: steps, timer, undo and the rest are the
    // facilitator's, so the footer and help do not offer them here.
    (k('?'), A::Help),
    (k('L'), A::ToggleLang),
    (k('T'), A::CycleTheme),
    (k('q'), A::Quit),
    (ctrl('c'), A::QuitSave),
    (code(C::Esc), A::Close),
];

const REVIEW: Table = &[
    ARROWS[0],
    ARROWS[1],
    (k('d'), A::SetReview(ReviewStatus::Done)),
    (k('i'), A::SetReview(ReviewStatus::InProgress)),
    (k('x'), A::SetReview(ReviewStatus::Dropped)),
    (k('c'), A::SetReview(ReviewStatus::CarriedOn)),
    (k('e'), A::EditReviewNote),
    (code(C::Enter), A::EditReviewNote),
];

const OTHER: Table = &[];

const WRAP_UP: Table = &[(k('E'), A::Export), (k('y'), A::Copy)];

/// A field's keys: saving and closing are the app's, the editing keys
/// are the text field widget's own table ([`crate::text_input::keys`]),
/// bound here as [`Action::Field`] so help and footer list them.
static EDIT: std::sync::LazyLock<Vec<(Key, Action)>> = std::sync::LazyLock::new(|| {
    let field = crate::text_input::keys::KEYS
        .iter()
        .map(|(code, mods, a)| (Key { code: *code, mods: *mods }, A::Field(*a)));
    let mut table = vec![(code(C::Enter), A::EditCommit), (code(C::Esc), A::EditCancel)];
    table.extend(field);
    table.extend([(ctrl('q'), A::QuitAsk), (ctrl('c'), A::QuitSave)]);
    table
});

const HELP: Table = &[
    (code(C::Down), A::Down),
    (code(C::PageDown), A::Down),
    (code(C::Up), A::Up),
    (code(C::PageUp), A::Up),
    (code(C::Esc), A::Close),
    (k('?'), A::Close),
    (k('q'), A::Close),
    (k('L'), A::ToggleLang),
    (k('T'), A::CycleTheme),
    (ctrl('c'), A::QuitSave),
];
const GOAL_VIEW: Table = &[
    (code(C::Esc), A::Close),
    (k('g'), A::Close),
    (k('L'), A::ToggleLang),
    (k('T'), A::CycleTheme),
    (ctrl('c'), A::QuitSave),
];
const LINK: Table = &[
    ARROWS[0],
    ARROWS[1],
    (code(C::Enter), A::Toggle),
    (k(' '), A::Toggle),
    (code(C::Esc), A::Close),
    (ctrl('c'), A::QuitSave),
];
const CONFIRM: Table =
    &[(k('y'), A::Yes), (k('n'), A::No), (code(C::Esc), A::Close), (ctrl('c'), A::QuitSave)];
const PRESENTER: Table = &[
    (code(C::Esc), A::Presenter),
    (code(C::Tab), A::NextTab),
    (code(C::BackTab), A::PrevTab),
    (k('O'), A::Overview),
];
const CONVERGE: Table = &[
    (k('5'), A::Extend5),
    (k('0'), A::Extend10),
    (k('p'), A::ParkAndMoveOn),
    (k('m'), A::MoveOnAnyway),
    (code(C::Esc), A::Close),
    (ctrl('c'), A::QuitSave),
];
const PARKING: Table = &[
    ARROWS[0],
    ARROWS[1],
    (k('d'), A::ParkDrop),
    (k('m'), A::ParkMeasure),
    (k('f'), A::ParkFollowUp),
    (code(C::Esc), A::Close),
    (k('o'), A::Close),
    (ctrl('c'), A::QuitSave),
];
const PART_END: Table = &[
    (code(C::Enter), A::PartGoOn),
    (k('5'), A::PartExtend5),
    (k('p'), A::PartPark),
    (code(C::Esc), A::Close),
    (ctrl('c'), A::QuitSave),
];
const AGENDA: Table = &[(code(C::Esc), A::Close), (k('A'), A::Close), (ctrl('c'), A::QuitSave)];

/// A mode's own keys (without the global ones).
pub fn bindings(mode: Mode) -> Table {
    use super::state::Screen as S;
    match mode {
        Mode::Screen(S::Goal) => GOAL,
        Mode::Screen(S::Review) => REVIEW,
        Mode::Screen(S::Personas) => PERSONAS,
        Mode::Screen(S::Phases) => PHASES,
        Mode::Screen(S::Discussion) => DISCUSSION,
        Mode::Screen(S::ShareOut) => SHARE_OUT,
        Mode::Screen(S::Vote) => VOTE,
        Mode::Screen(S::WrapUp) => WRAP_UP,
        Mode::Screen(S::Other) => OTHER,
        Mode::Edit => EDIT.as_slice(),
        Mode::Help => HELP,
        Mode::GoalView => GOAL_VIEW,
        Mode::Link => LINK,
        Mode::Confirm => CONFIRM,
        Mode::Presenter => PRESENTER,
        Mode::Converge => CONVERGE,
        Mode::Agenda => AGENDA,
        Mode::Parking => PARKING,
        Mode::PartEnd => PART_END,
        Mode::Overview => OVERVIEW,
        Mode::Ballot => BALLOT,
    }
}

/// Whether the global keys apply in this mode.
pub fn has_globals(mode: Mode) -> bool {
    matches!(mode, Mode::Screen(_) | Mode::Presenter | Mode::Overview)
}

/// Whether two actions are the same but for their number (the help and
/// footer list `1`–`9` as one entry); each editing key is its own.
pub fn same_kind(a: Action, b: Action) -> bool {
    match (a, b) {
        (Action::JumpToGroup(_), Action::JumpToGroup(_)) => true,
        (a, b) => a == b,
    }
}

/// The ASCII key a full-width character stands for: with the IME on, `?`
/// arrives as `？` (U+FF1F) and `m` as `ｍ`; U+FF01–FF5E are ASCII
/// `!`–`~` shifted by 0xFEE0, and the ideographic space U+3000 is Space.
/// Any other character is itself.
pub fn fold_wide(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Whether a key outside a field looks typed with the IME on: a character
/// beyond ASCII (kana, kanji, …) that even folded no key table knows.
pub fn looks_like_ime(key: Key) -> bool {
    matches!(key.code, KeyCode::Char(c) if !c.is_ascii() && !key.mods.contains(KeyModifiers::CONTROL))
}

/// Normalises a key event: Shift is part of a printed character, and a
/// full-width character is its ASCII key ([`fold_wide`]). Text typed into
/// a field is taken from the event itself, so it stays as typed.
pub fn key_of(event: &KeyEvent) -> Key {
    let mut mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    if event.code == KeyCode::BackTab {
        // Terminals report Shift-Tab as BackTab with Shift held.
        mods.remove(KeyModifiers::SHIFT);
    }
    if let KeyCode::Char(c) = event.code {
        let c = fold_wide(c);
        mods.remove(KeyModifiers::SHIFT);
        if mods.contains(KeyModifiers::CONTROL) {
            return Key { code: KeyCode::Char(c.to_ascii_lowercase()), mods };
        }
        return Key { code: KeyCode::Char(c), mods };
    }
    Key { code: event.code, mods }
}

/// The action a key does in a mode, if any.
pub fn lookup(mode: Mode, event: &KeyEvent) -> Option<Action> {
    lookup_key(mode, key_of(event))
}

/// Every key bound to `action` in `mode` (the reverse map); for an
/// action with a number, the keys of every number.
pub fn keys_for(mode: Mode, action: Action) -> Vec<Key> {
    let globals = if has_globals(mode) { GLOBAL } else { &[] };
    bindings(mode)
        .iter()
        .chain(globals)
        .filter(|(k, a)| same_kind(*a, action) && lookup_key(mode, *k) == Some(*a))
        .map(|(k, _)| *k)
        .collect()
}

fn lookup_key(mode: Mode, key: Key) -> Option<Action> {
    let own = bindings(mode).iter().find(|(k, _)| *k == key).map(|(_, a)| *a);
    own.or_else(|| {
        has_globals(mode).then(|| GLOBAL.iter().find(|(k, _)| *k == key).map(|(_, a)| *a)).flatten()
    })
}

/// "Ctrl-R", "Space", "↑"… for a key.
pub fn label(key: Key, s: &Strings) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => s.key_space.to_string(),
        KeyCode::Char(c) if key.mods.contains(KeyModifiers::CONTROL) => c.to_ascii_uppercase().to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => s.key_enter.to_string(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Delete => "Del".into(),
        other => format!("{other:?}"),
    };
    let mut out = String::new();
    if key.mods.contains(KeyModifiers::CONTROL) {
        out.push_str("Ctrl-");
    }
    if key.mods.contains(KeyModifiers::ALT) {
        out.push_str("Alt-");
    }
    if key.mods.contains(KeyModifiers::SHIFT) {
        out.push_str("Shift-");
    }
    out.push_str(&base);
    out
}

/// All keys of `action` in `mode`, joined with "/"; a run of three or
/// more digits as "1-9".
pub fn labels_for(mode: Mode, action: Action, s: &Strings) -> String {
    let keys = keys_for(mode, action);
    if let Some(run) = digit_run(&keys) {
        return run;
    }
    keys.into_iter().map(|k| label(k, s)).collect::<Vec<_>>().join("/")
}

/// The first key of `action` in `mode` as the footer shows it ("1-9" for
/// a run of digits), if it has one.
pub fn first_label(mode: Mode, action: Action, s: &Strings) -> Option<String> {
    let keys = keys_for(mode, action);
    digit_run(&keys).or_else(|| keys.first().map(|k| label(*k, s)))
}

fn digit_run(keys: &[Key]) -> Option<String> {
    let digits: Vec<u32> = keys
        .iter()
        .map(|k| match k.code {
            KeyCode::Char(c) if k.mods.is_empty() => c.to_digit(10),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let consecutive = digits.windows(2).all(|w| w[1] == w[0] + 1);
    (digits.len() >= 3 && consecutive).then(|| format!("{}-{}", digits[0], digits[digits.len() - 1]))
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
