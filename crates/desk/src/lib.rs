//! The learning desk: the functions the interface calls, on top of content, progress and
//! the store. `src-tauri` turns each Tauri command into one call here; tests call the same
//! functions with no window.
//!
//! Time and randomness come in from outside ([`Clock`], a seed), and the data folder is a
//! parameter: the desk never looks up platform folders or reads the system clock itself.

mod builtin;
mod certificates;
pub mod client;
pub mod contract;
mod downloads;
mod error;
mod evaluation;
mod glossary;
mod mynotes;
mod notes;
mod packages;
mod search;
mod views;

use std::path::Path;
use std::sync::{Arc, Mutex};

use lphm_content::{render_lesson_linked, Linker, Manifest};
use lphm_progress::{grade, Answers, EventKind, GradeError, Summary};
use lphm_store::Store;
use rand::{rngs::StdRng, Rng, SeedableRng};
use serde::Serialize;
use uuid::Uuid;

pub use builtin::{install_builtin_courses, is_builtin, BUILTIN_PACKAGES};
pub use certificates::{check_certificate_file, CertificateView, PROGRAMME_KEY};
pub use client::{Consent, CONSENT_STATEMENT, CONSENT_VERSION};
pub use downloads::{DownloadProgress, RemoteAction, RemoteCourse};
pub use error::{ApiError, Context, ErrorKind};
pub use evaluation::{
    EvaluationView, FollowUpDue, StepState, SurveyAnswers, SurveyQuestionView, SurveyStep,
    SurveyView, TestOutcome, TestScore, TestStep, TestView, Which, DAY_MS,
};
pub use glossary::{GlossaryView, TermLink, TermName, TermView};
pub use lphm_store::Profile;
pub use mynotes::{MyNote, MyNotes, NotesFormat};
pub use notes::{ConflictView, NoteView, MAX_NOTE};
pub use packages::{
    import_package, keys_of, trust_key, trusted_keys, ImportOutcome, ImportProgress, PUBLISHER_KEY,
};
pub use search::{SearchResult, SearchView, MAX_RESULTS};
pub use views::*;

/// Where the desk gets the time from, and the operating system's clock for the shells.
pub use lphm_progress::{Clock, SystemClock};

pub use lphm_progress::MAX_SITTING_SECONDS;

pub struct Desk {
    store: Store,
    device: Uuid,
    clock: Box<dyn Clock>,
    rng: Mutex<StdRng>,
    /// One import at a time: an import's clean-up must not see another's new files.
    importing: Mutex<()>,
    sync_options: client::SyncOptions,
    http: Mutex<Option<reqwest::Client>>,
    /// Notified when an event is recorded; the background sync waits on it.
    sync_wake: std::sync::Arc<tokio::sync::Notify>,
    syncing: std::sync::atomic::AtomicBool,
    /// One sync at a time (the button and the background task share it).
    sync_lock: tokio::sync::Mutex<()>,
    hlc_lock: Mutex<()>,
    /// The server's catalogue as last fetched; downloads pick from it.
    offered: Mutex<Vec<RemoteCourse>>,
    /// Each profile's summary, derived from its events, and the store's generation it is
    /// current at. The log stays the truth: a summary missing or out of date is derived
    /// again; one the desk's own recording made out of date is extended instead.
    summaries: Mutex<std::collections::HashMap<Uuid, (u64, Arc<Summary>)>>,
    /// The search index, once opened.
    search: Mutex<Option<Arc<lphm_search::Library>>>,
    /// One indexing at a time.
    indexing: Mutex<()>,
    /// One evaluation answer checked and recorded at a time, so two submissions at once
    /// cannot both find a test untaken.
    evaluating: Mutex<()>,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk").field("store", &self.store).finish()
    }
}

impl Desk {
    /// Opens the desk on the store in `data_dir` and installs the built-in courses if this
    /// store does not have them yet (or has an older version).
    pub fn open(data_dir: &Path, clock: Box<dyn Clock>, seed: u64) -> Result<Desk, ApiError> {
        let store = Store::open(data_dir)?;
        let mut rng = StdRng::seed_from_u64(seed);
        let device = store.device_id(random_uuid(&mut rng))?;
        let desk = Desk {
            store,
            device,
            clock,
            rng: Mutex::new(rng),
            importing: Mutex::new(()),
            sync_options: client::SyncOptions::default(),
            http: Default::default(),
            sync_wake: Default::default(),
            syncing: Default::default(),
            sync_lock: Default::default(),
            hlc_lock: Mutex::new(()),
            offered: Default::default(),
            summaries: Default::default(),
            search: Default::default(),
            indexing: Mutex::new(()),
            evaluating: Mutex::new(()),
        };
        install_builtin_courses(&desk.store)?;
        Ok(desk)
    }

    /// Replaces the sync client's settings (timeouts, batch size, an extra certificate).
    pub fn with_sync_options(mut self, options: client::SyncOptions) -> Desk {
        self.sync_options = options;
        self.http = Default::default();
        self
    }

    /// The store under the desk, for tests (feature `test-support`): the app and the
    /// `lphm` tool go through the desk's functions.
    #[cfg(feature = "test-support")]
    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn device(&self) -> Uuid {
        self.device
    }

    fn new_id(&self) -> Uuid {
        let mut rng = self.rng.lock().unwrap_or_else(|e| e.into_inner());
        random_uuid(&mut rng)
    }

    // ---- profiles and language -------------------------------------------------------

    /// What the interface needs to draw its first screen.
    pub fn state(&self, system_lang: &str) -> Result<AppState, ApiError> {
        let profiles = self.store.profiles()?;
        let current = self
            .store
            .current_profile()?
            .and_then(|id| profiles.iter().find(|p| p.id == id).cloned());
        let lang = match &current {
            Some(p) => p.lang.clone(),
            None => self
                .store
                .device_lang()?
                .unwrap_or_else(|| lphm_i18n::negotiate(system_lang).to_string()),
        };
        let (resume, returning) = match &current {
            Some(p) => (self.resume(p.id)?, self.store.has_events(p.id)?),
            None => (None, false),
        };
        Ok(AppState {
            content_lang: current.as_ref().and_then(|p| p.content_lang.clone()),
            lang,
            languages: lphm_i18n::LANGUAGES.iter().map(|l| l.to_string()).collect(),
            profiles,
            current: current.map(|p| p.id),
            resume,
            returning,
            data_dir: self.store.dir().display().to_string(),
        })
    }

    pub fn create_profile(&self, new: NewProfile) -> Result<Profile, ApiError> {
        let name = new.name.trim();
        if name.is_empty() {
            return Err(ApiError::from(ErrorKind::ProfileNameRequired {}));
        }
        check_lang(&new.lang)?;
        let profile = Profile {
            id: self.new_id(),
            name: name.to_string(),
            authority: new.authority.trim().to_string(),
            role: new.role.trim().to_string(),
            lang: new.lang,
            content_lang: None,
            created_ms: self.clock.now_ms(),
            text_size: 100,
        };
        self.store.save_profile(&profile)?;
        self.store.set_current_profile(profile.id)?;
        Ok(profile)
    }

    pub fn switch_profile(&self, id: Uuid) -> Result<Profile, ApiError> {
        let profile = self
            .store
            .profile(id)?
            .ok_or_else(|| ApiError::from(ErrorKind::ProfileNotFound {}))?;
        self.store.set_current_profile(id)?;
        Ok(profile)
    }

    /// Sets the interface language: the current profile's, or the device's before any
    /// profile exists.
    pub fn set_language(&self, lang: &str) -> Result<(), ApiError> {
        check_lang(lang)?;
        match self.current_profile_opt()? {
            Some(mut p) => {
                p.lang = lang.to_string();
                self.store.save_profile(&p)?;
            }
            None => self.store.set_device_lang(lang)?,
        }
        Ok(())
    }

    /// Sets the language course content is read in, separately from the interface; `None`
    /// makes it follow the interface language again.
    pub fn set_content_language(&self, lang: Option<&str>) -> Result<(), ApiError> {
        if let Some(lang) = lang {
            check_lang(lang)?;
        }
        let mut p = self.current_profile()?;
        p.content_lang = lang.map(str::to_string);
        self.store.save_profile(&p)?;
        Ok(())
    }

    /// Sets the size of text in the window for the current learner, in percent (100 to 200).
    pub fn set_text_size(&self, percent: u16) -> Result<(), ApiError> {
        if !lphm_store::TEXT_SIZES.contains(&percent) {
            return Err(ApiError::from(ErrorKind::TextSizeOutOfRange {
                min: *lphm_store::TEXT_SIZES.start(),
                max: *lphm_store::TEXT_SIZES.end(),
            }));
        }
        let mut p = self.current_profile()?;
        p.text_size = percent;
        self.store.save_profile(&p)?;
        Ok(())
    }

    fn current_profile_opt(&self) -> Result<Option<Profile>, ApiError> {
        match self.store.current_profile()? {
            Some(id) => Ok(self.store.profile(id)?),
            None => Ok(None),
        }
    }

    pub(crate) fn current_profile(&self) -> Result<Profile, ApiError> {
        self.current_profile_opt()?
            .ok_or_else(|| ApiError::from(ErrorKind::ProfileNone {}))
    }

    /// `profile`'s summary: kept, or derived from the log when the log changed.
    pub(crate) fn summary(&self, profile: Uuid) -> Result<Arc<Summary>, ApiError> {
        let generation = self.store.generation();
        if let Some((at, kept)) = self.kept_summaries().get(&profile) {
            if *at == generation {
                return Ok(kept.clone());
            }
        }
        // Read after the generation: a write meanwhile leaves this one behind, not wrong.
        let summary = Arc::new(Summary::from_events(&self.store.events(profile)?));
        self.kept_summaries()
            .insert(profile, (generation, summary.clone()));
        Ok(summary)
    }

    fn kept_summaries(
        &self,
    ) -> std::sync::MutexGuard<'_, std::collections::HashMap<Uuid, (u64, Arc<Summary>)>> {
        self.summaries.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn record(&self, profile: Uuid, kind: EventKind) -> Result<Saved, ApiError> {
        let event = self.store.append(
            profile,
            self.device_for(profile)?,
            self.clock.now_ms(),
            kind,
        )?;
        // When this event is the only change since the kept summary, extend it rather
        // than read the whole log again at the next screen.
        let generation = self.store.generation();
        if let Some((at, kept)) = self.kept_summaries().get_mut(&profile) {
            if *at + 1 == generation && Arc::make_mut(kept).extend(&event) {
                *at = generation;
            }
        }
        self.sync_wake.notify_one();
        Ok(Saved { event: event.id })
    }

    fn resume(&self, profile: Uuid) -> Result<Option<Resume>, ApiError> {
        let summary = self.summary(profile)?;
        let Some((_, _, course, lesson)) = summary.last_opened.clone() else {
            return Ok(None);
        };
        // Only resume into a lesson the installed courses still have.
        let exists = self
            .store
            .course(&course)?
            .is_some_and(|m| m.lessons().any(|(_, l)| l.id == lesson));
        Ok(exists.then_some(Resume { course, lesson }))
    }

    // ---- catalogue and lessons -----------------------------------------------------

    fn manifest(&self, course: &str) -> Result<Manifest, ApiError> {
        self.store.course(course)?.ok_or_else(|| {
            ApiError::from(ErrorKind::CourseNotFound {}).detail(format!("course {course}"))
        })
    }

    /// The courses on this laptop with the current learner's progress.
    pub fn catalogue(&self) -> Result<Vec<CourseCard>, ApiError> {
        let profile = self.current_profile()?;
        let summary = self.summary(profile.id)?;
        let mut cards: Vec<CourseCard> = self
            .store
            .courses()?
            .iter()
            .map(|m| CourseCard::new(m, content_lang(&profile), &summary))
            .collect();
        cards.sort_by(|a, b| a.title.cmp(&b.title));
        Ok(cards)
    }

    pub fn course(&self, course: &str) -> Result<CourseView, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let summary = self.summary(profile.id)?;
        let mut quizzes = Vec::new();
        for module in &m.modules {
            if let Some(id) = &module.quiz {
                if let Some(q) = self.store.quiz(&m, id)? {
                    quizzes.push(q);
                }
            }
        }
        let mut view = CourseView::new(&m, content_lang(&profile), &summary, &quizzes);
        view.certificate = self.certificate_view(profile.id, &m, &summary)?;
        view.evaluation = self.evaluation_view(&profile, &m, &summary)?;
        Ok(view)
    }

    /// Opens a lesson: renders it in the learner's language (or the course's fallback) and
    /// records where the learner is, so the app reopens here.
    pub fn open_lesson(&self, course: &str, lesson: &str) -> Result<LessonView, ApiError> {
        self.lesson_view(course, lesson, true)
    }

    /// The lesson as [`Desk::open_lesson`] shows it, recording nothing: for drawing it
    /// again, in another language, while the learner stays on it.
    pub fn lesson(&self, course: &str, lesson: &str) -> Result<LessonView, ApiError> {
        self.lesson_view(course, lesson, false)
    }

    fn lesson_view(
        &self,
        course: &str,
        lesson: &str,
        opened: bool,
    ) -> Result<LessonView, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let module = m.module_of_lesson(lesson).ok_or_else(|| {
            ApiError::from(ErrorKind::LessonNotFound {}).detail(format!("lesson {lesson}"))
        })?;
        let fallback = m.fallback_lang().to_string();
        let wanted = content_lang(&profile);
        let (body, served) = match self.store.lesson_body(&m, lesson, wanted)? {
            Some(body) => (body, wanted.to_string()),
            None => (
                self.store
                    .lesson_body(&m, lesson, &fallback)?
                    .ok_or_else(|| {
                        ApiError::from(ErrorKind::LessonNotFound {})
                            .detail(format!("lesson {lesson}"))
                    })?,
                fallback,
            ),
        };
        let media = |path: &str| self.store.media(&m, path).ok().flatten();
        // Terms of the course's glossary link to their entries, in the language served.
        let linker = match self.store.glossary(&m)? {
            Some(g) => Linker::new(&g, &served),
            None => Linker::default(),
        };
        let html = render_lesson_linked(&body, &media, &linker);
        if opened {
            self.record(
                profile.id,
                EventKind::LessonOpened {
                    course: course.into(),
                    lesson: lesson.into(),
                },
            )?;
        }
        let summary = self.summary(profile.id)?;
        Ok(LessonView::new(
            &m,
            module,
            lesson,
            content_lang(&profile),
            served,
            html,
            &summary,
        ))
    }

    /// Marks a lesson complete. Returns once the event is on disk.
    pub fn complete_lesson(&self, course: &str, lesson: &str) -> Result<Saved, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        if m.module_of_lesson(lesson).is_none() {
            return Err(
                ApiError::from(ErrorKind::LessonNotFound {}).detail(format!("lesson {lesson}"))
            );
        }
        self.record(
            profile.id,
            EventKind::LessonCompleted {
                course: course.into(),
                lesson: lesson.into(),
            },
        )
    }

    /// Records time spent reading a lesson; sittings of zero seconds are not recorded and
    /// long ones are capped at [`MAX_SITTING_SECONDS`].
    pub fn record_time(
        &self,
        course: &str,
        lesson: &str,
        seconds: u32,
    ) -> Result<Option<Saved>, ApiError> {
        if seconds == 0 {
            return Ok(None);
        }
        let profile = self.current_profile()?;
        self.record(
            profile.id,
            EventKind::TimeSpent {
                course: course.into(),
                lesson: lesson.into(),
                seconds: seconds.min(MAX_SITTING_SECONDS),
            },
        )
        .map(Some)
    }

    // ---- quizzes ------------------------------------------------------------------

    fn load_quiz(&self, m: &Manifest, quiz: &str) -> Result<lphm_content::Quiz, ApiError> {
        self.store.quiz(m, quiz)?.ok_or_else(|| {
            ApiError::from(ErrorKind::QuizNotFound {}).detail(format!("quiz {quiz}"))
        })
    }

    /// A quiz to answer. The correct answers are not sent until an attempt is submitted.
    pub fn quiz(&self, course: &str, quiz: &str) -> Result<QuizView, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let q = self.load_quiz(&m, quiz)?;
        let summary = self.summary(profile.id)?;
        Ok(QuizView::new(
            &m,
            &q,
            content_lang(&profile),
            summary.quiz(course, quiz),
        ))
    }

    /// Grades and records an attempt. With questions unanswered nothing is recorded and the
    /// error says how many.
    pub fn submit_quiz(
        &self,
        course: &str,
        quiz: &str,
        answers: Answers,
    ) -> Result<QuizOutcome, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        let q = self.load_quiz(&m, quiz)?;
        let graded = match grade(&q, &answers) {
            Ok(g) => g,
            Err(GradeError::Unanswered { questions }) => {
                let mut e = ApiError::from(ErrorKind::QuizUnanswered {
                    count: questions.len() as u32,
                });
                e.context.questions = questions;
                return Err(e);
            }
            Err(e) => return Err(ApiError::from(ErrorKind::QuizInvalidAnswer {}).detail(e)),
        };
        let saved = self.record(
            profile.id,
            EventKind::QuizAttempted {
                course: course.into(),
                quiz: quiz.into(),
                answers,
                correct: graded.correct,
                total: graded.total,
                passed: graded.passed,
            },
        )?;
        let summary = self.summary(profile.id)?;
        Ok(QuizOutcome::new(
            &m,
            &q,
            content_lang(&profile),
            graded,
            saved,
            summary.quiz(course, quiz),
        ))
    }
}

/// Wraps a progress report for a window or a terminal: `show` sees it at most once per
/// percent (a channel to the window need not carry thousands of messages), while
/// `cancelled` is asked at every step, so a cancel is never late.
pub fn per_percent<P: Copy + Into<(u64, u64)>>(
    mut show: impl FnMut(P),
    cancelled: impl Fn() -> bool,
) -> impl FnMut(P) -> bool {
    let mut last = None;
    move |p: P| {
        let (done, total) = p.into();
        let percent = (done * 100).checked_div(total).unwrap_or(100);
        if last != Some(percent) {
            last = Some(percent);
            show(p);
        }
        !cancelled()
    }
}

/// The language a learner reads course content in.
pub(crate) fn content_lang(profile: &Profile) -> &str {
    profile.content_lang.as_deref().unwrap_or(&profile.lang)
}

pub(crate) fn check_lang(lang: &str) -> Result<(), ApiError> {
    if lphm_i18n::LANGUAGES.contains(&lang) {
        Ok(())
    } else {
        Err(ApiError::from(ErrorKind::LanguageUnknown {}).detail(format!("language {lang}")))
    }
}

fn random_uuid(rng: &mut StdRng) -> Uuid {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
}

/// What a system file dialog shows, in the learner's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileDialog {
    pub title: String,
    /// The name of the file type it lists.
    pub filter: String,
    /// The file type's extension, without the dot.
    pub extension: String,
    /// The name proposed for a file to save.
    pub file_name: Option<String>,
}

impl Desk {
    /// The language the interface speaks now: the current learner's, or the device's.
    fn interface_lang(&self) -> Result<String, ApiError> {
        Ok(match self.current_profile_opt()? {
            Some(p) => p.lang,
            None => self
                .store
                .device_lang()?
                .unwrap_or_else(|| lphm_i18n::LANGUAGES[0].to_string()),
        })
    }

    /// Today's date as `yyyy-mm-dd`, for the names of files the learner saves.
    pub(crate) fn today(&self) -> String {
        jiff::Timestamp::from_millisecond(self.clock.now_ms())
            .map(|t| t.strftime("%Y-%m-%d").to_string())
            .unwrap_or_default()
    }

    pub(crate) fn dialog(
        &self,
        title: &str,
        filter: &str,
        extension: &str,
    ) -> Result<FileDialog, ApiError> {
        let lang = self.interface_lang()?;
        let l10n = lphm_i18n::Localizer::new(&lang).map_err(|_| {
            ApiError::from(ErrorKind::LanguageUnknown {}).detail(format!("language {lang}"))
        })?;
        Ok(FileDialog {
            title: l10n.format(title, &[]),
            filter: l10n.format(filter, &[]),
            extension: extension.to_string(),
            file_name: None,
        })
    }

    /// The dialog that asks for a course package to import.
    pub fn import_dialog(&self) -> Result<FileDialog, ApiError> {
        self.dialog("import-dialog-title", "import-dialog-filter", "lphm")
    }

    /// The dialog that asks where to save the learner's progress file, with a name that
    /// says whose it is and from when: `lphm-progress-<learner>-<yyyy-mm-dd>.lphm-progress`.
    /// Fails first, before any dialog, when there is nothing to export.
    pub fn export_dialog(&self) -> Result<FileDialog, ApiError> {
        let profile = self.current_profile()?;
        let status = self.sync_status_of(profile.id)?;
        if status.waiting == 0 {
            return Err(ApiError::from(if status.enrolled {
                ErrorKind::BundleNothingToExport {}
            } else {
                ErrorKind::BundleNothingRecorded {}
            }));
        }
        let name: String = profile
            .name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-")
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        let name = if name.is_empty() {
            "learner".into()
        } else {
            name
        };
        let date = self.today();
        let mut dialog = self.dialog(
            "export-dialog-title",
            "export-dialog-filter",
            "lphm-progress",
        )?;
        dialog.file_name = Some(format!("lphm-progress-{name}-{date}.lphm-progress"));
        Ok(dialog)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::{per_percent, ImportProgress};

    #[test]
    fn progress_is_shown_once_per_percent_and_a_cancel_is_seen_at_once() {
        let shown = Cell::new(Vec::new());
        let cancel = Cell::new(false);
        let asked = Cell::new(0);
        let mut report = per_percent(
            |p: ImportProgress| {
                let mut v = shown.take();
                v.push(p.done);
                shown.set(v);
            },
            || {
                asked.set(asked.get() + 1);
                cancel.get()
            },
        );
        for done in (0..=1_000).step_by(5) {
            assert!(report(ImportProgress { done, total: 1_000 }));
        }
        let seen = shown.take();
        assert_eq!(seen.len(), 101, "0 % to 100 %, each once: {seen:?}");
        assert_eq!(asked.get(), 201, "the cancel is asked at every step");
        cancel.set(true);
        assert!(
            !report(ImportProgress {
                done: 1_000,
                total: 1_000
            }),
            "a cancel between two percents stops at once"
        );
    }
}
