//! Who signed a package: a signature that does not match, a key the laptop does not
//! trust, and the trust list itself.

use lphm_package::{verify, PublicKey, SecretKey, MANIFEST_NAME, SIGNATURE_NAME};

use crate::craft::{check, manifest_json, package, sig_file, sign, Entry, Parts};
use crate::fixture::{publisher, stranger, trust, valid_package};

/// The valid fixture package with its signature entry replaced by `sig`.
fn with_signature(sig: Vec<u8>) -> Vec<u8> {
    let parts = Parts::of_course();
    let mut entries = parts.entries();
    entries[1] = Entry::file(SIGNATURE_NAME, sig);
    package(&entries)
}

#[test]
fn a_signature_that_does_not_match_the_manifest_is_refused() {
    let parts = Parts::of_course();
    let manifest = manifest_json(&parts.manifest);
    let id = publisher().public().id();
    let good = publisher().sign(&manifest);

    let mut flipped = good;
    flipped[10] ^= 0x01;
    let mut flipped_s = good;
    flipped_s[63] ^= 0x01; // in the scalar half: strict verification refuses it too
    let other_message = publisher().sign(b"some other manifest");
    let by_stranger_claiming_publisher = stranger().sign(&manifest);

    for (what, sig) in [
        ("a flipped bit", sig_file(&id, "ed25519", &flipped)),
        ("a flipped bit in s", sig_file(&id, "ed25519", &flipped_s)),
        (
            "the signature of another message",
            sig_file(&id, "ed25519", &other_message),
        ),
        (
            "another key's signature under the publisher's id",
            sig_file(&id, "ed25519", &by_stranger_claiming_publisher),
        ),
        ("a short signature", sig_file(&id, "ed25519", &good[..63])),
        ("an empty signature", sig_file(&id, "ed25519", &[])),
        ("all zeros", sig_file(&id, "ed25519", &[0u8; 64])),
        ("another algorithm", sig_file(&id, "rsa", &good)),
        (
            "signature that is not base64",
            format!(r#"{{"key":"{id}","algorithm":"ed25519","signature":"!!not base64!!"}}"#)
                .into_bytes(),
        ),
    ] {
        check(what, &with_signature(sig), "package-bad-signature");
    }
}

#[test]
fn a_manifest_changed_after_signing_is_refused() {
    let parts = Parts::of_course();
    let signed = manifest_json(&parts.manifest);
    let mut changed = parts.manifest.clone();
    changed.version += 1;
    let mut entries = parts.entries();
    // The old signature, over a manifest that now says something else.
    entries[0] = Entry::file(MANIFEST_NAME, manifest_json(&changed));
    entries[1] = Entry::file(SIGNATURE_NAME, sign(&signed, &publisher()));
    check(
        "version bumped",
        &package(&entries),
        "package-bad-signature",
    );

    // One more byte of whitespace is still a change: the signature covers exact bytes.
    let mut padded = signed.clone();
    padded.push(b'\n');
    entries[0] = Entry::file(MANIFEST_NAME, padded);
    check(
        "whitespace added",
        &package(&entries),
        "package-bad-signature",
    );
}

#[test]
fn a_package_signed_by_an_untrusted_key_is_refused() {
    let parts = Parts::of_course();
    let package_by_stranger = package(&parts.entries_signed_by(&stranger()));
    check(
        "signed by a stranger",
        &package_by_stranger,
        "package-unknown-key",
    );

    let err = verify(&package_by_stranger[..], &trust()).unwrap_err();
    assert!(
        err.to_string().contains(&stranger().public().id()),
        "the message names the key so a person can look it up: {err}"
    );

    // A key id that names no key at all.
    let manifest = manifest_json(&parts.manifest);
    for id in ["", "0000000000000000", "not a key id"] {
        let sig = sig_file(id, "ed25519", &publisher().sign(&manifest));
        check(id, &with_signature(sig), "package-unknown-key");
    }
}

#[test]
fn the_trust_list_decides_which_packages_verify() {
    let package = valid_package();
    let many: Vec<PublicKey> = (0u8..5)
        .map(|i| SecretKey::from_seed("other", [i; 32]).public())
        .chain([publisher().public()])
        .collect();

    let ok = verify(&package[..], &trust()).unwrap();
    assert_eq!(ok.signer, publisher().public());
    let ok = verify(&package[..], &many).unwrap();
    assert_eq!(ok.signer.id(), publisher().public().id());

    for (what, list) in [
        ("an empty trust list", Vec::<PublicKey>::new()),
        ("only other keys", vec![stranger().public()]),
    ] {
        let err = verify(&package[..], &list).unwrap_err();
        assert_eq!(err.code(), "package-unknown-key", "{what}");
    }
}

#[test]
fn a_signature_file_that_is_not_json_is_not_a_package() {
    for sig in [
        &b""[..],
        b"not json",
        br#"{"key":"k","algorithm":"ed25519"}"#,
        br#"{"key":"k","algorithm":"ed25519","signature":"","extra":1}"#,
    ] {
        check(
            &String::from_utf8_lossy(sig),
            &with_signature(sig.to_vec()),
            "package-not-a-package",
        );
    }
}
