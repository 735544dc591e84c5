//! The error that crosses into the interface: a stable code and its arguments. The
//! interface shows the Fluent message `error-<code>` with those arguments, so every error a
//! person sees is in their language; nothing matches on English text.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error, ts_rs::TS)]
#[error("{code} {args:?}")]
pub struct ApiError {
    pub code: String,
    pub args: BTreeMap<String, Value>,
}

impl ApiError {
    pub fn new(code: &str) -> ApiError {
        ApiError {
            code: code.to_string(),
            args: BTreeMap::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl Serialize) -> ApiError {
        self.args.insert(
            name.to_string(),
            serde_json::to_value(value).unwrap_or(Value::Null),
        );
        self
    }
}

impl ApiError {
    /// An I/O failure on the file at `path`: `file-in-use` when another program holds it
    /// (Windows), else `code` with the system's own words as `detail`.
    pub fn file(code: &str, path: &std::path::Path, e: &std::io::Error) -> ApiError {
        let error = if lphm_durable::in_use(path, e) {
            ApiError::new("file-in-use")
        } else {
            ApiError::new(code).arg("detail", e.to_string())
        };
        error.arg("path", path.display().to_string())
    }
}

impl From<lphm_store::OpenError> for ApiError {
    fn from(e: lphm_store::OpenError) -> Self {
        ApiError::new(e.code())
            .arg("path", e.path().display().to_string())
            .arg("detail", e.to_string())
    }
}

impl From<lphm_store::StoreError> for ApiError {
    fn from(e: lphm_store::StoreError) -> Self {
        ApiError::new(e.code()).arg("detail", e.to_string())
    }
}

impl From<lphm_content::ContentError> for ApiError {
    fn from(e: lphm_content::ContentError) -> Self {
        ApiError::new(e.code()).arg("detail", e.to_string())
    }
}
