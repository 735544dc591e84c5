//! Offline bundles: importing one twice changes nothing; a tampered file or one signed by
//! a key the device did not register is refused.

use ed25519_dalek::SigningKey;
use lphm_progress::Event;
use lphm_server::admin::{self, ImportError};
use lphm_sync::bundle::{self, BundleBody, BundleError};
use lphm_sync::wire::Block;
use uuid::Uuid;

use crate::harness::{keys, on_both_backends, Kind, TestDevice, TestServer, T0};

on_both_backends!(
    import_twice_changes_nothing,
    tampered_bundle_is_refused,
    wrong_key_is_refused,
    unknown_device_needs_a_learner,
    a_laptop_of_another_learner_is_refused,
    a_revoked_laptops_file_is_refused,
    a_second_profile_on_a_shared_laptop_is_imported
);

/// The bundle `device` writes of its events `seqs`, signed with `key`.
pub fn bundle_of(
    device: &TestDevice,
    learner: Option<Uuid>,
    seqs: std::ops::RangeInclusive<u64>,
    key: &SigningKey,
) -> Vec<u8> {
    signed_bundle(device, learner, &device.events(seqs), key)
}

/// The bundle `device` writes of `events`, signed with its own key.
pub fn bundle_of_events(device: &TestDevice, learner: Option<Uuid>, events: &[Event]) -> Vec<u8> {
    signed_bundle(device, learner, events, &device.key)
}

fn signed_bundle(
    device: &TestDevice,
    learner: Option<Uuid>,
    events: &[Event],
    key: &SigningKey,
) -> Vec<u8> {
    bundle::write(
        &BundleBody {
            learner,
            device: device.id,
            device_key: key.verifying_key().to_bytes(),
            learner_name: "Someone".into(),
            created_ms: T0,
            events: Block::encode(events),
        },
        key,
    )
}

async fn import_twice_changes_nothing(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Amina").await;
    let other = s.device(learner).await;
    s.push(&device, &device.events(1..=3)).await.unwrap();
    let file = bundle_of(&device, Some(learner), 1..=8, &device.key);

    let first = admin::import_bundle(s.backend(), &file, None, T0)
        .await
        .unwrap();
    assert_eq!(
        (first.learner, first.new, first.existing, first.registered),
        (learner, 5, 3, false)
    );
    let stored = s.stored(learner).await;
    let second = admin::import_bundle(s.backend(), &file, None, T0)
        .await
        .unwrap();
    assert_eq!((second.new, second.existing), (0, 8));
    assert_eq!(
        s.stored(learner).await,
        stored,
        "the second import changed nothing"
    );
    // The device's `acked` reflects the import, and the other device pulls it all.
    assert_eq!(s.push(&device, &[]).await.unwrap().acked, 8);
    let (pulled, _) = s.pull_all(&other, 0, 0).await;
    assert_eq!(keys(&pulled), keys(&device.events(1..=8)));
}

async fn tampered_bundle_is_refused(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Ben").await;
    let file = bundle_of(&device, Some(learner), 1..=4, &device.key);
    for at in [bundle::MAGIC.len() + 3, file.len() / 2, file.len() - 1] {
        let mut bad = file.clone();
        bad[at] ^= 0x20;
        let err = admin::import_bundle(s.backend(), &bad, None, T0)
            .await
            .unwrap_err();
        assert!(
            matches!(
                err,
                ImportError::Bundle(BundleError::BadSignature | BundleError::Damaged(_))
            ),
            "byte {at}: {err:?}"
        );
    }
    let err = admin::import_bundle(s.backend(), b"LPHM-BUNDLE 2\nxx", None, T0)
        .await
        .unwrap_err();
    assert!(
        matches!(err, ImportError::Bundle(BundleError::NotABundle)),
        "{err:?}"
    );
    assert!(s.stored(learner).await.is_empty());
}

async fn wrong_key_is_refused(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, device) = s.enrolled("Chen").await;
    // Validly signed, but by a key that is not the one the device registered.
    let stranger = SigningKey::from_bytes(&rand::random());
    let file = bundle_of(&device, Some(learner), 1..=4, &stranger);
    let err = admin::import_bundle(s.backend(), &file, Some(learner), T0)
        .await
        .unwrap_err();
    assert!(
        matches!(err, ImportError::KeyMismatch(d) if d == device.id),
        "{err:?}"
    );
    assert!(err.to_string().contains("did not register"), "{err}");
    assert!(s.stored(learner).await.is_empty());
}

async fn unknown_device_needs_a_learner(kind: Kind) {
    let s = TestServer::start(kind).await;
    let learner = s.learner("Dara").await;
    let laptop = TestDevice::new();
    let file = bundle_of(&laptop, None, 1..=3, &laptop.key);
    let err = admin::import_bundle(s.backend(), &file, None, T0)
        .await
        .unwrap_err();
    assert!(matches!(err, ImportError::NeedLearner(_)), "{err:?}");
    let done = admin::import_bundle(s.backend(), &file, Some(learner), T0)
        .await
        .unwrap();
    assert_eq!((done.registered, done.new), (true, 3));
    let registered = s
        .backend()
        .device(learner, laptop.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (registered.name.as_str(), registered.key, registered.acked),
        ("bundle", laptop.key.verifying_key().to_bytes(), 3)
    );
    // From now on the device's key is known: another key is refused.
    let stranger = SigningKey::from_bytes(&rand::random());
    let err = admin::import_bundle(
        s.backend(),
        &bundle_of(&laptop, None, 1..=4, &stranger),
        None,
        T0,
    )
    .await
    .unwrap_err();
    assert!(matches!(err, ImportError::KeyMismatch(_)), "{err:?}");
}

/// Learner A's laptop, its file imported by mistake with `--learner B`: refused, nothing
/// registered for B, nothing copied. (Before, the laptop was registered for B and A's
/// events were copied into B's progress.)
async fn a_laptop_of_another_learner_is_refused(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (amina, laptop) = s.enrolled("Amina").await;
    let ben = s.learner("Ben").await;
    s.push(&laptop, &laptop.events(1..=2)).await.unwrap();
    for file in [
        bundle_of(&laptop, Some(amina), 1..=5, &laptop.key),
        // The file does not say whose it is, but holds events the server has for Amina.
        bundle_of(&laptop, None, 1..=5, &laptop.key),
    ] {
        let err = admin::import_bundle(s.backend(), &file, Some(ben), T0)
            .await
            .unwrap_err();
        assert!(
            matches!(err, ImportError::OtherLearner { owner, named, .. } if owner == amina && named == ben),
            "{err:?}"
        );
        assert!(err.to_string().contains("nothing was imported"), "{err}");
    }
    assert!(s.stored(ben).await.is_empty());
    assert!(s.backend().device(ben, laptop.id).await.unwrap().is_none());
    assert_eq!(s.stored(amina).await.len(), 2);
}

/// A lost laptop is revoked: a progress file from it is refused too.
async fn a_revoked_laptops_file_is_refused(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (learner, laptop) = s.enrolled("Chen").await;
    s.push(&laptop, &laptop.events(1..=2)).await.unwrap();
    admin::revoke_device(s.backend(), laptop.id, None)
        .await
        .unwrap();
    let file = bundle_of(&laptop, Some(learner), 1..=6, &laptop.key);
    for named in [None, Some(learner)] {
        let err = admin::import_bundle(s.backend(), &file, named, T0)
            .await
            .unwrap_err();
        assert!(
            matches!(err, ImportError::Revoked { device, .. } if device == laptop.id),
            "{err:?}"
        );
    }
    assert_eq!(s.stored(learner).await.len(), 2, "nothing more stored");
}

/// Two officials share an office laptop: one enrolled, the other never. The second's
/// file (same laptop and key, events of their own) is imported for them.
async fn a_second_profile_on_a_shared_laptop_is_imported(kind: Kind) {
    let s = TestServer::start(kind).await;
    let (amina, laptop) = s.enrolled("Amina").await;
    s.push(&laptop, &laptop.events(1..=3)).await.unwrap();
    let ben = s.learner("Ben").await;
    // Ben's profile numbers its own events 1, 2… on the same laptop: other contents.
    let events: Vec<_> = laptop
        .events(1..=4)
        .into_iter()
        .map(|mut e| {
            e.at_ms += 3_600_000;
            e
        })
        .collect();
    let file = bundle_of_events(&laptop, None, &events);
    let done = admin::import_bundle(s.backend(), &file, Some(ben), T0)
        .await
        .unwrap();
    assert_eq!((done.learner, done.registered, done.new), (ben, true, 4));
    assert_eq!(s.stored(amina).await.len(), 3);
    assert_eq!(s.stored(ben).await.len(), 4);
}
