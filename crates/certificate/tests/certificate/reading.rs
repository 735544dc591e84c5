//! A certificate PDF read back: its credential comes out and verifies; a swapped
//! credential, a cut-short file, a statement and other files are each refused for what
//! they are.

use lopdf::Object;
use lphm_certificate::{check_pdf, credential_in_pdf, issue, render, CertificateError, Document};

use crate::support::{certificate, facts, keep, programme_key, statement, stranger_key, LEARNERS};

fn trusted() -> Vec<lphm_package::PublicKey> {
    vec![programme_key().public()]
}

/// `pdf` with the content of its attached credential replaced by `jwt`, saved by lopdf.
fn swap_credential(pdf: &[u8], jwt: &str) -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut swapped = 0;
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object {
            if stream.dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"EmbeddedFile") {
                stream.set_plain_content(jwt.as_bytes().to_vec());
                swapped += 1;
            }
        }
    }
    assert_eq!(swapped, 1, "one attached file");
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn a_certificate_gives_back_its_credential() {
    for (n, learner) in LEARNERS.iter().enumerate() {
        let doc = certificate(n as u8, learner);
        let Document::Certificate { credential, .. } = &doc else {
            unreachable!()
        };
        let pdf = render(&doc, learner.lang).unwrap();
        assert_eq!(credential_in_pdf(&pdf).unwrap(), credential.jwt);
        assert_eq!(&check_pdf(&pdf, &trusted()).unwrap(), credential);
    }
}

#[test]
fn a_pdf_whose_credential_was_swapped_is_refused() {
    let learner = &LEARNERS[2];
    let doc = certificate(2, learner);
    let pdf = render(&doc, "pl").unwrap();
    // The swap itself works: the programme's own credential survives it.
    let Document::Certificate { credential, .. } = &doc else {
        unreachable!()
    };
    let same = swap_credential(&pdf, &credential.jwt);
    assert_eq!(&check_pdf(&same, &trusted()).unwrap(), credential);

    // A credential with a better name, signed by someone else.
    let mut better = facts(2, "Agnieszka Wróblewska-Łęczyńska, PhD", learner.authority);
    better.study_seconds *= 10;
    let forged = swap_credential(&pdf, &issue(&better, &stranger_key()));
    keep("swapped-pl", &forged);
    assert!(matches!(
        check_pdf(&forged, &trusted()),
        Err(CertificateError::UnknownKey { .. })
    ));
    // The same, claiming the programme's key id.
    let mut parts: Vec<String> = issue(&better, &stranger_key())
        .split('.')
        .map(String::from)
        .collect();
    parts[0] = issue(&better, &programme_key())
        .split('.')
        .next()
        .unwrap()
        .into();
    let forged = swap_credential(&pdf, &parts.join("."));
    assert!(matches!(
        check_pdf(&forged, &trusted()),
        Err(CertificateError::BadSignature)
    ));
}

#[test]
fn a_cut_short_pdf_is_refused() {
    let pdf = render(&certificate(1, &LEARNERS[0]), "en").unwrap();
    for keep_bytes in [
        10,
        pdf.len() / 4,
        pdf.len() / 2,
        pdf.len() * 3 / 4,
        pdf.len() - 400,
    ] {
        match check_pdf(&pdf[..keep_bytes], &trusted()) {
            Err(CertificateError::NotPdf { .. }) => {}
            other => panic!(
                "{keep_bytes} of {} bytes: expected NotPdf, got {other:?}",
                pdf.len()
            ),
        }
    }
}

#[test]
fn a_statement_is_named_as_such() {
    for (n, learner) in LEARNERS.iter().enumerate() {
        let pdf = render(&statement(n as u8, learner), learner.lang).unwrap();
        assert!(matches!(
            credential_in_pdf(&pdf),
            Err(CertificateError::Statement)
        ));
        let error = check_pdf(&pdf, &trusted()).unwrap_err();
        assert!(matches!(error, CertificateError::Statement));
        assert_eq!(
            error.to_string(),
            "this is a statement of completion, which the programme has not verified"
        );
    }
}

#[test]
fn other_files_are_refused() {
    for not_pdf in [
        &b""[..],
        b"hello",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        b"%PDF-1.7\n%garbage",
    ] {
        match credential_in_pdf(not_pdf) {
            Err(CertificateError::NotPdf { .. }) => {}
            other => panic!("{not_pdf:?}: expected NotPdf, got {other:?}"),
        }
    }
    // A PDF without the attachment (its name tree and associated files removed).
    let pdf = render(&certificate(1, &LEARNERS[1]), "fr").unwrap();
    let mut doc = lopdf::Document::load_mem(&pdf).unwrap();
    let catalog = doc.catalog_mut().unwrap();
    assert!(
        catalog.remove(b"Names").is_some(),
        "krilla lists attachments in /Names"
    );
    catalog.remove(b"AF");
    let mut stripped = Vec::new();
    doc.save_to(&mut stripped).unwrap();
    assert!(matches!(
        check_pdf(&stripped, &trusted()),
        Err(CertificateError::NoCredential)
    ));
}
