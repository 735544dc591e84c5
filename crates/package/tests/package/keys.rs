//! Publisher key files: they round-trip, key ids are stable, and a damaged key file is
//! refused as `package-bad-key`.

use lphm_package::{key_id, PublicKey, SecretKey};
use sha2::{Digest, Sha256};

use crate::fixture::{publisher, stranger};

#[test]
fn key_files_round_trip() {
    for key in [
        publisher(),
        stranger(),
        SecretKey::from_seed("Ünïcode «name»", [0u8; 32]),
    ] {
        let secret = SecretKey::parse(&key.to_file()).unwrap();
        assert_eq!(secret.name, key.name);
        assert_eq!(secret.public(), key.public());
        assert_eq!(secret.to_file(), key.to_file());
        // Same seed, same signatures (ed25519 is deterministic).
        assert_eq!(secret.sign(b"manifest"), key.sign(b"manifest"));

        let public = PublicKey::parse(&key.public().to_file()).unwrap();
        assert_eq!(public, key.public());
        assert_eq!(public.to_file(), key.public().to_file());
        public.verify(b"manifest", &key.sign(b"manifest")).unwrap();
    }
}

#[test]
fn the_secret_key_file_never_appears_in_debug_output() {
    let key = publisher();
    let seed_b64 = serde_json::from_str::<serde_json::Value>(&key.to_file()).unwrap()["seed"]
        .as_str()
        .unwrap()
        .to_string();
    let debug = format!("{key:?}");
    assert!(!debug.contains(&seed_b64), "{debug}");
    assert!(debug.contains(&key.public().id()), "{debug}");
}

#[test]
fn key_ids_are_stable() {
    // Trust lists store ids: they must never change for a given key. The public key of
    // seed [7; 32] and its id, as first computed; the id is the first 8 bytes of the
    // public key's sha256, in hex.
    let public = publisher().public();
    let id = public.id();
    assert_eq!(id, key_id(&public.bytes()));
    assert_eq!(id, hex::encode(&Sha256::digest(public.bytes())[..8]));
    assert_eq!(id.len(), 16);
    assert_eq!(
        hex::encode(public.bytes()),
        "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
    );
    assert_eq!(id, STABLE_ID);
    // The name is not part of the id.
    assert_eq!(SecretKey::from_seed("Renamed", [7u8; 32]).public().id(), id);
    assert_ne!(stranger().public().id(), id);
}

const STABLE_ID: &str = "fe812c12f3ab4ce6";

#[test]
fn a_damaged_key_file_is_refused() {
    let good_secret = publisher().to_file();
    let good_public = publisher().public().to_file();
    let secret_rows: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("not json", "seed".into()),
        ("a public key file", good_public.clone()),
        (
            "version 2",
            good_secret.replace("\"lphm_secret_key\": 1", "\"lphm_secret_key\": 2"),
        ),
        (
            "unknown field",
            good_secret.replacen('{', "{\"extra\": 1,", 1),
        ),
        (
            "seed not base64",
            r#"{"lphm_secret_key":1,"name":"n","seed":"***"}"#.into(),
        ),
        (
            "seed too short",
            format!(
                r#"{{"lphm_secret_key":1,"name":"n","seed":"{}"}}"#,
                b64(&[1; 31])
            ),
        ),
        (
            "seed too long",
            format!(
                r#"{{"lphm_secret_key":1,"name":"n","seed":"{}"}}"#,
                b64(&[1; 33])
            ),
        ),
        (
            "no name",
            format!(r#"{{"lphm_secret_key":1,"seed":"{}"}}"#, b64(&[1; 32])),
        ),
    ];
    for (what, text) in secret_rows {
        let err = SecretKey::parse(&text).unwrap_err();
        assert_eq!(err.code(), "package-bad-key", "secret, {what}: {err}");
    }

    let public_rows: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("a secret key file", good_secret.clone()),
        (
            "version 0",
            good_public.replace("\"lphm_public_key\": 1", "\"lphm_public_key\": 0"),
        ),
        (
            "key too short",
            format!(
                r#"{{"lphm_public_key":1,"name":"n","key":"{}"}}"#,
                b64(&[1; 16])
            ),
        ),
        (
            "key not base64",
            r#"{"lphm_public_key":1,"name":"n","key":"%%%"}"#.into(),
        ),
        // No point of the curve has y = 2: the x it needs has no square root.
        (
            "not a curve point",
            format!(
                r#"{{"lphm_public_key":1,"name":"n","key":"{}"}}"#,
                b64(&not_a_point())
            ),
        ),
    ];
    for (what, text) in public_rows {
        let err = PublicKey::parse(&text).unwrap_err();
        assert_eq!(err.code(), "package-bad-key", "public, {what}: {err}");
    }
}

fn b64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn not_a_point() -> [u8; 32] {
    let mut b = [0u8; 32];
    b[0] = 2;
    b
}
