//! The library's search index: every installed course, one set of documents per course
//! version, kept on disk and opened again at the next start; made afresh when it is missing
//! or damaged. A course is replaced in it when its installed files change.

use std::path::Path;

use lphm_content::Course;
use std::collections::BTreeMap;
use std::sync::Mutex;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;

use tantivy::{Index, IndexReader, IndexWriter, TantivyDocument, Term};

use crate::analyze::{analyzer, tokens};

/// The languages with their own analyzer; text in another language is not indexed.
pub const LANGS: [&str; 4] = ["en", "fr", "pl", "zu"];

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("the search index could not be used: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("the search index folder could not be used: {0}")]
    Io(#[from] std::io::Error),
    #[error("the search index folder could not be opened: {0}")]
    Dir(#[from] tantivy::directory::error::OpenDirectoryError),
}

/// One result: what matched, in which language, and the passage with the matched words
/// in `<b>`.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub course: String,
    /// `course`, `lesson`, `question` or `term`.
    pub kind: String,
    /// The lesson, quiz question (`quiz/question`) or glossary term id; the course id for
    /// the course itself.
    pub item: String,
    pub lang: String,
    pub title: String,
    /// HTML: the passage, escaped, with the matched words in `<b>`.
    pub snippet: String,
    pub score: f32,
}

#[derive(Clone, Copy)]
struct Fields {
    course: Field,
    kind: Field,
    item: Field,
    lang: Field,
    /// `title_<lang>`, `text_<lang>` in the order of [`LANGS`].
    title: [Field; 4],
    text: [Field; 4],
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let course = b.add_text_field("course", STRING | STORED);
    let kind = b.add_text_field("kind", STRING | STORED);
    let item = b.add_text_field("item", STRING | STORED);
    let lang = b.add_text_field("lang", STRING | STORED);
    let mut title = Vec::new();
    let mut text = Vec::new();
    for l in LANGS {
        let opts = || {
            TextOptions::default()
                .set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(&format!("text_{l}"))
                        .set_index_option(IndexRecordOption::WithFreqsAndPositions),
                )
                .set_stored()
        };
        title.push(b.add_text_field(&format!("title_{l}"), opts()));
        text.push(b.add_text_field(&format!("text_{l}"), opts()));
    }
    let fields = Fields {
        course,
        kind,
        item,
        lang,
        title: title.try_into().expect("four"),
        text: text.try_into().expect("four"),
    };
    (b.build(), fields)
}

fn register(index: &Index) {
    for l in LANGS {
        index
            .tokenizers()
            .register(&format!("text_{l}"), analyzer(l));
    }
}

/// Lesson Markdown as plain text: what a reader sees, without markup or links' addresses.
fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => out.push('\n'),
            _ => {}
        }
    }
    out
}

pub struct Library {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
}

/// The memory the index writer may use before it writes a segment.
const WRITER_BYTES: usize = 15_000_000;

impl Library {
    /// Opens the index in `dir`, or makes a new empty one there when there is none or it
    /// cannot be read (it is rebuilt from the installed courses, which are the truth).
    pub fn open(dir: &Path) -> Result<Library, SearchError> {
        let opened = Index::open_in_dir(dir)
            .map_err(SearchError::from)
            .and_then(|index| {
                // An index of another schema (an older app) is rebuilt too.
                if index.schema() != schema().0 {
                    return Err(SearchError::Index(tantivy::TantivyError::SchemaError(
                        "another schema".into(),
                    )));
                }
                Ok(index)
            });
        let index = match opened {
            Ok(index) => index,
            Err(_) => {
                if dir.exists() {
                    std::fs::remove_dir_all(dir)?;
                }
                std::fs::create_dir_all(dir)?;
                Index::create_in_dir(dir, schema().0)?
            }
        };
        register(&index);
        let (_, fields) = schema();
        let writer = Mutex::new(index.writer(WRITER_BYTES)?);
        let reader = index.reader()?;
        Ok(Library {
            index,
            reader,
            writer,
            fields,
        })
    }

    /// The courses in the index, with the key of the content each was indexed from.
    pub fn courses(&self) -> Result<BTreeMap<String, String>, SearchError> {
        let searcher = self.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(self.fields.kind, "version"),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(&query, &TopDocs::with_limit(100_000))?;
        let mut out = BTreeMap::new();
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let get = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            out.insert(get(self.fields.course), get(self.fields.item));
        }
        Ok(out)
    }

    /// Removes a course from the index.
    pub fn remove_course(&self, course: &str) -> Result<(), SearchError> {
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        writer.delete_term(Term::from_field_text(self.fields.course, course));
        writer.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Puts `course` in the index in place of any earlier version; `key` names its content
    /// (see [`Library::courses`]).
    pub fn put_course(&self, course: &Course, key: &str) -> Result<(), SearchError> {
        let f = self.fields;
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let m = &course.manifest;
        writer.delete_term(Term::from_field_text(f.course, &m.id));
        let mut version = TantivyDocument::default();
        version.add_text(f.course, &m.id);
        version.add_text(f.kind, "version");
        version.add_text(f.item, key);
        writer.add_document(version)?;
        let add = |kind: &str,
                   item: &str,
                   lang: &str,
                   title: &str,
                   text: &str|
         -> Result<(), SearchError> {
            let Some(i) = LANGS.iter().position(|l| *l == lang) else {
                return Ok(());
            };
            let mut doc = TantivyDocument::default();
            doc.add_text(f.course, &m.id);
            doc.add_text(f.kind, kind);
            doc.add_text(f.item, item);
            doc.add_text(f.lang, lang);
            doc.add_text(f.title[i], title);
            doc.add_text(f.text[i], text);
            writer.add_document(doc)?;
            Ok(())
        };
        for (lang, title) in &m.title.0 {
            add(
                "course",
                &m.id,
                lang,
                title,
                m.summary.0.get(lang).map(String::as_str).unwrap_or(""),
            )?;
        }
        for (_, lesson) in m.lessons() {
            for (lang, title) in &lesson.title.0 {
                if let Some(body) = course.lessons.get(&(lesson.id.clone(), lang.clone())) {
                    add("lesson", &lesson.id, lang, title, &plain(body))?;
                }
            }
        }
        for quiz in course.quizzes.values() {
            for q in &quiz.questions {
                for (lang, prompt) in &q.prompt.0 {
                    let mut text = prompt.clone();
                    for c in &q.choices {
                        if let Some(t) = c.text.0.get(lang) {
                            text.push('\n');
                            text.push_str(t);
                        }
                    }
                    let title = quiz.title.0.get(lang).cloned().unwrap_or_default();
                    add(
                        "question",
                        &format!("{}/{}", quiz.id, q.id),
                        lang,
                        &title,
                        &text,
                    )?;
                }
            }
        }
        if let Some(g) = &course.glossary {
            for t in &g.terms {
                for (lang, term) in &t.term.0 {
                    let mut text = t.definition.0.get(lang).cloned().unwrap_or_default();
                    if let Some(u) = t.usage.0.get(lang) {
                        text.push('\n');
                        text.push_str(u);
                    }
                    add("term", &t.id, lang, term, &text)?;
                }
            }
        }
        writer.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// The query for `text` in language `lang`: every word must match, in the title (worth
    /// twice as much) or the text; a word of five letters or more also at one edit; an
    /// isiZulu word by most of its pieces.
    fn query(&self, text: &str, i: usize) -> Option<Box<dyn Query>> {
        let lang = LANGS[i];
        let f = self.fields;
        let mut words: Vec<Box<dyn Query>> = Vec::new();
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let terms = tokens(lang, word);
            if terms.is_empty() {
                continue;
            }
            let mut per_field: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for (field, boost) in [(f.title[i], 2.0), (f.text[i], 1.0)] {
                let q: Box<dyn Query> = if lang == "zu" && terms.len() > 1 {
                    let grams: Vec<(Occur, Box<dyn Query>)> = terms
                        .iter()
                        .map(|g| {
                            let q: Box<dyn Query> = Box::new(TermQuery::new(
                                Term::from_field_text(field, g),
                                IndexRecordOption::WithFreqs,
                            ));
                            (Occur::Should, q)
                        })
                        .collect();
                    let need = (terms.len() * 2).div_ceil(3);
                    Box::new(BooleanQuery::with_minimum_required_clauses(grams, need))
                } else {
                    let term = Term::from_field_text(field, &terms[0]);
                    let exact: Box<dyn Query> =
                        Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs));
                    if terms[0].chars().count() >= 5 && lang != "zu" {
                        let fuzzy: Box<dyn Query> = Box::new(FuzzyTermQuery::new(term, 1, true));
                        Box::new(BooleanQuery::new(vec![
                            (
                                Occur::Should,
                                Box::new(BoostQuery::new(exact, 2.0)) as Box<dyn Query>,
                            ),
                            (Occur::Should, fuzzy),
                        ]))
                    } else {
                        exact
                    }
                };
                per_field.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
            }
            words.push(Box::new(BooleanQuery::new(per_field)));
        }
        if words.is_empty() {
            return None;
        }
        Some(Box::new(BooleanQuery::new(
            words.into_iter().map(|q| (Occur::Must, q)).collect(),
        )))
    }

    /// The best `limit` matches of `text` in `lang`.
    pub fn search(&self, text: &str, lang: &str, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let Some(i) = LANGS.iter().position(|l| *l == lang) else {
            return Ok(Vec::new());
        };
        let Some(query) = self.query(text, i) else {
            return Ok(Vec::new());
        };
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit))?;
        let mut snippets = SnippetGenerator::create(&searcher, &*query, self.fields.text[i])?;
        snippets.set_max_num_chars(160);
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let get = |field: Field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            let mut snippet = snippets.snippet_from_doc(&doc).to_html();
            if snippet.is_empty() {
                snippet = tantivy_escape(
                    &get(self.fields.text[i])
                        .chars()
                        .take(160)
                        .collect::<String>(),
                );
            }
            out.push(Hit {
                course: get(self.fields.course),
                kind: get(self.fields.kind),
                item: get(self.fields.item),
                lang: get(self.fields.lang),
                title: get(self.fields.title[i]),
                snippet,
                score,
            });
        }
        Ok(out)
    }

    /// The folder's index as tantivy sees it, for size figures.
    pub fn index(&self) -> &Index {
        &self.index
    }
}

fn tantivy_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
