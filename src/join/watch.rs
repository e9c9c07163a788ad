//! Noticing changed files: inotify (through `notify`) where it works,
//! else notify's polling watcher, once a second. Each change calls
//! `wake` (the event loop's [`crate::tui::event_loop::Waker`]) and sets a
//! flag the loop takes, so the loop reads files only after a change.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

/// A watch on some folders; dropping it ends it.
pub struct Watch {
    _watcher: Box<dyn Watcher + Send>,
    changed: Arc<AtomicBool>,
    /// No watcher could start: every look reads.
    blind: bool,
    /// Whether the polling fallback is in use.
    pub polling: bool,
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watch").field("polling", &self.polling).finish()
    }
}

impl Watch {
    /// Watches `dirs` (not recursively); `wake` is called on each change.
    /// Starts out changed, so the first look reads everything.
    pub fn start(dirs: &[&Path], wake: impl Fn() + Send + Sync + 'static) -> Watch {
        let changed = Arc::new(AtomicBool::new(true));
        let flag = Arc::clone(&changed);
        let wake = Arc::new(wake);
        let handler = {
            let wake = Arc::clone(&wake);
            move |event: notify::Result<notify::Event>| {
                if event.as_ref().is_ok_and(|e| !is_change(&e.kind)) {
                    return;
                }
                flag.store(true, Ordering::Release);
                wake();
            }
        };
        let inotify = RecommendedWatcher::new(handler.clone(), notify::Config::default())
            .and_then(|mut w| watch_all(&mut w, dirs).map(|()| w));
        match inotify {
            Ok(w) => Watch { _watcher: Box::new(w), changed, blind: false, polling: false },
            Err(_) => {
                let config = notify::Config::default().with_poll_interval(Duration::from_secs(1));
                let mut blind = false;
                let watcher: Box<dyn Watcher + Send> = match PollWatcher::new(handler, config)
                    .and_then(|mut w| watch_all(&mut w, dirs).map(|()| w))
                {
                    Ok(w) => Box::new(w),
                    // Nothing to watch with: the loop's own wait (a quarter
                    // second) still looks now and then.
                    Err(_) => {
                        blind = true;
                        Box::new(notify::NullWatcher)
                    }
                };
                Watch { _watcher: watcher, changed, blind, polling: true }
            }
        }
    }

    /// Marks a change, so the next look reads again.
    pub fn poke(&self) {
        self.changed.store(true, Ordering::Release);
    }

    /// Whether something changed since the last call.
    pub fn take(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel) || self.blind
    }
}

/// Whether an event can mean new content. inotify also reports every
/// open and every read-only close, and the loop's own reading (and the
/// facilitator's lock probes) open the watched files: taking those as
/// changes woke the loop to read again, forever (a whole core, idle).
/// A writer that closes its file (a participant leaving) still counts.
pub fn is_change(kind: &notify::EventKind) -> bool {
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode};
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Any
        | EventKind::Create(_)
        | EventKind::Modify(_)
        | EventKind::Remove(_)
        | EventKind::Other => true,
    }
}

fn watch_all(watcher: &mut impl Watcher, dirs: &[&Path]) -> notify::Result<()> {
    for dir in dirs {
        watcher.watch(dir, RecursiveMode::NonRecursive)?;
    }
    Ok(())
}
