//! What the RON parser found wrong in a header, event or settings line,
//! as data: the catalogues word it in the interface language
//! (`cli::messages`), so `--lang ja validate` says 「`,` がありません」
//! rather than ron's "Expected comma". The common mistakes of a hand
//! edit (a token missing or out of place, a field missing or unknown, an
//! unknown variant, text after the end) have their own case; the rare
//! rest keeps ron's words.

use std::fmt;

/// A problem the RON parser reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// A token was expected here.
    Expected(Token),
    /// A character that cannot stand here.
    Unexpected(char),
    /// The text ended before the value did.
    Eof,
    /// Text after the value's end.
    TrailingCharacters,
    /// A variant name the format does not have (found, the known ones).
    UnknownVariant {
        /// The name written.
        found: String,
        /// The names the format has.
        expected: Vec<&'static str>,
    },
    /// A field name the record does not have (found, the known ones).
    UnknownField {
        /// The name written.
        found: String,
        /// The names the record has.
        expected: Vec<&'static str>,
    },
    /// A field the record needs is missing.
    MissingField(&'static str),
    /// A field written twice.
    DuplicateField(&'static str),
    /// A value of the wrong kind (serde's words for both: "u32", "a string").
    WrongType {
        /// What the field takes.
        expected: String,
        /// What was written.
        found: String,
    },
    /// A number too large or too small for its field.
    OutOfRange,
    /// A template that parses but cannot be used.
    Template(crate::domain::agenda::TemplateProblem),
    /// Anything else, in ron's words.
    Other(String),
}

/// A token the parser expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    /// `,`
    Comma,
    /// `:` between a key and its value.
    Colon,
    /// `(` opening a record.
    Open,
    /// `)` closing a record.
    Close,
    /// `[` opening a list.
    ListOpen,
    /// `]` closing a list.
    ListClose,
    /// `{` opening a map.
    MapOpen,
    /// `}` closing a map.
    MapClose,
    /// `"` closing a string.
    StringEnd,
    /// A string.
    String,
    /// A whole number.
    Integer,
    /// A number.
    Float,
    /// `true` or `false`.
    Boolean,
    /// A character in `'…'`.
    Char,
    /// A name.
    Identifier,
    /// `()`.
    Unit,
    /// `Some(…)` or `None`.
    Option,
}

impl From<&ron::Error> for Syntax {
    fn from(err: &ron::Error) -> Self {
        use ron::Error as E;
        match err {
            E::Eof => Syntax::Eof,
            E::ExpectedComma => Syntax::Expected(Token::Comma),
            E::ExpectedMapColon => Syntax::Expected(Token::Colon),
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => Syntax::Expected(Token::Open),
            E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => Syntax::Expected(Token::Close),
            E::ExpectedArray => Syntax::Expected(Token::ListOpen),
            E::ExpectedArrayEnd => Syntax::Expected(Token::ListClose),
            E::ExpectedMap => Syntax::Expected(Token::MapOpen),
            E::ExpectedMapEnd => Syntax::Expected(Token::MapClose),
            E::ExpectedStringEnd => Syntax::Expected(Token::StringEnd),
            E::ExpectedString => Syntax::Expected(Token::String),
            E::ExpectedInteger => Syntax::Expected(Token::Integer),
            E::ExpectedFloat => Syntax::Expected(Token::Float),
            E::ExpectedBoolean => Syntax::Expected(Token::Boolean),
            E::ExpectedChar => Syntax::Expected(Token::Char),
            E::ExpectedIdentifier => Syntax::Expected(Token::Identifier),
            E::ExpectedUnit => Syntax::Expected(Token::Unit),
            E::ExpectedOption => Syntax::Expected(Token::Option),
            E::UnexpectedChar(c) => Syntax::Unexpected(*c),
            E::TrailingCharacters => Syntax::TrailingCharacters,
            E::NoSuchEnumVariant { expected, found, .. } => {
                Syntax::UnknownVariant { found: found.clone(), expected: expected.to_vec() }
            }
            E::NoSuchStructField { expected, found, .. } => {
                Syntax::UnknownField { found: found.clone(), expected: expected.to_vec() }
            }
            E::MissingStructField { field, .. } => Syntax::MissingField(field),
            E::DuplicateStructField { field, .. } => Syntax::DuplicateField(field),
            E::InvalidValueForType { expected, found } => {
                Syntax::WrongType { expected: expected.clone(), found: found.clone() }
            }
            E::IntegerOutOfBounds => Syntax::OutOfRange,
            other => Syntax::Other(other.to_string()),
        }
    }
}

impl From<&ron::error::SpannedError> for Syntax {
    fn from(err: &ron::error::SpannedError) -> Self {
        Syntax::from(&err.code)
    }
}

/// In English: the English catalogue's words (`cli::messages::en` uses
/// this); other languages are worded in their catalogue.
impl fmt::Display for Syntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Syntax::Expected(t) => format!("expected {}", token(*t)),
            Syntax::Unexpected(c) => format!("unexpected character {c:?}"),
            Syntax::Eof => "the text ends before the value does".to_string(),
            Syntax::TrailingCharacters => "text after the end of the value".to_string(),
            Syntax::UnknownVariant { found, expected } => {
                format!("unknown variant `{found}` (expected one of: {})", expected.join(", "))
            }
            Syntax::UnknownField { found, expected } => {
                format!("unknown field `{found}` (expected one of: {})", expected.join(", "))
            }
            Syntax::MissingField(field) => format!("missing field `{field}`"),
            Syntax::DuplicateField(field) => format!("field `{field}` given twice"),
            Syntax::WrongType { expected, found } => format!("expected {expected}, found {found}"),
            Syntax::OutOfRange => "number out of range".to_string(),
            Syntax::Template(problem) => problem.to_string(),
            Syntax::Other(words) => words.clone(),
        };
        f.write_str(&text)
    }
}

fn token(t: Token) -> &'static str {
    match t {
        Token::Comma => "`,`",
        Token::Colon => "`:`",
        Token::Open => "`(`",
        Token::Close => "`)`",
        Token::ListOpen => "`[`",
        Token::ListClose => "`]`",
        Token::MapOpen => "`{`",
        Token::MapClose => "`}`",
        Token::StringEnd => "the closing `\"` of a string",
        Token::String => "a string",
        Token::Integer => "a whole number",
        Token::Float => "a number",
        Token::Boolean => "true or false",
        Token::Char => "a character",
        Token::Identifier => "a name",
        Token::Unit => "`()`",
        Token::Option => "Some(…) or None",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Header, Stamped};

    fn event(line: &str) -> Syntax {
        Syntax::from(&ron::from_str::<Stamped>(line).unwrap_err())
    }

    #[test]
    fn a_hand_edits_common_mistakes_have_their_own_case() {
        assert_eq!(event("(at:1,event:GoalConfirmed"), Syntax::Expected(Token::Comma));
        assert_eq!(event("(at:1 event:GoalConfirmed)"), Syntax::Expected(Token::Comma));
        assert_eq!(event("(at:1,event:GoalConfirmed))"), Syntax::TrailingCharacters);
        assert_eq!(event("(at:1)"), Syntax::MissingField("event"));
        assert!(
            matches!(event("(at:1,event:Bogus)"), Syntax::UnknownVariant { found, .. } if found == "Bogus")
        );
        assert!(!matches!(event("(at:1,evnt:Undo)"), Syntax::Other(_)), "a misspelt field has its case");
        assert!(matches!(event("(at:\"x\",event:Undo)"), Syntax::WrongType { .. } | Syntax::Expected(_)));
        let header = ron::from_str::<Header>("(format: 1").unwrap_err();
        assert!(matches!(Syntax::from(&header), Syntax::Expected(_) | Syntax::Eof | Syntax::MissingField(_)));
    }
}
