//! Certificates: the programme vouches that a learner completed a course.
//!
//! After every sync and every imported progress file, [`issue_due`] looks at the learner's
//! events: for each course the server knows (the built-in courses and its catalogue's) that
//! is complete (every lesson done, every quiz passed) and has no certificate yet, it signs
//! an Open Badges 3.0 credential with the programme's key (`lphm_certificate::issue`) and
//! stores it, one per learner and course. Laptops fetch them (`GET /v1/certificates`) and
//! keep them; anyone checks one at `/verify/<id>`; a coordinator can revoke one.
//!
//! A server started without a certificate key issues nothing: the key is the programme's,
//! configured on the server (`serve --certificate-key`), never in the repository.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use lphm_certificate::Facts;
use lphm_content::Manifest;
use lphm_package::SecretKey;
use lphm_progress::{CourseProgress, Summary};
use uuid::Uuid;

use crate::catalogue::CatalogueDir;
use crate::model::{CertificateRecord, Clock};
use crate::{Backend, StoreError};

/// Who issues certificates, and where they are checked.
#[derive(Debug)]
pub struct Issuer {
    /// The programme's signing key (an ed25519 key file made with `lphm keygen`).
    pub key: SecretKey,
    /// The issuer's name in the credential, e.g. "UNITAR Learning Platform on Human Mobility".
    pub name: String,
    /// The address learners and employers reach this server at, e.g.
    /// `https://lphm.example.org`; the verification address is `<it>/verify/<id>`.
    /// Empty: the address the server listens on.
    pub public_url: String,
    /// Public keys of earlier programme keys: certificates they signed still show as
    /// valid on the verification page after the key was replaced.
    pub earlier_keys: Vec<lphm_package::PublicKey>,
}

impl Issuer {
    /// The keys a stored certificate may be signed with: this one and the earlier ones.
    pub fn trusted(&self) -> Vec<lphm_package::PublicKey> {
        std::iter::once(self.key.public())
            .chain(self.earlier_keys.iter().cloned())
            .collect()
    }
}

/// The courses whose completion the server can tell: what each takes, and the quizzes and
/// evaluations (tests and surveys) the server knows (the built-in courses').
#[derive(Clone, Debug, Default)]
pub struct Courses {
    manifests: BTreeMap<String, Manifest>,
    quizzes: BTreeMap<(String, String), lphm_content::Quiz>,
    evaluations: BTreeMap<String, lphm_content::Evaluation>,
}

/// A course's evaluation files held in memory (`evaluation/<name>`), for
/// `lphm_content::load_evaluation`.
struct EvaluationFiles<'a>(&'a [(&'a str, &'a str)]);

impl lphm_content::Source for EvaluationFiles<'_> {
    fn read(&self, path: &str) -> std::io::Result<Option<Vec<u8>>> {
        Ok(path.strip_prefix("evaluation/").and_then(|name| {
            self.0
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| text.as_bytes().to_vec())
        }))
    }

    fn media(&self) -> std::io::Result<Vec<String>> {
        Ok(vec![])
    }
}

include!(concat!(env!("OUT_DIR"), "/builtin_courses.rs"));

impl Courses {
    /// The courses built into the app (read once; clone to add others).
    pub fn builtin() -> &'static Courses {
        static BUILT_IN: std::sync::LazyLock<Courses> =
            std::sync::LazyLock::new(Courses::read_builtin);
        &BUILT_IN
    }

    fn read_builtin() -> Courses {
        let mut courses = Courses::default();
        for (text, quizzes, evaluation) in BUILTIN {
            let manifest: Manifest =
                serde_json::from_str(text).expect("a built-in course.json parses");
            if !evaluation.is_empty() {
                let loaded = lphm_content::load_evaluation(
                    &EvaluationFiles(evaluation),
                    manifest.fallback_lang(),
                )
                .expect("a built-in course's evaluation loads")
                .expect("a built-in course's evaluation.json is compiled in");
                courses.evaluations.insert(manifest.id.clone(), loaded);
            }
            for quiz in *quizzes {
                let quiz: lphm_content::Quiz =
                    serde_json::from_str(quiz).expect("a built-in quiz parses");
                courses
                    .quizzes
                    .insert((manifest.id.clone(), quiz.id.clone()), quiz);
            }
            courses.add(manifest);
        }
        courses
    }

    /// The questions of a quiz, when the server knows them.
    pub fn quiz(&self, course: &str, quiz: &str) -> Option<&lphm_content::Quiz> {
        self.quizzes.get(&(course.to_string(), quiz.to_string()))
    }

    /// The evaluation (parallel test forms, surveys) of a course, when the server knows it.
    pub fn evaluation(&self, course: &str) -> Option<&lphm_content::Evaluation> {
        self.evaluations.get(course)
    }

    /// Adds (or replaces with) a course, e.g. one of the catalogue's.
    pub fn add(&mut self, manifest: Manifest) {
        self.manifests.insert(manifest.id.clone(), manifest);
    }

    pub fn get(&self, course: &str) -> Option<&Manifest> {
        self.manifests.get(course)
    }

    /// Every course as (id, title in `lang` or the course's fallback language).
    pub fn titles(&self, lang: &str) -> Vec<(String, String)> {
        self.manifests
            .values()
            .map(|m| {
                let fb = m.fallback_lang();
                (m.id.clone(), m.title.pick(lang, fb).0.to_string())
            })
            .collect()
    }
}

/// The UTC date of `ms` as YYYY-MM-DD.
pub(crate) fn utc_date(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default()
}

/// Issues the certificates `learner` has earned and does not have yet; returns the new
/// ones. Idempotent: a course already certified is left alone (also when two syncs race:
/// the store keeps one per learner and course).
pub async fn issue_due(
    backend: &Backend,
    learner: Uuid,
    courses: &Courses,
    issuer: &Issuer,
    public_url: &str,
    now_ms: i64,
) -> Result<Vec<CertificateRecord>, StoreError> {
    let Some(who) = backend.learner(learner).await? else {
        return Ok(vec![]);
    };
    let events = backend.events(learner).await?;
    let summary = Summary::from_events(&events);
    let have: Vec<String> = backend
        .certificates(Some(learner))
        .await?
        .into_iter()
        .map(|c| c.course)
        .collect();
    let mut issued = Vec::new();
    let mut touched: Vec<&str> = events.iter().map(|e| e.kind.course()).collect();
    touched.sort_unstable();
    touched.dedup();
    for course in touched {
        if have.iter().any(|c| c == course) {
            continue;
        }
        let Some(manifest) = courses.get(course) else {
            continue;
        };
        let Some(completed_ms) = CourseProgress::completed_at(manifest, &summary) else {
            continue;
        };
        let id = Uuid::new_v4();
        let fallback = manifest.fallback_lang();
        let title = |l: &lphm_content::Localized| l.pick(fallback, fallback).0.to_string();
        let facts = Facts {
            id,
            learner,
            name: who.name.clone(),
            authority: who.authority.clone(),
            course: course.to_string(),
            course_title: title(&manifest.title),
            modules: manifest.modules.iter().map(|m| title(&m.title)).collect(),
            study_seconds: summary.seconds_in_course(course),
            completed_on: utc_date(completed_ms),
            issued_at_ms: now_ms,
            issuer_name: issuer.name.clone(),
            issuer_url: public_url.to_string(),
            verify_url: verify_url(public_url, id),
        };
        let jwt = lphm_certificate::issue(&facts, &issuer.key);
        let kept = backend
            .add_certificate(CertificateRecord {
                id,
                learner,
                course: course.to_string(),
                jwt,
                issued_ms: now_ms,
                revoked_ms: None,
                revoked_reason: None,
            })
            .await?;
        if kept.id == id {
            issued.push(kept);
        }
    }
    Ok(issued)
}

/// Where a certificate is checked: `<public url>/verify/<id>`.
pub fn verify_url(public_url: &str, id: Uuid) -> String {
    format!("{}/verify/{id}", public_url.trim_end_matches('/'))
}

/// Issues certificates for a running server: after each push ([`Certifier::issue_due`]),
/// and in a sweep over the learners whose progress changed otherwise (a progress file
/// imported from the command line, also on PostgreSQL by another process; progress
/// stored before the server had a key): [`Certifier::sweep`], at start and every
/// [`SWEEP_EVERY`].
#[derive(Debug)]
pub struct Certifier {
    pub backend: Backend,
    pub issuer: Arc<Issuer>,
    pub catalogue: Option<Arc<CatalogueDir>>,
    /// The address on certificates: the issuer's, or the one the server listens on.
    pub public_url: String,
    pub clock: Arc<dyn Clock>,
}

/// How often the sweep looks for learners whose progress changed.
pub const SWEEP_EVERY: Duration = Duration::from_secs(60);

impl Certifier {
    /// The built-in courses and the catalogue's, as they are now.
    async fn courses(&self) -> Courses {
        let mut courses = Courses::builtin().clone();
        if let Some(dir) = self.catalogue.clone() {
            match tokio::task::spawn_blocking(move || dir.manifests()).await {
                Ok(Ok(manifests)) => manifests.into_iter().for_each(|m| courses.add(m)),
                Ok(Err(e)) => {
                    eprintln!("lphm-server: cannot read the catalogue for certificates: {e}")
                }
                Err(e) => eprintln!("lphm-server: cannot read the catalogue for certificates: {e}"),
            }
        }
        courses
    }

    /// Issues what `learner` earned; a failure is logged (the next push or sweep tries
    /// again), never passed on: the progress itself is stored.
    pub async fn issue_due(&self, learner: Uuid) {
        let courses = self.courses().await;
        let now = self.clock.now_ms();
        match issue_due(
            &self.backend,
            learner,
            &courses,
            &self.issuer,
            &self.public_url,
            now,
        )
        .await
        {
            Ok(new) => {
                for c in new {
                    eprintln!(
                        "lphm-server: issued certificate {} to learner {learner} for {}",
                        c.id, c.course
                    );
                }
            }
            Err(e) => {
                eprintln!("lphm-server: cannot issue the certificates of learner {learner}: {e}")
            }
        }
    }

    /// Issues what is due to every learner whose last `server_seq` differs from `seen`
    /// (all of them the first time), and remembers where each stands.
    pub async fn sweep(&self, seen: &mut HashMap<Uuid, u64>) -> Result<(), StoreError> {
        for (learner, seq) in self.backend.learner_seqs().await? {
            if seen.get(&learner) != Some(&seq) {
                self.issue_due(learner).await;
                seen.insert(learner, seq);
            }
        }
        Ok(())
    }

    /// Sweeps now and then every `every`, until the task is aborted.
    pub fn spawn_sweeps(self: Arc<Self>, every: Duration) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut seen = HashMap::new();
            loop {
                if let Err(e) = self.sweep(&mut seen).await {
                    eprintln!("lphm-server: the certificate sweep failed: {e}");
                }
                tokio::time::sleep(every).await;
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Courses;

    #[test]
    fn the_server_knows_every_quiz_of_the_built_in_courses() {
        let courses = Courses::builtin();
        let mut seen = 0;
        for (id, _) in courses.titles("en") {
            let manifest = courses.get(&id).unwrap();
            for quiz in manifest.modules.iter().filter_map(|m| m.quiz.as_deref()) {
                let q = courses
                    .quiz(&id, quiz)
                    .unwrap_or_else(|| panic!("{id}: quiz {quiz} is not compiled in"));
                assert!(!q.questions.is_empty());
                seen += 1;
            }
        }
        assert_eq!(
            seen, 8,
            "2 quizzes in the starter course, 6 in the curriculum"
        );
    }

    #[test]
    fn the_server_knows_the_evaluation_of_the_curriculum() {
        let courses = Courses::builtin();
        let e = courses
            .evaluation("perceptions-communication-media")
            .expect("the curriculum's evaluation is compiled in");
        let forms: Vec<&str> = e.forms.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(forms, ["pre-post-a", "pre-post-b"]);
        assert_eq!(e.forms[0].questions.len(), 12);
        assert_eq!(e.reaction().unwrap().id, "reaction");
        let (survey, f) = e.follow_up().unwrap();
        assert_eq!((survey.id.as_str(), f.after_days), ("follow-up", 90));
        let starter = courses
            .titles("en")
            .into_iter()
            .find(|(id, _)| id != "perceptions-communication-media");
        assert!(
            courses.evaluation(&starter.unwrap().0).is_none(),
            "the starter course has none"
        );
    }
}
