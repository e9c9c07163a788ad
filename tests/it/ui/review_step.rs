//! The review step of a session started from the shipped sample, at
//! 100×30 in English and Japanese: every measure decided last time with
//! owner, effort and due date, its status in brackets, an overdue one
//! flagged in words, a note under it.

use crate::ui_common;

use cjm::app::{App, MemorySink};
use cjm::domain::clock::MINUTE;
use cjm::domain::review::{ReviewStatus, new_session_from};
use cjm::domain::{Event, Journal, Lang, Stamped, fold};
use ui_common::wide::checked_screen;

/// 2027-01-10 00:00 UTC: some due dates of the sample are past.
const JAN_10: u64 = 1_799_539_200_000;

fn review_app(lang: Lang) -> App {
    let (header, events) = cjm::sample::events();
    let last = fold(header, &events);
    let template = cjm::templates::default_for(lang);
    let fallback = template.review.clone();
    let (header, mut events) =
        new_session_from(template, fallback, None, None, &last, "sample-workshop", JAN_10).expect("valid");
    let at = |event| Stamped { at: JAN_10 + MINUTE, event };
    events.push(at(Event::GoalConfirmed));
    events.push(at(Event::StepEntered { step: 1 }));
    let ids: Vec<_> = last.decisions.keys().copied().collect();
    let reviewed = [
        (ReviewStatus::Done, "shipped in December"),
        (ReviewStatus::InProgress, "half the customers so far"),
        (ReviewStatus::Dropped, ""),
    ];
    for (id, (status, note)) in ids.iter().zip(reviewed) {
        events.push(at(Event::MeasureReviewed { id: *id, status: Some(status), note: note.into() }));
    }
    let mut app =
        App::new(Journal::new(header, events), Box::new(MemorySink::default()), JAN_10 + 4 * MINUTE);
    app.sel.note = 1;
    app
}

#[test]
fn review_step_in_english_at_100x30() {
    let app = review_app(Lang::En);
    let text = checked_screen("review", &app, 100, 30);
    assert!(text.contains("[done]") && text.contains("[no status]"), "{text}");
    assert!(text.contains("OVERDUE"), "{text}");
    insta::assert_snapshot!("review_en_100x30", text);
}

#[test]
fn review_step_in_japanese_at_100x30() {
    let app = review_app(Lang::Ja);
    let text = checked_screen("review", &app, 100, 30);
    assert!(text.contains("[完了]") && text.contains("[未記入]"), "{text}");
    assert!(text.contains("期限超過"), "{text}");
    insta::assert_snapshot!("review_ja_100x30", text);
}
