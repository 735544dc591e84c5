//! The one course builder of the tests: a small one-language course described in a few
//! calls (so each test says exactly what differs between two versions), written into a
//! folder, packed and signed with the real `lphm_package::pack`, or handed over as files.
//! And the changes tests make to a package after signing.

use std::collections::BTreeMap;
use std::path::Path;

use lphm_package::SecretKey;
use serde_json::json;

/// The quiz of a [`TestCourse`]: two true/false questions, `q1` true and `q2` false, pass
/// mark 50.
pub const QUIZ: &str = "check-quiz";

/// A course with one module, its lessons in English and, unless left out, the quiz
/// [`QUIZ`]. Lesson titles are their ids; every lesson takes 5 minutes.
#[derive(Clone, Debug)]
pub struct TestCourse {
    pub id: String,
    pub version: u32,
    /// `(lesson id, English Markdown)`, in course order.
    pub lessons: Vec<(String, String)>,
    pub quiz: bool,
    /// Other files (media), by path in the course.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl TestCourse {
    /// Version 1 of course `id`, with the quiz and no lessons yet.
    pub fn new(id: &str) -> TestCourse {
        TestCourse {
            id: id.into(),
            version: 1,
            lessons: Vec::new(),
            quiz: true,
            files: BTreeMap::new(),
        }
    }

    pub fn version(mut self, version: u32) -> TestCourse {
        self.version = version;
        self
    }

    /// Adds lesson `id` (at the end) with this English text.
    pub fn lesson(mut self, id: &str, markdown: &str) -> TestCourse {
        self.lessons.push((id.into(), markdown.into()));
        self
    }

    pub fn without_quiz(mut self) -> TestCourse {
        self.quiz = false;
        self
    }

    /// Adds a file no manifest entry names, such as `media/map.png`.
    pub fn file(mut self, path: &str, bytes: impl Into<Vec<u8>>) -> TestCourse {
        self.files.insert(path.into(), bytes.into());
        self
    }

    /// `course.json`.
    pub fn manifest(&self) -> serde_json::Value {
        let lessons: Vec<serde_json::Value> = self
            .lessons
            .iter()
            .map(|(id, _)| json!({ "id": id, "title": { "en": id }, "minutes": 5 }))
            .collect();
        let mut module = json!({
            "id": "only-module",
            "title": { "en": "Only module" },
            "lessons": lessons,
        });
        if self.quiz {
            module["quiz"] = json!(QUIZ);
        }
        json!({
            "format": 1,
            "id": self.id,
            "version": self.version,
            "languages": ["en"],
            "title": { "en": format!("Test course {}", self.id) },
            "summary": { "en": "Written by the tests." },
            "modules": [module],
        })
    }

    /// Every file of the course, by path: `course.json`, lessons, the quiz, other files.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let mut all = self.files.clone();
        all.insert("course.json".into(), pretty(&self.manifest()));
        for (id, text) in &self.lessons {
            all.insert(format!("lessons/{id}.en.md"), text.clone().into_bytes());
        }
        if self.quiz {
            let quiz = json!({
                "id": QUIZ,
                "title": { "en": "Check" },
                "pass_mark": 50,
                "questions": [
                    { "id": "q1", "kind": "true_false", "prompt": { "en": "Is this a test?" },
                      "correct": ["true"], "explanation": { "en": "It is." } },
                    { "id": "q2", "kind": "true_false", "prompt": { "en": "Is the sky green?" },
                      "correct": ["false"], "explanation": { "en": "Not usually." } }
                ],
            });
            all.insert(format!("quizzes/{QUIZ}.json"), pretty(&quiz));
        }
        all
    }

    /// Writes the course into the folder `dir`, creating it.
    pub fn write(&self, dir: &Path) {
        for (path, bytes) in self.files() {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().expect("a file is in a folder")).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
    }

    /// Writes the course into `<out>.src/` and packs it, signed by `key`, into `out`.
    pub fn pack(&self, key: &SecretKey, out: &Path) {
        let mut src = out.as_os_str().to_owned();
        src.push(".src");
        let src = Path::new(&src);
        self.write(src);
        let file = std::fs::File::create(out).unwrap();
        lphm_package::pack(src, key, file).expect("the test course packs");
    }
}

fn pretty(value: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap()
}

/// `len` incompressible bytes (xorshift from `seed`), so a package is as large as its
/// media and a cut in the file lands where the test expects.
pub fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// Writes to `out` a copy of the package `package` in which the entry `path` had one byte
/// (in its middle) changed after signing: same size, same headers, same signed manifest.
pub fn tamper_package(package: &Path, path: &str, out: &Path) {
    use std::io::{Read, Write};
    let input = flate2::read::GzDecoder::new(std::fs::File::open(package).unwrap());
    let mut archive = tar::Archive::new(input);
    let gz = flate2::write::GzEncoder::new(
        std::fs::File::create(out).unwrap(),
        flate2::Compression::default(),
    );
    let mut builder = tar::Builder::new(gz);
    let mut found = false;
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let header = entry.header().clone();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if entry.path().unwrap().to_str() == Some(path) {
            let mid = data.len() / 2;
            data[mid] ^= 0x20;
            found = true;
        }
        builder.append(&header, data.as_slice()).unwrap();
    }
    assert!(found, "{path} is in the package");
    builder
        .into_inner()
        .unwrap()
        .finish()
        .unwrap()
        .flush()
        .unwrap();
}

/// Writes to `out` a copy of the package `package` in which the entry `path` holds `bytes`,
/// its manifest entry updated and the manifest signed again with `key`: a package that is
/// correctly signed but carries content the app's loader refuses (packing checks content,
/// so such a package cannot be packed).
pub fn resign_package(package: &Path, path: &str, bytes: &[u8], key: &SecretKey, out: &Path) {
    use base64::Engine;
    use sha2::Digest;
    use std::io::{Read, Write};
    let input = flate2::read::GzDecoder::new(std::fs::File::open(package).unwrap());
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for entry in tar::Archive::new(input).entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_str().unwrap().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        entries.push((name, data));
    }
    let manifest_at = entries
        .iter()
        .position(|(n, _)| n == lphm_package::MANIFEST_NAME)
        .expect("the package has a manifest");
    let mut manifest: lphm_package::PackageManifest =
        serde_json::from_slice(&entries[manifest_at].1).unwrap();
    let file = manifest
        .files
        .iter_mut()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is in the package"));
    file.size = bytes.len() as u64;
    file.sha256 = hex::encode(sha2::Sha256::digest(bytes));
    let signed = lphm_package::manifest_bytes(&manifest);
    let signature = json!({
        "key": key.public().id(),
        "algorithm": "ed25519",
        "signature": base64::engine::general_purpose::STANDARD.encode(key.sign(&signed)),
    });
    let gz = flate2::write::GzEncoder::new(
        std::fs::File::create(out).unwrap(),
        flate2::Compression::default(),
    );
    let mut builder = tar::Builder::new(gz);
    for (name, data) in entries {
        let data = if name == lphm_package::MANIFEST_NAME {
            signed.clone()
        } else if name == lphm_package::SIGNATURE_NAME {
            let mut sig = serde_json::to_vec_pretty(&signature).unwrap();
            sig.push(b'\n');
            sig
        } else if name == path {
            bytes.to_vec()
        } else {
            data
        };
        let mut header = tar::Header::new_ustar();
        header.set_path(&name).unwrap();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_entry_type(tar::EntryType::Regular);
        header.set_cksum();
        builder.append(&header, data.as_slice()).unwrap();
    }
    builder
        .into_inner()
        .unwrap()
        .finish()
        .unwrap()
        .flush()
        .unwrap();
}
