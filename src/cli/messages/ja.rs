//! The command line in Japanese.

use crate::store::outbox::OutboxError;
use std::path::Path;

use super::Messages;
use crate::domain::discuss::DiscussError;
use crate::invite::{InviteError, MAX_NAME_CHARS};
use crate::replay::player::FromError;
use crate::store::authorized_keys::KeysError;
use crate::store::lock::Found;
use crate::store::{Problem, SaveError, WriteStep};
use crate::text::{fill, pad, pad_left};

/// Japanese.
pub const JA: Messages = Messages {
    error_prefix: "cjm: ",
    warning_prefix: "cjm: 警告: ",
    settings_fallback: |err| format!("{err}。既定の設定で続けます"),
    wrote: |p| format!("{} に書き出しました", p.display()),
    could_not_write: |p| format!("{} に書き込めませんでした", p.display()),
    no_sessions: |dir| format!("{} にはまだセッションがありません。`cjm` で始めましょう。", dir.display()),
    list_header: || {
        format!(
            "{} {} {}  {} ゴール",
            pad("セッション", 28),
            pad("最終更新 (UTC)", 17),
            pad_left("付箋", 5),
            pad("ステップ", 18)
        )
    },
    unreadable: |err| format!("(読み込めません: {err})"),
    is_directory: |p| {
        format!(
            "{} はディレクトリです。{}/workshop.ron のようにファイル名を指定してください",
            p.display(),
            p.display()
        )
    },
    already_exists: |p| format!("{} はすでにあります。置き換えるには --force を付けてください", p.display()),
    created: |p| format!("{} を作成しました", p.display()),
    run_it_with: |p| format!("開始するには: cjm run {}", p.display()),
    templates_header: || {
        format!(
            "{} {} {} {}  場所",
            pad("テンプレート", 16),
            pad("言語", 4),
            pad_left("手順", 5),
            pad_left("分", 8)
        )
    },
    built_in: "組み込み",
    template_invalid: |name, err| format!("{} 不正: {err}", fill(name, 16)),
    user_templates_hint: |dir| {
        format!(
            "自作のテンプレートは {} に置きます (sessions/templates/ の組み込みテンプレートをコピーして作れます)。",
            dir.display()
        )
    },
    valid_session: |p, events| format!("{}: 問題なし (セッション、イベント {events} 件)", p.display()),
    valid_template: |p, name, steps| {
        format!("{}: 問題なし (テンプレート {name:?}、{steps} ステップ)", p.display())
    },
    discuss_ignored: |p| {
        format!(
            "{} は既にあるので再開します。--goal・--from・--groups・--minutes は新しいセッションの準備にだけ使うため無視しました",
            p.display()
        )
    },
    discuss_error: |e| match e {
        DiscussError::Minutes(n) => format!("--minutes {n}: 1 から 600 の分数を指定してください"),
        DiscussError::Groups(n) => format!("--groups {n}: 1 から 12 のグループ数を指定してください"),
        DiscussError::NoDiscussion(name) => {
            format!("テンプレート {name} にはグループディスカッションのステップがありません")
        }
    },
    saved,
    problem,
    empty_goal: "ゴールが空です。ワークショップで達成することを書いてください (例: --goal \"CS施策の優先順位を決める\")",
    held: |path, pid| {
        format!(
            "{path} は別の cjm (プロセス {pid}) で開かれています。そちらで閉じるか、`cjm replay` で読み取り専用で開いてください"
        )
    },
    lock_churn: |path| format!("{path} をロックできませんでした: ロックファイルが何度も置き換えられます"),
    lock_unexpected: |lock, found| {
        let what = match found {
            Found::Symlink => "シンボリックリンクです。cjm はリンク先に書き込みません",
            Found::Directory => "ディレクトリです。cjm はここに自分のファイルを置く必要があります",
            Found::Special => "通常のファイルではありません。cjm は書き込みません",
            Found::HardLinked => {
                "別の名前 (ハードリンク) を持つファイルです。cjm は他のファイルに書き込みません"
            }
        };
        format!("{lock}: ロックファイルが{what} (このセッションを開いている cjm がなければ削除してください)")
    },
    no_home: "cjm のファイルを置くホームディレクトリが見つかりません。CJM_HOME を設定してください",
    unknown_template: |name, names| {
        format!("{name:?} というテンプレートはありません (組み込み: {names}。`cjm templates` で一覧できます)")
    },
    write_error: |step, p| match step {
        WriteStep::CreateDir => format!("ディレクトリ {} を作成できませんでした", p.display()),
        WriteStep::WriteIn => format!("{} に書き込めませんでした", p.display()),
        WriteStep::Create => format!("{} を作成できませんでした", p.display()),
    },
    save_error: |e| match e {
        SaveError::Broken { path } => format!(
            "{} に保存できません: 前回の保存の失敗を取り消せませんでした。セッションを開き直してください",
            path.display()
        ),
        SaveError::LineTooLong { path, max } => {
            format!("{} に保存できません: 変更が {max} バイトを超えます (1 件の記録の上限)", path.display())
        }
        SaveError::FileTooBig { path, max } => format!(
            "{} に保存できません: セッションファイルが {max} バイト (cjm が読める上限) を超えてしまいます",
            path.display()
        ),
        SaveError::Io { path, .. } => format!("{} に保存できません", path.display()),
    },
    io_error,
    from_error,
    unknown_lang: |s| format!("{s:?} という言語はありません。ja か en を指定してください"),
    about: "カスタマージャーニーマップのワークショップをターミナルで進行します。時間配分つきのアジェンダ、常に見えるゴール、グループごとの付箋、投票と決定を、その場で保存しながら扱えます。",
    // Colour themes.
    unknown_theme: |name, fallback| {
        format!(
            "config.ron: テーマ {name:?} はありません。{fallback} で続けます（テーマ: dark, light, high-contrast）"
        )
    },
    // Session safety.
    held_replace: |path, pid| {
        format!(
            "{path} は別の cjm (プロセス {pid}) で開かれているため置き換えられません。先にそちらで閉じてください"
        )
    },
    export_over_session: |p| {
        format!(
            "{} は cjm のセッションファイルです。上書きしません (-o に別のファイルを指定してください)",
            p.display()
        )
    },
    export_over_link: |p| {
        format!(
            "{} はシンボリックリンクです。cjm はリンク先に書き込みません (-o に別のファイルを指定してください)",
            p.display()
        )
    },
    export_over_other: |p| {
        format!(
            "{} は通常のファイルではありません (ディレクトリ・FIFO・デバイス)。書き込みません (-o に別のファイルを指定してください)",
            p.display()
        )
    },
    // `cjm discuss` fixes (groups with --from).
    discuss_groups_from: "--from のセッションのグループを引き継ぐため、--groups は無視しました",
    // Output streams and control characters.
    standard_output: "標準出力",
    // Drafts and what "Saved" means.
    not_saved: |p, why| format!("保存できませんでした: {}: {why}", p.display()),
    draft_kept: |p| format!("入力中の文章を {} に残しました。`cjm run` で復元できます", p.display()),
    draft_not_kept: |p, why| format!("入力中の文章を {} に残せませんでした: {why}", p.display()),
    control_in_argument: |e| {
        format!(
            "{}: {} 文字目に制御文字 U+{:04X} があります（端末のエスケープなどの制御文字は使えません）",
            e.arg,
            e.at,
            u32::from(e.c)
        )
    },
    // Errors in Japanese (#15 item 4).
    syntax: super::errors_ja::syntax,
    usage_error: Some(super::errors_ja::usage_error),
    invite_added: |name, file, user| {
        format!(
            "{name} さんの鍵を {} に追加しました。接続は `ssh -t {user}@HOST` (HOST はこのマシンの名前かアドレス) で、できるのは参加 (join) だけです。",
            file.display()
        )
    },
    invite_already: |name, file| {
        format!("{name} さんの鍵はすでに {} にあります。変更はありません。", file.display())
    },
    invite_none: |file| format!("{} に招待はありません。", file.display()),
    invite_row: |name, session, kind| format!("{name}\t{}\t{kind}", session.display()),
    invite_removed: |n, name, file| match n {
        0 => format!("{} に {name} さんの招待はありません。", file.display()),
        n => format!("{name} さんの招待 {n} 件を {} から削除しました。", file.display()),
    },
    invite_error,
    keys_error,
    man: &MAN,
    outbox_error: |e| match e {
        OutboxError::Held { name, pid } => {
            format!(
                "{name} はすでに別の cjm (プロセス {pid}) で参加しています。そちらを閉じるか、別の名前で参加してください"
            )
        }
        OutboxError::BadName(name) => format!(
            "{name:?} は参加者の名前に使えません（1〜40 文字、/ \\ や制御文字を含まず、ドットで始まらない名前）"
        ),
        OutboxError::NotAnOutbox(p) => {
            format!("{}: cjm の送信箱ではありません。そのままにします", p.display())
        }
        OutboxError::Foreign(p) => {
            format!("{}: ほかのセッションか参加者の送信箱です。そのままにします", p.display())
        }
        OutboxError::NotOwn(p) => format!(
            "{}: cjm 自身の通常のファイルやフォルダーではありません（リンク？）。そのままにします",
            p.display()
        ),
        OutboxError::Full(p) => format!("{}: 送信箱がいっぱいです", p.display()),
        OutboxError::TooLong => "付箋が長すぎて送れません".to_string(),
    },
    join_no_group: |name, groups| {
        format!(
            "{name} はこのセッションのどのグループにも入っていません。--group に次のどれかを指定してください：{groups}"
        )
    },
};

fn invite_error(e: &InviteError) -> String {
    match e {
        InviteError::EmptyName => "参加者の名前が空です".to_string(),
        InviteError::ControlInName(c) => format!("参加者の名前に制御文字 U+{:04X} があります", u32::from(*c)),
        InviteError::NameTooLong => format!("参加者の名前が {MAX_NAME_CHARS} 文字を超えています"),
        InviteError::PrivateKey => "これは秘密鍵です。公開鍵 (.pub ファイル) を指定してください".to_string(),
        InviteError::KeyCount(n) => format!("鍵ファイルには公開鍵がちょうど 1 行必要です ({n} 行ありました)"),
        InviteError::KeyType(kind) => format!("不明な鍵の種類です: {kind:?}"),
        InviteError::KeyData => "鍵のデータが base64 ではありません".to_string(),
    }
}

fn keys_error(e: &KeysError) -> String {
    match e {
        KeysError::NotPlain(p) => {
            format!(
                "{}: 自分の通常のファイル・ディレクトリではありません (cjm はリンクをたどりません)",
                p.display()
            )
        }
        KeysError::KeyHasAccess { path, line } => format!(
            "{}:{line}: この鍵にはすでに専用の行があり、そのままでは制限なしで使えてしまいます",
            path.display()
        ),
        KeysError::KeyInvitesOther { path, line, name } => {
            format!("{}:{line}: この鍵はすでに {name} さんの招待に使われています", path.display())
        }
    }
}

fn saved(p: &Path) -> String {
    format!("保存しました：{}", p.display())
}

fn problem(problem: &Problem) -> String {
    match problem {
        Problem::NotFound => {
            "ファイルがありません（新しいセッションは `cjm new PATH --goal …` で作成します）".to_string()
        }
        Problem::PermissionDenied => "読み取る権限がありません".to_string(),
        Problem::IsDirectory => "ファイルではなくディレクトリです".to_string(),
        Problem::Io(msg) => msg.clone(),
        Problem::TooLarge { size, limit } => {
            format!("ファイルが {size} バイトあります。セッションファイルの上限は {limit} バイトです")
        }
        Problem::NotText => "cjm のファイルではありません: UTF-8 のテキストではありません".to_string(),
        Problem::NoHeader => {
            "cjm のセッションではありません: ヘッダーが不完全です (`// events` の行がありません)".to_string()
        }
        Problem::Header(s) => format!("ヘッダーが不正です: {}", super::errors_ja::syntax(s)),
        Problem::NewerVersion { found, supported } => format!(
            "新しい cjm で書かれたファイルです (形式 {found}。この cjm が読めるのは形式 {supported} まで)。cjm を更新してから開いてください"
        ),
        Problem::UnknownVersion { found, supported } => format!(
            "ファイル形式 {found} は存在しません。形式は 1 から始まります (この cjm が読めるのは形式 {supported} まで)"
        ),
        Problem::Event(s) => format!("イベントが不正です: {}", super::errors_ja::syntax(s)),
        Problem::LineTooLong { limit } => format!("行が {limit} バイトを超えています"),
        Problem::TornTail { kept } => {
            format!("最後の記録が書き込み途中で切れています。その前の完全なイベント {kept} 件は残っています")
        }
    }
}

/// clap's own words in Japanese.
pub const HELP_WORDS: super::HelpWords = super::HelpWords {
    usage: "使い方",
    commands: "コマンド",
    arguments: "引数",
    options: "オプション",
    help: "ヘルプを表示します",
    help_summary: "ヘルプを表示します (詳しくは --help)",
    help_more: "ヘルプを表示します (要約は -h)",
    version: "バージョンを表示します",
    help_command: "このヘルプ、または指定したコマンドのヘルプを表示します",
    default: |value| format!("[既定: {value}]"),
};

/// `--help` in Japanese: (subcommand or "" for the top level, argument id
/// or "" for the command's own description, text).
pub const HELP: &[(&str, &str, &str)] = &[
    ("", "lang", "表示言語: ja または en (既定: 設定ファイル、次にロケール)"),
    (
        "",
        "ambiguous_wide",
        "端末が幅の曖昧な文字 (· … → ─) を全角幅で表示する: 半角の記号と ASCII の枠で描く (config.ron の ambiguous_wide: true でも可)",
    ),
    ("new", "", "テンプレートからセッションファイルを作成します"),
    ("new", "path", "セッションファイル、またはデータディレクトリ内のファイル名"),
    ("new", "goal", "ワークショップで達成すること (例: \"CS施策の優先順位を決める\")"),
    ("new", "done_when", "終了時に場が生み出しているべきもの (既定: テンプレートのもの)"),
    (
        "new",
        "template",
        "アジェンダのテンプレート: 組み込みまたは自作のテンプレート名、または .ron のパス (既定: 表示言語の組み込みアジェンダ)",
    ),
    ("new", "force", "既存のファイルを置き換えます"),
    ("run", "", "ワークショップをターミナル UI で実行 (再開) します"),
    ("run", "path", "セッションファイル、またはデータディレクトリ内のファイル名"),
    ("discuss", "", "時間を区切ったグループディスカッションだけを実行します"),
    ("discuss", "path", "セッションファイル、またはデータディレクトリ内のファイル名"),
    (
        "discuss",
        "goal",
        "ディスカッションで達成すること。指定するとすぐに始めます (省略時は最初にゴールを入力)",
    ),
    ("discuss", "minutes", "ディスカッションの長さ (分、1〜600) [既定: 90]"),
    ("discuss", "groups", "グループ数 (1〜12。既定: ペルソナごとに 1 グループ)"),
    ("discuss", "from", "以前のセッションからゴール・ペルソナ・フェーズ・グループ・参加者を引き継ぎます"),
    (
        "discuss",
        "template",
        "アジェンダのテンプレート: 組み込みまたは自作のテンプレート名、または .ron のパス (既定: 表示言語の組み込みアジェンダ)",
    ),
    ("join", "", "参加者としてセッションに加わり、自分の端末でグループの付箋を書きます"),
    ("join", "path", "ファシリテーターのセッションファイル (同じマシン上、または ssh -t 経由)"),
    ("join", "name", "ファシリテーターの画面に出るあなたの名前"),
    ("join", "group", "まだどのグループにも入っていないときに加わるグループ (名前、文字または番号)"),
    ("replay", "", "保存したセッションを再生します"),
    ("replay", "path", "セッションファイル、またはデータディレクトリ内のファイル名"),
    ("replay", "speed", "再生速度の倍率"),
    ("replay", "summary", "再生せず、ステップごとの要約を表示します"),
    ("replay", "from", "開始位置: ステップ (番号または題名) またはセッション時刻 HH:MM:SS"),
    ("list", "", "データディレクトリのセッションを一覧します"),
    ("templates", "", "アジェンダのテンプレート (組み込みと自作) を一覧します"),
    ("validate", "", "セッションとテンプレートのファイルを検査し、問題ごとに PATH:LINE:COL を表示します"),
    ("validate", "paths", "検査するファイル (ファイル名だけならデータディレクトリから探します)"),
    ("export", "", "Markdown のレポートまたは付箋の CSV を書き出します"),
    ("export", "path", "セッションファイル、またはデータディレクトリ内のファイル名"),
    (
        "export",
        "format",
        "出力形式: md (Markdown のレポート) または csv (付箋 1 枚を 1 行に、Excel 向けに BOM つき UTF-8)",
    ),
    ("export", "output", "出力ファイル (既定: 標準出力)"),
    ("invite", "", "SSH 鍵 1 つに、1 人の参加者の join だけを許す authorized_keys の行を作ります"),
    ("invite", "path", "セッションファイル、またはデータディレクトリ内のファイル名"),
    ("invite", "name", "参加者の名前 (cjm join --as と同じ)"),
    ("invite", "group", "セッションにまだいない名前のときのグループ"),
    ("invite", "key", "参加者の公開鍵ファイル (例: id_ed25519.pub)"),
    ("invite", "add", "その行を ~/.ssh/authorized_keys に追加します (二重には追加しません)"),
    ("invite", "list", "cjm が招待した参加者を一覧します (PATH があればそのセッションだけ)"),
    ("invite", "remove", "NAME の招待を削除します (PATH があればそのセッションだけ)"),
    ("completions", "", "シェルの補完スクリプトを表示します (データディレクトリのセッション名も補完します)"),
    ("completions", "shell", "シェル: bash、zsh、fish、powershell のいずれか"),
    ("man", "", "マニュアルページ (roff) を表示言語で表示します (`cjm man | man -l -`)"),
];

fn from_error(e: &FromError) -> String {
    match e {
        FromError::BadTime(text) => format!("--from {text}: HH:MM:SS の形で指定してください"),
        FromError::StepZero => "--from: ステップの番号は 1 から始まります".to_string(),
        FromError::Empty => "--from: ステップか HH:MM:SS を指定してください".to_string(),
        FromError::NoSuchStep { n, steps } => format!("--from {n}: アジェンダのステップは {steps} 個です"),
        FromError::NoTitle(t) => format!("--from {t}: その題名のステップはありません"),
        FromError::NeverReached(step) => format!("--from: ステップ {step} には一度も進んでいません"),
    }
}

fn io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "ファイルまたはディレクトリがありません".to_string(),
        ErrorKind::PermissionDenied => "権限がありません".to_string(),
        ErrorKind::AlreadyExists => "すでにあります".to_string(),
        ErrorKind::IsADirectory => "ディレクトリです".to_string(),
        ErrorKind::NotADirectory => "ディレクトリではありません".to_string(),
        ErrorKind::StorageFull => "ディスクがいっぱいです".to_string(),
        ErrorKind::ReadOnlyFilesystem => "読み取り専用のファイルシステムです".to_string(),
        _ => format!("システムのエラー: {e}"),
    }
}

const MAN: super::ManText = super::ManText {
    flush_left: true,
    manual: "cjm マニュアル",
    headings: &[
        ("NAME", "名前"),
        ("SYNOPSIS", "書式"),
        ("DESCRIPTION", "説明"),
        ("OPTIONS", "オプション"),
        ("VERSION", "バージョン"),
    ],
    commands: "コマンド",
    environment: "環境変数",
    variables: &[
        (
            "CJM_HOME",
            "すべてをこのディレクトリの下に置きます（DIR/sessions、DIR/templates、DIR/config.ron）。",
        ),
        (
            "NO_COLOR",
            "空でない値が設定されていると、色を使わずハイコントラストのテーマで始めます（config.ron のテーマが優先します）。",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "--lang も config.ron も言語を決めていないときの言語です。ja で始まれば日本語です。",
        ),
    ],
    files: "ファイル",
    file_list: &[
        (
            "~/.local/share/cjm/sessions/NAME.ron",
            "セッション。RON のヘッダーのあとに 1 行 1 イベントが続きます（Linux）。",
        ),
        ("~/.config/cjm/config.ron", "設定。言語とテーマです（Linux）。"),
        ("~/.config/cjm/templates/", "自作のアジェンダのテンプレートです（Linux）。"),
    ],
};
