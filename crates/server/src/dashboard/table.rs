//! The dashboard's tables as CSV downloads: UTF-8 with a byte-order mark (so spreadsheet
//! programs read the letters of every language right), and a cell that would start a
//! formula neutralised.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// A CSV cell as spreadsheet programs should read it: a cell that would start a formula
/// (`= + - @`, or a tab or carriage return before one) gets a leading apostrophe, so
/// `=HYPERLINK(…)` typed as a name stays text.
pub(crate) fn csv_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A name fit for a file: letters and digits kept, anything else a dash.
pub(crate) fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    stem.trim_matches('-').to_string()
}

/// `records` (the first one the headings) as a CSV download named `file`.
pub(crate) fn csv_answer(records: &[Vec<String>], file: &str) -> Response {
    let mut out = csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
    for r in records {
        if let Err(e) = out.write_record(r.iter().map(|c| csv_cell(c))) {
            return super::unavailable("en", e);
        }
    }
    let bytes = match out.into_inner() {
        Ok(b) => b,
        Err(e) => return super::unavailable("en", e),
    };
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}
