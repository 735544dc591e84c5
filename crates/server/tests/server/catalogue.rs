//! The catalogue lists signed packages only, and downloads honour `Range`.

use lphm_sync::protocol::{codes, Catalogue};
use sha2::{Digest, Sha256};

use crate::harness::{on_both_backends, Kind, Refusal, TestServer};

on_both_backends!(catalogue_lists_signed_packages, download_honours_range);

const PACKAGE: &str = "starter-communication.lphm";

/// The key the test's packages are signed with; the server is told to trust it.
fn publisher() -> lphm_package::SecretKey {
    lphm_package::SecretKey::from_seed("Catalogue test publisher", [7; 32])
}

/// The starter course, packed from courses/ (packing is reproducible: same bytes each call).
fn package_bytes() -> Vec<u8> {
    let mut bytes = Vec::new();
    let dir = lphm_test_support::workspace_root().join("courses/starter");
    lphm_package::pack(&dir, &publisher(), &mut bytes).unwrap();
    bytes
}

/// A server offering the real signed package, a corrupted copy and a stray file.
async fn with_catalogue(kind: Kind) -> TestServer {
    TestServer::start_with(kind, |config, test_dir| {
        let dir = test_dir.join("catalogue");
        std::fs::create_dir_all(&dir).unwrap();
        let bytes = package_bytes();
        std::fs::write(dir.join(PACKAGE), &bytes).unwrap();
        let mut broken = bytes.clone();
        let at = broken.len() / 2;
        broken[at] ^= 0xff;
        std::fs::write(dir.join("broken.lphm"), broken).unwrap();
        std::fs::write(dir.join("notes.txt"), "not a package").unwrap();
        config.catalogue_dir = Some(dir);
        config.trust = vec![publisher().public()];
    })
    .await
}

async fn catalogue_lists_signed_packages(kind: Kind) {
    let s = with_catalogue(kind).await;
    let (_, device) = s.enrolled("Amina").await;
    let res = s
        .http
        .get(s.endpoint("/v1/catalogue"))
        .bearer_auth(&device.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let catalogue: Catalogue = res.json().await.unwrap();
    assert_eq!(
        catalogue.packages.len(),
        1,
        "the corrupted copy is left out: {catalogue:?}"
    );
    let entry = &catalogue.packages[0];
    let bytes = package_bytes();
    assert_eq!(entry.file, PACKAGE);
    assert_eq!(entry.course, "starter-communication");
    assert!(entry.version >= 1);
    assert!(!entry.title.is_empty());
    assert_eq!(entry.size, bytes.len() as u64);
    assert_eq!(entry.sha256, hex::encode(Sha256::digest(&bytes)));
}

async fn download_honours_range(kind: Kind) {
    let s = with_catalogue(kind).await;
    let (_, device) = s.enrolled("Ben").await;
    let bytes = package_bytes();
    let url = s.endpoint(&format!("/v1/packages/{PACKAGE}"));

    let whole = s
        .http
        .get(&url)
        .bearer_auth(&device.token)
        .send()
        .await
        .unwrap();
    assert_eq!(whole.status(), 200);
    assert_eq!(whole.headers()["accept-ranges"], "bytes");
    assert_eq!(whole.bytes().await.unwrap(), bytes);

    let from = bytes.len() / 3;
    let tail = s
        .http
        .get(&url)
        .bearer_auth(&device.token)
        .header("range", format!("bytes={from}-"))
        .send()
        .await
        .unwrap();
    assert_eq!(tail.status(), 206);
    assert_eq!(
        tail.headers()["content-range"],
        format!("bytes {from}-{}/{}", bytes.len() - 1, bytes.len()).as_str()
    );
    assert_eq!(
        tail.bytes().await.unwrap(),
        bytes[from..],
        "exactly the tail"
    );

    for name in [
        "nothing.lphm",
        "broken.lphm",
        "notes.txt",
        "..%2F..%2FCargo.toml",
        "%2E%2E",
        "..%2Fnotes.txt",
    ] {
        let res = s
            .http
            .get(s.endpoint(&format!("/v1/packages/{name}")))
            .bearer_auth(&device.token)
            .send()
            .await
            .unwrap();
        Refusal::read(res).await.expect(404, codes::NOT_FOUND);
    }
}
