//! The hidden-votes check: while a round is open, no frame the room can
//! see (the facilitator's vote screen with any voter and audience
//! selected, the presenter view) shows a pick sent from a voter's own
//! terminal; a participant's ballot shows their own picks and nobody
//! else's; after closing, everyone sees the ranking.

use crate::ui_common;

use cjm::app::App;
use cjm::domain::{Event, NoteId, ParticipantId};
use crossterm::event::KeyCode;
use ui_common::*;

const VOTE: usize = 5;

/// Voting open; 佐藤 (100) and 鈴木 (101) sent picks from their own
/// terminals, Alex (102) has none.
fn sent(app: &mut App) {
    app.commit(Event::VotingOpened);
    for (voter, audience, picks) in [
        (100, "promoters", vec![303, 306]),
        (100, "end_users", vec![302]),
        (101, "promoters", vec![305]),
        (101, "end_users", vec![306, 303, 305]),
    ] {
        let picks = picks.into_iter().map(NoteId).collect();
        app.commit(Event::BallotSent { voter: ParticipantId(voter), audience: audience.into(), picks });
    }
}

/// Every frame of the facilitator's vote screen (each voter, each
/// audience, at two sizes) and the presenter view.
fn room_frames(app: &mut App) -> Vec<String> {
    let mut frames = Vec::new();
    for _ in 0..3 {
        for _ in 0..2 {
            for (w, h) in [(80, 24), (120, 40)] {
                frames.push(screen_text(&render(app, w, h)));
            }
            app.handle(&ch('a'));
        }
        app.handle(&key(KeyCode::Tab));
    }
    app.presenter = true;
    frames.push(screen_text(&render(app, 100, 30)));
    app.presenter = false;
    frames
}

fn no_pick_shown(frames: &[String]) {
    for frame in frames {
        assert!(!frame.contains('●'), "a pick shows before the round closes:\n{frame}");
        let tally =
            frame.match_indices(" votes").any(|(i, _)| frame[..i].ends_with(|c: char| c.is_ascii_digit()));
        assert!(!frame.contains("Ranking") && !tally, "a total shows:\n{frame}");
    }
}

#[test]
fn no_frame_the_room_sees_shows_a_pick_sent_from_a_terminal_before_the_round_closes() {
    let (mut app, _) = app_at(VOTE, 80);
    sent(&mut app);
    let frames = room_frames(&mut app);
    no_pick_shown(&frames);
    let all = frames.join("\n");
    assert!(all.contains("佐藤 votes on their own terminal"), "{all}");
    assert!(all.contains("Voters · 0/3 voted"), "{all}");
    assert!(all.contains("2/3 1/3 佐藤") && all.contains("1/3   ✓ 鈴木"), "{all}");
    // The facilitator cannot change a hidden ballot either.
    app.handle(&key(KeyCode::Enter));
    assert!(app.message.as_deref().is_some_and(|m| m.contains("own terminal")), "{:?}", app.message);
    assert_eq!(
        app.session().ballots[&(ParticipantId(100), "promoters".into())],
        vec![NoteId(303), NoteId(306)]
    );
    app.commit(Event::VotingClosed);
    let after = room_frames(&mut app).join("\n");
    assert!(after.contains("Ranking"), "closing reveals the ranking:\n{after}");
}

#[test]
fn a_ballot_the_facilitator_enters_for_someone_without_a_terminal_still_shows_to_the_facilitator() {
    let (mut app, _) = app_at(VOTE, 80);
    sent(&mut app);
    app.handle(&key(KeyCode::Tab));
    app.handle(&key(KeyCode::Tab)); // Alex
    app.handle(&key(KeyCode::Enter));
    let frame = screen_text(&render(&app, 120, 40));
    assert!(frame.contains("Alex · Voting for: Promoters (1/3)"), "{frame}");
    assert_eq!(frame.matches('●').count(), 1, "{frame}");
}

#[test]
fn a_participants_ballot_shows_their_own_picks_and_nobody_elses() {
    let (mut app, _) = app_at(VOTE, 80);
    sent(&mut app);
    app.me = Some("鈴木".into());
    let frame = screen_text(&render(&app, 100, 30));
    assert!(frame.contains("Your ballot · 鈴木"), "{frame}");
    assert!(frame.contains("▸Promoters 1/3 · End users 3/3"), "{frame}");
    let marked: Vec<&str> = frame.lines().filter(|l| l.contains("[●]")).collect();
    assert_eq!(marked.len(), 1, "only 鈴木's promoters pick (305):\n{frame}");
    assert!(marked[0].contains("月次の定例会"), "{frame}");
    app.handle(&ch('a'));
    let frame = screen_text(&render(&app, 100, 30));
    assert_eq!(frame.lines().filter(|l| l.contains("[●]")).count(), 3, "{frame}");
    assert!(!frame.contains("Ranking") && !frame.contains("Voters ·"), "no totals, no roll call:\n{frame}");
}

#[test]
fn the_participants_ballot_at_80x24_and_100x30_in_english_and_japanese() {
    for lang in [cjm::domain::Lang::En, cjm::domain::Lang::Ja] {
        let (mut app, _) = app_at_in(lang, VOTE, 80);
        sent(&mut app);
        app.me = Some("佐藤".into());
        app.pending.insert("end_users".into(), vec![NoteId(302), NoteId(305)]);
        app.message = Some("Sending “your picks for End users”…".into());
        for (w, h) in [(80, 24), (100, 30)] {
            let name = format!("ballot_{lang:?}_{w}x{h}");
            insta::assert_snapshot!(name.clone(), ui_common::wide::checked_screen(&name, &app, w, h));
        }
    }
}

#[test]
fn a_second_round_on_the_top_measures_is_secret_the_same_way() {
    let (mut app, _) = app_at(VOTE, 80);
    sent(&mut app);
    app.commit(Event::VotingClosed);
    app.handle(&ch('r'));
    let round = app.session().round_measures.clone().expect("a second round");
    assert!(app.session().own_ballots.is_empty() && app.session().ballots.is_empty());
    app.commit(Event::BallotSent {
        voter: ParticipantId(100),
        audience: "promoters".into(),
        picks: vec![round[0]],
    });
    no_pick_shown(&room_frames(&mut app));
    app.me = Some("佐藤".into());
    let frame = screen_text(&render(&app, 100, 30));
    let listed = frame.lines().filter(|l| l.contains("[●]") || l.contains("[ ]")).count();
    assert_eq!(listed, round.len(), "the round's measures only:\n{frame}");
    assert_eq!(frame.matches("[●]").count(), 1, "{frame}");
}
