//! Copying to the system clipboard with OSC 52: the terminal itself takes
//! the text, so it works over SSH and inside tmux (with tmux's
//! `set-clipboard on`), without a display server or a clipboard tool.

use std::io::Write;

use crossterm::clipboard::CopyToClipboard;
use crossterm::queue;
use ratatui::backend::TestBackend;

use super::terminal::Buffered;

/// What the terminal loop puts text on the clipboard through.
pub trait Clipboard {
    /// Sends `text` to the clipboard.
    fn copy(&mut self, text: &str) -> std::io::Result<()>;
}

/// The real terminal: the OSC 52 sequence goes out through the frame
/// writer, between frames, and is flushed at once.
impl<W: Write> Clipboard for Buffered<W> {
    fn copy(&mut self, text: &str) -> std::io::Result<()> {
        queue!(self.0, CopyToClipboard::to_clipboard_from(text))?;
        self.0.flush()
    }
}

/// A test terminal has no clipboard: the text goes nowhere.
impl Clipboard for TestBackend {
    fn copy(&mut self, _text: &str) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;

    /// A writer whose bytes the test can read after the backend took it.
    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_text_goes_out_as_one_osc_52_sequence_at_once() {
        let out = Shared::default();
        let mut backend = super::super::terminal::buffered(out.clone());
        backend.copy("ペイン: 初期設定").expect("copy");
        let text = String::from_utf8(out.0.borrow().clone()).expect("ascii");
        // base64 of the UTF-8 text, to the clipboard selection `c`, ended by
        // ST (ESC and a backslash); flushed, not left in the frame buffer.
        assert_eq!(text, "\u{1b}]52;c;44Oa44Kk44OzOiDliJ3mnJ/oqK3lrpo=\u{1b}\\");
    }
}
