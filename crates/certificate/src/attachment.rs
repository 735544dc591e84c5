//! Reading a certificate back: the `credential.jwt` attached to a PDF, found with lopdf in
//! the document's embedded-files name tree (or its associated files, `/AF`), then checked
//! like any credential.

use lopdf::xref::XrefRecovery;
use lopdf::{decode_text_string, Dictionary, LoadOptions, Object};

use crate::document::{ATTACHMENT, STATEMENT_KEYWORD};
use crate::{verify, CertificateError, Credential};
use lphm_package::PublicKey;

/// No stream in a certificate comes near this once inflated (the credential is a few
/// kilobytes, the fonts are subset); a larger one is refused rather than inflated.
const STREAM_LIMIT: usize = 16 * 1024 * 1024;
/// How deep a name tree may be; ours has one level, and a loop must not recurse forever.
const TREE_DEPTH: usize = 16;

/// The credential attached to a certificate PDF, as it was attached (not yet verified).
///
/// A statement of completion gives [`CertificateError::Statement`], a file that is not a
/// readable PDF [`CertificateError::NotPdf`], any other PDF
/// [`CertificateError::NoCredential`].
pub fn credential_in_pdf(pdf: &[u8]) -> Result<String, CertificateError> {
    if !pdf.starts_with(b"%PDF-") {
        return Err(CertificateError::NotPdf {
            detail: "it does not start with %PDF-".into(),
        });
    }
    let options = LoadOptions {
        max_decompressed_size: Some(STREAM_LIMIT),
        ..LoadOptions::default()
    };
    let doc = lopdf::Document::load_mem_with_options(pdf, options).map_err(|e| {
        CertificateError::NotPdf {
            detail: e.to_string(),
        }
    })?;
    // lopdf corrects a cross-reference offset that is a little off (some PDF tools write
    // them so), but a table it had to rebuild from scratch means the file is damaged,
    // typically cut short: refused, so that the person fetches an intact copy rather than
    // trust a patched one.
    if doc.xref_recovery == Some(XrefRecovery::Reconstructed) {
        return Err(CertificateError::NotPdf {
            detail: "it is damaged, perhaps cut short: its cross-reference table is missing or unreadable".into(),
        });
    }
    doc.catalog().map_err(|e| CertificateError::NotPdf {
        detail: format!("no document catalogue: {e}"),
    })?;
    if let Some(spec) = file_spec(&doc) {
        return contents(&doc, spec);
    }
    if is_statement(&doc) {
        return Err(CertificateError::Statement);
    }
    Err(CertificateError::NoCredential)
}

/// Reads the credential attached to `pdf` and verifies it against `trusted` ([`verify`]).
pub fn check_pdf(pdf: &[u8], trusted: &[PublicKey]) -> Result<Credential, CertificateError> {
    verify(&credential_in_pdf(pdf)?, trusted)
}

fn dict<'a>(doc: &'a lopdf::Document, object: &'a Object) -> Option<&'a Dictionary> {
    doc.dereference(object).ok()?.1.as_dict().ok()
}

fn array<'a>(doc: &'a lopdf::Document, object: &'a Object) -> Option<&'a Vec<Object>> {
    doc.dereference(object).ok()?.1.as_array().ok()
}

fn text(doc: &lopdf::Document, object: &Object) -> Option<String> {
    decode_text_string(doc.dereference(object).ok()?.1).ok()
}

/// The file specification of `credential.jwt`: from the name tree, else from `/AF`.
fn file_spec(doc: &lopdf::Document) -> Option<&Dictionary> {
    let catalog = doc.catalog().ok()?;
    let from_tree = catalog
        .get(b"Names")
        .ok()
        .and_then(|names| dict(doc, names))
        .and_then(|names| names.get(b"EmbeddedFiles").ok())
        .and_then(|tree| dict(doc, tree))
        .and_then(|tree| in_tree(doc, tree, 0));
    from_tree.or_else(|| {
        let associated = array(doc, catalog.get(b"AF").ok()?)?;
        associated
            .iter()
            .filter_map(|spec| dict(doc, spec))
            .find(|spec| names_attachment(doc, spec))
    })
}

fn in_tree<'a>(
    doc: &'a lopdf::Document,
    node: &'a Dictionary,
    depth: usize,
) -> Option<&'a Dictionary> {
    if depth > TREE_DEPTH {
        return None;
    }
    if let Some(pairs) = node.get(b"Names").ok().and_then(|n| array(doc, n)) {
        for pair in pairs.chunks(2) {
            if let [key, value] = pair {
                if text(doc, key).as_deref() == Some(ATTACHMENT) {
                    if let Some(spec) = dict(doc, value) {
                        return Some(spec);
                    }
                }
            }
        }
    }
    let kids = node.get(b"Kids").ok().and_then(|k| array(doc, k))?;
    kids.iter()
        .filter_map(|kid| dict(doc, kid))
        .find_map(|kid| in_tree(doc, kid, depth + 1))
}

fn names_attachment(doc: &lopdf::Document, spec: &Dictionary) -> bool {
    [&b"UF"[..], b"F"].iter().any(|key| {
        spec.get(key)
            .ok()
            .and_then(|name| text(doc, name))
            .as_deref()
            == Some(ATTACHMENT)
    })
}

/// The attached file's bytes, as text.
fn contents(doc: &lopdf::Document, spec: &Dictionary) -> Result<String, CertificateError> {
    let broken = |detail: &str| CertificateError::NotPdf {
        detail: format!("{ATTACHMENT} is attached but {detail}"),
    };
    let files = spec
        .get(b"EF")
        .ok()
        .and_then(|ef| dict(doc, ef))
        .ok_or_else(|| broken("has no embedded file"))?;
    let stream = [&b"UF"[..], b"F"]
        .iter()
        .find_map(|key| {
            let object = doc.dereference(files.get(key).ok()?).ok()?.1;
            object.as_stream().ok()
        })
        .ok_or_else(|| broken("its stream is missing"))?;
    let bytes = stream
        .get_plain_content_with_limit(STREAM_LIMIT)
        .map_err(|e| broken(&format!("cannot be read: {e}")))?;
    let jwt = String::from_utf8(bytes).map_err(|_| CertificateError::Malformed {
        detail: format!("{ATTACHMENT} is not text"),
    })?;
    Ok(jwt.trim().to_string())
}

/// Whether the PDF's metadata marks it as a statement of completion.
fn is_statement(doc: &lopdf::Document) -> bool {
    doc.trailer
        .get(b"Info")
        .ok()
        .and_then(|info| dict(doc, info))
        .and_then(|info| info.get(b"Keywords").ok())
        .and_then(|keywords| text(doc, keywords))
        .is_some_and(|keywords| keywords.contains(STATEMENT_KEYWORD))
}
