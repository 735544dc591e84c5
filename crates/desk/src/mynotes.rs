//! Bookmarks, and "My notes": one page with every lesson the learner bookmarked or wrote a
//! note on, across courses, and its export to a file to take into a meeting: Markdown, or
//! a PDF printed by `lphm-certificate`.

use std::fmt::Write as _;
use std::path::Path;

use lphm_certificate::{CertificateError, NotesCourse, NotesDocument, NotesLesson};
use lphm_i18n::Localizer;
use lphm_progress::EventKind;
use serde::Serialize;

use crate::{content_lang, ApiError, Desk, ErrorKind, FileDialog, NoteView, Saved};

/// The kinds of file "My notes" is exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesFormat {
    Markdown,
    Pdf,
}

impl NotesFormat {
    /// The format the window names `name`: its file extension, `md` or `pdf`.
    pub fn parse(name: &str) -> Result<NotesFormat, ApiError> {
        match name {
            "md" => Ok(NotesFormat::Markdown),
            "pdf" => Ok(NotesFormat::Pdf),
            _ => Err(ApiError::from(ErrorKind::NotesFormatUnknown {
                format: name.to_string(),
            })),
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            NotesFormat::Markdown => "md",
            NotesFormat::Pdf => "pdf",
        }
    }

    /// The message naming the file type in the save dialog.
    fn filter(self) -> &'static str {
        match self {
            NotesFormat::Markdown => "notes-export-dialog-filter",
            NotesFormat::Pdf => "notes-export-dialog-filter-pdf",
        }
    }
}

/// A lesson the learner bookmarked or wrote a note on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct MyNote {
    pub course: String,
    /// The course's title in the learner's language; its id when the course is no longer
    /// on this laptop (the note is kept all the same).
    pub course_title: String,
    pub module_title: String,
    pub lesson: String,
    pub lesson_title: String,
    /// Whether the lesson is still on this laptop, so the page can open it.
    pub installed: bool,
    pub bookmarked: bool,
    pub note: Option<NoteView>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct MyNotes {
    /// In the order of the catalogue and of each course; lessons of courses no longer on
    /// this laptop last.
    pub entries: Vec<MyNote>,
}

impl Desk {
    /// Bookmarks a lesson (`on`) or removes its bookmark. Returns once it is on disk.
    pub fn set_bookmark(&self, course: &str, lesson: &str, on: bool) -> Result<Saved, ApiError> {
        let profile = self.current_profile()?;
        let m = self.manifest(course)?;
        if m.module_of_lesson(lesson).is_none() {
            return Err(
                ApiError::from(ErrorKind::LessonNotFound {}).detail(format!("lesson {lesson}"))
            );
        }
        let hlc = self.tick_hlc()?;
        self.record(
            profile.id,
            EventKind::BookmarkSet {
                course: course.into(),
                lesson: lesson.into(),
                on,
                hlc,
            },
        )
    }

    /// Every lesson the current learner bookmarked or wrote a note on.
    pub fn my_notes(&self) -> Result<MyNotes, ApiError> {
        let profile = self.current_profile()?;
        let summary = self.summary(profile.id)?;
        let lang = content_lang(&profile).to_string();
        let mut keys: Vec<(String, String)> = summary
            .bookmarks
            .iter()
            .filter(|(_, b)| b.on)
            .map(|(k, _)| k.clone())
            .chain(summary.notes.keys().cloned())
            .collect();
        keys.sort();
        keys.dedup();
        let mut manifests = self.store.courses()?;
        manifests.sort_by(|a, b| {
            let title =
                |m: &lphm_content::Manifest| m.title.pick(&lang, m.fallback_lang()).0.to_string();
            title(a).cmp(&title(b))
        });
        let mut entries: Vec<(usize, usize, MyNote)> = Vec::new();
        for (course, lesson) in keys {
            let note = summary
                .note(&course, &lesson)
                .filter(|n| !n.current.text.trim().is_empty() || !n.conflicts.is_empty())
                .as_ref()
                .map(NoteView::of);
            let bookmarked = summary.bookmarked(&course, &lesson);
            if note.is_none() && !bookmarked {
                continue;
            }
            let placed = manifests.iter().enumerate().find_map(|(i, m)| {
                if m.id != course {
                    return None;
                }
                let (j, (module, l)) =
                    m.lessons().enumerate().find(|(_, (_, l))| l.id == lesson)?;
                let fallback = m.fallback_lang();
                Some((
                    i,
                    j,
                    m.title.pick(&lang, fallback).0.to_string(),
                    module.title.pick(&lang, fallback).0.to_string(),
                    l.title.pick(&lang, fallback).0.to_string(),
                ))
            });
            let (i, j, course_title, module_title, lesson_title, installed) = match placed {
                Some((i, j, c, mt, lt)) => (i, j, c, mt, lt, true),
                None => (
                    usize::MAX,
                    0,
                    course.clone(),
                    String::new(),
                    lesson.clone(),
                    false,
                ),
            };
            entries.push((
                i,
                j,
                MyNote {
                    course,
                    course_title,
                    module_title,
                    lesson,
                    lesson_title,
                    installed,
                    bookmarked,
                    note,
                },
            ));
        }
        entries.sort_by(|a, b| {
            (a.0, a.1, &a.2.course, &a.2.lesson).cmp(&(b.0, b.1, &b.2.course, &b.2.lesson))
        });
        Ok(MyNotes {
            entries: entries.into_iter().map(|(_, _, e)| e).collect(),
        })
    }

    /// The dialog that asks where to save "My notes" as `format` (`md` or `pdf`), with a
    /// file name of the day. Fails first when the format is unknown or there is nothing to
    /// export.
    pub fn notes_export_dialog(&self, format: &str) -> Result<FileDialog, ApiError> {
        let format = NotesFormat::parse(format)?;
        if self.my_notes()?.entries.is_empty() {
            return Err(ApiError::from(ErrorKind::NotesNothingToExport {}));
        }
        let date = self.today();
        let extension = format.extension();
        let mut dialog = self.dialog("notes-export-dialog-title", format.filter(), extension)?;
        dialog.file_name = Some(format!("lphm-notes-{date}.{extension}"));
        Ok(dialog)
    }

    /// The current learner and a localizer for their interface language.
    fn notes_reader(&self) -> Result<(lphm_store::Profile, Localizer), ApiError> {
        let profile = self.current_profile()?;
        let l10n = Localizer::new(&profile.lang).map_err(|_| {
            ApiError::from(ErrorKind::LanguageUnknown {})
                .detail(format!("language {}", profile.lang))
        })?;
        Ok((profile, l10n))
    }

    /// "My notes" as Markdown, in the learner's language: a heading per course, one per
    /// lesson (marked when bookmarked), and the note's text quoted as written.
    pub fn notes_markdown(&self) -> Result<String, ApiError> {
        let (profile, l10n) = self.notes_reader()?;
        let notes = self.my_notes()?;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# {}\n",
            l10n.format(
                "notes-export-title",
                &[("name", profile.name.clone().into())]
            )
        );
        let mut course = None;
        for e in &notes.entries {
            if course.as_ref() != Some(&e.course) {
                let _ = writeln!(out, "## {}\n", one_line(&e.course_title));
                course = Some(e.course.clone());
            }
            let mark = if e.bookmarked {
                format!(" ({})", l10n.format("notes-bookmarked", &[]))
            } else {
                String::new()
            };
            let module = if e.module_title.is_empty() {
                String::new()
            } else {
                format!("{} · ", one_line(&e.module_title))
            };
            let _ = writeln!(out, "### {module}{}{mark}\n", one_line(&e.lesson_title));
            if let Some(note) = &e.note {
                for version in versions(note) {
                    for line in version.lines() {
                        let _ = writeln!(out, "> {line}");
                    }
                    out.push('\n');
                }
            }
        }
        Ok(out)
    }

    /// "My notes" as a PDF in the learner's interface language, with what the Markdown
    /// holds: the title with their name, a heading per course, each lesson under its
    /// module (marked when bookmarked), and every version of its note as written. Dated
    /// with today's date.
    pub fn notes_pdf(&self) -> Result<Vec<u8>, ApiError> {
        let (profile, l10n) = self.notes_reader()?;
        let notes = self.my_notes()?;
        let bookmark = l10n.format("notes-bookmarked", &[]);
        let mut courses: Vec<(String, NotesCourse)> = Vec::new();
        for e in notes.entries {
            if courses.last().is_none_or(|(id, _)| *id != e.course) {
                let course = NotesCourse {
                    title: e.course_title.clone(),
                    lessons: Vec::new(),
                };
                courses.push((e.course.clone(), course));
            }
            let lesson = NotesLesson {
                module: e.module_title,
                title: e.lesson_title,
                bookmark: e.bookmarked.then(|| bookmark.clone()),
                notes: e
                    .note
                    .as_ref()
                    .map(|n| versions(n).cloned().collect())
                    .unwrap_or_default(),
            };
            if let Some((_, course)) = courses.last_mut() {
                course.lessons.push(lesson);
            }
        }
        let doc = NotesDocument {
            title: l10n.format(
                "notes-export-title",
                &[("name", profile.name.clone().into())],
            ),
            learner: profile.name.clone(),
            date: self.today(),
            courses: courses.into_iter().map(|(_, c)| c).collect(),
        };
        lphm_certificate::render_notes(&doc, &profile.lang).map_err(|e| match e {
            CertificateError::Character { character } => {
                ApiError::from(ErrorKind::NotesCannotPrint {
                    character: character.to_string(),
                })
            }
            other => ApiError::from(ErrorKind::Unexpected {
                code: "notes-render".into(),
            })
            .detail(other),
        })
    }

    /// Writes "My notes" as `format` (`md` or `pdf`) to `path`, durably: a temporary file
    /// beside it, synced, then renamed over it, so a cut leaves the old file or the new
    /// one, never half of one.
    pub fn export_notes(&self, path: &Path, format: &str) -> Result<(), ApiError> {
        let bytes = match NotesFormat::parse(format)? {
            NotesFormat::Markdown => self.notes_markdown()?.into_bytes(),
            NotesFormat::Pdf => self.notes_pdf()?,
        };
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".part");
        lphm_durable::write_file(path, Path::new(&tmp), &bytes).map_err(|e| {
            ApiError::file(
                |path, detail| ErrorKind::NotesExportFailed { path, detail },
                path,
                &e,
            )
        })
    }
}

/// A note's text, then the text of each version that conflicts with it.
fn versions(note: &NoteView) -> impl Iterator<Item = &String> {
    std::iter::once(&note.text).chain(note.conflicts.iter().map(|c| &c.text))
}

/// A title on one line, for a Markdown heading.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
