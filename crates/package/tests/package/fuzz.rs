//! Property tests of the reader on hostile input: random bytes, random bytes behind a
//! valid signed head, and a valid package with random mutations. The reader must never
//! panic, and a mutated package either is refused or reads back as exactly the original.
//! (`fuzz/` at the workspace root runs the same reader under cargo-fuzz.)

use std::collections::BTreeMap;
use std::sync::LazyLock;

use lphm_package::{verify, PackageManifest};
use proptest::prelude::*;
use proptest::sample::Index;

use crate::craft::{gzip, head, manifest_json, tar, Parts};
use crate::fixture::{read_all, trust, valid_package};

struct Original {
    package: Vec<u8>,
    /// The tar stream of the signed manifest and signature alone, without end blocks.
    head: Vec<u8>,
    manifest: PackageManifest,
    files: BTreeMap<String, Vec<u8>>,
}

static ORIGINAL: LazyLock<Original> = LazyLock::new(|| {
    let package = valid_package();
    let (result, sink) = read_all(&package);
    let mut head = tar(&head(&manifest_json(&Parts::of_course().manifest)), 0);
    head.truncate(head.len() - 1024);
    Original {
        head,
        manifest: result.unwrap().manifest,
        files: sink.files,
        package,
    }
});

#[derive(Clone, Debug)]
enum Mutation {
    Flip(Index, u8),
    Overwrite(Index, u8),
    Insert(Index, Vec<u8>),
    Remove(Index, usize),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 0u8..8).prop_map(|(i, bit)| Mutation::Flip(i, bit)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Overwrite(i, b)),
        (any::<Index>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<Index>(), 1usize..64).prop_map(|(i, n)| Mutation::Remove(i, n)),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    let len = bytes.len();
    match m {
        Mutation::Flip(i, bit) => bytes[i.index(len)] ^= 1 << bit,
        Mutation::Overwrite(i, b) => bytes[i.index(len)] = *b,
        Mutation::Insert(i, b) => {
            let at = i.index(bytes.len() + 1);
            bytes.splice(at..at, b.iter().copied());
        }
        Mutation::Remove(i, n) => {
            let at = i.index(bytes.len());
            bytes.drain(at..(at + n).min(bytes.len()));
        }
        Mutation::Truncate(i) => bytes.truncate(i.index(bytes.len())),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_are_refused(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        prop_assert!(verify(&bytes[..], &trust()).is_err());
        // The same bytes inside a well-formed gzip stream reach the tar reader.
        prop_assert!(verify(&gzip(&bytes)[..], &trust()).is_err());
    }

    #[test]
    fn random_bytes_after_a_valid_signed_head_are_refused(
        tail in prop::collection::vec(any::<u8>(), 0..4096),
        zero_blocks in 0usize..3,
    ) {
        // Past the signature check, every check after it is exercised with junk.
        let mut stream = ORIGINAL.head.clone();
        stream.extend_from_slice(&tail);
        stream.resize(stream.len() + 512 * zero_blocks, 0);
        prop_assert!(verify(&gzip(&stream)[..], &trust()).is_err());
    }

    #[test]
    fn a_mutated_package_is_refused_or_reads_back_unchanged(
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let original = &*ORIGINAL;
        let mut bytes = original.package.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let (result, sink) = read_all(&bytes);
        if let Ok(verified) = result {
            // Only bytes that carry no meaning were hit (the gzip header's time or OS,
            // bytes after the gzip stream): what comes out is the signed original.
            prop_assert_eq!(&verified.manifest, &original.manifest);
            prop_assert_eq!(&sink.files, &original.files);
        }
    }

    #[test]
    fn a_truncated_package_is_always_refused(cut in any::<Index>()) {
        let package = &ORIGINAL.package;
        let cut = cut.index(package.len());
        prop_assert!(verify(&package[..cut], &trust()).is_err(), "cut at {}", cut);
    }
}
