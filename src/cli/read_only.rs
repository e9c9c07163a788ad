//! Reading a session file without writing to it (`export`, `replay
//! --summary`, `discuss --from`): a torn last record is reported as a
//! warning and everything complete is used, the file left as it is.

use std::path::Path;

use super::messages::Messages;
use crate::domain::{Session, Stamped, fold};
use crate::store;

/// `path` loaded read-only and folded, with its events. A torn last
/// record is reported on stderr in `m`'s language; what is complete is
/// kept. Errors (no file, an invalid record) are returned.
pub fn load(m: &Messages, path: &Path) -> anyhow::Result<(Session, Vec<Stamped>)> {
    let parsed = store::load(path)?;
    if let Some(torn) = &parsed.torn {
        super::out::err_line(&format!("{}{}", m.warning_prefix, m.file_error(&torn.error)));
    }
    Ok((fold(parsed.header, &parsed.events), parsed.events))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_torn_last_record_is_left_in_the_file_and_the_complete_events_are_folded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.ron");
        let template = crate::templates::default_for(crate::domain::Lang::En);
        let header = crate::domain::Header::new(0, "g".into(), "d".into(), template);
        let confirmed = Stamped { at: 5, event: crate::domain::Event::GoalConfirmed };
        store::create(&path, &header, std::slice::from_ref(&confirmed), false).expect("written");
        let mut text = std::fs::read_to_string(&path).expect("read");
        text.push_str("(at:9,event:Refoc");
        std::fs::write(&path, &text).expect("torn");
        let (session, events) = load(Messages::of(crate::domain::Lang::En), &path).expect("loads");
        assert_eq!(events, [confirmed]);
        assert!(session.goal_confirmed && session.goal == "g");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), text, "never written");
        let missing = load(Messages::of(crate::domain::Lang::En), &dir.path().join("nope.ron"));
        assert!(missing.is_err());
    }
}
