//! Drawing the discussion board and the all-groups overview at 120×40 and
//! the presenter view at 100×30 with 2,000 and 20,000 notes in the
//! session, and the work of one change. `cargo bench --bench render`.
//!
//! Targets: median ≤ 0.5 ms per frame, and the 20,000-note frame within
//! 1.2× of the 2,000-note frame: the board looks up only the visible
//! cells through `Session::notes_in`, never every note, and the overview
//! draws counts the app refreshed after the last change (measured apart:
//! building them, once per change; the room's, with one note in ten
//! private, once per change while the presenter view shows it).

use std::hint::black_box;

use cjm::app::{App, MemorySink};
use cjm::domain::group::Group;
use cjm::domain::note::{Note, NoteKind};
use cjm::domain::{Event, GroupId, Journal, Lang, NoteId, SchemeId, Stamped, setup};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const T0: u64 = 1_795_582_519_000;

/// A session on the discussion step with `n` notes spread over 20 groups,
/// the chosen scheme's phases and the three rows.
fn app(n: usize) -> App {
    app_with(n, 0)
}

/// [`app`] with `joined` participants who joined from their own
/// terminals (three per group in the first groups), writing the notes in
/// turn, and the roster of who is connected on the message line, as the
/// facilitator's screen has it during a workshop with `cjm join`.
fn app_with(n: usize, joined: usize) -> App {
    let (header, mut events) =
        setup::new_session(cjm::templates::default_for(Lang::En), "施策の優先度を決定する", None, T0)
            .expect("goal");
    let mut push = |event| events.push(Stamped { at: T0, event });
    push(Event::GoalConfirmed);
    push(Event::SchemeChosen { id: SchemeId(14), reason: "状態".into() });
    for g in 0..20 {
        push(Event::GroupSaved {
            id: GroupId(1000 + g),
            group: Group { name: format!("グループ{g}"), persona: None, members: vec![] },
        });
    }
    let names: Vec<String> = (0..joined).map(|j| format!("参加者{j}")).collect();
    for (j, name) in names.iter().enumerate() {
        let group = GroupId(1000 + (j / 3) as u32);
        push(Event::ParticipantJoined {
            id: cjm::domain::ParticipantId(500 + j as u32),
            name: name.clone(),
            group,
        });
    }
    let phases = [15, 16, 17];
    for i in 0..n {
        let note = Note {
            group: GroupId(1000 + (i % 20) as u32),
            persona: None,
            phase: cjm::domain::PhaseId(phases[(i / 20) % 3]),
            kind: NoteKind::ROWS[(i / 60) % 3],
            text: format!("初期設定が難しくて離脱する お客様 {i} 😀"),
            author: (!names.is_empty()).then(|| names[i % names.len()].clone()),
            answers: vec![],
        };
        push(Event::NoteAdded { id: NoteId(10_000 + i as u32), note });
    }
    push(Event::StepEntered { step: 3 });
    let mut app = App::new(Journal::new(header, events), Box::new(MemorySink::default()), T0 + 60_000);
    if joined > 0 {
        app.message = Some(cjm::join::facilitator::roster(app.session(), &names));
    }
    app
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("discussion board 120x40");
    for n in [2_000, 20_000] {
        let app = app(n);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        group.bench_function(format!("{n} notes"), |b| {
            b.iter(|| {
                terminal.draw(|f| cjm::ui::draw(f, black_box(&app))).expect("draw");
            })
        });
    }
    // With 12 participants joined from their terminals: target within
    // 1.2× of the frame without them (#13).
    let joined = app_with(2_000, 12);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    group.bench_function("2000 notes, 12 joined", |b| {
        b.iter(|| {
            terminal.draw(|f| cjm::ui::draw(f, black_box(&joined))).expect("draw");
        })
    });
    group.finish();
    // The same two frames drawn in turn, so a machine busy with other
    // work slows both alike: the ratio is the figure to read.
    let alone = app(2_000);
    let mut a = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let mut j = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let (mut ta, mut tj) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    for _ in 0..2_000 {
        let start = std::time::Instant::now();
        a.draw(|f| cjm::ui::draw(f, black_box(&alone))).expect("draw");
        ta += start.elapsed();
        let start = std::time::Instant::now();
        j.draw(|f| cjm::ui::draw(f, black_box(&joined))).expect("draw");
        tj += start.elapsed();
    }
    println!(
        "board frame, 12 joined / none, drawn in turn: {:.3} ({:?} / {:?} per frame; target ≤ 1.2)",
        tj.as_secs_f64() / ta.as_secs_f64(),
        tj / 2_000,
        ta / 2_000
    );
}

/// The overview of the 20 groups (four rows of five blocks, as many as
/// fit shown), and building its counts and gaps, which the app does once
/// per change, not per frame.
fn overview(c: &mut Criterion) {
    let mut group = c.benchmark_group("overview 120x40");
    for n in [2_000, 20_000] {
        let mut app = app(n);
        app.overview = true;
        assert_eq!(app.mode(), cjm::app::Mode::Overview);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        group.bench_function(format!("{n} notes"), |b| {
            b.iter(|| {
                terminal.draw(|f| cjm::ui::draw(f, black_box(&app))).expect("draw");
            })
        });
        group.bench_function(format!("build counts, {n} notes"), |b| {
            b.iter(|| {
                cjm::app::overview::Overview::build(
                    black_box(app.session()),
                    black_box(&app.gaps),
                    &Default::default(),
                )
            })
        });
    }
    // The worst case for building: every pain point reported unanswered.
    let app = app(20_000);
    let s = app.session();
    let gaps: Vec<cjm::domain::checks::Gap> = s
        .notes
        .iter()
        .filter(|(_, n)| n.kind == NoteKind::Pain)
        .map(|(id, _)| cjm::domain::checks::Gap::Unanswered(*id))
        .collect();
    group.bench_function(format!("build counts, 20000 notes, {} gaps", gaps.len()), |b| {
        b.iter(|| cjm::app::overview::Overview::build(black_box(s), black_box(&gaps), &Default::default()))
    });
    group.finish();
}

/// The presenter view at 100×30 (a video call's shared screen), its board
/// leaving out private notes: one in ten is private, so each visible cell
/// filters its notes.
fn presenter(c: &mut Criterion) {
    let mut group = c.benchmark_group("presenter 100x30");
    for n in [2_000, 20_000] {
        let mut app = app(n);
        for i in (0..n).step_by(10) {
            app.commit(Event::NotePrivacySet { id: NoteId(10_000 + i as u32), private: true });
        }
        app.presenter = true;
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
        group.bench_function(format!("{n} notes"), |b| {
            b.iter(|| {
                terminal.draw(|f| cjm::ui::draw(f, black_box(&app))).expect("draw");
            })
        });
        // The room's overview: drawn from counts cached after the first
        // frame, and built (checks evaluated on what the room sees) once
        // per change while it is shown.
        app.overview = true;
        group.bench_function(format!("overview, {n} notes"), |b| {
            b.iter(|| {
                terminal.draw(|f| cjm::ui::draw(f, black_box(&app))).expect("draw");
            })
        });
        let s = app.session();
        let checks = &s.header.template.steps[s.current_step()].checks;
        group.bench_function(format!("build the room's overview, {n} notes"), |b| {
            b.iter(|| cjm::app::overview::Overview::seen_by_room(black_box(s), black_box(checks)))
        });
    }
    group.finish();
}

/// One change as the facilitator makes it: saved (to memory here), folded
/// in, and the exit checks and overview counts refreshed. This is the work
/// a key that edits does before its frame.
fn change(c: &mut Criterion) {
    let mut group = c.benchmark_group("one change, discussion");
    for n in [2_000, 20_000] {
        let mut app = app(n);
        let mut i = 0u64;
        group.bench_function(format!("{n} notes"), |b| {
            b.iter(|| {
                i += 1;
                app.commit(Event::NoteEdited { id: NoteId(10_000), text: format!("編集 {i}") });
            })
        });
    }
    group.finish();
}

/// `cjm run` on the sample up to its first frame, minus putting the
/// terminal into raw mode: load and fold the file, take the lock, open the
/// writer, build the app and draw at 100×30.
fn startup(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sample.ron");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/sample-workshop.ron"), &path).expect("copy");
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    c.bench_function("startup: run sample to first frame", |b| {
        b.iter(|| {
            let app = cjm::tui::load_app(&path, 1_800_000_000_000).expect("load");
            terminal.draw(|f| cjm::ui::draw(f, black_box(&app))).expect("draw");
        })
    });
}

criterion_group!(benches, bench, overview, presenter, change, startup);
criterion_main!(benches);
