//! The signed credential: an Open Badges 3.0 `OpenBadgeCredential` secured as a JWT with
//! EdDSA (ed25519), issued by the programme's server and verified anywhere.
//!
//! # Shape
//!
//! Header: `{"alg":"EdDSA","typ":"JWT","kid":<key id>}`, the key id being
//! [`lphm_package::PublicKey::id`] of the programme's certificate key.
//!
//! Payload: the credential itself with the registered JWT claims beside it, as the Open
//! Badges 3.0 specification (§8.2 "JSON Web Token Proof Format", VC Data Model 2.0) lays
//! it out: `@context` (`https://www.w3.org/ns/credentials/v2` and the OB 3.0.3 context),
//! `id` (`urn:uuid:<certificate id>`), `type` (`VerifiableCredential`,
//! `OpenBadgeCredential`), `issuer` (a `Profile`: id = issuer URL, name), `validFrom`,
//! `name`, `credentialSubject`; and `iss` = `issuer.id`, `jti` = `id`, `sub` =
//! `credentialSubject.id` (`urn:uuid:<learner>`), `nbf` = `iat` = `validFrom` in seconds.
//! The spec's VC 1.1 form wrapped the credential in a `vc` claim; with the VC 2.0 context
//! and `validFrom` the credential is the payload, so there is no `vc` claim.
//!
//! `credentialSubject` is an `AchievementSubject` with the learner's `name` (and the same
//! name as an `IdentityObject` of type `name`, OB 3.0's way to say who the recipient is),
//! and an `achievement` (`Achievement`, type `CertificateOfCompletion`, id
//! `<issuer URL>/courses/<course id>`, name = the course title, a description, and a
//! criteria narrative saying that every lesson was studied and every quiz passed, with the
//! modules listed).
//!
//! # The LPHM facts OB 3.0 has no field for
//!
//! They travel in **`credentialSubject.lphmCompletion`**, an object with `course` (course
//! id), `authority` (the learner's local authority), `modules` (module titles, English),
//! `studySeconds`, `completedOn` (YYYY-MM-DD) and `verifyUrl`. The VC 2.0 context maps
//! undefined terms to its issuer-dependent vocabulary, so JSON-LD processors keep the
//! object rather than reject the credential, and badge tools that do not know it show the
//! rest as usual.
//!
//! # Why by hand
//!
//! The compact JWS is written here (base64url and ed25519 from `lphm-package`, about forty
//! lines) rather than with a JWT library: only EdDSA is ever accepted, the header's `alg`
//! is compared with that one string before anything else is trusted (no algorithm
//! confusion: `none`, `HS256` with the public key as a secret, …), and no `ring` or other C
//! code comes along for algorithms we refuse anyway.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use base64::Engine;
use lphm_package::{PublicKey, SecretKey};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::CertificateError;

/// The one signing algorithm accepted.
pub const ALGORITHM: &str = "EdDSA";
/// The W3C Verifiable Credentials 2.0 context, first in every credential.
pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
/// The Open Badges 3.0 context.
pub const OB_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

/// What a certificate says. Issued by the programme's server from its records, carried in
/// the credential, and read back exactly by [`verify`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The certificate's id.
    pub id: Uuid,
    /// The learner's id.
    pub learner: Uuid,
    /// The learner's name, as they wrote it in their profile.
    pub name: String,
    /// The learner's local authority.
    pub authority: String,
    /// The course id.
    pub course: String,
    /// The course title in the course's fallback language (English).
    pub course_title: String,
    /// The module titles, in the fallback language.
    pub modules: Vec<String>,
    /// Time spent studying the course.
    pub study_seconds: u64,
    /// The day the course was completed, YYYY-MM-DD.
    pub completed_on: String,
    /// When the certificate was issued (milliseconds since the Unix epoch, UTC).
    pub issued_at_ms: i64,
    /// The issuer's name, e.g. "UNITAR Learning Platform on Human Mobility".
    pub issuer_name: String,
    /// The issuer's URL (`iss`, `issuer.id`).
    pub issuer_url: String,
    /// Where anyone can check the certificate, e.g. `https://host/verify/<id>`.
    pub verify_url: String,
}

/// A credential that [`verify`] accepted: its facts, the JWT as it was, and the id of the
/// trusted key that signed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credential {
    pub facts: Facts,
    pub jwt: String,
    pub key_id: String,
}

#[derive(Serialize, Deserialize)]
struct Header {
    alg: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    typ: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kid: Option<String>,
    /// Never written; a header that lists critical extensions is refused, since we
    /// understand none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    crit: Option<serde_json::Value>,
}

/// The JWT payload: the OpenBadgeCredential with the registered claims beside it.
#[derive(Serialize, Deserialize)]
struct Payload {
    #[serde(rename = "@context")]
    context: Vec<String>,
    id: String,
    #[serde(rename = "type")]
    types: Vec<String>,
    issuer: Profile,
    #[serde(rename = "validFrom")]
    valid_from: String,
    name: String,
    #[serde(rename = "credentialSubject")]
    subject: Subject,
    iss: String,
    jti: String,
    sub: String,
    nbf: i64,
    iat: i64,
}

#[derive(Serialize, Deserialize)]
struct Profile {
    id: String,
    #[serde(rename = "type")]
    types: Vec<String>,
    name: String,
}

#[derive(Serialize, Deserialize)]
struct Subject {
    id: String,
    #[serde(rename = "type")]
    types: Vec<String>,
    name: String,
    identifier: Vec<Identity>,
    achievement: Achievement,
    #[serde(rename = "lphmCompletion")]
    completion: Completion,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Identity {
    #[serde(rename = "type")]
    kind: String,
    identity_hash: String,
    identity_type: String,
    hashed: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Achievement {
    id: String,
    #[serde(rename = "type")]
    types: Vec<String>,
    achievement_type: String,
    name: String,
    description: String,
    criteria: Criteria,
}

#[derive(Serialize, Deserialize)]
struct Criteria {
    narrative: String,
}

/// The LPHM facts that OB 3.0 has no field for (`credentialSubject.lphmCompletion`).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Completion {
    course: String,
    authority: String,
    modules: Vec<String>,
    study_seconds: u64,
    completed_on: String,
    verify_url: String,
}

fn urn(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

/// `validFrom`: the issue time as an XML Schema dateTime in UTC, milliseconds kept.
fn valid_from(issued_at_ms: i64) -> String {
    jiff::Timestamp::from_millisecond(issued_at_ms)
        .unwrap_or_else(|_| panic!("issued_at_ms {issued_at_ms} is outside the years -9999..=9999"))
        .to_string()
}

fn criteria(modules: &[String]) -> String {
    let mut narrative = String::from(
        "The learner studied every lesson of the course and passed the quiz of every module",
    );
    if modules.is_empty() {
        narrative.push('.');
    } else {
        narrative.push_str(":\n");
        for module in modules {
            narrative.push_str("\n- ");
            narrative.push_str(module);
        }
    }
    narrative
}

impl Payload {
    fn new(facts: &Facts) -> Payload {
        let id = urn(facts.id);
        let learner = urn(facts.learner);
        let seconds = facts.issued_at_ms.div_euclid(1000);
        Payload {
            context: vec![VC_CONTEXT.into(), OB_CONTEXT.into()],
            id: id.clone(),
            types: vec!["VerifiableCredential".into(), "OpenBadgeCredential".into()],
            issuer: Profile {
                id: facts.issuer_url.clone(),
                types: vec!["Profile".into()],
                name: facts.issuer_name.clone(),
            },
            valid_from: valid_from(facts.issued_at_ms),
            name: facts.course_title.clone(),
            subject: Subject {
                id: learner.clone(),
                types: vec!["AchievementSubject".into()],
                name: facts.name.clone(),
                identifier: vec![Identity {
                    kind: "IdentityObject".into(),
                    identity_hash: facts.name.clone(),
                    identity_type: "name".into(),
                    hashed: false,
                }],
                achievement: Achievement {
                    id: format!(
                        "{}/courses/{}",
                        facts.issuer_url.trim_end_matches('/'),
                        facts.course
                    ),
                    types: vec!["Achievement".into()],
                    achievement_type: "CertificateOfCompletion".into(),
                    name: facts.course_title.clone(),
                    description: format!(
                        "Completion of the course \u{201c}{}\u{201d}, offered by {}.",
                        facts.course_title, facts.issuer_name
                    ),
                    criteria: Criteria {
                        narrative: criteria(&facts.modules),
                    },
                },
                completion: Completion {
                    course: facts.course.clone(),
                    authority: facts.authority.clone(),
                    modules: facts.modules.clone(),
                    study_seconds: facts.study_seconds,
                    completed_on: facts.completed_on.clone(),
                    verify_url: facts.verify_url.clone(),
                },
            },
            iss: facts.issuer_url.clone(),
            jti: id,
            sub: learner,
            nbf: seconds,
            iat: seconds,
        }
    }

    /// The facts, once the claims and the credential agree (OB 3.0 §8.2.4.1).
    fn facts(self) -> Result<Facts, CertificateError> {
        let bad = |detail: String| CertificateError::Payload { detail };
        let has = |list: &[String], item: &str| list.iter().any(|t| t == item);
        if self.context.first().map(String::as_str) != Some(VC_CONTEXT)
            || !has(&self.context, OB_CONTEXT)
        {
            return Err(bad(format!(
                "@context must start with {VC_CONTEXT} and include {OB_CONTEXT}"
            )));
        }
        if !has(&self.types, "VerifiableCredential") || !has(&self.types, "OpenBadgeCredential") {
            return Err(bad("type is not an OpenBadgeCredential".into()));
        }
        if !has(&self.subject.types, "AchievementSubject")
            || !has(&self.subject.achievement.types, "Achievement")
        {
            return Err(bad("credentialSubject is not an AchievementSubject".into()));
        }
        if self.iss != self.issuer.id {
            return Err(bad("iss differs from issuer.id".into()));
        }
        if self.jti != self.id {
            return Err(bad("jti differs from id".into()));
        }
        if self.sub != self.subject.id {
            return Err(bad("sub differs from credentialSubject.id".into()));
        }
        let issued: jiff::Timestamp = self
            .valid_from
            .parse()
            .map_err(|e| bad(format!("validFrom '{}': {e}", self.valid_from)))?;
        let issued_at_ms = issued.as_millisecond();
        if self.nbf != issued_at_ms.div_euclid(1000) {
            return Err(bad("nbf differs from validFrom".into()));
        }
        let completion = self.subject.completion;
        if completion
            .completed_on
            .parse::<jiff::civil::Date>()
            .is_err()
        {
            return Err(bad(format!(
                "completedOn '{}' is not a date",
                completion.completed_on
            )));
        }
        Ok(Facts {
            id: parse_urn(&self.id, "id")?,
            learner: parse_urn(&self.subject.id, "credentialSubject.id")?,
            name: self.subject.name,
            authority: completion.authority,
            course: completion.course,
            course_title: self.subject.achievement.name,
            modules: completion.modules,
            study_seconds: completion.study_seconds,
            completed_on: completion.completed_on,
            issued_at_ms,
            issuer_name: self.issuer.name,
            issuer_url: self.issuer.id,
            verify_url: completion.verify_url,
        })
    }
}

fn parse_urn(value: &str, what: &str) -> Result<Uuid, CertificateError> {
    value
        .strip_prefix("urn:uuid:")
        .and_then(|u| Uuid::parse_str(u).ok())
        .ok_or_else(|| CertificateError::Payload {
            detail: format!("{what} '{value}' is not a urn:uuid"),
        })
}

fn encode_json(value: &impl Serialize) -> String {
    B64URL.encode(serde_json::to_vec(value).expect("a credential serializes"))
}

/// Signs `facts` as an Open Badges 3.0 credential in a compact JWS (see the module
/// documentation for its shape).
///
/// # Panics
///
/// If `facts.issued_at_ms` lies outside the years -9999..=9999, which no clock gives.
pub fn issue(facts: &Facts, key: &SecretKey) -> String {
    let header = Header {
        alg: ALGORITHM.into(),
        typ: Some("JWT".into()),
        kid: Some(key.public().id()),
        crit: None,
    };
    let signing_input = format!(
        "{}.{}",
        encode_json(&header),
        encode_json(&Payload::new(facts))
    );
    let signature = key.sign(signing_input.as_bytes());
    format!("{signing_input}.{}", B64URL.encode(signature))
}

fn decode(part: &str, what: &str) -> Result<Vec<u8>, CertificateError> {
    B64URL
        .decode(part)
        .map_err(|e| CertificateError::Malformed {
            detail: format!("the {what} is not base64url: {e}"),
        })
}

/// Checks a compact JWS credential against the trusted programme keys and returns what it
/// certifies.
///
/// In order: three base64url parts; a header that is a JSON object whose `alg` is exactly
/// `EdDSA` (anything else, `none` and `HS256` included, is refused before any key is looked
/// at), with no `crit`, `typ` absent or `JWT`, and a `kid` naming one of `trusted`; a
/// strict ed25519 signature by that key over the first two parts; then a payload that
/// parses into [`Facts`], with `iss`, `jti`, `sub` and `nbf` agreeing with the credential.
/// Time is not checked: certificates do not expire, and `validFrom` is when the server
/// signed.
pub fn verify(jwt: &str, trusted: &[PublicKey]) -> Result<Credential, CertificateError> {
    let malformed = |detail: &str| CertificateError::Malformed {
        detail: detail.into(),
    };
    let parts: Vec<&str> = jwt.split('.').collect();
    let [header_part, payload_part, signature_part] = parts[..] else {
        return Err(malformed("a credential has three parts separated by dots"));
    };
    let header: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&decode(header_part, "header")?)
            .map_err(|_| malformed("the header is not a JSON object"))?;
    let header = Header::deserialize(serde_json::Value::Object(header))
        .map_err(|_| malformed("the header has no alg, or a field of the wrong kind"))?;
    if header.alg != ALGORITHM {
        return Err(CertificateError::Algorithm { alg: header.alg });
    }
    if header.crit.is_some() {
        return Err(malformed("the header lists critical extensions"));
    }
    if header.typ.as_deref().is_some_and(|t| t != "JWT") {
        return Err(malformed("the header's typ is not JWT"));
    }
    let kid = header
        .kid
        .ok_or_else(|| malformed("the header names no key (kid)"))?;
    let key = trusted
        .iter()
        .find(|k| k.id() == kid)
        .ok_or(CertificateError::UnknownKey { kid: kid.clone() })?;
    let payload = decode(payload_part, "payload")?;
    let signature = decode(signature_part, "signature")?;
    let signing_input = &jwt[..header_part.len() + 1 + payload_part.len()];
    key.verify(signing_input.as_bytes(), &signature)
        .map_err(|_| CertificateError::BadSignature)?;
    let payload: Payload =
        serde_json::from_slice(&payload).map_err(|e| CertificateError::Payload {
            detail: e.to_string(),
        })?;
    Ok(Credential {
        facts: payload.facts()?,
        jwt: jwt.to_string(),
        key_id: kid,
    })
}
