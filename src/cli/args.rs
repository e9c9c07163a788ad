//! Text given on the command line is checked before anything is made of
//! it: a control character (C0 but tab and line feed, DEL, C1) in
//! `--goal`, a path or any other argument is refused, naming the argument,
//! the character and where it is, so `--goal $'\e]0;pwned\a'` never reaches
//! a session, a terminal or a report.

use crate::text::is_forbidden_control;

/// A command-line argument holds a control character.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{arg}: control character U+{:04X} at character {at}", u32::from(*c))]
pub struct ControlInArgument {
    /// The argument as the user wrote it (`--goal`, `PATH`).
    pub arg: &'static str,
    /// The character.
    pub c: char,
    /// Where it is, counted in characters from 1.
    pub at: usize,
}

/// The first control character in any of `args` (name, value), if any.
pub fn check(args: &[(&'static str, Option<&str>)]) -> Result<(), ControlInArgument> {
    for (arg, value) in args {
        let Some(value) = value else { continue };
        if let Some((i, c)) = value.chars().enumerate().find(|(_, c)| is_forbidden_control(*c)) {
            return Err(ControlInArgument { arg, c, at: i + 1 });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_control_character_is_refused_and_located() {
        for c in (0u32..0xA0).filter_map(char::from_u32).filter(|c| c.is_control()) {
            let mut value = String::from("ab");
            value.push(c);
            let got = check(&[("PATH", Some("s")), ("--goal", Some(&value))]);
            if c == '\n' || c == '\t' {
                assert_eq!(got, Ok(()), "{c:?} is allowed");
            } else {
                assert_eq!(got, Err(ControlInArgument { arg: "--goal", c, at: 3 }), "{c:?}");
            }
        }
        assert_eq!(check(&[("--done-when", None), ("--goal", Some("日本語 ok"))]), Ok(()));
    }
}
