//! The contract between the window and the desk: every command the window may call, with
//! the Rust types of its arguments and of its answer. This list is the one place commands
//! are named. From it come, by `scripts/contract` (and checked by this module's tests, which
//! fail when a copy is stale):
//!
//! - `ui/src/gen/contract.ts`: the TypeScript types of everything that crosses (exported
//!   by `ts-rs` from the Rust types themselves) and one typed function per command;
//! - `src-tauri/commands.in`: the allow-list `src-tauri/build.rs` gives Tauri;
//! - `src-tauri/capabilities/default.json`: the window's permissions, one per command.
//!
//! `src-tauri` still writes each command's adapter and lists it in `generate_handler!`
//! (Tauri's macros need the names written out); the tests check both against this list.

use std::collections::BTreeMap;
use std::marker::PhantomData;

use lphm_progress::{Answers, Stage};
use lphm_store::Profile;
use ts_rs::{Config, TS};
use uuid::Uuid;

use crate::client::{BundleInfo, SyncReport, SyncStatus};
use crate::{
    ApiError, AppState, CourseCard, CourseView, DownloadProgress, ImportOutcome, ImportProgress,
    LessonView, NewProfile, NoteView, QuizOutcome, QuizView, RemoteCourse, Saved,
};
use crate::{EvaluationView, FollowUpDue, SurveyAnswers, SurveyView, TestOutcome, TestView, Which};
use crate::{GlossaryView, MyNotes, SearchView};

/// An argument that is a channel of reports from Rust to the window (Tauri's `Channel`):
/// in TypeScript, a callback.
#[derive(Debug)]
pub struct Progress<T>(PhantomData<T>);

/// A command: its name, its arguments (name, TypeScript type) and its answer's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub name: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    pub answer: String,
    /// The Rust types as written here (arguments, then the answer), which the tests
    /// compare with the Tauri adapters' signatures.
    pub rust: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A value of this TypeScript type.
    Value(String),
    /// A channel of reports of this TypeScript type.
    Progress(String),
}

trait ArgType {
    fn arg(cfg: &Config) -> Arg;
}

impl<T: TS> ArgType for T {
    fn arg(cfg: &Config) -> Arg {
        Arg::Value(T::name(cfg))
    }
}

/// How `Progress<T>` is told apart from a value: it does not implement `TS`, so it has an
/// inherent function of the same name, which Rust prefers.
impl<T: TS> Progress<T> {
    fn arg(cfg: &Config) -> Arg {
        Arg::Progress(T::name(cfg))
    }
}

/// The types the contract file declares, in the order it declares them.
macro_rules! declared {
    ($($ty:ty),* $(,)?) => {
        fn declarations(cfg: &Config) -> Vec<String> {
            vec![$(<$ty as TS>::decl(cfg)),*]
        }
    };
}

macro_rules! commands {
    ($($name:ident ( $($arg:ident : $ty:ty),* ) -> $answer:ty;)*) => {
        /// The names of every command, in the order the window's code lists them.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// Every command with its argument and answer types.
        pub fn commands(cfg: &Config) -> Vec<Command> {
            vec![$(Command {
                name: stringify!($name),
                args: vec![$((stringify!($arg), <$ty>::arg(cfg))),*],
                answer: <$answer as TS>::name(cfg),
                rust: vec![$(stringify!($ty),)* stringify!($answer)],
            }),*]
        }
    };
}

commands! {
    app_state() -> AppState;
    create_profile(profile: NewProfile) -> Profile;
    switch_profile(id: Uuid) -> Profile;
    set_language(lang: String) -> ();
    set_content_language(lang: Option<String>) -> ();
    set_text_size(percent: u16) -> ();
    catalogue() -> Vec<CourseCard>;
    course(course: String) -> CourseView;
    open_lesson(course: String, lesson: String) -> LessonView;
    lesson(course: String, lesson: String) -> LessonView;
    complete_lesson(course: String, lesson: String) -> Saved;
    record_time(course: String, lesson: String, seconds: u32) -> Option<Saved>;
    quiz(course: String, quiz: String) -> QuizView;
    submit_quiz(course: String, quiz: String, answers: Answers) -> QuizOutcome;
    ui_ready() -> ();
    pick_package() -> Option<String>;
    import_package(path: String, progress: Progress<ImportProgress>) -> ImportOutcome;
    cancel_import() -> ();
    remove_course(course: String, forget_progress: bool) -> usize;
    sync_status() -> SyncStatus;
    enroll(server: String, code: String, consent: Option<u32>) -> SyncStatus;
    sync_now() -> SyncReport;
    note(course: String, lesson: String) -> Option<NoteView>;
    save_note(course: String, lesson: String, text: String, bases: Vec<Uuid>) -> Saved;
    export_progress() -> Option<BundleInfo>;
    remote_catalogue() -> Vec<RemoteCourse>;
    download_course(course: String, on_progress: Progress<DownloadProgress>) -> ImportOutcome;
    cancel_download() -> ();
    glossary(lang: Option<String>, course: Option<String>) -> GlossaryView;
    set_bookmark(course: String, lesson: String, on: bool) -> Saved;
    my_notes() -> MyNotes;
    export_notes(format: String) -> Option<String>;
    search(query: String) -> SearchView;
    save_certificate(course: String) -> Option<String>;
    evaluation(course: String) -> EvaluationView;
    test(course: String, stage: Stage) -> TestView;
    submit_test(course: String, stage: Stage, answers: Answers) -> TestOutcome;
    survey(course: String, which: Which) -> SurveyView;
    submit_survey(course: String, which: Which, answers: SurveyAnswers) -> Saved;
    follow_ups_due() -> Vec<FollowUpDue>;
}

declared! {
    ApiError,
    crate::ErrorKind,
    crate::Context,
    AppState,
    crate::Resume,
    Profile,
    NewProfile,
    Saved,
    CourseCard,
    crate::ModuleBrief,
    lphm_progress::CourseProgress,
    lphm_progress::ModuleProgress,
    CourseView,
    crate::ModuleView,
    crate::LessonItem,
    crate::QuizItem,
    crate::Step,
    crate::StepKind,
    LessonView,
    NoteView,
    crate::ConflictView,
    QuizView,
    crate::QuestionView,
    lphm_content::QuestionKind,
    crate::ChoiceView,
    crate::QuizHistory,
    lphm_progress::Attempt,
    QuizOutcome,
    crate::QuestionFeedback,
    ImportProgress,
    ImportOutcome,
    SyncStatus,
    crate::Consent,
    SyncReport,
    BundleInfo,
    RemoteCourse,
    crate::RemoteAction,
    DownloadProgress,
    GlossaryView,
    MyNotes,
    crate::MyNote,
    SearchView,
    crate::SearchResult,
    crate::CertificateView,
    crate::TermView,
    crate::TermName,
    crate::TermLink,
    EvaluationView,
    crate::TestStep,
    crate::TestScore,
    crate::SurveyStep,
    crate::StepState,
    Which,
    Stage,
    TestView,
    TestOutcome,
    SurveyView,
    crate::SurveyQuestionView,
    lphm_content::SurveyKind,
    lphm_progress::SurveyAnswer,
    FollowUpDue,
}

/// How the TypeScript is written: 64-bit integers are JSON numbers (times in milliseconds
/// and byte counts stay far below 2^53).
pub fn config() -> Config {
    Config::new().with_large_int("number")
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `ui/src/gen/contract.ts`.
pub fn typescript() -> String {
    let cfg = config();
    let mut out = String::from(
        "// Generated from crates/desk/src/contract.rs by scripts/contract: do not edit.\n\
         // The types are the Rust types the desk's commands take and answer (ts-rs).\n\
         /* eslint-disable */\n\
         import { Channel, invoke } from \"@tauri-apps/api/core\";\n\n",
    );
    for decl in declarations(&cfg) {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.push_str(&format!(
        "/** The interface languages, the reference (English) first. */\nexport const LANGUAGES = {} as const;\n\n",
        serde_json::to_string(lphm_i18n::LANGUAGES).expect("JSON")
    ));
    out.push_str(&format!(
        "/** The version of the statement of what is sent and who sees it (`consent-*` messages), to agree to when enrolling. */\nexport const CONSENT_VERSION = {};\n\n",
        crate::CONSENT_VERSION
    ));
    out.push_str(&format!(
        "/** The statement's message ids: each section's heading, then its paragraphs. */\nexport const CONSENT_STATEMENT = {} as const;\n\n",
        serde_json::to_string(crate::CONSENT_STATEMENT).expect("JSON")
    ));
    out.push_str("/** One typed function per command; failures reject with an `ApiError`. */\n");
    out.push_str("export const api = {\n");
    for c in commands(&cfg) {
        let params: Vec<String> = c
            .args
            .iter()
            .map(|(name, arg)| match arg {
                Arg::Value(ty) => format!("{}: {ty}", camel(name)),
                Arg::Progress(ty) => format!("{}: (report: {ty}) => void", camel(name)),
            })
            .collect();
        let mut channels = String::new();
        let fields: Vec<String> = c
            .args
            .iter()
            .map(|(name, arg)| {
                let js = camel(name);
                match arg {
                    Arg::Value(_) => js,
                    Arg::Progress(ty) => {
                        channels.push_str(&format!(
                            "    const {js}Channel = new Channel<{ty}>();\n    {js}Channel.onmessage = {js};\n"
                        ));
                        format!("{js}: {js}Channel")
                    }
                }
            })
            .collect();
        let answer = if c.answer == "null" {
            "void".to_string()
        } else {
            c.answer.clone()
        };
        let call = if fields.is_empty() {
            format!("invoke<{answer}>(\"{}\")", c.name)
        } else {
            format!(
                "invoke<{answer}>(\"{}\", {{ {} }})",
                c.name,
                fields.join(", ")
            )
        };
        if channels.is_empty() {
            out.push_str(&format!(
                "  {}: ({}): Promise<{answer}> => {call},\n",
                camel(c.name),
                params.join(", ")
            ));
        } else {
            out.push_str(&format!(
                "  {}: ({}): Promise<{answer}> => {{\n{channels}    return {call};\n  }},\n",
                camel(c.name),
                params.join(", ")
            ));
        }
    }
    out.push_str("};\n");
    out
}

/// `src-tauri/commands.in`: the allow-list `src-tauri/build.rs` includes.
pub fn allow_list() -> String {
    let mut out = String::from(
        "// Generated from crates/desk/src/contract.rs by scripts/contract: do not edit.\n&[\n",
    );
    for name in COMMANDS {
        out.push_str(&format!("    \"{name}\",\n"));
    }
    out.push_str("]\n");
    out
}

/// `src-tauri/capabilities/default.json`: the window may call the app's own commands
/// (and listen to its events), nothing else.
pub fn capability() -> String {
    let mut permissions = vec!["core:event:default".to_string()];
    permissions.extend(
        COMMANDS
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-"))),
    );
    let value = serde_json::json!({
        "$schema": "../gen/schemas/desktop-schema.json",
        "identifier": "main-window",
        "description": "What the LPHM window may do: call the app's own commands and nothing else. All file and network access happens in Rust. Generated from crates/desk/src/contract.rs by scripts/contract: do not edit.",
        "windows": ["main"],
        "permissions": permissions,
    });
    let mut text = serde_json::to_string_pretty(&value).expect("JSON");
    text.push('\n');
    text
}

/// Every generated file, by its path from the workspace's root.
pub fn generated() -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        ("ui/src/gen/contract.ts", typescript()),
        ("src-tauri/commands.in", allow_list()),
        ("src-tauri/capabilities/default.json", capability()),
    ])
}

#[cfg(test)]
mod tests;
