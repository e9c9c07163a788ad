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
    assert_eq!(ThemeName::from_setting(None), Ok(ThemeName::Dark));
    assert_eq!(ThemeName::from_setting(Some("light")), Ok(ThemeName::Light));
    assert_eq!(ThemeName::from_setting(Some("neon")), Err("neon".to_string()));
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
fn dark_keeps_the_terminal_background() {
    assert_eq!(Theme::DARK.base, Style::new());
    let area = Rect::new(0, 0, 3, 1);
    let mut buf = Buffer::empty(area);
    Theme::DARK.paint(&mut buf, area);
    assert_eq!(buf, Buffer::empty(area));
    Theme::LIGHT.paint(&mut buf, area);
    assert_eq!(buf[(2, 0)].bg, Color::White);
    assert_eq!(buf[(2, 0)].fg, Color::Black);
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
