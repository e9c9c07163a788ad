//! The replay viewer: the live screens of the state at the playhead, and
//! the timeline bar across the bottom (step numbers, the bar with its
//! marks and the playhead, the playback status, the keys).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::theme::Theme;
use crate::app::keymap::label;
use crate::domain::Millis;
use crate::replay::bar::{self, Mark};
use crate::replay::player::{KEYS, Player, ReplayAction, keys_for};
use crate::text_input::display_width;

/// Rows the timeline takes at the bottom.
pub const HEIGHT: u16 = 4;

/// The glyph of the playhead.
pub const PLAYHEAD: char = '█';

/// The glyph of an idle stretch that playback cut short.
pub const SKIPPED: char = '~';

/// Draws the whole replay viewer.
pub fn draw(frame: &mut Frame, player: &Player) {
    draw_marks(frame, player);
    if player.app.ambiguous_wide {
        super::marks::narrow_everywhere(frame.buffer_mut());
    }
}

fn draw_marks(frame: &mut Frame, player: &Player) {
    let area = frame.area();
    player.app.theme().paint(frame.buffer_mut(), area);
    if area.width < super::MIN.0 || area.height < super::MIN.1 {
        super::too_small(frame, area, &player.app);
        return;
    }
    let [top, bottom] = Layout::vertical([Constraint::Min(3), Constraint::Length(HEIGHT)]).areas(area);
    super::draw_screen(frame, top, &player.app);
    super::overlays::draw(frame, top, &player.app);
    draw_bar(frame, bottom, player);
    if player.help {
        help(frame, top, player);
    }
}

/// `hh:mm:ss`.
pub fn hms(ms: Millis) -> String {
    let s = ms / 1000;
    format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
}

fn style(theme: &Theme, mark: Mark, played: bool) -> Style {
    match mark {
        Mark::Over => theme.over,
        Mark::Refocus => theme.goal,
        Mark::Forced => theme.warning,
        Mark::Boundary => theme.title,
        Mark::Plain if played => theme.text,
        Mark::Plain => theme.dim,
    }
}

/// The bar's row: marks, with the playhead drawn over its column.
pub fn bar_line(player: &Player, width: usize) -> Line<'static> {
    let bar = player.bar(width);
    let head = bar::column(&player.timeline, width, player.playback.cursor);
    let mut skipped = vec![false; width];
    for (a, b) in &player.skipped {
        let (a, b) = (bar::column(&player.timeline, width, *a), bar::column(&player.timeline, width, *b));
        skipped.iter_mut().take(b).skip(a + 1).for_each(|s| *s = true);
    }
    let spans: Vec<Span> = bar
        .cells
        .iter()
        .enumerate()
        .map(|(col, mark)| {
            if col == head {
                Span::styled(PLAYHEAD.to_string(), player.app.theme().focus)
            } else if *mark == Mark::Plain && skipped[col] {
                Span::styled(SKIPPED.to_string(), player.app.theme().dim)
            } else {
                Span::styled(mark.glyph().to_string(), style(player.app.theme(), *mark, col < head))
            }
        })
        .collect();
    Line::from(spans)
}

/// The status row: playing or paused, speed, event n/N, session time,
/// idle stretches skipped, and a torn tail.
pub fn status(player: &Player) -> String {
    let s = player.app.strings.replay;
    let p = &player.playback;
    let (start, end) = player.timeline.span();
    let state = if p.playing { s.playing } else { s.paused };
    let mut out = format!(
        "{state}  {}×  {} {}/{}  {} / {}  {} {}",
        p.speed,
        s.event,
        p.position,
        player.timeline.len(),
        hms(p.cursor.saturating_sub(start)),
        hms(end - start),
        s.skipped,
        p.skips
    );
    if player.torn {
        out.push_str("  ⚠ ");
        out.push_str(s.torn);
    }
    out
}

/// The keys row: play, the three pairs, goal, and help and quit at the right.
fn keys_line(player: &Player, width: usize) -> Line<'static> {
    let s = player.app.strings;
    let first = |a| keys_for(a).into_iter().next().map(|k| label(k, s)).unwrap_or_default();
    let pair = |a, b, name: &str| (format!("{}/{}", first(a), first(b)), format!(" {name}  "));
    let one = |a| (first(a), format!(" {}  ", (s.replay.action)(a).0));
    let head = [
        one(ReplayAction::TogglePlay),
        pair(ReplayAction::PrevEvent, ReplayAction::NextEvent, s.replay.pairs[0]),
        pair(ReplayAction::PrevStep, ReplayAction::NextStep, s.replay.pairs[1]),
        pair(ReplayAction::Slower, ReplayAction::Faster, s.replay.pairs[2]),
        one(ReplayAction::Goal),
    ];
    let tail = [one(ReplayAction::Help), one(ReplayAction::Quit)];
    let w = |(k, d): &(String, String)| display_width(k) + display_width(d);
    let mut room = width.saturating_sub(tail.iter().map(w).sum());
    let mut spans = Vec::new();
    for item in head {
        if w(&item) > room {
            break;
        }
        room -= w(&item);
        spans.push(Span::styled(item.0, player.app.theme().key));
        spans.push(Span::styled(item.1, player.app.theme().dim));
    }
    spans.push(Span::raw(" ".repeat(room)));
    for (k, d) in tail {
        spans.push(Span::styled(k, player.app.theme().key));
        spans.push(Span::styled(d, player.app.theme().dim));
    }
    Line::from(spans)
}

/// The status row, with the bar's legend at the right when it fits.
fn status_line(player: &Player, width: usize) -> Line<'static> {
    let text = status(player);
    let legend = player.app.strings.replay.legend;
    let style = if player.torn { player.app.theme().message } else { player.app.theme().text };
    let room = width.saturating_sub(display_width(&text));
    if room > display_width(legend) {
        let pad = " ".repeat(room - display_width(legend));
        return Line::from(vec![
            Span::styled(text, style),
            Span::raw(pad),
            Span::styled(legend, player.app.theme().dim),
        ]);
    }
    Line::styled(text, style)
}

fn draw_bar(frame: &mut Frame, area: Rect, player: &Player) {
    let width = usize::from(area.width);
    let bar = player.bar(width);
    let lines = vec![
        Line::styled(bar::labels(&bar), player.app.theme().title),
        bar_line(player, width),
        status_line(player, width),
        keys_line(player, width),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

/// The replay keys, from the replay key map's reverse map.
pub fn help_lines(player: &Player) -> Vec<(String, String)> {
    let s = player.app.strings;
    let mut out: Vec<(String, String)> = Vec::new();
    for (_, a) in KEYS {
        let desc = (s.replay.action)(*a).1.to_string();
        if out.iter().any(|(_, d)| *d == desc) {
            continue;
        }
        let keys: Vec<String> = keys_for(*a).into_iter().map(|k| label(k, s)).collect();
        out.push((keys.join(" "), desc));
    }
    out.push((String::new(), s.replay.legend.to_string()));
    out
}

/// The replay help: as wide as its longest line needs (at least 50
/// columns, at most the screen); a description that is still too long
/// wraps under itself instead of being cut (the legend at 80 columns).
fn help(frame: &mut Frame, area: Rect, player: &Player) {
    const KEY: usize = 12;
    let entries = help_lines(player);
    let widest = entries.iter().map(|(k, d)| display_width(k).max(KEY - 1) + 1 + display_width(d)).max();
    let width = (widest.unwrap_or(0) as u16 + 2).clamp(50, area.width.max(1)).min(area.width);
    let room = usize::from(width.saturating_sub(2)).saturating_sub(KEY).max(1);
    let mut lines: Vec<Line> = Vec::new();
    for (k, d) in entries {
        let pad = KEY.saturating_sub(display_width(&k)).max(1);
        for (i, part) in super::text::wrap(&d, room).into_iter().enumerate() {
            let key = if i == 0 { k.clone() } else { String::new() };
            let pad = if i == 0 { pad } else { KEY };
            lines.push(Line::from(vec![
                Span::styled(key, player.app.theme().key),
                Span::raw(" ".repeat(pad)),
                Span::raw(part),
            ]));
        }
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = Rect { x: area.x + (area.width - width) / 2, y: area.y, width, height };
    super::overlays::clear(frame, rect, player.app.theme());
    let block =
        Block::bordered().title(player.app.strings.replay.help_title).border_style(player.app.theme().focus);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
