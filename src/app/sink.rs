//! Where the app writes events before it applies them.

use std::cell::RefCell;
use std::rc::Rc;

use crate::domain::Stamped;
use crate::store::Writer;

/// A durable destination for events. `append` returns only once the
/// event is safe; the app applies an event only after that.
pub trait Sink {
    /// Writes one event durably.
    fn append(&mut self, stamped: &Stamped) -> anyhow::Result<()>;
}

/// The session file (write + fsync under the lock).
impl Sink for Writer {
    fn append(&mut self, stamped: &Stamped) -> anyhow::Result<()> {
        Writer::append(self, stamped)
    }
}

/// Events kept in memory, shared with the test that made the sink.
#[derive(Debug, Default, Clone)]
pub struct MemorySink {
    /// Every event appended.
    pub events: Rc<RefCell<Vec<Stamped>>>,
    /// When set, appends fail (to test that nothing unsaved is shown).
    pub fail: Rc<RefCell<bool>>,
}

impl Sink for MemorySink {
    fn append(&mut self, stamped: &Stamped) -> anyhow::Result<()> {
        if *self.fail.borrow() {
            anyhow::bail!("disk full");
        }
        self.events.borrow_mut().push(stamped.clone());
        Ok(())
    }
}
