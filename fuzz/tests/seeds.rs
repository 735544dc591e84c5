//! The seed corpora: every seed is made by `lphm_fuzz`'s seed functions and behaves as
//! its name says (`valid-*` accepted, `refused-*` refused). `LPHM_WRITE_SEEDS=1 cargo test`
//! in `fuzz/` rewrites `corpus/<target>/` from them.

use std::fs;
use std::path::PathBuf;

use lphm_fuzz::{package_reader, sync_body, sync_seeds};

type Target = fn(&[u8]) -> bool;

fn check(target: &str, run: Target, seeds: Vec<(String, Vec<u8>)>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    let write = std::env::var_os("LPHM_WRITE_SEEDS").is_some_and(|v| v == "1");
    if write {
        fs::create_dir_all(&dir).unwrap();
    }
    for (name, input) in seeds {
        let accepted = run(&input);
        if name.starts_with("valid-") {
            assert!(accepted, "{target}/{name}: a valid seed was refused");
        } else if name.starts_with("refused-") {
            assert!(!accepted, "{target}/{name}: a refused seed was accepted");
        }
        let path = dir.join(&name);
        if write {
            fs::write(&path, &input).unwrap();
        } else {
            assert_eq!(
                fs::read(&path).ok().as_deref(),
                Some(&input[..]),
                "{} differs from its seed function: run `LPHM_WRITE_SEEDS=1 cargo test` in fuzz/",
                path.display()
            );
        }
    }
}

#[test]
fn package_reader_seeds() {
    check(
        "package_reader",
        package_reader::package_reader,
        package_reader::seeds(),
    );
}

#[test]
fn sync_body_seeds() {
    check("sync_body", sync_body::sync_body, sync_seeds());
}
