//! Installing course packages into the store: the one way content arrives, whether from a
//! USB stick, a download or the packages built into the app.
//!
//! The package is read as a stream (`lphm-package`); its files go into a store
//! [`Import`](lphm_store::Import) that stays invisible until the whole package checked out
//! and the course in it validated. Any failure, cancellation included, drops the import,
//! which leaves the store exactly as it was.

use std::io::Read;

use lphm_content::{load_course, Manifest, Source};
use lphm_package::{
    read_package, FileEntry, PackageError, ProgressReader, PublicKey, Sink, Trust, Verified,
};
use lphm_store::{Import, ImportWriteError, PackageInfo, Store, StoreError, TrustedKey};
use serde::Serialize;

use crate::{ApiError, ErrorKind};

/// The LPHM publisher's public key, trusted on every laptop. Its secret half never enters
/// this repository (see `docs/package-format.md`, "Keys").
pub const PUBLISHER_KEY: &str = include_str!("../../../keys/lphm-publisher.public.json");

/// The keys this laptop accepts packages from: the built-in publisher key and those an
/// administrator added.
pub fn trusted_keys(store: &Store) -> Result<Vec<PublicKey>, ApiError> {
    let mut keys = vec![PublicKey::parse(PUBLISHER_KEY)?];
    for k in store.trusted_keys()? {
        keys.push(PublicKey::from_bytes(&k.name, &k.key)?);
    }
    Ok(keys)
}

/// What an import checks signatures against: the trusted keys, and the built-in key, whose
/// packages are accepted only when the app was built with them (the sink checks).
pub(crate) fn import_trust(store: &Store) -> Result<Vec<PublicKey>, ApiError> {
    let mut keys = trusted_keys(store)?;
    keys.push(lphm_package::builtin_key().public());
    Ok(keys)
}

/// Adds a publisher key (the text of a public key file) to the keys this laptop trusts.
pub fn trust_key(store: &Store, public_key_file: &str) -> Result<TrustedKey, ApiError> {
    let key = PublicKey::parse(public_key_file)?;
    let trusted = TrustedKey {
        id: key.id(),
        name: key.name.clone(),
        key: key.bytes(),
    };
    store.add_trusted_key(&trusted)?;
    Ok(trusted)
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum ImportOutcome {
    Installed {
        course: String,
        version: u32,
    },
    Updated {
        course: String,
        version: u32,
        previous: u32,
        /// Lessons of the old version that this one no longer has. Progress about them is
        /// kept; it no longer counts towards the course.
        removed_lessons: Vec<String>,
    },
    /// This very package was already installed; nothing changed.
    AlreadyInstalled {
        course: String,
        version: u32,
    },
}

impl ImportOutcome {
    pub fn course(&self) -> &str {
        match self {
            ImportOutcome::Installed { course, .. }
            | ImportOutcome::Updated { course, .. }
            | ImportOutcome::AlreadyInstalled { course, .. } => course,
        }
    }
}

enum Stop {
    Failed(ApiError),
    AlreadyInstalled { course: String, version: u32 },
}

impl From<PackageError> for Stop {
    fn from(e: PackageError) -> Self {
        Stop::Failed(e.into())
    }
}

impl From<StoreError> for Stop {
    fn from(e: StoreError) -> Self {
        Stop::Failed(e.into())
    }
}

/// Whether an import may replace an installed package of the same version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Replace {
    /// Only a newer version replaces: the same version with other contents is refused.
    Newer,
    /// A built-in course the app was built with replaces the same version: it was edited.
    SameVersion,
}

struct StoreSink<'a> {
    store: &'a Store,
    import: Option<Import<'a>>,
    previous: Option<Manifest>,
    replace: Replace,
}

impl Sink for StoreSink<'_> {
    type Error = Stop;

    fn begin(&mut self, package: &Verified) -> Result<(), Stop> {
        let m = &package.manifest;
        let builtin_key = lphm_package::builtin_key().public();
        if package.signer.id() == builtin_key.id()
            && !crate::builtin::is_builtin_package(&package.manifest_sha256)
        {
            // Anyone can sign with the built-in key: only the app's own packages count.
            return Err(Stop::Failed(
                ApiError::from(ErrorKind::PackageUnknownKey {
                    key: builtin_key.id(),
                })
                .detail("signed with the built-in key, but not built into this app"),
            ));
        }
        if let Some(installed) = self.store.installed(&m.course)? {
            let have = installed.manifest.version;
            let same_package = installed
                .package
                .as_ref()
                .is_some_and(|p| p.manifest_sha256 == package.manifest_sha256);
            if have > m.version {
                return Err(Stop::Failed(
                    ApiError::from(ErrorKind::PackageOlderVersion {
                        found: m.version,
                        installed: have,
                    })
                    .detail(format!("course {}", m.course)),
                ));
            }
            if have == m.version && same_package {
                return Err(Stop::AlreadyInstalled {
                    course: m.course.clone(),
                    version: have,
                });
            }
            if have == m.version && self.replace == Replace::Newer {
                return Err(Stop::Failed(
                    ApiError::from(ErrorKind::PackageSameVersionDiffers { version: have })
                        .detail(format!("course {}", m.course)),
                ));
            }
            self.previous = Some(installed.manifest);
        }
        self.import = Some(self.store.begin_import()?);
        Ok(())
    }

    fn file(&mut self, entry: &FileEntry, data: &mut dyn Read) -> Result<(), Stop> {
        let import = self.import.as_mut().expect("begin came first");
        import
            .write(&entry.path, &entry.sha256, entry.size, data)
            .map_err(|e| match e {
                ImportWriteError::Source(e) => Stop::from(PackageError::from_read(e)),
                ImportWriteError::Store(e) => Stop::from(e),
            })
    }
}

/// Reads the course files of an import in progress, for validation. Media are not
/// loaded: their hashes were checked as they arrived, and they can be large.
struct ImportSource<'a, 'b>(&'a Import<'b>);

impl Source for ImportSource<'_, '_> {
    fn read(&self, path: &str) -> std::io::Result<Option<Vec<u8>>> {
        self.0
            .read(path)
            .map_err(|e| std::io::Error::other(e.to_string()))
    }
    fn media(&self) -> std::io::Result<Vec<String>> {
        Ok(Vec::new())
    }
}

/// Installs the package `input` yields, reporting the bytes read so far to `progress`,
/// which returns `false` to cancel. On any error the store is left exactly as it was.
pub fn import_package(
    store: &Store,
    input: impl Read,
    progress: impl FnMut(u64) -> bool,
) -> Result<ImportOutcome, ApiError> {
    let trust = import_trust(store)?;
    import_with_trust(store, input, progress, &trust, Replace::Newer)
}

pub(crate) fn import_with_trust(
    store: &Store,
    input: impl Read,
    progress: impl FnMut(u64) -> bool,
    trust: &dyn Trust,
    replace: Replace,
) -> Result<ImportOutcome, ApiError> {
    let mut sink = StoreSink {
        store,
        import: None,
        previous: None,
        replace,
    };
    let verified = match read_package(ProgressReader::new(input, progress), trust, &mut sink) {
        Ok(v) => v,
        Err(Stop::Failed(e)) => return Err(e),
        Err(Stop::AlreadyInstalled { course, version }) => {
            store.set_builtin_removed(&course, false)?;
            return Ok(ImportOutcome::AlreadyInstalled { course, version });
        }
    };
    let import = sink
        .import
        .take()
        .expect("a verified package began an import");
    let course = load_course(&ImportSource(&import))?;
    let m = &verified.manifest;
    if course.manifest.id != m.course
        || course.manifest.version != m.version
        || course.manifest.languages != m.languages
    {
        return Err(PackageError::BadManifest {
            detail: "course.json does not match the package manifest".into(),
        }
        .into());
    }
    let manifest = course.manifest;
    let outcome = match sink.previous {
        None => ImportOutcome::Installed {
            course: manifest.id.clone(),
            version: manifest.version,
        },
        Some(old) => ImportOutcome::Updated {
            course: manifest.id.clone(),
            version: manifest.version,
            previous: old.version,
            removed_lessons: old
                .lessons()
                .filter(|(_, l)| manifest.module_of_lesson(&l.id).is_none())
                .map(|(_, l)| l.id.clone())
                .collect(),
        },
    };
    import.commit(
        manifest,
        Some(PackageInfo {
            manifest_sha256: verified.manifest_sha256,
            key: verified.signer.id(),
            signer: verified.signer.name.clone(),
        }),
    )?;
    store.set_builtin_removed(outcome.course(), false)?;
    Ok(outcome)
}

/// How far an import got, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ImportProgress {
    /// Bytes of the package file read so far.
    pub done: u64,
    /// The package file's size.
    pub total: u64,
}

impl From<ImportProgress> for (u64, u64) {
    fn from(p: ImportProgress) -> (u64, u64) {
        (p.done, p.total)
    }
}

impl crate::Desk {
    /// Imports the package file at `path`. `progress` is told how far it got and returns
    /// `false` to cancel. One import runs at a time.
    pub fn import_file(
        &self,
        path: &std::path::Path,
        mut progress: impl FnMut(ImportProgress) -> bool,
    ) -> Result<ImportOutcome, ApiError> {
        let unreadable = |e: std::io::Error| {
            ApiError::file(
                |path, detail| ErrorKind::PackageFileUnreadable { path, detail },
                path,
                &e,
            )
        };
        let file = std::fs::File::open(path).map_err(unreadable)?;
        let total = file.metadata().map_err(unreadable)?.len();
        let _one_at_a_time = self.importing.lock().unwrap_or_else(|e| e.into_inner());
        let input = std::io::BufReader::with_capacity(256 * 1024, file);
        import_package(&self.store, input, |done| {
            progress(ImportProgress { done, total })
        })
    }

    /// Removes a course from this laptop. The learner's progress in it is kept, so it comes
    /// back if the course is imported again, unless `forget_progress` asks to delete the
    /// current learner's progress in it too: that is recorded as a clearing event, which
    /// reaches the learner's other laptops through sync. Returns how many records stopped
    /// counting.
    pub fn remove_course(&self, course: &str, forget_progress: bool) -> Result<usize, ApiError> {
        let _one_at_a_time = self.importing.lock().unwrap_or_else(|e| e.into_inner());
        if !self.store.remove_course(course)? {
            return Err(
                ApiError::from(ErrorKind::CourseNotFound {}).detail(format!("course {course}"))
            );
        }
        if crate::is_builtin(course) {
            self.store.set_builtin_removed(course, true)?;
        }
        if forget_progress {
            let profile = self.current_profile()?;
            let events: Vec<_> = self
                .store
                .events(profile.id)?
                .into_iter()
                .filter(|e| e.kind.course() == course)
                .collect();
            // What this laptop holds of the course, per device: exactly that is cleared.
            let mut upto = std::collections::BTreeMap::new();
            for e in &events {
                let n = upto.entry(e.device).or_insert(0);
                *n = e.seq.max(*n);
            }
            let hidden = events.len();
            self.record(
                profile.id,
                lphm_progress::EventKind::ProgressCleared {
                    course: course.into(),
                    upto: Some(upto),
                },
            )?;
            return Ok(hidden);
        }
        Ok(0)
    }
}

impl crate::Desk {
    /// The courses on this laptop with the package each came from (the `lphm list` view).
    pub fn installed_courses(&self) -> Result<Vec<lphm_store::InstalledCourse>, ApiError> {
        Ok(self.store.installed_courses()?)
    }

    /// Adds a publisher key (the text of a public key file) to the keys this laptop trusts.
    pub fn trust_key(&self, public_key_file: &str) -> Result<TrustedKey, ApiError> {
        trust_key(&self.store, public_key_file)
    }

    /// The publisher keys an administrator added (the built-in one is [`PUBLISHER_KEY`]).
    pub fn added_keys(&self) -> Result<Vec<TrustedKey>, ApiError> {
        Ok(self.store.trusted_keys()?)
    }

    /// Stops trusting the added key `id`; `trust-key-not-found` when there is none.
    pub fn untrust_key(&self, id: &str) -> Result<(), ApiError> {
        if self.store.remove_trusted_key(id)? {
            Ok(())
        } else {
            Err(ApiError::from(ErrorKind::TrustKeyNotFound {
                key: id.to_string(),
            }))
        }
    }

    /// What opening the store had to repair, for the shell's log.
    pub fn repairs(&self) -> &[lphm_store::Repair] {
        self.store.repairs()
    }
}

/// The keys packages are checked against on the laptop whose data folder is `data_dir`,
/// without opening a desk (which would install the built-in courses): the built-in
/// publisher key, and those an administrator added when that store exists and opens.
pub fn keys_of(data_dir: &std::path::Path) -> Result<Vec<PublicKey>, ApiError> {
    let mut keys = vec![PublicKey::parse(PUBLISHER_KEY)?];
    if data_dir.exists() {
        if let Ok(store) = Store::open(data_dir) {
            for k in store.trusted_keys().unwrap_or_default() {
                keys.extend(PublicKey::from_bytes(&k.name, &k.key).ok());
            }
        }
    }
    Ok(keys)
}
