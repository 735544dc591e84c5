//! Courses from the server's catalogue: which are new or updated, and downloading them
//! with HTTP Range so an interrupted download continues where it stopped, even after the
//! app was closed. A finished download goes through the same signature check and import
//! as a package from a USB stick.

use std::io::{Read, Seek, Write};
use std::path::PathBuf;

use lphm_sync::protocol::{self, Catalogue};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::client::Enrollment;
use crate::{ApiError, Desk, ErrorKind, ImportOutcome, ImportProgress};

/// A course the server offers, compared with this laptop. The interface sends it back
/// to download it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct RemoteCourse {
    pub course: String,
    pub version: u32,
    pub title: String,
    pub file: String,
    pub size: u64,
    /// Hex SHA-256 of the package file, checked after downloading.
    pub sha256: String,
    pub installed_version: Option<u32>,
    pub action: RemoteAction,
    /// Bytes already downloaded by an interrupted download.
    pub partial: u64,
}

/// What this laptop would do with a course the server offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RemoteAction {
    /// Not on this laptop.
    Install,
    /// A newer version than the one installed.
    Update,
    /// The same version (or a newer one) is installed.
    Installed,
}

/// How far a download got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct DownloadProgress {
    pub done: u64,
    pub total: u64,
}

impl From<DownloadProgress> for (u64, u64) {
    fn from(p: DownloadProgress) -> (u64, u64) {
        (p.done, p.total)
    }
}

impl Desk {
    fn enrollment_or_err(&self) -> Result<Enrollment, ApiError> {
        self.enrollment()?
            .ok_or_else(|| ApiError::from(ErrorKind::SyncNotEnrolled {}))
    }

    /// Where the download of the file with this SHA-256 is kept until it is whole.
    fn partial_path(&self, sha256: &str) -> PathBuf {
        self.store
            .dir()
            .join("downloads")
            .join(format!("{sha256}.part"))
    }

    async fn fetch_catalogue(&self, en: &Enrollment) -> Result<Catalogue, ApiError> {
        self.get_json(en, "catalogue").await
    }

    /// `GET /v1/<path>` with the device token, its JSON answer read as `T`; a refusal, a
    /// cut connection or an answer that does not read is the sync error that says so.
    pub(crate) async fn get_json<T: serde::de::DeserializeOwned>(
        &self,
        en: &Enrollment,
        path: &str,
    ) -> Result<T, ApiError> {
        let response = self
            .http()?
            .get(format!("{}{}/{path}", en.server, protocol::V1))
            .bearer_auth(&en.token)
            .timeout(self.sync_options.request_timeout * 3)
            .send()
            .await
            .map_err(|e| self.transport_failed(&en.server, e))?;
        if !response.status().is_success() {
            return Err(crate::client::refused(&en.server, response).await);
        }
        response.json().await.map_err(|e| {
            ApiError::from(ErrorKind::SyncBadResponse {
                server: en.server.clone(),
            })
            .detail(e)
        })
    }

    /// The server's courses, each with what this laptop has of it.
    pub async fn remote_catalogue(&self) -> Result<Vec<RemoteCourse>, ApiError> {
        let en = self.enrollment_or_err()?;
        let profile = self.current_profile()?;
        let lang = profile
            .content_lang
            .as_deref()
            .unwrap_or(&profile.lang)
            .to_string();
        let catalogue = self.fetch_catalogue(&en).await?;
        let mut out = Vec::new();
        for entry in catalogue.packages {
            let installed = self.store.course(&entry.course)?.map(|m| m.version);
            let action = match installed {
                None => RemoteAction::Install,
                Some(v) if v < entry.version => RemoteAction::Update,
                Some(_) => RemoteAction::Installed,
            };
            let title = entry
                .title
                .get(&lang)
                .or_else(|| entry.title.get("en"))
                .or_else(|| entry.title.values().next())
                .cloned()
                .unwrap_or_else(|| entry.course.clone());
            let partial = std::fs::metadata(self.partial_path(&entry.sha256))
                .map(|m| m.len())
                .unwrap_or(0);
            out.push(RemoteCourse {
                course: entry.course.clone(),
                version: entry.version,
                title,
                file: entry.file.clone(),
                size: entry.size,
                sha256: entry.sha256.clone(),
                installed_version: installed,
                action,
                partial,
            });
        }
        out.sort_by(|a, b| a.title.cmp(&b.title));
        *self.offered.lock().unwrap_or_else(|e| e.into_inner()) = out.clone();
        Ok(out)
    }

    /// The course `course` as the server last offered it: from the catalogue this desk
    /// fetched itself (never one the window sends back), fetched again if it has none.
    async fn offered(&self, course: &str) -> Result<RemoteCourse, ApiError> {
        let find = |list: &[RemoteCourse]| list.iter().find(|c| c.course == course).cloned();
        let known = find(&self.offered.lock().unwrap_or_else(|e| e.into_inner()));
        match known {
            Some(c) => Ok(c),
            None => find(&self.remote_catalogue().await?).ok_or_else(|| {
                ApiError::from(ErrorKind::DownloadNotOffered {
                    file: course.to_string(),
                })
            }),
        }
    }

    /// Downloads a course of [`Desk::remote_catalogue`] (continuing an interrupted
    /// download) and imports it. `progress` sees the download's bytes and returns `false`
    /// to stop; what was downloaded is kept for next time.
    pub async fn download_course(
        &self,
        course: &str,
        mut progress: impl FnMut(DownloadProgress) -> bool,
    ) -> Result<ImportOutcome, ApiError> {
        let en = self.enrollment_or_err()?;
        let course = &self.offered(course).await?;
        // The SHA-256 names a file on this laptop: only hex digits, from the catalogue.
        if course.sha256.len() != 64 || !course.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ApiError::from(ErrorKind::DownloadNotOffered {
                file: course.file.clone(),
            }));
        }
        let part = self.partial_path(&course.sha256);
        self.download_to(&en, course, &part, &mut progress).await?;
        check_sha256(&part, course)?;
        // The import reads and hashes the whole package: keep it off the async workers
        // where the runtime allows that.
        let import = || self.import_file(&part, |_: ImportProgress| true);
        let outcome = match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
            Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(import),
            _ => import(),
        };
        // A package that fails its checks is no use to keep; a finished import neither.
        let _ = std::fs::remove_file(&part);
        outcome
    }

    async fn download_to(
        &self,
        en: &Enrollment,
        entry: &RemoteCourse,
        part: &std::path::Path,
        progress: &mut impl FnMut(DownloadProgress) -> bool,
    ) -> Result<(), ApiError> {
        let write_failed = |e: std::io::Error| {
            ApiError::from(ErrorKind::DownloadWriteFailed {
                path: part.display().to_string(),
                detail: e.to_string(),
            })
        };
        let fresh = !part.exists();
        if let Some(dir) = part.parent() {
            std::fs::create_dir_all(dir).map_err(write_failed)?;
        }
        let mut out = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(part)
            .map_err(write_failed)?;
        if fresh {
            // The partial file's name survives a power cut too, so a download continues.
            if let Some(dir) = part.parent() {
                lphm_durable::sync_dir(dir).map_err(write_failed)?;
            }
        }
        let mut have = out.metadata().map_err(write_failed)?.len();
        if have > entry.size {
            out.set_len(0).map_err(write_failed)?;
            have = 0;
        }
        if have == entry.size {
            return Ok(());
        }
        let mut request = self
            .http()?
            .get(format!(
                "{}{}/packages/{}",
                en.server,
                protocol::V1,
                entry.file
            ))
            .bearer_auth(&en.token);
        if have > 0 {
            request = request.header(reqwest::header::RANGE, format!("bytes={have}-"));
        }
        let mut response = request
            .send()
            .await
            .map_err(|e| self.transport_failed(&en.server, e))?;
        match response.status() {
            reqwest::StatusCode::PARTIAL_CONTENT => {}
            reqwest::StatusCode::OK => {
                // The server sends the whole file: start over.
                out.set_len(0).map_err(write_failed)?;
                have = 0;
            }
            _ => return Err(crate::client::refused(&en.server, response).await),
        }
        out.seek(std::io::SeekFrom::Start(have))
            .map_err(write_failed)?;
        let total = entry.size;
        if !progress(DownloadProgress { done: have, total }) {
            return Err(ApiError::from(ErrorKind::DownloadCancelled {}));
        }
        loop {
            let chunk =
                tokio::time::timeout(self.sync_options.request_timeout * 2, response.chunk())
                    .await
                    .map_err(|_| {
                        self.forget_connections();
                        ApiError::from(ErrorKind::SyncTimeout {
                            server: en.server.clone(),
                        })
                        .detail("download stalled")
                    })?
                    .map_err(|e| self.transport_failed(&en.server, e))?;
            let Some(chunk) = chunk else { break };
            out.write_all(&chunk).map_err(write_failed)?;
            have += chunk.len() as u64;
            if have > total {
                return Err(ApiError::from(ErrorKind::DownloadDamaged {
                    file: entry.file.clone(),
                }));
            }
            if !progress(DownloadProgress { done: have, total }) {
                out.sync_all().map_err(write_failed)?;
                return Err(ApiError::from(ErrorKind::DownloadCancelled {}));
            }
        }
        out.sync_all().map_err(write_failed)?;
        if have != total {
            return Err(ApiError::from(ErrorKind::SyncOffline {
                server: en.server.clone(),
            })
            .detail(format!("the download stopped at {have} of {total} bytes")));
        }
        Ok(())
    }
}

/// Refuses (and deletes) a downloaded file whose SHA-256 is not the catalogue's.
fn check_sha256(part: &std::path::Path, entry: &RemoteCourse) -> Result<(), ApiError> {
    let damaged = || {
        ApiError::from(ErrorKind::DownloadDamaged {
            file: entry.file.clone(),
        })
    };
    let mut f = std::fs::File::open(part).map_err(|_| damaged())?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = f.read(&mut buf).map_err(|_| damaged())?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    if hex::encode(hasher.finalize()) != entry.sha256 {
        let _ = std::fs::remove_file(part);
        return Err(damaged());
    }
    Ok(())
}
