//! A `cjm discuss --goal` session for UI tests: the untimed personas and
//! phases steps, then the 90-minute discussion, which it stands on.

use cjm::app::{App, MemorySink};
use cjm::domain::clock::MINUTE;
use cjm::domain::discuss::{self, Groups, Words};
use cjm::domain::{Journal, Lang, Session};

use super::T0;

/// The goal of the discussion fixture.
pub const GOAL: &str = "decide the priority of CS measures";

/// The session started at [`T0`] with one group per persona, the app
/// `minutes_in` later, in `lang`.
pub fn discuss_app(lang: Lang, minutes_in: u64) -> (App, MemorySink) {
    let template = cjm::templates::default_for(lang).discussion_only(90).expect("90 minutes");
    let header = discuss::header(template, GOAL, None, T0);
    let strings = cjm::ui::strings::for_lang(lang);
    let words = Words { group: strings.discuss_group, reason: strings.discuss_reason };
    let mut events = discuss::start(&Session::new(header.clone()), Groups::PerPersona, words, T0);
    events.push(cjm::domain::setup::created(T0));
    let sink = MemorySink::default();
    let app = App::new(Journal::new(header, events), Box::new(sink.clone()), T0 + minutes_in * MINUTE);
    (app, sink)
}
