//! Where the app writes events before it applies them.

use std::cell::RefCell;
use std::rc::Rc;

use crate::domain::Stamped;
use crate::store::Writer;

/// A durable destination for events. `append_all` returns only once the
/// records are safe; the app applies them only after that.
pub trait Sink {
    /// Writes the records of one user action (see
    /// [`crate::domain::journal::batch`]) durably and all at once: on an
    /// error none of them is kept.
    fn append_all(&mut self, records: &[Stamped]) -> anyhow::Result<()>;

    /// Whether what was appended is the session's now, applied at once.
    /// A participant's screen (`cjm join`) sends proposals instead: they
    /// come back through [`super::App::absorb`] once the facilitator's
    /// process has taken them in.
    fn applies(&self) -> bool {
        true
    }
}

/// The session file (one write + one fsync per action, under the lock).
impl Sink for Writer {
    fn append_all(&mut self, records: &[Stamped]) -> anyhow::Result<()> {
        Writer::append_all(self, records)
    }
}

/// Events kept in memory, shared with the test that made the sink.
#[derive(Debug, Default, Clone)]
pub struct MemorySink {
    /// Every event appended.
    pub events: Rc<RefCell<Vec<Stamped>>>,
    /// When set, appends fail (to test that nothing unsaved is shown).
    pub fail: Rc<RefCell<bool>>,
    /// When set to `k`, the write of the `k`-th record from now (1-based)
    /// fails: the action's records before it are taken back, as the
    /// session file's writer cuts off a failed write.
    pub fail_at: Rc<RefCell<Option<usize>>>,
    /// How many writes (each one fsync of the file) were made: one per
    /// user action.
    pub writes: Rc<RefCell<usize>>,
}

impl MemorySink {
    /// The events appended from index `from` on, without the batch
    /// markers: what the actions changed.
    pub fn changes(&self, from: usize) -> Vec<crate::domain::Event> {
        let events = self.events.borrow();
        let from = from.min(events.len());
        events[from..]
            .iter()
            .filter(|s| !matches!(s.event, crate::domain::Event::Batch { .. }))
            .map(|s| s.event.clone())
            .collect()
    }
}

impl Sink for MemorySink {
    fn append_all(&mut self, records: &[Stamped]) -> anyhow::Result<()> {
        if *self.fail.borrow() {
            anyhow::bail!("disk full");
        }
        let before = self.events.borrow().len();
        for stamped in records {
            let mut fail_at = self.fail_at.borrow_mut();
            match fail_at.as_mut() {
                Some(k) if *k <= 1 => {
                    *fail_at = None;
                    self.events.borrow_mut().truncate(before);
                    anyhow::bail!("disk full");
                }
                Some(k) => *k -= 1,
                None => {}
            }
            drop(fail_at);
            self.events.borrow_mut().push(stamped.clone());
        }
        *self.writes.borrow_mut() += 1;
        Ok(())
    }
}
