//! `cjm join PATH --as NAME [--group G]`: a participant's screen. It is
//! the facilitator's app over the session file followed read-only, with a
//! sink that turns the group board's changes into proposals in the
//! participant's outbox instead of writing the session: a note added,
//! edited, deleted or linked is sent (fsynced) and shows "sending" until
//! the facilitator's process has taken it in, then "saved" or the
//! refusal's reason. Anything else the facilitator's keys would change is
//! refused on the spot. On the discussion step it shows the participant's
//! group board; on other steps the room's (presenter) view.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::Context;

use super::watch::Watch;
use crate::app::state::{Overlay, Screen};
use crate::app::{App, Sink};
use crate::domain::proposal::{self, OutboxHeader, Proposal, Refusal};
use crate::domain::{Clock, Event, FORMAT_VERSION, Journal, Lang, Millis, Stamped, SystemClock};
use crate::store::atomic::dir_of;
use crate::store::follow::{Follower, Update};
use crate::store::outbox::Outbox;
use crate::ui::strings_join::{self, JoinStrings};
use crate::ui::theme::Look;

/// The participant can join no group: not a member, and `--group` is
/// missing or names none of the session's groups.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{name} is in no group of this session; give --group with one of: {groups}")]
pub struct NoGroup {
    /// The participant.
    pub name: String,
    /// The session's groups, comma-separated.
    pub groups: String,
}

/// What was sent and what became of it.
struct Sent {
    outbox: Outbox,
    words: &'static JoinStrings,
    /// Proposals sent, by number, with what became of them (none: not
    /// taken in yet).
    sent: Vec<(u64, Proposal, Option<Option<Refusal>>)>,
    /// Set when something was sent or answered since the last frame.
    changed: bool,
}

/// The app's sink on a participant's screen: changes become proposals.
struct ProposalSink(Rc<RefCell<Sent>>);

impl Sink for ProposalSink {
    fn append_all(&mut self, records: &[Stamped]) -> anyhow::Result<()> {
        let mut proposals = Vec::new();
        let mut sent = self.0.borrow_mut();
        for stamped in records {
            let proposal = match &stamped.event {
                Event::NoteAdded { note, .. } => {
                    Proposal::AddNote { phase: note.phase, kind: note.kind, text: note.text.clone() }
                }
                Event::NoteEdited { id, text } => Proposal::EditNote { id: *id, text: text.clone() },
                Event::NoteDeleted { id } => Proposal::DeleteNote { id: *id },
                Event::NoteLinked { id, answers } => Proposal::LinkNote { id: *id, answers: answers.clone() },
                Event::BallotSent { audience, picks, .. } => {
                    Proposal::Ballot { audience: audience.clone(), picks: picks.clone() }
                }
                Event::Viewed(_) | Event::Batch { .. } => continue,
                _ => anyhow::bail!(sent.words.facilitator_only),
            };
            proposals.push((stamped.at, proposal));
        }
        for (at, proposal) in proposals {
            let n = sent.outbox.send(proposal.clone(), at)?;
            sent.sent.push((n, proposal, None));
            sent.changed = true;
        }
        Ok(())
    }

    fn applies(&self) -> bool {
        false
    }
}

/// The options of `cjm join`.
#[derive(Debug)]
pub struct Options {
    /// The session file.
    pub path: PathBuf,
    /// `--as`.
    pub name: String,
    /// `--group`.
    pub group: Option<String>,
    /// `--lang`, else the session's language.
    pub lang: Option<Lang>,
    /// The colour theme.
    pub look: Look,
}

/// The participant's screen over the followed session.
pub struct Joined {
    follower: Follower,
    sent: Rc<RefCell<Sent>>,
    name: String,
    lang: Lang,
    look: Look,
    /// Whether the board was put on the participant's group (once: Tab
    /// then shows the other groups' boards, read-only).
    placed: std::cell::Cell<bool>,
}

impl Joined {
    /// Opens the session read-only and the participant's outbox; returns
    /// the app to run and what follows the session.
    pub fn open(options: &Options, now: Millis) -> anyhow::Result<(Joined, App)> {
        let (follower, parsed) = Follower::open(&options.path)?;
        let journal = Journal::new(parsed.header, parsed.events);
        let s = journal.session();
        let name = options.name.trim().to_string();
        if !proposal::valid_name(&name) {
            return Err(crate::store::outbox::OutboxError::BadName(name).into());
        }
        let member = proposal::group_of(s, &name).is_some();
        let asked = options.group.as_deref().and_then(|g| proposal::find_group(s, g));
        if !member && asked.is_none() {
            let groups: Vec<&str> = s.groups.values().map(|g| g.name.as_str()).collect();
            return Err(NoGroup { name, groups: groups.join(", ") }.into());
        }
        let lang = options.lang.unwrap_or(s.header.template.lang);
        let header = OutboxHeader {
            format: FORMAT_VERSION,
            participant: name.clone(),
            session: s.header.created_at,
            group: options.group.clone(),
        };
        let outbox = Outbox::open(&options.path, &header, now)?;
        let words = strings_join::for_lang(lang);
        let sent = Rc::new(RefCell::new(Sent { outbox, words, sent: Vec::new(), changed: true }));
        let joined = Joined { follower, sent, name, lang, look: options.look, placed: Default::default() };
        let app = joined.app(journal, now);
        Ok((joined, app))
    }

    fn app(&self, journal: Journal, now: Millis) -> App {
        let mut app = App::new(journal, Box::new(ProposalSink(Rc::clone(&self.sent))), now);
        app.me = Some(self.name.clone());
        app.set_lang(self.lang);
        app.set_look(self.look);
        self.arrange(&mut app);
        app
    }

    /// The file followed.
    pub fn path(&self) -> &Path {
        self.follower.path()
    }

    /// Between frames: takes in what the facilitator appended (when
    /// `changed`), marks answered proposals, keeps the screen on the
    /// participant's board or the room's view, and says what became of
    /// the latest proposal.
    pub fn between(&mut self, app: &mut App, changed: bool) {
        if changed {
            match self.follower.poll() {
                Ok(Update::Nothing) => {}
                Ok(Update::Events(events)) => {
                    self.answered(&events);
                    app.absorb(events);
                }
                Ok(Update::Reloaded(parsed)) => {
                    self.answered(&parsed.events);
                    let sel = app.sel.clone();
                    let parsed = *parsed;
                    *app = self.app(Journal::new(parsed.header, parsed.events), app.now);
                    app.sel = sel;
                    self.sent.borrow_mut().changed = true;
                }
                Err(e) => {
                    app.message = Some(format!("{}: {}", self.path().display(), app.error_text(&e)));
                    app.dirty = true;
                }
            }
        }
        self.arrange(app);
        self.status(app);
    }

    fn answered(&self, events: &[Stamped]) {
        let mut sent = self.sent.borrow_mut();
        for stamped in events {
            let (from, number, answer) = match &stamped.event {
                Event::ProposalAccepted { from, number, .. } => (from, *number, None),
                Event::ProposalRefused { from, number, reason, .. } => (from, *number, Some(*reason)),
                _ => continue,
            };
            if *from != self.name {
                continue;
            }
            if let Some(entry) = sent.sent.iter_mut().find(|(n, _, a)| *n == number && a.is_none()) {
                entry.2 = Some(answer);
                sent.changed = true;
            }
        }
    }

    /// The participant's own board on the discussion step, the room's
    /// view elsewhere; the facilitator's prompts are not theirs.
    fn arrange(&self, app: &mut App) {
        let group = proposal::group_of(app.session(), &self.name);
        if group.is_some() && !self.placed.get() {
            self.placed.set(true);
            app.sel.group = group;
            app.dirty = true;
        }
        let presenting = app.screen() != Screen::Discussion && !app.ballot_on();
        if app.presenter != presenting {
            app.presenter = presenting;
            app.dirty = true;
        }
        app.overview = false;
        if matches!(app.overlay, Some(Overlay::Converge { .. } | Overlay::PartEnd { .. } | Overlay::Agenda)) {
            app.overlay = None;
            app.dirty = true;
        }
    }

    fn status(&self, app: &mut App) {
        let mut sent = self.sent.borrow_mut();
        if !std::mem::take(&mut sent.changed) {
            return;
        }
        let words = sent.words;
        // The ballots still being checked, per audience: the latest sent.
        app.pending.clear();
        for (_, p, answer) in &sent.sent {
            if let (Proposal::Ballot { audience, picks }, None) = (p, answer) {
                app.pending.insert(audience.clone(), picks.clone());
            }
        }
        let s = app.session();
        let audience = |key: &str| {
            let auds = &s.header.template.voting.audiences;
            auds.iter().find(|a| a.key == key).map_or_else(|| key.to_string(), |a| a.label.clone())
        };
        let label = |p: &Proposal| match p {
            Proposal::Ballot { audience: key, .. } => (words.picks_for)(&audience(key)),
            Proposal::AddNote { text, .. } | Proposal::EditNote { text, .. } => short(text),
            Proposal::DeleteNote { id } | Proposal::LinkNote { id, .. } => {
                s.notes.get(id).map_or_else(|| format!("#{}", id.0), |n| short(&n.text))
            }
        };
        let me = match proposal::group_of(s, &self.name) {
            Some(g) => (words.me)(&self.name, s.groups.get(&g).map_or("?", |g| g.name.as_str())),
            None => format!("{} · {}", self.name, words.no_group_yet),
        };
        let line = match sent.sent.iter().rev().find(|(_, _, a)| a.is_none()) {
            Some((_, p, _)) => (words.sending)(&label(p)),
            None => match sent.sent.last() {
                Some((_, p, Some(None))) => (words.saved)(&label(p)),
                Some((_, p, Some(Some(why)))) => (words.refused)(&label(p), (words.refusal)(*why)),
                _ => me,
            },
        };
        app.message = Some(line);
        app.dirty = true;
    }
}

/// A note's text cut for the status line.
fn short(text: &str) -> String {
    crate::text::truncate(text.lines().next().unwrap_or_default(), 30)
}

/// Runs `cjm join` in the real terminal until quit or a signal.
pub fn run(options: Options) -> anyhow::Result<()> {
    let clock = SystemClock;
    let (mut joined, mut app) = Joined::open(&options, clock.now())?;
    let stop = Arc::new(AtomicBool::new(false));
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop)).context("could not watch signals")?;
    }
    let mut input = crate::tui::event_loop::Crossterm::spawn();
    let waker = input.waker();
    let dir = dir_of(&options.path);
    let watch = Watch::start(&[&dir], move || waker.wake());
    let mut terminal = crate::tui::terminal::setup().inspect_err(|_| crate::tui::terminal::restore())?;
    let result =
        crate::tui::event_loop::run_with(&mut terminal, &mut app, &mut input, &clock, &stop, &mut |app| {
            joined.between(app, watch.take());
        });
    crate::tui::terminal::restore();
    result
}
