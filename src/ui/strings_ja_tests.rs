//! Japanese texts: every one present, different from English where it should be.

use super::*;
use crate::app::keymap;
use crate::ui::strings::EN;

/// JA texts allowed to equal EN: key caps and the method's own loanwords.
const SAME_AS_EN: [&str; 4] = ["Space", "Enter", "As-Is", "To-Be"];

fn check(what: &str, ja: &str, en: &str) {
    assert!(!ja.trim().is_empty(), "{what}: empty Japanese text");
    assert!(ja != en || SAME_AS_EN.contains(&ja), "{what}: Japanese equals English {en:?}");
}

#[test]
fn every_japanese_text_is_there_and_translated() {
    let pairs = [
        ("goal", JA.goal, EN.goal),
        ("no_goal", JA.no_goal, EN.no_goal),
        ("done_when", JA.done_when, EN.done_when),
        ("output", JA.output, EN.output),
        ("step", JA.step, EN.step),
        ("left", JA.left, EN.left),
        ("over", JA.over, EN.over),
        ("paused", JA.paused, EN.paused),
        ("not_started", JA.not_started, EN.not_started),
        ("elapsed", JA.elapsed, EN.elapsed),
        ("plan", JA.plan, EN.plan),
        ("behind", JA.behind, EN.behind),
        ("ahead", JA.ahead, EN.ahead),
        ("on_plan", JA.on_plan, EN.on_plan),
        ("too_small", JA.too_small, EN.too_small),
        ("help_title", JA.help_title, EN.help_title),
        ("help_pages", JA.help_pages, EN.help_pages),
        ("help_screen", JA.help_screen, EN.help_screen),
        ("help_global", JA.help_global, EN.help_global),
        ("help_edit", JA.help_edit, EN.help_edit),
        ("key_space", JA.key_space, EN.key_space),
        ("key_enter", JA.key_enter, EN.key_enter),
        ("confirmed", JA.confirmed, EN.confirmed),
        ("not_confirmed", JA.not_confirmed, EN.not_confirmed),
        ("ime_on", JA.ime_on, EN.ime_on),
        ("not_saved", JA.not_saved, EN.not_saved),
        ("clock_not_started", JA.clock_not_started, EN.clock_not_started),
        ("nothing_to_undo", JA.nothing_to_undo, EN.nothing_to_undo),
        ("nothing_to_redo", JA.nothing_to_redo, EN.nothing_to_redo),
        ("goal_empty", JA.goal_empty, EN.goal_empty),
        ("name_persona_first", JA.name_persona_first, EN.name_persona_first),
        ("add_group_first", JA.add_group_first, EN.add_group_first),
        ("no_phases", JA.no_phases, EN.no_phases),
        ("link_needs_to_be", JA.link_needs_to_be, EN.link_needs_to_be),
        ("add_voter_first", JA.add_voter_first, EN.add_voter_first),
        ("budget_used", JA.budget_used, EN.budget_used),
        ("open_voting_first", JA.open_voting_first, EN.open_voting_first),
        ("voting_is_open", JA.voting_is_open, EN.voting_is_open),
        ("marked_to_merge", JA.marked_to_merge, EN.marked_to_merge),
        ("mark_first", JA.mark_first, EN.mark_first),
        ("decide_first", JA.decide_first, EN.decide_first),
        ("decide_grid", JA.decide_grid, EN.decide_grid),
        ("due", JA.due, EN.due),
        ("load_title", JA.load_title, EN.load_title),
        ("load_points", JA.load_points, EN.load_points),
        ("overloaded", JA.overloaded, EN.overloaded),
        ("no_owners", JA.no_owners, EN.no_owners),
        ("effort", JA.effort, EN.effort),
        ("close_round_first", JA.close_round_first, EN.close_round_first),
        ("round", JA.round, EN.round),
        ("merged_from", JA.merged_from, EN.merged_from),
        ("not_open_yet", JA.not_open_yet, EN.not_open_yet),
        ("empty_persona", JA.empty_persona, EN.empty_persona),
        ("traits", JA.traits, EN.traits),
        ("challenges", JA.challenges, EN.challenges),
        ("schemes", JA.schemes, EN.schemes),
        ("phases", JA.phases, EN.phases),
        ("chosen", JA.chosen, EN.chosen),
        ("reason", JA.reason, EN.reason),
        ("definition", JA.definition, EN.definition),
        ("group", JA.group, EN.group),
        ("persona", JA.persona, EN.persona),
        ("members", JA.members, EN.members),
        ("none", JA.none, EN.none),
        ("gap", JA.gap, EN.gap),
        ("presenting", JA.presenting, EN.presenting),
        ("shared", JA.shared, EN.shared),
        ("measures", JA.measures, EN.measures),
        ("voters", JA.voters, EN.voters),
        ("voting_for", JA.voting_for, EN.voting_for),
        ("tallies_hidden", JA.tallies_hidden, EN.tallies_hidden),
        ("ranking", JA.ranking, EN.ranking),
        ("owner", JA.owner, EN.owner),
        ("min", JA.min, EN.min),
        ("still_needed", JA.still_needed, EN.still_needed),
        ("output_met", JA.output_met, EN.output_met),
        ("summary", JA.summary, EN.summary),
        ("export", JA.export, EN.export),
        ("discuss_group", JA.discuss_group, EN.discuss_group),
        ("discuss_reason", JA.discuss_reason, EN.discuss_reason),
        ("export_here", JA.export_here, EN.export_here),
        ("discuss_goal_first", JA.discuss_goal_first, EN.discuss_goal_first),
        ("link_title", JA.link_title, EN.link_title),
        ("quit_typing", JA.quit_typing, EN.quit_typing),
        ("edit_hint", JA.edit_hint, EN.edit_hint),
        ("editing", JA.editing, EN.editing),
        ("other_step", JA.other_step, EN.other_step),
        ("torn_recovered", JA.torn_recovered, EN.torn_recovered),
        ("theme", JA.theme, EN.theme),
        ("overview_title", JA.overview_title, EN.overview_title),
        ("overview_total", JA.overview_total, EN.overview_total),
        ("overview_no_gaps", JA.overview_no_gaps, EN.overview_no_gaps),
        ("overview_none_today", JA.overview_none_today, EN.overview_none_today),
        ("overview_legend", JA.overview_legend, EN.overview_legend),
        ("overview_gaps", &(JA.overview_gaps)(3), &(EN.overview_gaps)(3)),
        ("overview_more", &(JA.overview_more)(2), &(EN.overview_more)(2)),
        ("untimed", JA.untimed, EN.untimed),
        ("untimed_no_adjust", JA.untimed_no_adjust, EN.untimed_no_adjust),
        ("goal_being_written", JA.goal_being_written, EN.goal_being_written),
        ("draft_recovered", JA.draft_recovered, EN.draft_recovered),
    ];
    for (what, ja, en) in pairs {
        check(what, ja, en);
    }
    let arrays: [(&str, &[&str], &[&str]); 6] = [
        ("overview_kinds", &JA.overview_kinds, &EN.overview_kinds),
        ("quadrants", &JA.quadrants, &EN.quadrants),
        ("rows", &JA.rows, &EN.rows),
        ("decision_words", &JA.decision_words, &EN.decision_words),
        ("outcomes", &JA.outcomes, &EN.outcomes),
        ("theme_names", &JA.theme_names, &EN.theme_names),
    ];
    for (what, ja, en) in arrays {
        for (i, (j, e)) in ja.iter().zip(en.iter()).enumerate() {
            check(&format!("{what}[{i}]"), j, e);
        }
    }
    assert_eq!(JA.lang, Lang::Ja);
}

#[test]
fn the_discussion_parts_texts_are_japanese() {
    let pairs = [
        ("part_missing", JA.part_missing, EN.part_missing),
        ("part_nothing_missing", JA.part_nothing_missing, EN.part_nothing_missing),
        ("no_parts", JA.no_parts, EN.no_parts),
        ("last_part", JA.last_part, EN.last_part),
    ];
    for (what, ja, en) in pairs {
        check(what, ja, en);
    }
    let made = [
        ("part_over", (JA.part_over)("b"), (EN.part_over)("b")),
        ("part_next", (JA.part_next)("c"), (EN.part_next)("c")),
        ("part_too_short", (JA.part_too_short)("c"), (EN.part_too_short)("c")),
        (
            "part_heads_up",
            (JA.part_heads_up)("2:00", "b", Some("c")),
            (EN.part_heads_up)("2:00", "b", Some("c")),
        ),
        ("part_heads_up last", (JA.part_heads_up)("2:00", "d", None), (EN.part_heads_up)("2:00", "d", None)),
        ("whole_clock", (JA.whole_clock)("1:00 残り", "1:30:00"), (EN.whole_clock)("1:00 left", "1:30:00")),
    ];
    for (what, ja, en) in made {
        check(what, &ja, &en);
        assert!(!ja.is_ascii(), "{what}: no Japanese in {ja:?}");
    }
    assert!(
        (JA.part_heads_up)("2:00", "b", None).starts_with('⚑'),
        "the banner has a mark, not colour alone"
    );
    assert!((EN.part_heads_up)("2:00", "b", None).starts_with('⚑'));
    // The banner words its countdown as the header's clocks do: "02:00 残り".
    let clock = format!("02:00 {}", JA.left);
    for next in [Some("c"), None] {
        let banner = (JA.part_heads_up)("02:00", "b", next);
        assert!(banner.contains(&clock), "{banner:?} words the time unlike {clock:?}");
    }
}

#[test]
fn every_bound_action_and_field_has_japanese() {
    use crate::app::state::{Mode, Screen};
    let mut modes: Vec<Mode> = [
        Screen::Goal,
        Screen::Personas,
        Screen::Phases,
        Screen::Discussion,
        Screen::ShareOut,
        Screen::Vote,
        Screen::WrapUp,
    ]
    .map(Mode::Screen)
    .to_vec();
    modes.extend([Mode::Edit, Mode::Help, Mode::GoalView, Mode::Link, Mode::Confirm, Mode::Presenter]);
    modes.extend([Mode::Converge, Mode::Agenda, Mode::Parking, Mode::PartEnd]);
    modes.extend([Mode::Overview, Mode::Ballot]);
    let global = keymap::GLOBAL.iter();
    for (_, a) in modes.into_iter().flat_map(keymap::bindings).chain(global) {
        let (ja, en) = ((JA.action)(*a), (EN.action)(*a));
        check(&format!("{a:?} short"), ja.0, en.0);
        check(&format!("{a:?} long"), ja.1, en.1);
    }
    for t in [Target::Goal, Target::DoneWhen, Target::NewScheme, Target::NewGroup, Target::NewParticipant] {
        check(&format!("{t:?}"), (JA.field)(&t), (EN.field)(&t));
    }
}

/// "最低1分": at no width does a number part from its unit 分.
#[test]
fn a_number_and_its_minutes_stay_on_one_line() {
    let text = (JA.part_too_short)("c. As-Is 施策");
    assert!(!text.contains(" 分"), "{text}");
    for width in 6..60 {
        let lines = crate::ui::text::wrap(&text, width);
        assert!(lines.iter().all(|l| !l.starts_with('分')), "at {width}: {lines:?}");
    }
}

/// #14 item 19: counts read as words: English singular and plural,
/// Japanese with its counter (件, 票, 人, 組) and `。`, no ASCII colon.
#[test]
fn counts_are_singular_plural_in_english_and_counted_in_japanese() {
    assert_eq!((EN.votes)(1), " 1 vote ");
    assert_eq!((EN.votes)(2), " 2 votes");
    assert_eq!((EN.load_measures)(1), "1 measure");
    assert_eq!((EN.load_measures)(3), "3 measures");
    assert_eq!((EN.wrap_counts[4])("1", 1), "1 parking lot item");
    assert_eq!((EN.wrap_counts[4])("2", 2), "2 parking lot items");
    assert_eq!((EN.wrap_counts[0])("1", 1), "1 persona");
    assert_eq!((EN.wrap_counts[1])("4", 4), "4 groups");
    assert_eq!((EN.runs_over)(49), "The session runs over by 49 min.");
    assert_eq!((JA.votes)(1), " 1 票");
    assert_eq!((JA.load_measures)(2), "施策 2 件");
    assert_eq!((JA.wrap_counts[4])("1", 1), "パーキングロット 1 件");
    assert_eq!((JA.runs_over)(49), "予定より49分超過しています。");
    assert_eq!((JA.exported)("/tmp/ws.md"), "出力しました：/tmp/ws.md");
    for (i, f) in JA.wrap_counts.iter().enumerate() {
        let ja = f("2", 2);
        assert_ne!(ja, (EN.wrap_counts[i])("2", 2), "wrap_counts[{i}] translated");
        assert!(!ja.contains(": "), "{ja}");
    }
}
