use super::*;

#[test]
fn names_round_trip_and_unknown_names_are_refused() {
    for t in ThemeName::ALL {
        assert_eq!(ThemeName::parse(t.name()), Some(t));
        assert_eq!(t.to_string(), t.name());
        assert_eq!(ThemeName::ALL[t.index()], t);
    }
    assert_eq!(ThemeName::parse("high-contrast"), Some(ThemeName::HighContrast));
    assert_eq!(ThemeName::parse(" light "), Some(ThemeName::Light));
    assert_eq!(ThemeName::parse("Light"), None);
    assert_eq!(ThemeName::parse("solarized"), None);
    assert_eq!(ThemeName::default(), ThemeName::Dark);
}

#[test]
fn next_cycles_dark_light_high_contrast_and_back() {
    assert_eq!(ThemeName::Dark.next(), ThemeName::Light);
    assert_eq!(ThemeName::Light.next(), ThemeName::HighContrast);
    assert_eq!(ThemeName::HighContrast.next(), ThemeName::Dark);
    for t in ThemeName::ALL {
        assert_eq!(t.next().next().next(), t);
    }
}

#[test]
fn a_missing_setting_is_dark_and_an_unknown_one_is_reported() {
    assert_eq!(ThemeName::from_setting(None, false), Ok(ThemeName::Dark));
    assert_eq!(ThemeName::from_setting(Some("light"), false), Ok(ThemeName::Light));
    assert_eq!(ThemeName::from_setting(Some("neon"), false), Err("neon".to_string()));
}

#[test]
fn no_color_starts_in_high_contrast_unless_config_names_a_theme() {
    assert_eq!(ThemeName::from_setting(None, true), Ok(ThemeName::HighContrast));
    assert_eq!(ThemeName::from_setting(Some("light"), true), Ok(ThemeName::Light), "config.ron wins");
    assert_eq!(ThemeName::from_setting(Some("dark"), true), Ok(ThemeName::Dark));
    assert_eq!(ThemeName::from_setting(Some("neon"), true), Err("neon".to_string()));
    assert_eq!(ThemeName::fallback(true), ThemeName::HighContrast);
    assert_eq!(ThemeName::fallback(false), ThemeName::Dark);
}

#[test]
fn high_contrast_has_no_hue_but_keeps_its_modifiers() {
    let t = &Theme::HIGH_CONTRAST;
    let mut styles = styles(t);
    styles.push(t.base);
    for style in &styles {
        for c in [style.fg, style.bg].into_iter().flatten() {
            assert!(
                matches!(c, Color::White | Color::Black | Color::Reset),
                "a hue in high-contrast: {c:?} in {style:?}"
            );
        }
    }
    let modifiers = styles.iter().fold(Modifier::empty(), |m, s| m | s.add_modifier);
    for kept in [Modifier::BOLD, Modifier::REVERSED, Modifier::UNDERLINED] {
        assert!(modifiers.contains(kept), "{kept:?} is gone from high-contrast");
    }
}

#[test]
fn each_name_has_its_own_styles() {
    assert_eq!(ThemeName::Dark.theme(), &Theme::DARK);
    assert_eq!(ThemeName::Light.theme(), &Theme::LIGHT);
    assert_eq!(ThemeName::HighContrast.theme(), &Theme::HIGH_CONTRAST);
    assert_ne!(Theme::DARK, Theme::LIGHT);
    assert_ne!(Theme::LIGHT, Theme::HIGH_CONTRAST);
}

#[test]
fn dark_keeps_the_terminal_background_and_sets_the_text_colour() {
    assert_eq!(Theme::DARK.base, Style::new().fg(Color::Indexed(252)));
    let area = Rect::new(0, 0, 3, 1);
    let mut buf = Buffer::empty(area);
    Theme::DARK.paint(&mut buf, area);
    assert!(buf.content.iter().all(|c| c.bg == Color::Reset && c.fg == Color::Indexed(252)));
    Theme::LIGHT.paint(&mut buf, area);
    assert_eq!(buf[(2, 0)].bg, Color::Indexed(231));
    assert_eq!(buf[(2, 0)].fg, Color::Indexed(16));
}

fn styles(t: &Theme) -> Vec<Style> {
    let mut out = vec![
        t.text, t.dim, t.title, t.goal, t.running, t.warning, t.over, t.selected, t.border, t.focus, t.gap,
        t.key, t.message, t.editing,
    ];
    out.extend(t.rows);
    out
}

#[test]
fn the_bright_themes_mark_states_by_more_than_colour() {
    for t in [&Theme::LIGHT, &Theme::HIGH_CONTRAST] {
        let mods = |s: Style| s.add_modifier;
        assert_ne!(mods(t.running), mods(t.warning));
        assert_ne!(mods(t.warning), mods(t.over));
        assert_ne!(mods(t.running), mods(t.over));
        assert_ne!(mods(t.border), mods(t.focus));
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
    }
}

#[test]
fn no_style_of_the_bright_themes_sets_its_own_background() {
    // The base fill gives every cell its background; a style with its own
    // could put dark text on a dark patch.
    for t in [&Theme::LIGHT, &Theme::HIGH_CONTRAST] {
        for s in styles(t) {
            assert_eq!(s.bg, None, "{s:?}");
        }
    }
}

#[test]
fn light_text_colours_are_dark_and_high_contrast_has_no_hues() {
    let light_bad = [
        Color::Yellow,
        Color::LightYellow,
        Color::Cyan,
        Color::LightCyan,
        Color::White,
        Color::Gray,
        Color::LightGreen,
        Color::Reset,
    ];
    for s in styles(&Theme::LIGHT) {
        assert!(s.fg.is_none_or(|c| !light_bad.contains(&c)), "{s:?}");
    }
    for s in styles(&Theme::HIGH_CONTRAST) {
        assert_eq!(s.fg, None, "{s:?}");
    }
}

#[path = "../../tests/it/support/contrast.rs"]
#[allow(dead_code)] // the tests binary uses all of it; these tests use a part
mod contrast;

use contrast::{Ink, Look, PALETTES};

fn ink(c: Option<Color>) -> Ink {
    match c {
        None | Some(Color::Reset) => Ink::Default,
        Some(Color::Rgb(r, g, b)) => Ink::Rgb(r, g, b),
        Some(Color::Indexed(i)) => Ink::Indexed(i),
        Some(named) => {
            let order = [
                Color::Black,
                Color::Red,
                Color::Green,
                Color::Yellow,
                Color::Blue,
                Color::Magenta,
                Color::Cyan,
                Color::Gray,
                Color::DarkGray,
                Color::LightRed,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightBlue,
                Color::LightMagenta,
                Color::LightCyan,
                Color::White,
            ];
            Ink::Indexed(order.iter().position(|o| *o == named).unwrap_or(0) as u8)
        }
    }
}

/// Each style by name with the contrast it needs: the `✎` mark 3:1,
/// everything else is text, 4.5:1 (borders too: a block's title is drawn
/// in its border's colour). Each is also measured when
/// selected, as the board draws the chosen note.
fn named_styles(t: &Theme) -> Vec<(String, Style, f64)> {
    let mut out = vec![
        ("text", t.text, contrast::TEXT),
        ("dim", t.dim, contrast::TEXT),
        ("title", t.title, contrast::TEXT),
        ("goal", t.goal, contrast::TEXT),
        ("running", t.running, contrast::TEXT),
        ("warning", t.warning, contrast::TEXT),
        ("over", t.over, contrast::TEXT),
        ("selected", t.selected, contrast::TEXT),
        ("border", t.border, contrast::TEXT),
        ("focus", t.focus, contrast::TEXT),
        ("gap", t.gap, contrast::TEXT),
        ("key", t.key, contrast::TEXT),
        ("message", t.message, contrast::TEXT),
        ("editing", t.editing, contrast::MARK),
        ("pain row", t.rows[0], contrast::TEXT),
        ("as-is row", t.rows[1], contrast::TEXT),
        ("to-be row", t.rows[2], contrast::TEXT),
    ];
    let selected: Vec<_> =
        out.iter().map(|(n, s, limit)| (format!("{n} selected"), s.patch(t.selected), *limit)).collect();
    let mut out: Vec<_> = out.drain(..).map(|(n, s, l)| (n.to_string(), s, l)).collect();
    out.extend(selected);
    out
}

/// The look of `style` drawn over the theme's base fill.
fn look_of(t: &Theme, style: Style) -> Look {
    let s = t.base.patch(style);
    let m = s.add_modifier - s.sub_modifier;
    Look { fg: ink(s.fg), bg: ink(s.bg), bold: m.contains(BOLD), reverse: m.contains(Modifier::REVERSED) }
}

/// Every (palette, style, ratio) below its limit; the ratio is 0 when the
/// text colour is the terminal's own (unknown).
fn too_faint(t: &Theme) -> Vec<String> {
    let mut bad = Vec::new();
    for p in &PALETTES {
        for (name, style, limit) in named_styles(t) {
            let low = contrast::lowest(p, look_of(t, style)).unwrap_or(0.0);
            if low < limit {
                bad.push(format!("{}: {name} {low:.2}:1 < {limit}:1", p.name));
            }
        }
    }
    bad
}

/// The lowest ratio of each palette's text styles, for the README and reports.
fn lowest_text(t: &Theme) -> Vec<(&'static str, f64)> {
    PALETTES
        .iter()
        .map(|p| {
            let low = named_styles(t)
                .into_iter()
                .filter(|(_, _, limit)| *limit == contrast::TEXT)
                .map(|(_, s, _)| contrast::lowest(p, look_of(t, s)).unwrap_or(0.0))
                .fold(f64::INFINITY, f64::min);
            (p.name, low)
        })
        .collect()
}

#[test]
fn every_style_of_every_theme_reaches_the_wcag_limits_in_every_palette() {
    let mut bad = Vec::new();
    for name in ThemeName::ALL {
        let t = name.theme();
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("{name}: lowest text contrast {:?}\n", lowest_text(t)),
        );
        bad.extend(too_faint(t).into_iter().map(|b| format!("{name} {b}")));
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_contrast_check_catches_a_faint_colour() {
    // Named blue for the As-Is row: 1.77:1 on #1e1e1e in xterm.
    let mut t = Theme::DARK;
    t.rows[1] = Style::new().fg(Color::Blue);
    let bad = too_faint(&t);
    assert!(bad.iter().any(|b| b.starts_with("xterm: as-is row 1.77")), "{bad:#?}");
    // Text in the terminal's own colour cannot be measured: refused.
    t = Theme::DARK;
    t.base = Style::new();
    t.text = Style::new();
    assert!(too_faint(&t).iter().any(|b| b.contains(": text 0.00:1")));
    // A bold named black on white may be drawn bright grey (4.0:1 in xterm).
    let mut light = Theme::LIGHT;
    light.base = Style::new().fg(Color::Black).bg(Color::White);
    light.title = Style::new().add_modifier(BOLD);
    assert!(too_faint(&light).iter().any(|b| b.starts_with("xterm: title 4.0")), "{:#?}", too_faint(&light));
    // The formula: white on black is 21:1, #777777 on white 4.48:1.
    assert!((contrast::ratio((255, 255, 255), (0, 0, 0)) - 21.0).abs() < 1e-9);
    assert!((contrast::ratio((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
    assert_eq!(contrast::indexed(&PALETTES[0], 16 + 36 * 5 + 6 + 2), (255, 95, 135));
    assert_eq!(contrast::indexed(&PALETTES[0], 244), (128, 128, 128));
}
