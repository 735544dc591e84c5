//! What can go wrong with a certificate: one variant per case, each with an English message
//! that says what happened and what to do. The desk maps the variants to translated error
//! codes, so they are kept stable: add new ones, never repurpose or rename one.

/// An error issuing, verifying, rendering or reading back a certificate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CertificateError {
    /// The credential is not a compact JWS: not three base64url parts separated by dots, or
    /// a part that does not decode, or a header that is not the JSON object we write.
    #[error("this is not a certificate credential ({detail}); use the file the programme issued")]
    Malformed { detail: String },

    /// The header names a signing algorithm other than EdDSA (`none`, `HS256`, `RS256`…).
    /// Only EdDSA is ever accepted, whatever the header says.
    #[error("the credential asks for the signing algorithm '{alg}'; only EdDSA is accepted, so it is refused")]
    Algorithm { alg: String },

    /// The header's key id (`kid`) is none of the trusted programme keys.
    #[error("the credential was signed with key '{kid}', which this computer does not trust; ask the programme for its certificate key")]
    UnknownKey { kid: String },

    /// The signature does not match the header and payload under the named key: the
    /// credential was changed after it was signed, or signed by someone else.
    #[error("the credential's signature does not match its content: it was changed after the programme signed it, or was not signed by the programme")]
    BadSignature,

    /// The signature is good but the payload does not hold the facts of an LPHM
    /// certificate (a field missing or of the wrong kind, claims that contradict the
    /// credential, a date that is not a date).
    #[error("the credential is signed but its content is not an LPHM certificate ({detail})")]
    Payload { detail: String },

    /// The file is not a PDF, or is damaged beyond reading (for example cut short).
    #[error(
        "this file is not a readable PDF ({detail}); use the certificate file as it was saved"
    )]
    NotPdf { detail: String },

    /// The PDF is a statement of completion made on the learner's computer: it carries no
    /// credential, by design.
    #[error("this is a statement of completion, which the programme has not verified")]
    Statement,

    /// The PDF is readable but has no `credential.jwt` attached: not an LPHM certificate.
    #[error("this PDF carries no certificate credential (no credential.jwt is attached); it is not a certificate from the programme")]
    NoCredential,

    /// The interface language asked for has no messages.
    #[error("certificates cannot be written in '{lang}'; use one of the interface languages")]
    Language { lang: String },

    /// A date in the facts is not a calendar date of the form YYYY-MM-DD.
    #[error("'{date}' is not a date of the form YYYY-MM-DD")]
    Date { date: String },

    /// A name or title has a character the embedded fonts cannot draw (a script other than
    /// Latin, Greek or Cyrillic, an emoji, a control character).
    #[error("the certificate font cannot print the character '{character}'; write the name and titles in Latin, Greek or Cyrillic letters")]
    Character { character: char },

    /// The PDF could not be produced (the verification address does not fit in a QR code,
    /// or the PDF writer refused the document).
    #[error("the certificate PDF could not be made: {detail}")]
    Render { detail: String },
}
