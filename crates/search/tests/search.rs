//! Real queries against the curriculum's index, in each language: inflected forms, a
//! misspelling, prefixed isiZulu nouns, and a passage with the words marked.

use lphm_content::{load_course, DirSource};
use lphm_search::Library;

fn curriculum() -> (tempfile::TempDir, Library) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../courses/lphm-curriculum");
    let course = load_course(&DirSource::new(dir)).unwrap();
    let out = tempfile::tempdir().unwrap();
    let index = Library::open(&out.path().join("index")).unwrap();
    index.put_course(&course, "v1").unwrap();
    (out, index)
}

#[track_caller]
fn finds(index: &Library, lang: &str, query: &str, item: &str) {
    let hits = index.search(query, lang, 10).unwrap();
    assert!(
        hits.iter().any(|h| h.item == item),
        "{lang} {query:?} should find {item}; found {:?}",
        hits.iter().map(|h| (&h.kind, &h.item)).collect::<Vec<_>>()
    );
}

#[test]
fn queries_in_four_languages_find_inflected_and_misspelt_forms() {
    let (_dir, index) = curriculum();
    // English: stemmed ("entrepreneurs" → "entrepreneur"), misspelt.
    finds(
        &index,
        "en",
        "entrepreneurs",
        "ed-supporting-migrant-entrepreneurs",
    );
    finds(&index, "en", "remitances", "remittances");
    // French: without accents, plural.
    finds(&index, "fr", "cohesion sociale", "social-cohesion");
    // Polish: inflected forms meet.
    finds(
        &index,
        "pl",
        "przedsiębiorcy",
        "ed-supporting-migrant-entrepreneurs",
    );
    finds(&index, "pl", "handlu ludźmi", "trafficking");
    // isiZulu: a bare noun finds its prefixed forms.
    finds(&index, "zu", "abafuduki", "migrant");
    // The singular (class 1, um-) finds the lesson that only uses the plural (class 2,
    // aba-): suffix stemming could not, three-letter pieces do.
    finds(&index, "zu", "umfuduki", "ed-migrants-in-the-local-economy");
    // French and Polish misspelt: one letter wrong.
    finds(
        &index,
        "fr",
        "entreprenneurs",
        "ed-supporting-migrant-entrepreneurs",
    );
    finds(
        &index,
        "pl",
        "przedsiebiorcy",
        "ed-supporting-migrant-entrepreneurs",
    );
}

#[test]
fn a_passage_marks_the_words_found_and_reopening_finds_the_same() {
    let (dir, index) = curriculum();
    let hits = index.search("trafficking", "en", 5).unwrap();
    assert!(hits[0].snippet.contains("<b>"), "{:?}", hits[0]);
    drop(index);
    let again = Library::open(&dir.path().join("index")).unwrap();
    assert_eq!(again.search("trafficking", "en", 5).unwrap(), hits);
    assert_eq!(
        again.courses().unwrap().into_iter().collect::<Vec<_>>(),
        [(
            "perceptions-communication-media".to_string(),
            "v1".to_string()
        )]
    );
}

#[test]
fn a_damaged_index_is_made_again_and_a_course_is_replaced_or_removed() {
    let (dir, index) = curriculum();
    drop(index);
    let path = dir.path().join("index");
    // Damage: every file cut to nothing.
    for entry in std::fs::read_dir(&path).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::write(entry.path(), b"").unwrap();
        }
    }
    let again = Library::open(&path).unwrap();
    assert!(again.courses().unwrap().is_empty(), "made afresh, empty");
    let course_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../courses/lphm-curriculum");
    let course = load_course(&DirSource::new(course_dir)).unwrap();
    again.put_course(&course, "v1").unwrap();
    again.put_course(&course, "v2").unwrap();
    assert_eq!(
        again.courses().unwrap()["perceptions-communication-media"],
        "v2"
    );
    let hits = again.search("trafficking", "en", 50).unwrap();
    let items: Vec<&str> = hits.iter().map(|h| h.item.as_str()).collect();
    let mut unique = items.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        items.len(),
        unique.len(),
        "the older version's documents are gone"
    );
    again
        .remove_course("perceptions-communication-media")
        .unwrap();
    assert!(again.search("trafficking", "en", 5).unwrap().is_empty());
    assert!(again.courses().unwrap().is_empty());
}
