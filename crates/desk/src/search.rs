//! Search over the installed courses and the learner's notes, in the course-text language
//! first, then the others. The index (`lphm-search`, in `<data>/search-index`) is brought up
//! to date with the installed courses in the background at start and before each search
//! (an import, an update or a removal since), and rebuilt when it is missing or damaged.

use std::collections::BTreeSet;
use std::io;
use std::sync::Arc;

use lphm_content::{load_course, Source};
use lphm_search::{Library, LANGS};
use lphm_store::InstalledCourse;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::{content_lang, ApiError, Desk, ErrorKind};

/// Results shown for one query, at most.
pub const MAX_RESULTS: usize = 40;

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SearchResult {
    /// `lesson`, `question`, `term`, `course` or `note`.
    pub kind: String,
    pub course: String,
    pub course_title: String,
    /// The lesson (also for a note), quiz, or glossary term to open; the course page when
    /// all are `None`.
    pub lesson: Option<String>,
    pub quiz: Option<String>,
    pub term: Option<String>,
    pub title: String,
    /// HTML: the passage, escaped, with the words found in `<b>`.
    pub snippet: String,
    /// The words found, for the lesson to scroll to.
    pub words: Vec<String>,
    pub lang: String,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SearchView {
    pub query: String,
    /// The course-text language, searched first.
    pub lang: String,
    pub results: Vec<SearchResult>,
}

/// A course's files as the store holds them, for the loader.
struct StoreSource<'a> {
    desk: &'a Desk,
    installed: &'a InstalledCourse,
}

impl Source for StoreSource<'_> {
    fn read(&self, path: &str) -> io::Result<Option<Vec<u8>>> {
        self.desk
            .store
            .course_file(&self.installed.manifest, path)
            .map_err(io::Error::other)
    }

    fn media(&self) -> io::Result<Vec<String>> {
        // Search reads text only.
        Ok(Vec::new())
    }
}

/// What a course's index entry was made from: a digest of its files' hashes.
fn content_key(installed: &InstalledCourse) -> String {
    let mut h = Sha256::new();
    for (path, f) in &installed.files {
        h.update(path.as_bytes());
        h.update(b"\0");
        h.update(f.sha256.as_bytes());
        h.update(b"\n");
    }
    hex::encode(&h.finalize()[..12])
}

fn failed(e: impl std::fmt::Display) -> ApiError {
    ApiError::from(ErrorKind::SearchFailed {}).detail(e.to_string())
}

/// The words of `query` found in `text` (folded alike), and the text escaped with them in
/// `<b>`; `None` when a word is missing.
fn mark(text: &str, query: &str) -> Option<(String, Vec<String>)> {
    let fold = |s: &str| -> Vec<char> {
        s.chars()
            .map(|c| c.to_lowercase().next().unwrap_or(c))
            .collect()
    };
    let hay = fold(text);
    let chars: Vec<char> = text.chars().collect();
    let words: Vec<Vec<char>> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    if words.is_empty() {
        return None;
    }
    let mut marked = vec![false; chars.len()];
    let mut found = Vec::new();
    for w in &words {
        let at = (0..hay.len()).find(|&i| hay[i..].starts_with(w))?;
        for m in marked.iter_mut().skip(at).take(w.len()) {
            *m = true;
        }
        found.push(chars[at..at + w.len()].iter().collect());
    }
    // A passage around the first word found.
    let first = marked.iter().position(|m| *m).unwrap_or(0);
    let start = first.saturating_sub(60);
    let end = (first + 100).min(chars.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut open = false;
    for i in start..end {
        if marked[i] != open {
            out.push_str(if marked[i] { "<b>" } else { "</b>" });
            open = marked[i];
        }
        match chars[i] {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    if open {
        out.push_str("</b>");
    }
    if end < chars.len() {
        out.push('…');
    }
    Some((out, found))
}

/// The words a snippet marks.
fn marked_words(snippet: &str) -> Vec<String> {
    snippet
        .split("<b>")
        .skip(1)
        .filter_map(|part| part.split("</b>").next())
        .map(|w| {
            w.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

impl Desk {
    fn search_library(&self) -> Result<Arc<Library>, ApiError> {
        let mut kept = self.search.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(library) = kept.as_ref() {
            return Ok(library.clone());
        }
        let library =
            Arc::new(Library::open(&self.store.dir().join("search-index")).map_err(failed)?);
        *kept = Some(library.clone());
        Ok(library)
    }

    /// Brings the search index up to date with the installed courses: courses installed or
    /// changed since are indexed, removed ones dropped. Returns how many changed. Slow for a
    /// new course (a fraction of a second each): the app calls it off the window's thread.
    pub fn index_courses(&self) -> Result<usize, ApiError> {
        let library = self.search_library()?;
        let _one_at_a_time = self.indexing.lock().unwrap_or_else(|e| e.into_inner());
        let indexed = library.courses().map_err(failed)?;
        let installed = self.store.installed_courses()?;
        let mut changed = 0;
        for c in &installed {
            let key = content_key(c);
            if indexed.get(&c.manifest.id) == Some(&key) {
                continue;
            }
            let course = load_course(&StoreSource {
                desk: self,
                installed: c,
            })?;
            library.put_course(&course, &key).map_err(failed)?;
            changed += 1;
        }
        for id in indexed.keys() {
            if !installed.iter().any(|c| &c.manifest.id == id) {
                library.remove_course(id).map_err(failed)?;
                changed += 1;
            }
        }
        Ok(changed)
    }

    /// Searches the installed courses and the current learner's notes for `query`.
    pub fn search(&self, query: &str) -> Result<SearchView, ApiError> {
        let profile = self.current_profile()?;
        let lang = content_lang(&profile).to_string();
        let query = query.trim().to_string();
        let mut results: Vec<SearchResult> = Vec::new();
        if query.is_empty() {
            return Ok(SearchView {
                query,
                lang,
                results,
            });
        }
        // Courses imported, updated or removed since are indexed first (nothing to do, in
        // a few milliseconds, when none changed).
        self.index_courses()?;
        let library = self.search_library()?;
        let manifests = self.store.courses()?;
        let title_of = |course: &str, l: &str| {
            manifests
                .iter()
                .find(|m| m.id == course)
                .map(|m| m.title.pick(l, m.fallback_lang()).0.to_string())
                .unwrap_or_else(|| course.to_string())
        };

        // The learner's own notes first: they are what they wrote.
        let summary = self.summary(profile.id)?;
        for ((course, lesson), _) in summary.notes.iter() {
            let Some(note) = summary.note(course, lesson) else {
                continue;
            };
            let Some((snippet, words)) = mark(&note.current.text, &query) else {
                continue;
            };
            let Some(m) = manifests.iter().find(|m| &m.id == course) else {
                continue;
            };
            let Some((_, l)) = m.lessons().find(|(_, l)| &l.id == lesson) else {
                continue;
            };
            results.push(SearchResult {
                kind: "note".into(),
                course: course.clone(),
                course_title: title_of(course, &lang),
                lesson: Some(lesson.clone()),
                quiz: None,
                term: None,
                title: l.title.pick(&lang, m.fallback_lang()).0.to_string(),
                snippet,
                words,
                lang: lang.clone(),
            });
        }

        let order =
            std::iter::once(lang.as_str()).chain(LANGS.iter().copied().filter(|l| *l != lang));
        let mut seen: BTreeSet<(String, String, String)> = BTreeSet::new();
        for l in order {
            for hit in library.search(&query, l, MAX_RESULTS).map_err(failed)? {
                if results.len() >= MAX_RESULTS {
                    break;
                }
                if !seen.insert((hit.course.clone(), hit.kind.clone(), hit.item.clone())) {
                    continue;
                }
                let (lesson, quiz, term) = match hit.kind.as_str() {
                    "lesson" => (Some(hit.item.clone()), None, None),
                    "question" => (None, hit.item.split('/').next().map(str::to_string), None),
                    "term" => (None, None, Some(hit.item.clone())),
                    _ => (None, None, None),
                };
                results.push(SearchResult {
                    words: marked_words(&hit.snippet),
                    kind: hit.kind,
                    course_title: title_of(&hit.course, l),
                    course: hit.course,
                    lesson,
                    quiz,
                    term,
                    title: hit.title,
                    snippet: hit.snippet,
                    lang: hit.lang,
                });
            }
        }
        Ok(SearchView {
            query,
            lang,
            results,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{mark, marked_words};

    #[test]
    fn a_note_passage_marks_every_word_and_escapes_the_rest() {
        let (html, words) = mark(
            "Call <the> radio & ask about Radio Diourbel",
            "radio diourbel",
        )
        .unwrap();
        assert_eq!(words, ["radio", "Diourbel"]);
        assert!(
            html.contains("Call &lt;the&gt; <b>radio</b> &amp; ask"),
            "{html}"
        );
        assert!(html.contains("<b>Diourbel</b>"), "{html}");
        assert!(mark("Call the radio", "radio newspaper").is_none());
    }

    #[test]
    fn the_words_a_snippet_marks_are_read_back() {
        assert_eq!(
            marked_words("a <b>handel</b> b <b>ludźmi</b> <b>handel</b>"),
            ["handel", "ludźmi"]
        );
    }
}
