//! The course catalogue: the `.lphm` files in a folder whose signatures check out against
//! the LPHM publisher key or a key the administrator trusts. The folder is listed on each
//! request (cheap); a file is verified again only when its size or modification time
//! changed, so dropping a new package in the folder publishes it without a restart.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use lphm_content::Manifest;
use lphm_package::{FileEntry, PackageError, PublicKey, Sink, Verified};
use lphm_sync::protocol::{Catalogue, CatalogueEntry};
use sha2::{Digest, Sha256};

/// The public key LPHM's own packages are signed with.
pub const PUBLISHER_KEY: &str = include_str!("../../../keys/lphm-publisher.public.json");

/// The packages in one folder.
#[derive(Debug)]
pub struct CatalogueDir {
    dir: PathBuf,
    trust: Vec<PublicKey>,
    /// What each file looked like when last checked, by file name.
    seen: Mutex<BTreeMap<String, Checked>>,
}

/// A file's size and modification time when it was verified, and its entry and course
/// manifest (`course.json`: modules, lessons, quizzes) if it passed.
type Checked = (u64, SystemTime, Option<(CatalogueEntry, Manifest)>);

impl CatalogueDir {
    /// The catalogue of `dir`, trusting the publisher key and `extra` keys.
    pub fn new(dir: PathBuf, extra: Vec<PublicKey>) -> CatalogueDir {
        let mut trust =
            vec![PublicKey::parse(PUBLISHER_KEY).expect("the bundled publisher key parses")];
        trust.extend(extra);
        CatalogueDir {
            dir,
            trust,
            seen: Mutex::new(BTreeMap::new()),
        }
    }

    /// The packages on offer now, by file name. Blocking: reads the folder.
    pub fn entries(&self) -> std::io::Result<Vec<CatalogueEntry>> {
        Ok(self.checked()?.into_iter().map(|(e, _)| e).collect())
    }

    /// The courses of the packages on offer: what completing each takes. Blocking.
    pub fn manifests(&self) -> std::io::Result<Vec<Manifest>> {
        Ok(self.checked()?.into_iter().map(|(_, m)| m).collect())
    }

    fn checked(&self) -> std::io::Result<Vec<(CatalogueEntry, Manifest)>> {
        let mut listed = BTreeMap::new();
        for entry in std::fs::read_dir(&self.dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let meta = entry.metadata()?;
            if !meta.is_file() || !name.ends_with(".lphm") {
                continue;
            }
            listed.insert(name, (meta.len(), meta.modified()?));
        }
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.retain(|name, _| listed.contains_key(name));
        for (name, (size, mtime)) in listed {
            if matches!(seen.get(&name), Some((s, m, _)) if *s == size && *m == mtime) {
                continue;
            }
            let entry = match self.check(&self.dir.join(&name), &name) {
                Ok(e) => Some(e),
                Err(why) => {
                    eprintln!("lphm-server: catalogue: leaving out {name}: {why}");
                    None
                }
            };
            seen.insert(name, (size, mtime, entry));
        }
        Ok(seen.values().filter_map(|(_, _, e)| e.clone()).collect())
    }

    /// The catalogue as the endpoint answers it.
    pub fn catalogue(&self) -> std::io::Result<Catalogue> {
        Ok(Catalogue {
            packages: self.entries()?,
        })
    }

    /// The path of a package on offer, or `None` for any other name.
    pub fn path_of(&self, file: &str) -> std::io::Result<Option<PathBuf>> {
        let offered = self.entries()?.iter().any(|e| e.file == file);
        Ok(offered.then(|| self.dir.join(file)))
    }

    /// Verifies one package and hashes the whole file in the same read.
    fn check(&self, path: &Path, name: &str) -> Result<(CatalogueEntry, Manifest), String> {
        let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
        let mut reader = Hashing {
            inner: std::io::BufReader::new(file),
            hash: Sha256::new(),
            size: 0,
        };
        let mut course = CourseJson(None);
        let verified = lphm_package::read_package(&mut reader, &self.trust, &mut course)
            .map_err(|e| e.to_string())?;
        std::io::copy(&mut reader, &mut std::io::sink()).map_err(|e| e.to_string())?;
        let course: Manifest =
            course
                .0
                .ok_or("the package has no course.json")
                .and_then(|bytes| {
                    serde_json::from_slice(&bytes).map_err(|_| "its course.json does not parse")
                })?;
        let m = verified.manifest;
        let entry = CatalogueEntry {
            course: m.course,
            version: m.version,
            title: m.title.0,
            file: name.to_string(),
            size: reader.size,
            sha256: hex::encode(reader.hash.finalize()),
        };
        Ok((entry, course))
    }
}

/// Keeps `course.json` of a package as it is read and checked.
struct CourseJson(Option<Vec<u8>>);

impl Sink for CourseJson {
    type Error = PackageError;
    fn begin(&mut self, _: &Verified) -> Result<(), PackageError> {
        Ok(())
    }
    fn file(&mut self, entry: &FileEntry, data: &mut dyn Read) -> Result<(), PackageError> {
        if entry.path == "course.json" {
            let mut bytes = Vec::new();
            data.read_to_end(&mut bytes)?;
            self.0 = Some(bytes);
        } else {
            std::io::copy(data, &mut std::io::sink())?;
        }
        Ok(())
    }
}

/// A reader that hashes what passes through it.
struct Hashing<R> {
    inner: R,
    hash: Sha256,
    size: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }
}
