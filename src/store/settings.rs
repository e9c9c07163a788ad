//! The user's settings file, `config.ron` in the config directory:
//! language and theme, remembered across runs, and whether the terminal
//! draws ambiguous-width characters wide.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::FileError;
use crate::domain::Lang;

/// What `config.ron` holds. Every field is optional; unknown fields are
/// ignored so an older `cjm` can read a newer file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Interface language.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// Colour theme name (`dark`, `light`, `high-contrast`).
    #[serde(default)]
    pub theme: Option<String>,
    /// The terminal shows East-Asian-ambiguous characters two columns
    /// wide (`ambiguous_wide: true`): the UI draws narrow stand-ins for
    /// its ambiguous marks (see `ui::marks`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambiguous_wide: Option<bool>,
}

/// The settings file in a config directory.
pub fn path(config_dir: &Path) -> PathBuf {
    config_dir.join("config.ron")
}

/// Reads the settings; a missing file means defaults, a broken one is an
/// error with its position (and is never overwritten by [`save`] unseen:
/// the caller decides).
pub fn load(config_dir: &Path) -> Result<Settings, FileError> {
    let path = path(config_dir);
    if !path.exists() {
        return Ok(Settings::default());
    }
    let bytes = super::file::read_limited(&path)?;
    let text = super::format::utf8(&path, &bytes)?;
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str(text).map_err(|err| {
        let pos = super::Pos { line: err.span.start.line.max(1), col: err.span.start.col.max(1) };
        FileError::at(&path, pos, super::Problem::Header(super::Syntax::from(&err)))
    })
}

/// Writes the settings atomically (temp file, fsync, rename).
pub fn save(config_dir: &Path, settings: &Settings) -> anyhow::Result<()> {
    fs::create_dir_all(config_dir)?;
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::new().struct_names(false))?;
    let mut tmp = tempfile::NamedTempFile::new_in(config_dir)?;
    tmp.write_all(format!("// cjm settings\n{text}\n").as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path(config_dir)).map_err(|e| e.error)?;
    Ok(())
}

/// The language from the locale variables: the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set and not empty decides; `ja…` means
/// Japanese.
pub fn lang_from_locale(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| get(k).filter(|v| !v.is_empty()))
        .map(|v| if v.starts_with("ja") { Lang::Ja } else { Lang::En })
}

/// Whether `NO_COLOR` asks for no colour: set and not empty, whatever its
/// value (no-color.org).
pub fn no_color(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

/// The language to use: the flag, else the settings, else the locale,
/// else English.
pub fn resolve_lang(flag: Option<Lang>, settings: &Settings, locale: Option<Lang>) -> Lang {
    flag.or(settings.lang).or(locale).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_variables_are_read_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(lang_from_locale(env(&[("LANG", "ja_JP.UTF-8")])), Some(Lang::Ja));
        assert_eq!(lang_from_locale(env(&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")])), Some(Lang::En));
        assert_eq!(lang_from_locale(env(&[("LC_ALL", ""), ("LC_MESSAGES", "ja_JP")])), Some(Lang::Ja));
        assert_eq!(lang_from_locale(env(&[])), None);
    }

    #[test]
    fn no_color_counts_when_set_and_not_empty() {
        use std::ffi::OsStr;
        assert!(no_color(Some(OsStr::new("1"))));
        assert!(no_color(Some(OsStr::new("0"))), "any value, even 0");
        assert!(!no_color(Some(OsStr::new(""))), "an empty NO_COLOR is as if unset");
        assert!(!no_color(None));
    }

    #[test]
    fn flag_beats_settings_beats_locale() {
        let ja = Settings { lang: Some(Lang::Ja), ..Settings::default() };
        assert_eq!(resolve_lang(Some(Lang::En), &ja, Some(Lang::Ja)), Lang::En);
        assert_eq!(resolve_lang(None, &ja, Some(Lang::En)), Lang::Ja);
        assert_eq!(resolve_lang(None, &Settings::default(), Some(Lang::Ja)), Lang::Ja);
        assert_eq!(resolve_lang(None, &Settings::default(), None), Lang::En);
    }

    #[test]
    fn settings_round_trip_and_a_broken_file_names_its_position() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()).unwrap(), Settings::default());
        let s = Settings { lang: Some(Lang::Ja), theme: Some("light".into()), ambiguous_wide: Some(true) };
        save(dir.path(), &s).unwrap();
        assert_eq!(load(dir.path()).unwrap(), s);
        fs::write(path(dir.path()), "(lang: Ja)").unwrap();
        assert_eq!(load(dir.path()).unwrap().lang, Some(Lang::Ja), "Some() may be left out");
        // As the README shows it, and as the `T` key writes it.
        fs::write(path(dir.path()), "(lang: Ja, theme: \"light\", ambiguous_wide: true)").unwrap();
        assert_eq!(load(dir.path()).unwrap(), s);
        fs::write(path(dir.path()), "(lang: Ja, theme: \"light\")").unwrap();
        assert_eq!(load(dir.path()).unwrap().ambiguous_wide, None, "left out: today's marks");
        let hc = Settings { theme: Some("high-contrast".into()), ambiguous_wide: None, ..s };
        save(dir.path(), &hc).unwrap();
        assert!(fs::read_to_string(path(dir.path())).unwrap().contains("theme: Some(\"high-contrast\")"));
        assert_eq!(load(dir.path()).unwrap(), hc);
        fs::write(path(dir.path()), "(\n  lang: Klingon,\n)").unwrap();
        let err = load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("config.ron:2:"), "{err}");
    }
}
