//! Agenda templates: the built-in ones (embedded from `sessions/templates/`)
//! and the user's own in the config directory.

use std::path::{Path, PathBuf};

use crate::domain::{Lang, Template};
use crate::store::Syntax;
use crate::store::error::{FileError, Pos, Problem};
use crate::store::file::read_limited;

/// The built-in templates' file names and texts.
pub const BUILT_IN: [(&str, &str); 2] = [
    ("cjm", include_str!("../sessions/templates/cjm.ron")),
    ("cjm-ja", include_str!("../sessions/templates/cjm-ja.ron")),
];

/// Where a template came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Embedded in the binary.
    BuiltIn,
    /// A file.
    File(PathBuf),
}

/// Parses template text; `path` is only used in errors.
pub fn parse(path: &Path, text: &str) -> Result<Template, FileError> {
    let template: Template = ron::from_str(text).map_err(|err| {
        let pos = Pos { line: err.span.start.line.max(1), col: err.span.start.col.max(1) };
        FileError::at(path, pos, Problem::Header(Syntax::from(&err)))
    })?;
    if let Some(problem) = template.problems().into_iter().next() {
        return Err(FileError::at(path, Pos { line: 1, col: 1 }, Problem::Header(Syntax::Template(problem))));
    }
    Ok(template)
}

/// Reads and parses a template file.
pub fn load(path: &Path) -> Result<Template, FileError> {
    let bytes = read_limited(path)?;
    parse(path, crate::store::format::utf8(path, &bytes)?)
}

/// A built-in template by name.
pub fn built_in(name: &str) -> Option<Template> {
    BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .and_then(|(n, text)| parse(Path::new(&format!("<built-in {n}>")), text).ok())
}

/// The name of the built-in template for a language.
pub fn default_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "cjm",
        Lang::Ja => "cjm-ja",
    }
}

/// The built-in template for a language.
pub fn default_for(lang: Lang) -> Template {
    let name = default_name(lang);
    built_in(name).unwrap_or_else(|| panic!("built-in template {name} is valid (tested)"))
}

/// Every template: built-ins first, then `*.ron` in `user_dir` by name.
/// A user file that does not parse is returned as its error.
pub fn all(user_dir: &Path) -> Vec<(String, Source, Result<Template, FileError>)> {
    let mut out: Vec<_> = BUILT_IN
        .iter()
        .map(|(name, text)| {
            let path = PathBuf::from(format!("<built-in {name}>"));
            (name.to_string(), Source::BuiltIn, parse(&path, text))
        })
        .collect();
    let mut files: Vec<PathBuf> = std::fs::read_dir(user_dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ron"));
    files.sort();
    for path in files {
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let parsed = load(&path);
        out.push((name, Source::File(path), parsed));
    }
    out
}

/// Resolves `--template NAME|PATH`: a path if it has a `/` or ends in
/// `.ron`, else a user template of that name, else a built-in one.
pub fn resolve(arg: &str, user_dir: &Path) -> anyhow::Result<Template> {
    if !crate::store::paths::is_bare_name(arg) {
        return Ok(load(Path::new(arg))?);
    }
    let user = user_dir.join(format!("{arg}.ron"));
    if user.exists() {
        return Ok(load(&user)?);
    }
    built_in(arg).ok_or_else(|| {
        let built_in = BUILT_IN.iter().map(|(n, _)| (*n).to_string()).collect();
        UnknownTemplate { name: arg.to_string(), built_in }.into()
    })
}

/// No user or built-in template has the name asked for. The command line
/// renders it in the interface language (`cli::messages`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no template called {name:?} (built-in: {}; see `cjm templates`)", built_in.join(", "))]
pub struct UnknownTemplate {
    /// The name asked for.
    pub name: String,
    /// The built-in template names.
    pub built_in: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StepKind;

    #[test]
    fn built_in_templates_parse_and_follow_the_method() {
        for (name, text) in BUILT_IN {
            let t = parse(Path::new(name), text).unwrap_or_else(|e| panic!("{e}"));
            let kinds: Vec<StepKind> = t.steps.iter().map(|s| s.kind).collect();
            use StepKind::*;
            assert_eq!(kinds, vec![Goal, Personas, Phases, Discussion, ShareOut, Vote, Decide, WrapUp]);
            let discussion = &t.steps[3];
            assert_eq!(discussion.minutes, 90);
            assert_eq!(discussion.parts.len(), 4);
            let part_checks: Vec<&[crate::domain::checks::Check]> =
                discussion.parts.iter().map(|p| p.checks.as_slice()).collect();
            use crate::domain::checks::Check as C;
            assert_eq!(
                part_checks,
                vec![&[][..], &[C::PainPointsPerPhase], &[C::AsIsPerPhase], &[C::PainPointsAnswered]]
            );
            assert_eq!(
                discussion.checks,
                vec![C::PainPointsPerPhase, C::AsIsPerPhase, C::PainPointsAnswered]
            );
            assert_eq!(t.personas.len(), 4);
            assert_eq!(t.schemes.len(), 3);
            assert_eq!(t.voting.audiences.iter().map(|a| a.budget).collect::<Vec<_>>(), vec![3, 3]);
        }
    }

    #[test]
    fn both_languages_have_the_same_shape() {
        let (en, ja) = (default_for(Lang::En), default_for(Lang::Ja));
        assert_eq!(en.lang, Lang::En);
        assert_eq!(ja.lang, Lang::Ja);
        assert_eq!(en.steps.len(), ja.steps.len());
        for (a, b) in en.steps.iter().zip(&ja.steps) {
            assert_eq!((a.kind, a.minutes, a.min_minutes), (b.kind, b.minutes, b.min_minutes));
        }
        assert!(ja.steps[1].title.contains("ペルソナ"));
    }

    #[test]
    fn a_bad_template_is_reported_with_line_and_column() {
        let err = parse(Path::new("t.ron"), "(\n  name: 3,\n)").unwrap_err();
        assert_eq!(err.pos.map(|p| p.line), Some(2));
        assert!(err.to_string().starts_with("t.ron:2:"), "{err}");
    }
}
