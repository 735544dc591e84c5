//! Offline bundles: what is written is read back exactly; a changed byte, another key or
//! another file is refused with its reason.

use ed25519_dalek::SigningKey;
use lphm_sync::bundle::{self, BundleBody, BundleError};
use lphm_sync::wire::Block;
use uuid::Uuid;

use crate::wire::typical_events;

fn body(key: &SigningKey) -> BundleBody {
    let device = Uuid::from_u128(0xD);
    BundleBody {
        learner: Some(Uuid::from_u128(0x1EA)),
        device,
        device_key: key.verifying_key().to_bytes(),
        learner_name: "Awa Ndiaye".into(),
        created_ms: 1_790_000_000_000,
        events: Block::encode(&typical_events(device, 50, 1_790_000_000_000)),
    }
}

#[test]
fn a_bundle_reads_back_as_written() {
    let key = SigningKey::from_bytes(&[5u8; 32]);
    let body = body(&key);
    assert_eq!(bundle::read(&bundle::write(&body, &key)).unwrap(), body);
}

#[test]
fn every_changed_byte_is_refused() {
    let key = SigningKey::from_bytes(&[5u8; 32]);
    let bytes = bundle::write(&body(&key), &key);
    for i in (0..bytes.len()).step_by(7) {
        let mut bad = bytes.clone();
        bad[i] ^= 0x40;
        let expected = if i < bundle::MAGIC.len() {
            BundleError::NotABundle
        } else {
            BundleError::BadSignature
        };
        assert_eq!(bundle::read(&bad), Err(expected), "byte {i} changed");
    }
    assert_eq!(
        bundle::read(&bytes[..bytes.len() - 1]),
        Err(BundleError::BadSignature)
    );
    assert!(matches!(
        bundle::read(&bytes[..40]),
        Err(BundleError::Damaged(_))
    ));
    assert_eq!(
        bundle::read(b"PK\x03\x04 a zip file"),
        Err(BundleError::NotABundle)
    );
}

#[test]
fn a_bundle_signed_by_another_key_than_it_names_is_refused() {
    let key = SigningKey::from_bytes(&[5u8; 32]);
    let other = SigningKey::from_bytes(&[6u8; 32]);
    assert_eq!(
        bundle::read(&bundle::write(&body(&key), &other)),
        Err(BundleError::BadSignature)
    );
}
