//! The signed credential: what the server issues comes back exactly, and nothing else
//! passes (edited, signed by another key, another algorithm, garbage).

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use base64::Engine;
use lphm_certificate::{issue, verify, CertificateError, Facts};
use serde_json::{json, Value};

use crate::support::{facts, programme_key, stranger_key, LEARNERS};

fn parts(jwt: &str) -> (Value, Value, String) {
    let mut parts = jwt.split('.');
    let mut json =
        || serde_json::from_slice(&B64URL.decode(parts.next().unwrap()).unwrap()).unwrap();
    let header = json();
    let payload = json();
    (header, payload, parts.next().unwrap().to_string())
}

fn encode(value: &Value) -> String {
    B64URL.encode(serde_json::to_vec(value).unwrap())
}

/// A JWT with this header and payload, signed by the programme key over exactly them (so
/// only the content is wrong, never the signature).
fn signed(header: &Value, payload: &Value) -> String {
    let input = format!("{}.{}", encode(header), encode(payload));
    let signature = programme_key().sign(input.as_bytes());
    format!("{input}.{}", B64URL.encode(signature))
}

fn check_round_trip(facts: &Facts, case: &str) {
    let key = programme_key();
    let jwt = issue(facts, &key);
    let credential = verify(&jwt, &[stranger_key().public(), key.public()])
        .unwrap_or_else(|e| panic!("{case}: {e}"));
    assert_eq!(
        &credential.facts, facts,
        "{case}: the facts come back exactly"
    );
    assert_eq!(credential.jwt, jwt);
    assert_eq!(credential.key_id, key.public().id());
}

#[test]
fn issued_facts_come_back_exactly() {
    for (n, learner) in LEARNERS.iter().enumerate() {
        check_round_trip(
            &facts(n as u8, learner.name, learner.authority),
            learner.lang,
        );
    }
    let mut odd = facts(9, "Zoë \"Zo\" O'Brien\n<b>&amp;</b> 😀", "");
    odd.modules = vec![];
    odd.study_seconds = 0;
    odd.issued_at_ms = 1_796_307_907_000; // whole seconds: validFrom has no fraction
    check_round_trip(&odd, "markup, quotes, emoji, no modules");
    odd.issued_at_ms = -1; // before 1970, one millisecond
    odd.study_seconds = u64::MAX;
    check_round_trip(&odd, "before 1970, the longest study time");
}

#[test]
fn the_header_and_payload_have_the_open_badges_3_shape() {
    let key = programme_key();
    let f = facts(1, "Hélène Ndiaye", "Commune de Diourbel");
    let (header, payload, _) = parts(&issue(&f, &key));
    assert_eq!(
        header,
        json!({"alg": "EdDSA", "typ": "JWT", "kid": key.public().id()})
    );
    let id = format!("urn:uuid:{}", f.id);
    let learner = format!("urn:uuid:{}", f.learner);
    assert_eq!(
        payload["@context"],
        json!([
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ])
    );
    assert_eq!(
        payload["type"],
        json!(["VerifiableCredential", "OpenBadgeCredential"])
    );
    assert_eq!(payload["id"], json!(id));
    assert_eq!(payload["jti"], json!(id));
    assert_eq!(payload["iss"], json!("https://lphm.example.org"));
    assert_eq!(
        payload["issuer"],
        json!({"id": "https://lphm.example.org", "type": ["Profile"], "name": f.issuer_name})
    );
    assert_eq!(payload["sub"], json!(learner));
    assert_eq!(payload["nbf"], json!(1_796_307_907));
    assert_eq!(payload["iat"], json!(1_796_307_907));
    assert_eq!(payload["validFrom"], json!("2026-12-03T14:25:07.123Z"));
    assert_eq!(payload["name"], json!(f.course_title));
    assert!(
        payload.get("vc").is_none(),
        "VC 2.0: the credential is the payload"
    );
    let subject = &payload["credentialSubject"];
    assert_eq!(subject["id"], json!(learner));
    assert_eq!(subject["type"], json!(["AchievementSubject"]));
    assert_eq!(subject["name"], json!("Hélène Ndiaye"));
    assert_eq!(
        subject["identifier"],
        json!([{"type": "IdentityObject", "identityHash": "Hélène Ndiaye", "identityType": "name", "hashed": false}])
    );
    let achievement = &subject["achievement"];
    assert_eq!(achievement["type"], json!(["Achievement"]));
    assert_eq!(
        achievement["achievementType"],
        json!("CertificateOfCompletion")
    );
    assert_eq!(
        achievement["id"],
        json!("https://lphm.example.org/courses/perceptions-communication-media")
    );
    assert_eq!(achievement["name"], json!(f.course_title));
    assert!(achievement["description"]
        .as_str()
        .unwrap()
        .contains(&f.course_title));
    let narrative = achievement["criteria"]["narrative"].as_str().unwrap();
    assert!(narrative.contains("every lesson") && narrative.contains("passed the quiz"));
    for module in &f.modules {
        assert!(narrative.contains(&format!("- {module}")), "{narrative}");
    }
    assert_eq!(
        subject["lphmCompletion"],
        json!({
            "course": "perceptions-communication-media",
            "authority": "Commune de Diourbel",
            "modules": f.modules,
            "studySeconds": f.study_seconds,
            "completedOn": "2026-12-03",
            "verifyUrl": f.verify_url,
        })
    );
}

#[test]
fn a_payload_edited_after_signing_is_refused() {
    let jwt = issue(
        &facts(1, "Jan De Smedt", "Stad Antwerpen"),
        &programme_key(),
    );
    let (header, mut payload, signature) = parts(&jwt);
    // One character of the name, re-encoded, the old signature kept.
    payload["credentialSubject"]["name"] = json!("Jan De Smedu");
    let forged = format!("{}.{}.{signature}", encode(&header), encode(&payload));
    assert!(matches!(
        verify(&forged, &[programme_key().public()]),
        Err(CertificateError::BadSignature)
    ));
    // And the untouched credential passes, so the refusal is about the edit.
    verify(&jwt, &[programme_key().public()]).unwrap();
}

#[test]
fn a_credential_signed_by_another_key_is_refused() {
    let f = facts(1, "Jan De Smedt", "Stad Antwerpen");
    let trusted = [programme_key().public()];
    let by_stranger = issue(&f, &stranger_key());
    match verify(&by_stranger, &trusted) {
        Err(CertificateError::UnknownKey { kid }) => assert_eq!(kid, stranger_key().public().id()),
        other => panic!("expected UnknownKey, got {other:?}"),
    }
    // The stranger claims the programme's key id: the signature gives it away.
    let (mut header, payload, _) = parts(&by_stranger);
    header["kid"] = json!(programme_key().public().id());
    let input = format!("{}.{}", encode(&header), encode(&payload));
    let forged = format!(
        "{input}.{}",
        B64URL.encode(stranger_key().sign(input.as_bytes()))
    );
    assert!(matches!(
        verify(&forged, &trusted),
        Err(CertificateError::BadSignature)
    ));
    // Nothing is trusted: nothing passes.
    assert!(matches!(
        verify(&issue(&f, &programme_key()), &[]),
        Err(CertificateError::UnknownKey { .. })
    ));
}

#[test]
fn only_eddsa_is_accepted() {
    let jwt = issue(
        &facts(1, "Jan De Smedt", "Stad Antwerpen"),
        &programme_key(),
    );
    let (header, payload, signature) = parts(&jwt);
    for alg in [
        "none", "HS256", "RS256", "ES256", "EdDSA ", "eddsa", "ED25519", "",
    ] {
        let mut other = header.clone();
        other["alg"] = json!(alg);
        // With the original signature, with a made-up one, and with none at all.
        for sig in [signature.as_str(), "c2lnbmF0dXJl", ""] {
            let token = format!("{}.{}.{sig}", encode(&other), encode(&payload));
            match verify(&token, &[programme_key().public()]) {
                Err(CertificateError::Algorithm { alg: got }) => assert_eq!(got, alg),
                other => panic!("alg {alg:?}: expected Algorithm, got {other:?}"),
            }
        }
    }
}

#[test]
fn garbage_is_refused_as_malformed() {
    let jwt = issue(
        &facts(1, "Jan De Smedt", "Stad Antwerpen"),
        &programme_key(),
    );
    let (header, payload, signature) = parts(&jwt);
    let h = encode(&header);
    let p = encode(&payload);
    let cases = [
        String::new(),
        "garbage".into(),
        "a.b".into(),
        format!("{jwt}.{signature}"),
        format!("{h}.{p}"),
        "!!!.###.$$$".into(),
        format!("{h}=.{p}.{signature}"),
        format!("{h}.{p}!.{signature}"),
        format!("{}.{p}.{signature}", B64URL.encode("not json")),
        format!("{}.{p}.{signature}", B64URL.encode("[\"EdDSA\"]")),
        format!(
            "{}.{p}.{signature}",
            encode(&json!({"alg": "EdDSA", "typ": "JWT"}))
        ),
        format!(
            "{}.{p}.{signature}",
            encode(&json!({"alg": "EdDSA", "kid": header["kid"], "typ": "JOSE+JSON"}))
        ),
        format!(
            "{}.{p}.{signature}",
            encode(&json!({"alg": "EdDSA", "kid": header["kid"], "crit": ["b64"]}))
        ),
        jwt.replace('.', ".."),
    ];
    for case in cases {
        match verify(&case, &[programme_key().public()]) {
            Err(CertificateError::Malformed { .. }) => {}
            other => panic!("{case:?}: expected Malformed, got {other:?}"),
        }
    }
}

#[test]
fn a_signed_payload_that_is_not_a_certificate_is_refused() {
    let jwt = issue(
        &facts(1, "Jan De Smedt", "Stad Antwerpen"),
        &programme_key(),
    );
    let (header, payload, _) = parts(&jwt);
    let edit = |f: &dyn Fn(&mut Value)| {
        let mut p = payload.clone();
        f(&mut p);
        signed(&header, &p)
    };
    let cases = [
        (
            "iss differs",
            edit(&|p| p["iss"] = json!("https://elsewhere.example")),
        ),
        (
            "jti differs",
            edit(&|p| p["jti"] = json!("urn:uuid:00000000-0000-0000-0000-000000000000")),
        ),
        (
            "sub differs",
            edit(&|p| p["sub"] = json!("urn:uuid:00000000-0000-0000-0000-000000000000")),
        ),
        ("nbf differs", edit(&|p| p["nbf"] = json!(0))),
        (
            "not a badge",
            edit(&|p| p["type"] = json!(["VerifiableCredential"])),
        ),
        ("no contexts", edit(&|p| p["@context"] = json!([]))),
        (
            "id not a uuid",
            edit(&|p| {
                p["id"] = json!("https://x.example/1");
                p["jti"] = json!("https://x.example/1");
            }),
        ),
        (
            "no lphmCompletion",
            edit(&|p| {
                p["credentialSubject"]
                    .as_object_mut()
                    .unwrap()
                    .remove("lphmCompletion");
            }),
        ),
        (
            "completedOn not a date",
            edit(&|p| {
                p["credentialSubject"]["lphmCompletion"]["completedOn"] = json!("3 December")
            }),
        ),
        (
            "validFrom not a time",
            edit(&|p| p["validFrom"] = json!("yesterday")),
        ),
        ("payload not an object", signed(&header, &json!([1, 2, 3]))),
    ];
    for (what, token) in cases {
        match verify(&token, &[programme_key().public()]) {
            Err(CertificateError::Payload { .. }) => {}
            other => panic!("{what}: expected Payload, got {other:?}"),
        }
    }
    // The same route with the payload unchanged passes: the refusals are about the content.
    verify(&signed(&header, &payload), &[programme_key().public()]).unwrap();
}
