//! What a coordinator does from the command line, as functions the CLI and the tests call:
//! add learners, make enrollment codes, import offline bundles, see progress.

use std::collections::BTreeSet;
use std::fmt::Write;

use lphm_progress::{Event, Summary};
use lphm_sync::bundle::{self, BundleError};
use lphm_sync::wire::WireError;
use uuid::Uuid;

use crate::model::{self, Device, Learner, DAY_MS};
use crate::{Backend, StoreError};

/// Why a bundle was not imported.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error("the progress file is signed by a key this device did not register; it was not made by device {0}")]
    KeyMismatch(Uuid),
    #[error("device {0} is not known on this server; name its learner with --learner ID")]
    NeedLearner(Uuid),
    #[error("device {device} is registered for several learners; name one with --learner ID")]
    Ambiguous { device: Uuid },
    #[error("the progress file comes from device {device}, which is registered for learner {owner}, not for learner {named}; check the learner (nothing was imported)")]
    OtherLearner {
        device: Uuid,
        owner: Uuid,
        named: Uuid,
    },
    #[error("device {device} was revoked for learner {learner}; its progress files are refused")]
    Revoked { device: Uuid, learner: Uuid },
    #[error("the progress file holds events that do not read back: {0}")]
    Events(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<WireError> for ImportError {
    fn from(e: WireError) -> ImportError {
        ImportError::Events(e.to_string())
    }
}

/// What an import did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Imported {
    pub learner: Uuid,
    pub device: Uuid,
    /// The device was registered by this import.
    pub registered: bool,
    pub new: usize,
    pub existing: usize,
}

/// Adds a learner.
pub async fn add_learner(
    backend: &Backend,
    name: &str,
    authority: &str,
    now_ms: i64,
) -> Result<Learner, StoreError> {
    let learner = Learner {
        id: Uuid::new_v4(),
        name: name.to_string(),
        authority: authority.to_string(),
        created_ms: now_ms,
        erased_ms: None,
        erased_reason: None,
        first_form: None,
    };
    backend.add_learner(learner.clone()).await?;
    Ok(learner)
}

/// Makes a one-time enrollment code for `learner`, valid for `days` days.
pub async fn new_code(
    backend: &Backend,
    learner: Uuid,
    days: u32,
    now_ms: i64,
) -> Result<String, StoreError> {
    let code = model::new_code();
    let normal = model::normalise_code(&code).expect("a new code is well formed");
    let expires = now_ms.saturating_add(i64::from(days) * DAY_MS);
    backend
        .add_code(model::hash_secret(&normal), learner, now_ms, expires)
        .await?;
    Ok(code)
}

/// Imports an offline bundle. A device the server knows must have signed it with the key
/// it registered; an unknown device is registered for `learner` with the bundle's key.
/// Events go through the same ingest as `/v1/sync`, so importing twice changes nothing.
pub async fn import_bundle(
    backend: &Backend,
    bytes: &[u8],
    learner: Option<Uuid>,
    now_ms: i64,
) -> Result<Imported, ImportError> {
    let body = bundle::read(bytes)?;
    crate::http::check_block(&body.events).map_err(ImportError::Events)?;
    let registrations: Vec<Device> = backend
        .devices(None)
        .await?
        .into_iter()
        .filter(|d| d.device == body.device)
        .collect();
    let wanted = learner.or_else(|| {
        body.learner
            .filter(|l| registrations.iter().any(|d| d.learner == *l))
    });
    let known = match wanted {
        Some(l) => registrations.iter().find(|d| d.learner == l),
        None if registrations.len() == 1 => registrations.first(),
        None if registrations.len() > 1 => {
            return Err(ImportError::Ambiguous {
                device: body.device,
            })
        }
        None => None,
    };
    let events = body.events.decode(Uuid::nil())?;
    crate::http::check_values(&events).map_err(ImportError::Events)?;
    let (owner, registered) = match known {
        Some(d) => {
            if d.key != body.device_key {
                return Err(ImportError::KeyMismatch(body.device));
            }
            if d.revoked {
                return Err(ImportError::Revoked {
                    device: d.device,
                    learner: d.learner,
                });
            }
            (d.learner, false)
        }
        None => {
            let Some(l) = learner else {
                return Err(ImportError::NeedLearner(body.device));
            };
            // The laptop is registered for someone else: the file is theirs unless it
            // comes from another profile on a shared laptop (never enrolled, and none of
            // its events are the other learner's).
            for other in &registrations {
                if other.key != body.device_key {
                    return Err(ImportError::KeyMismatch(body.device));
                }
                let theirs = body.learner == Some(other.learner)
                    || holds_any(backend, other.learner, &events).await?;
                if theirs {
                    return Err(ImportError::OtherLearner {
                        device: body.device,
                        owner: other.learner,
                        named: l,
                    });
                }
            }
            backend
                .register_device(Device {
                    learner: l,
                    device: body.device,
                    name: "bundle".into(),
                    key: body.device_key,
                    created_ms: now_ms,
                    revoked: false,
                    last_sync_ms: None,
                    acked: 0,
                    forked_from: None,
                })
                .await?;
            (l, true)
        }
    };
    let ingested = backend.ingest(owner, events).await?;
    Ok(Imported {
        learner: owner,
        device: body.device,
        registered,
        new: ingested.new,
        existing: ingested.existing,
    })
}

/// Whether the server holds, for `learner`, any of `events` (same device, number and
/// content: two profiles of one laptop number their events alike).
async fn holds_any(backend: &Backend, learner: Uuid, events: &[Event]) -> Result<bool, StoreError> {
    let stored: BTreeSet<String> = backend
        .events(learner)
        .await?
        .iter()
        .map(crate::backend::event_json)
        .collect::<Result<_, _>>()?;
    for e in events {
        if stored.contains(&crate::backend::event_json(e)?) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Why a device was not revoked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RevokeError {
    #[error("no device {0} on this server; `device list` shows them")]
    Unknown(Uuid),
    #[error(
        "device {device} is not registered for learner {learner}; `device list` shows its learners"
    )]
    NotFor { device: Uuid, learner: Uuid },
    #[error("device {device} is registered for {count} learners (a shared laptop); name one with --learner ID")]
    Ambiguous { device: Uuid, count: usize },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Revokes the laptop `device` for `learner` (or for its only learner): its tokens stop
/// working and its progress files are refused. The same laptop's registrations for other
/// learners are untouched. Answers the learner it was revoked for.
pub async fn revoke_device(
    backend: &Backend,
    device: Uuid,
    learner: Option<Uuid>,
) -> Result<Uuid, RevokeError> {
    let registrations: Vec<Device> = backend
        .devices(None)
        .await?
        .into_iter()
        .filter(|d| d.device == device)
        .collect();
    let learner = match (learner, registrations.as_slice()) {
        (_, []) => return Err(RevokeError::Unknown(device)),
        (Some(l), _) => l,
        (None, [only]) => only.learner,
        (None, many) => {
            return Err(RevokeError::Ambiguous {
                device,
                count: many.len(),
            })
        }
    };
    if !backend.revoke_device(learner, device).await? {
        return Err(RevokeError::NotFor { device, learner });
    }
    Ok(learner)
}

/// One line of the coordinators' report: a learner's progress in one course.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportRow {
    pub learner: Uuid,
    pub name: String,
    /// Empty when the learner has no progress yet.
    pub course: String,
    pub lessons_completed: usize,
    pub quizzes_passed: usize,
    pub quizzes_attempted: usize,
    /// `(quiz, best percent)`, by quiz id.
    pub best: Vec<(String, u32)>,
    pub seconds: u64,
    /// The last time any of the learner's devices synced.
    pub last_sync_ms: Option<i64>,
    /// Whether the course is built into the app or in the catalogue; `None` when no
    /// catalogue was consulted and the course is not built in.
    pub known: Option<bool>,
}

/// The courses a report counts as known: the built-in ones, and a catalogue's when one is
/// given (`None`: no catalogue consulted).
pub fn known_courses(
    catalogue: Option<&[lphm_sync::protocol::CatalogueEntry]>,
) -> Option<BTreeSet<String>> {
    catalogue.map(|entries| {
        lphm_sync::protocol::BUILTIN_COURSES
            .iter()
            .map(|c| c.to_string())
            .chain(entries.iter().map(|e| e.course.clone()))
            .collect()
    })
}

/// Who progressed where: a row per learner and course, derived from the events.
///
/// With `known` (from [`known_courses`]) a course outside it is flagged: events of a course
/// no catalogue offers come from a laptop with a package from elsewhere, or from a client
/// that is not the app.
pub async fn report(
    backend: &Backend,
    learner: Option<Uuid>,
    known: Option<&BTreeSet<String>>,
) -> Result<Vec<ReportRow>, StoreError> {
    let is_known = |course: &str| {
        if lphm_sync::protocol::BUILTIN_COURSES.contains(&course) {
            Some(true)
        } else {
            known.map(|k| k.contains(course))
        }
    };
    let learners = match learner {
        Some(id) => vec![backend
            .learner(id)
            .await?
            .ok_or(StoreError::UnknownLearner(id))?],
        None => backend.learners().await?,
    };
    let mut rows = Vec::new();
    for l in learners {
        let events = backend.events(l.id).await?;
        let last_sync_ms = backend
            .devices(Some(l.id))
            .await?
            .iter()
            .filter_map(|d| d.last_sync_ms)
            .max();
        let summary = Summary::from_events(&events);
        let courses: BTreeSet<&str> = events.iter().map(|e| e.kind.course()).collect();
        if courses.is_empty() {
            rows.push(ReportRow {
                learner: l.id,
                name: l.name.clone(),
                course: String::new(),
                lessons_completed: 0,
                quizzes_passed: 0,
                quizzes_attempted: 0,
                best: vec![],
                seconds: 0,
                last_sync_ms,
                known: None,
            });
        }
        for course in courses {
            let quizzes: Vec<_> = summary
                .quizzes
                .iter()
                .filter(|((c, _), _)| c == course)
                .collect();
            rows.push(ReportRow {
                learner: l.id,
                name: l.name.clone(),
                course: course.to_string(),
                lessons_completed: summary
                    .completed
                    .iter()
                    .filter(|(c, _)| c == course)
                    .count(),
                quizzes_passed: quizzes.iter().filter(|(_, q)| q.passed).count(),
                quizzes_attempted: quizzes.len(),
                best: quizzes
                    .iter()
                    .map(|((_, quiz), q)| (quiz.clone(), q.best_percent))
                    .collect(),
                seconds: summary.seconds_in_course(course),
                last_sync_ms,
                known: is_known(course),
            });
        }
    }
    Ok(rows)
}

/// The report as a plain-text table.
pub fn format_report(rows: &[ReportRow]) -> String {
    let header = [
        "learner",
        "name",
        "course",
        "lessons",
        "quizzes passed",
        "best scores",
        "time",
        "last sync (UTC)",
    ];
    let table: Vec<[String; 8]> = rows
        .iter()
        .map(|r| {
            [
                r.learner.to_string(),
                r.name.clone(),
                match (r.course.as_str(), r.known) {
                    ("", _) => "-".into(),
                    (c, Some(false)) => format!("{c} (in no catalogue)"),
                    (c, _) => c.to_string(),
                },
                r.lessons_completed.to_string(),
                format!("{}/{}", r.quizzes_passed, r.quizzes_attempted),
                if r.best.is_empty() {
                    "-".into()
                } else {
                    r.best
                        .iter()
                        .map(|(q, p)| format!("{q} {p}%"))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
                format!("{}h{:02}m", r.seconds / 3600, (r.seconds % 3600) / 60),
                r.last_sync_ms.map_or_else(|| "never".into(), format_utc),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &table {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, cells: &[&str]| {
        let text: Vec<String> = cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        let _ = writeln!(out, "{}", text.join("  ").trim_end());
    };
    line(&mut out, &header);
    for row in &table {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        line(&mut out, &cells);
    }
    out
}

/// `YYYY-MM-DD HH:MM` in UTC, from milliseconds since the epoch.
pub fn format_utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}",
        rem / 3600,
        (rem % 3600) / 60
    )
}
