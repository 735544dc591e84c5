//! Packages cut short, as an interrupted copy or download leaves them: every cut is
//! refused, and reported as a cut rather than as some other damage.

use lphm_package::verify;

use crate::craft::{gzip, tar, Parts};
use crate::fixture::{read_all, trust, valid_package};

/// Bytes that do not compress, so a file's data spans many gzip blocks.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// The fixture course plus a 64 KiB media file that does not compress, signed and packed.
fn larger_package() -> Vec<u8> {
    let mut parts = Parts::of_course();
    let data = noise(64 * 1024);
    parts.manifest.files.push(lphm_package::FileEntry {
        path: "media/noise.bin".into(),
        size: data.len() as u64,
        sha256: hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&data)),
    });
    parts.files.push(("media/noise.bin".into(), data));
    crate::craft::package(&parts.entries())
}

/// The gzip header of our packages is 10 bytes (no name, no extra field): a cut inside it
/// is reported by the gzip layer before anything is known to be a package.
const GZIP_HEADER: usize = 10;

/// `check_cuts(package, cuts)`: every prefix `package[..cut]` is refused as truncated.
fn check_cuts(package: &[u8], cuts: impl IntoIterator<Item = usize>) {
    let mut checked = 0;
    for cut in cuts {
        assert!(cut < package.len());
        let result = verify(&package[..cut], &trust());
        let code = match &result {
            Ok(_) => panic!("cut at {cut} of {} verified", package.len()),
            Err(e) => e.code(),
        };
        if cut < GZIP_HEADER {
            assert!(
                matches!(code, "package-truncated" | "package-not-a-package"),
                "cut at {cut} (inside the gzip header): {code}"
            );
        } else {
            assert_eq!(
                code,
                "package-truncated",
                "cut at {cut} of {}",
                package.len()
            );
        }
        checked += 1;
    }
    assert!(checked > 0);
}

#[test]
fn cuts_through_a_small_package_are_refused_as_truncated() {
    // Every 7th byte (ed25519 checks are slow in debug builds), and every byte of the gzip
    // header and of the last blocks and trailer.
    let package = valid_package();
    let len = package.len();
    check_cuts(
        &package,
        (0..len).step_by(7).chain(0..16).chain(len - 48..len),
    );
}

#[test]
fn cuts_through_a_larger_package_are_refused_as_truncated() {
    let package = larger_package();
    assert!(package.len() > 64 * 1024, "the noise did not compress");
    let (ok, _) = read_all(&package);
    ok.unwrap();
    let len = package.len();
    let cuts = (0..len)
        .step_by(997)
        .chain(len - 64..len)
        .chain([len / 2, len - 1]);
    check_cuts(&package, cuts);
}

#[test]
fn an_empty_file_is_refused() {
    let err = verify(&b""[..], &trust()).unwrap_err();
    assert_eq!(err.code(), "package-truncated");
}

#[test]
fn a_tar_cut_short_inside_a_valid_gzip_stream_never_loses_a_file_silently() {
    // Here the gzip stream is whole but the tar inside it stops early. Whatever the cut, the
    // reader either refuses, or (when only the end-of-archive blocks are gone) returns the
    // full signed manifest with every file intact.
    let parts = Parts::of_course();
    let whole = tar(&parts.entries(), 0);
    let (expected, expected_files) = read_all(&gzip(&whole));
    let expected = expected.unwrap();
    let end_of_last_file = whole.len() - 1024;
    let cuts = (0..whole.len()).step_by(97).chain([
        end_of_last_file - 1,
        end_of_last_file,
        end_of_last_file + 1,
    ]);
    for cut in cuts {
        let package = gzip(&whole[..cut]);
        let (result, sink) = read_all(&package);
        // Refusing is always right here, as damage or as a cut, never as a read failure of
        // the file (the code varies with where the cut falls).
        if let Err(e) = &result {
            assert!(
                matches!(e.code(), "package-not-a-package" | "package-truncated"),
                "cut at {cut}: {e}"
            );
        }
        if let Ok(v) = result {
            assert!(cut >= end_of_last_file, "cut at {cut} verified");
            assert_eq!(v.manifest, expected.manifest);
            assert_eq!(sink.files, expected_files.files);
        }
    }
}
