//! The wire form of events. A [`Block`] carries events of one learner, grouped by the
//! device that recorded them; course, lesson and quiz ids are written once in a string
//! table and referred to by index; numbers and times are deltas from the previous event of
//! the same device; an event id is left out when it is the one derived from
//! `(device, seq)`. Postcard writes integers as varints, and zlib squeezes the rest, so a
//! typical event costs a few bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{Read, Write};

use lphm_progress::{Event, EventKind, Hlc, Stage, SurveyAnswer};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use uuid::Uuid;

/// Events of one learner from one or more devices.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub strings: Vec<String>,
    pub groups: Vec<Group>,
}

/// Events recorded on one device, in increasing `seq`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub device: Uuid,
    pub events: Vec<WireEvent>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireEvent {
    /// `seq` minus the previous event's in this group (the first: its `seq`).
    pub seq_delta: u64,
    /// `at_ms` minus the previous event's (the first: its `at_ms`).
    pub dt_ms: i64,
    /// Only when it is not [`Event::derived_id`] (events recorded before sync existed).
    pub id: Option<Uuid>,
    pub kind: WireKind,
}

/// [`EventKind`] with ids as indexes into [`Block::strings`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WireKind {
    Opened {
        course: u32,
        lesson: u32,
    },
    Completed {
        course: u32,
        lesson: u32,
    },
    Quiz {
        course: u32,
        quiz: u32,
        answers: Vec<(u32, Vec<u32>)>,
        correct: u32,
        total: u32,
        passed: bool,
    },
    Time {
        course: u32,
        lesson: u32,
        seconds: u32,
    },
    Note {
        course: u32,
        lesson: u32,
        text: String,
        /// `hlc.ms - at_ms`, nearly always 0.
        hlc_dms: i64,
        hlc_count: u32,
        bases: Vec<Uuid>,
    },
    Cleared {
        course: u32,
    },
    /// A clearing that says what its laptop held: `(device, up to seq)`. Appended after the
    /// older variants so that their encoding stays as it was.
    ClearedUpTo {
        course: u32,
        upto: Vec<(Uuid, u64)>,
    },
    /// A bookmark set or removed. Appended, like `ClearedUpTo`.
    Bookmark {
        course: u32,
        lesson: u32,
        on: bool,
        /// `hlc.ms - at_ms`, nearly always 0.
        hlc_dms: i64,
        hlc_count: u32,
    },
    /// A pre-test (`post` false) or post-test sitting. Appended, like `Bookmark`.
    Test {
        course: u32,
        post: bool,
        form: u32,
        answers: Vec<(u32, Vec<u32>)>,
        correct: u32,
        total: u32,
    },
    /// Survey answers. Appended, like `Bookmark`.
    Survey {
        course: u32,
        survey: u32,
        answers: Vec<(u32, WireAnswer)>,
    },
}

/// [`SurveyAnswer`] with choice ids as indexes into [`Block::strings`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WireAnswer {
    Rating(u8),
    Text(String),
    Choices(Vec<u32>),
}

/// Why a block could not be turned back into events.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum WireError {
    #[error("the data is not valid compressed sync data: {0}")]
    Compression(String),
    #[error("the data does not decode: {0}")]
    Decode(String),
    #[error("the data decompresses to more than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("a string index is out of range")]
    BadString,
    #[error("an event number is 0 or out of range")]
    BadSeq,
    #[error("the same device appears twice")]
    DuplicateDevice,
}

#[derive(Default)]
struct Strings {
    list: Vec<String>,
    index: HashMap<String, u32>,
}

impl Strings {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(s.to_string());
        self.index.insert(s.to_string(), i);
        i
    }
}

impl Block {
    /// The block for `events` (any order; each `(device, seq)` once). Events with `seq`
    /// 0 cannot be sent and are left out.
    pub fn encode<'a>(events: impl IntoIterator<Item = &'a Event>) -> Block {
        let mut by_device: BTreeMap<Uuid, Vec<&Event>> = BTreeMap::new();
        for e in events {
            if e.seq > 0 {
                by_device.entry(e.device).or_default().push(e);
            }
        }
        let mut strings = Strings::default();
        let mut groups = Vec::with_capacity(by_device.len());
        for (device, mut events) in by_device {
            events.sort_by_key(|e| e.seq);
            events.dedup_by_key(|e| e.seq);
            let (mut seq, mut at) = (0u64, 0i64);
            let wire = events
                .into_iter()
                .map(|e| {
                    let w = WireEvent {
                        seq_delta: e.seq - seq,
                        dt_ms: e.at_ms.wrapping_sub(at),
                        id: (e.id != Event::derived_id(device, e.seq)).then_some(e.id),
                        kind: wire_kind(&e.kind, e.at_ms, &mut strings),
                    };
                    seq = e.seq;
                    at = e.at_ms;
                    w
                })
                .collect();
            groups.push(Group {
                device,
                events: wire,
            });
        }
        Block {
            strings: strings.list,
            groups,
        }
    }

    /// The events of this block, filed under `profile`. Refuses a block with an index out
    /// of range, a `seq` of 0 or beyond `u64`, or a device listed twice.
    pub fn decode(&self, profile: Uuid) -> Result<Vec<Event>, WireError> {
        let s = |i: u32| -> Result<String, WireError> {
            self.strings
                .get(i as usize)
                .cloned()
                .ok_or(WireError::BadString)
        };
        let mut devices = BTreeSet::new();
        let mut out = Vec::with_capacity(self.len());
        for group in &self.groups {
            if !devices.insert(group.device) {
                return Err(WireError::DuplicateDevice);
            }
            let (mut seq, mut at) = (0u64, 0i64);
            for w in &group.events {
                if w.seq_delta == 0 {
                    return Err(WireError::BadSeq);
                }
                seq = seq.checked_add(w.seq_delta).ok_or(WireError::BadSeq)?;
                at = at.wrapping_add(w.dt_ms);
                let kind = match &w.kind {
                    WireKind::Opened { course, lesson } => EventKind::LessonOpened {
                        course: s(*course)?,
                        lesson: s(*lesson)?,
                    },
                    WireKind::Completed { course, lesson } => EventKind::LessonCompleted {
                        course: s(*course)?,
                        lesson: s(*lesson)?,
                    },
                    WireKind::Quiz {
                        course,
                        quiz,
                        answers,
                        correct,
                        total,
                        passed,
                    } => EventKind::QuizAttempted {
                        course: s(*course)?,
                        quiz: s(*quiz)?,
                        answers: answers
                            .iter()
                            .map(|(q, chosen)| {
                                Ok((
                                    s(*q)?,
                                    chosen.iter().map(|c| s(*c)).collect::<Result<_, _>>()?,
                                ))
                            })
                            .collect::<Result<_, WireError>>()?,
                        correct: *correct,
                        total: *total,
                        passed: *passed,
                    },
                    WireKind::Time {
                        course,
                        lesson,
                        seconds,
                    } => EventKind::TimeSpent {
                        course: s(*course)?,
                        lesson: s(*lesson)?,
                        seconds: *seconds,
                    },
                    WireKind::Note {
                        course,
                        lesson,
                        text,
                        hlc_dms,
                        hlc_count,
                        bases,
                    } => EventKind::NoteSaved {
                        course: s(*course)?,
                        lesson: s(*lesson)?,
                        text: text.clone(),
                        hlc: Hlc {
                            ms: at.wrapping_add(*hlc_dms),
                            count: *hlc_count,
                        },
                        bases: bases.clone(),
                    },
                    WireKind::Cleared { course } => EventKind::ProgressCleared {
                        course: s(*course)?,
                        upto: None,
                    },
                    WireKind::ClearedUpTo { course, upto } => EventKind::ProgressCleared {
                        course: s(*course)?,
                        upto: Some(upto.iter().copied().collect()),
                    },
                    WireKind::Bookmark {
                        course,
                        lesson,
                        on,
                        hlc_dms,
                        hlc_count,
                    } => EventKind::BookmarkSet {
                        course: s(*course)?,
                        lesson: s(*lesson)?,
                        on: *on,
                        hlc: Hlc {
                            ms: at.wrapping_add(*hlc_dms),
                            count: *hlc_count,
                        },
                    },
                    WireKind::Test {
                        course,
                        post,
                        form,
                        answers,
                        correct,
                        total,
                    } => EventKind::TestTaken {
                        course: s(*course)?,
                        stage: if *post { Stage::Post } else { Stage::Pre },
                        form: s(*form)?,
                        answers: answers
                            .iter()
                            .map(|(q, chosen)| {
                                Ok((
                                    s(*q)?,
                                    chosen.iter().map(|c| s(*c)).collect::<Result<_, _>>()?,
                                ))
                            })
                            .collect::<Result<_, WireError>>()?,
                        correct: *correct,
                        total: *total,
                    },
                    WireKind::Survey {
                        course,
                        survey,
                        answers,
                    } => EventKind::SurveyAnswered {
                        course: s(*course)?,
                        survey: s(*survey)?,
                        answers: answers
                            .iter()
                            .map(|(q, a)| {
                                let a = match a {
                                    WireAnswer::Rating(r) => SurveyAnswer::Rating(*r),
                                    WireAnswer::Text(t) => SurveyAnswer::Text(t.clone()),
                                    WireAnswer::Choices(c) => SurveyAnswer::Choices(
                                        c.iter().map(|c| s(*c)).collect::<Result<_, _>>()?,
                                    ),
                                };
                                Ok((s(*q)?, a))
                            })
                            .collect::<Result<_, WireError>>()?,
                    },
                };
                out.push(Event {
                    id: w.id.unwrap_or_else(|| Event::derived_id(group.device, seq)),
                    profile,
                    device: group.device,
                    seq,
                    at_ms: at,
                    kind,
                });
            }
        }
        Ok(out)
    }

    /// How many events the block holds.
    pub fn len(&self) -> usize {
        self.groups.iter().map(|g| g.events.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn wire_kind(kind: &EventKind, at_ms: i64, strings: &mut Strings) -> WireKind {
    match kind {
        EventKind::LessonOpened { course, lesson } => WireKind::Opened {
            course: strings.id(course),
            lesson: strings.id(lesson),
        },
        EventKind::LessonCompleted { course, lesson } => WireKind::Completed {
            course: strings.id(course),
            lesson: strings.id(lesson),
        },
        EventKind::QuizAttempted {
            course,
            quiz,
            answers,
            correct,
            total,
            passed,
        } => WireKind::Quiz {
            course: strings.id(course),
            quiz: strings.id(quiz),
            answers: answers
                .iter()
                .map(|(q, chosen)| {
                    (
                        strings.id(q),
                        chosen.iter().map(|c| strings.id(c)).collect(),
                    )
                })
                .collect(),
            correct: *correct,
            total: *total,
            passed: *passed,
        },
        EventKind::TimeSpent {
            course,
            lesson,
            seconds,
        } => WireKind::Time {
            course: strings.id(course),
            lesson: strings.id(lesson),
            seconds: *seconds,
        },
        EventKind::NoteSaved {
            course,
            lesson,
            text,
            hlc,
            bases,
        } => WireKind::Note {
            course: strings.id(course),
            lesson: strings.id(lesson),
            text: text.clone(),
            hlc_dms: hlc.ms.wrapping_sub(at_ms),
            hlc_count: hlc.count,
            bases: bases.clone(),
        },
        EventKind::BookmarkSet {
            course,
            lesson,
            on,
            hlc,
        } => WireKind::Bookmark {
            course: strings.id(course),
            lesson: strings.id(lesson),
            on: *on,
            hlc_dms: hlc.ms.wrapping_sub(at_ms),
            hlc_count: hlc.count,
        },
        EventKind::ProgressCleared { course, upto: None } => WireKind::Cleared {
            course: strings.id(course),
        },
        EventKind::ProgressCleared {
            course,
            upto: Some(upto),
        } => WireKind::ClearedUpTo {
            course: strings.id(course),
            upto: upto.iter().map(|(d, n)| (*d, *n)).collect(),
        },
        EventKind::TestTaken {
            course,
            stage,
            form,
            answers,
            correct,
            total,
        } => WireKind::Test {
            course: strings.id(course),
            post: *stage == Stage::Post,
            form: strings.id(form),
            answers: answers
                .iter()
                .map(|(q, chosen)| {
                    (
                        strings.id(q),
                        chosen.iter().map(|c| strings.id(c)).collect(),
                    )
                })
                .collect(),
            correct: *correct,
            total: *total,
        },
        EventKind::SurveyAnswered {
            course,
            survey,
            answers,
        } => WireKind::Survey {
            course: strings.id(course),
            survey: strings.id(survey),
            answers: answers
                .iter()
                .map(|(q, a)| {
                    let a = match a {
                        SurveyAnswer::Rating(r) => WireAnswer::Rating(*r),
                        SurveyAnswer::Text(t) => WireAnswer::Text(t.clone()),
                        SurveyAnswer::Choices(c) => {
                            WireAnswer::Choices(c.iter().map(|c| strings.id(c)).collect())
                        }
                    };
                    (strings.id(q), a)
                })
                .collect(),
        },
    }
}

/// `value` postcard-encoded and zlib-compressed: the body of every sync request and
/// response.
/// An upper bound of what `event` adds to a [`Block`] before compression: every string it
/// carries, in full (the block shares course and lesson ids, so it is usually less), plus a
/// fixed allowance for its numbers, tags and lengths.
pub fn weight(event: &Event) -> usize {
    const FIXED: usize = 64;
    let strings = match &event.kind {
        EventKind::LessonOpened { course, lesson }
        | EventKind::LessonCompleted { course, lesson }
        | EventKind::TimeSpent { course, lesson, .. }
        | EventKind::BookmarkSet { course, lesson, .. } => course.len() + lesson.len(),
        EventKind::QuizAttempted {
            course,
            quiz: form,
            answers,
            ..
        }
        | EventKind::TestTaken {
            course,
            form,
            answers,
            ..
        } => {
            course.len()
                + form.len()
                + answers
                    .iter()
                    .map(|(q, chosen)| {
                        8 + q.len() + chosen.iter().map(|c| 8 + c.len()).sum::<usize>()
                    })
                    .sum::<usize>()
        }
        EventKind::NoteSaved {
            course,
            lesson,
            text,
            bases,
            ..
        } => course.len() + lesson.len() + text.len() + 17 * bases.len(),
        EventKind::ProgressCleared { course, upto } => {
            course.len() + upto.as_ref().map_or(0, |u| 26 * u.len())
        }
        EventKind::SurveyAnswered {
            course,
            survey,
            answers,
        } => {
            course.len()
                + survey.len()
                + answers
                    .iter()
                    .map(|(q, a)| {
                        8 + q.len()
                            + match a {
                                SurveyAnswer::Rating(_) => 1,
                                SurveyAnswer::Text(t) => 8 + t.len(),
                                SurveyAnswer::Choices(c) => c.iter().map(|c| 8 + c.len()).sum(),
                            }
                    })
                    .sum::<usize>()
        }
    };
    FIXED + strings
}

/// How many of `events`, from the first, fit in `max_bytes` by [`weight`]: at least one
/// when there is one, so a single large event still travels.
pub fn fitting(events: &[Event], max_bytes: usize) -> usize {
    let mut total = 0;
    for (i, event) in events.iter().enumerate() {
        total += weight(event);
        if total > max_bytes && i > 0 {
            return i;
        }
    }
    events.len()
}

pub fn pack<T: Serialize>(value: &T) -> Vec<u8> {
    let raw = postcard::to_stdvec(value).expect("postcard encodes plain data");
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&raw).expect("writing to memory");
    z.finish().expect("writing to memory")
}

/// The inverse of [`pack`], refusing anything that decompresses to more than `limit`
/// bytes (a compression bomb) or does not decode.
pub fn unpack<T: DeserializeOwned>(bytes: &[u8], limit: usize) -> Result<T, WireError> {
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(bytes)
        .take(limit as u64 + 1)
        .read_to_end(&mut raw)
        .map_err(|e| WireError::Compression(e.to_string()))?;
    if raw.len() > limit {
        return Err(WireError::TooLarge { limit });
    }
    let (value, rest) =
        postcard::take_from_bytes(&raw).map_err(|e| WireError::Decode(e.to_string()))?;
    if !rest.is_empty() {
        return Err(WireError::Decode(format!(
            "{} bytes after the end",
            rest.len()
        )));
    }
    Ok(value)
}
