//! The facilitator's process with participants: the intake runs between
//! frames of the ordinary event loop when the outboxes' folder changed,
//! and the app's message line says who joined and who is connected.

use std::path::Path;

use super::intake::{Intake, Room};
use super::watch::Watch;
use crate::app::App;
use crate::domain::{Event, Session};
use crate::store::outbox;
use crate::tui::event_loop::Waker;
use crate::ui::strings_join;

impl Room for App {
    fn session(&self) -> &Session {
        App::session(self)
    }

    fn commit(&mut self, events: Vec<Event>) -> bool {
        self.commit_all(events)
    }
}

/// The intake, its watch and who was connected at the last look.
#[derive(Debug)]
pub struct Facilitator {
    intake: Intake,
    watch: Watch,
    connected: Vec<String>,
}

impl Facilitator {
    /// Makes the outboxes' folder when it is missing (so it can be
    /// watched) and watches it; none when it cannot be made.
    pub fn start(session: &Path, waker: Waker) -> Option<Facilitator> {
        let dir = outbox::ensure_dir(session).ok()?;
        let watch = Watch::start(&[&dir], move || waker.wake());
        Some(Facilitator { intake: Intake::new(session), watch, connected: Vec::new() })
    }

    /// Between frames: after a change in the folder, takes proposals in
    /// and says who joined, which outbox is not read, who is connected.
    pub fn between(&mut self, app: &mut App) {
        if !self.watch.take() {
            return;
        }
        let taken = self.intake.take_in(app);
        let words = strings_join::for_lang(app.strings.lang);
        let mut notes = Vec::new();
        for (name, group) in &taken.joined {
            let group = app.session().groups.get(group).map_or("?", |g| g.name.as_str());
            notes.push((words.joined)(name, group));
        }
        for path in &taken.ignored {
            notes.push((words.outbox_ignored)(&path.display().to_string()));
        }
        if taken.more {
            // The rest at the next look, without waiting for a change.
            self.watch.poke();
        }
        let session = app.path.clone();
        let connected: Vec<String> = match &session {
            Some(path) => {
                self.intake.names().filter(|n| outbox::connected(path, n)).map(String::from).collect()
            }
            None => Vec::new(),
        };
        if app.connected.as_ref() != Some(&connected) {
            app.connected = Some(connected.clone());
            app.dirty = true;
        }
        if connected != self.connected {
            self.connected = connected;
            notes.push((words.connected)(&roster(app.session(), &self.connected)));
        }
        if !notes.is_empty() {
            app.message = Some(notes.join(" · "));
            app.dirty = true;
        }
    }
}

/// Who is connected, per group: "Group A: 佐藤, Lee; Group B: Kim".
pub fn roster(session: &Session, connected: &[String]) -> String {
    let mut parts = Vec::new();
    for group in session.groups.values() {
        let names: Vec<&str> = group
            .members
            .iter()
            .map(|m| session.participant_name(*m))
            .filter(|n| connected.iter().any(|c| c == n))
            .collect();
        if !names.is_empty() {
            parts.push(format!("{}: {}", group.name, names.join(", ")));
        }
    }
    if parts.is_empty() { "-".to_string() } else { parts.join("; ") }
}
