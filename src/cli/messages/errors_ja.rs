//! Errors in Japanese (#15 item 4): what ron found wrong in a file, and
//! clap's usage errors rendered from [`UsageError`] instead of clap's
//! English.

use crate::cli::usage::{BadValue, Tip, UsageError, UsageProblem};
use crate::domain::agenda::TemplateProblem;
use crate::store::{Syntax, Token};

/// What ron found wrong, in Japanese.
pub fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::Expected(t) => format!("ここには{}が必要です", token(*t)),
        Syntax::Unexpected(c) => format!("ここに文字 {c:?} は書けません"),
        Syntax::Eof => "値の途中でテキストが終わっています".to_string(),
        Syntax::TrailingCharacters => "値の終わりの後に余分な文字があります".to_string(),
        Syntax::UnknownVariant { found, expected } => {
            format!("`{found}` という種類はありません (使えるもの: {})", expected.join(", "))
        }
        Syntax::UnknownField { found, expected } => {
            format!("`{found}` という項目はありません (使えるもの: {})", expected.join(", "))
        }
        Syntax::MissingField(field) => format!("項目 `{field}` がありません"),
        Syntax::DuplicateField(field) => format!("項目 `{field}` が二度書かれています"),
        Syntax::WrongType { expected, found } => {
            format!("値の型が違います (期待: {expected}、実際: {found})")
        }
        Syntax::OutOfRange => "数値が範囲外です".to_string(),
        Syntax::Template(problem) => template(problem),
        Syntax::Other(words) => words.clone(),
    }
}

/// What makes a template unusable, in Japanese.
fn template(p: &TemplateProblem) -> String {
    match p {
        TemplateProblem::NoSteps => "アジェンダにステップがありません".to_string(),
        TemplateProblem::ZeroTimebox { step, title } => {
            format!("ステップ {step} ({title}) の時間枠が 0 分です")
        }
        TemplateProblem::PartsWithoutTimebox { step, title } => {
            format!("ステップ {step} ({title}) にはパートがありますが、分ける時間枠がありません")
        }
        TemplateProblem::PartsSum { step, title, sum } => {
            format!("ステップ {step} ({title}) のパートの合計が {sum} % です (100 % にしてください)")
        }
        TemplateProblem::NoAudiences => "投票の対象 (audiences) がありません".to_string(),
        TemplateProblem::UnknownDefaultScheme(name) => {
            format!("既定のフェーズ案 {name:?} がフェーズ案 (schemes) の中にありません")
        }
    }
}

fn token(t: Token) -> &'static str {
    match t {
        Token::Comma => " `,` ",
        Token::Colon => " `:` ",
        Token::Open => " `(` ",
        Token::Close => " `)` ",
        Token::ListOpen => " `[` ",
        Token::ListClose => " `]` ",
        Token::MapOpen => " `{` ",
        Token::MapClose => " `}` ",
        Token::StringEnd => "文字列を閉じる `\"` ",
        Token::String => "文字列",
        Token::Integer => "整数",
        Token::Float => "数値",
        Token::Boolean => " true か false ",
        Token::Char => "文字",
        Token::Identifier => "名前",
        Token::Unit => " `()` ",
        Token::Option => " Some(…) か None ",
    }
}

/// A usage error in Japanese: what is wrong, a suggestion, the usage
/// line and where to read more, as clap lays its own out.
pub fn usage_error(e: &UsageError) -> String {
    let mut out = match &e.problem {
        UsageProblem::UnknownCommand(name) => format!("'{name}' というコマンドはありません"),
        UsageProblem::UnknownArgument(arg) => format!("'{arg}' という引数は使えません"),
        UsageProblem::MissingValue(arg) => format!("'{arg}' に値を指定してください"),
        UsageProblem::NotPossible { arg, value, possible } => {
            let mut s = format!("'{arg}' に '{value}' は指定できません");
            if !possible.is_empty() {
                s.push_str(&format!("\n  [指定できる値: {}]", possible.join(", ")));
            }
            s
        }
        UsageProblem::BadValue { arg, value, why } => {
            let why = match why {
                BadValue::NotANumber => "数値ではありません".to_string(),
                BadValue::TooLarge => "数値が大きすぎます".to_string(),
                BadValue::TooSmall => "数値が小さすぎます".to_string(),
                BadValue::Empty => "空です".to_string(),
                BadValue::Said(words) => words.clone(),
            };
            format!("'{arg}' の値 '{value}' が不正です: {why}")
        }
        UsageProblem::MissingRequired(args) => {
            let mut s = "次の引数を指定してください:".to_string();
            for arg in args {
                s.push_str(&format!("\n  {arg}"));
            }
            s
        }
        UsageProblem::Repeated(arg) => format!("'{arg}' は一度しか指定できません"),
        UsageProblem::Conflict(arg, other) => format!("'{arg}' は '{other}' と一緒には使えません"),
        UsageProblem::ExtraValue(arg, value) => format!("'{arg}' の後の '{value}' は余分です"),
        UsageProblem::Other(words) => words.clone(),
    };
    if let Some(tip) = &e.tip {
        let tip = match tip {
            Tip::Command(name) => format!("似た名前のコマンドがあります: '{name}'"),
            Tip::Argument(arg) => format!("似た名前の引数があります: '{arg}'"),
            Tip::Value(value) => format!("似た値があります: '{value}'"),
        };
        out.push_str(&format!("\n\n  ヒント: {tip}"));
    }
    if let Some(usage) = &e.usage {
        out.push_str(&format!("\n\n使い方: {usage}"));
    }
    out.push_str("\n\n詳しくは '--help' を参照してください。");
    out
}
