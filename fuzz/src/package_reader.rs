//! The package reader under attack: the body of the `package_reader` fuzz target, also run
//! by `crates/package/tests/fuzz_seeds.rs` over the committed seeds and regressions.
//!
//! Random bytes never carry a valid signature, so most inputs *build* a package: the first
//! byte chooses how the rest is read.
//!
//! - `% 4 == 0`: the rest is the package file itself.
//! - `% 4 == 1`: the rest is a tar stream, gzip-compressed here (the tar layer gets the
//!   fuzzer's mutations instead of the gzip checksum).
//! - otherwise: the rest describes a package that is built and signed with the trusted
//!   test key: manifest fields, files, and lies (wrong sizes and hashes, missing, repeated
//!   or unlisted entries, odd entry types and names, raw manifest or signature bytes,
//!   bytes poked into tar headers with or without a fixed checksum, junk or zeros after
//!   the end, a cut or damaged gzip stream). So the reader's checks after the signature
//!   (manifest parsing, paths, sizes, hashes, the trailer) all see hostile input.
//!
//! Whatever the input, the reader must return, never panic. When it accepts a package,
//! every listed file must have reached the sink once with its signed size and hash; when
//! the input built an honest package, the reader must accept it with exactly those files.
//!
//! Self-contained (only `lphm_package` and the package tests' dev-dependencies), so the
//! package crate's tests can include it with `#[path]`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::sync::LazyLock;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use flate2::write::GzEncoder;
use flate2::Compression;
use lphm_package::{
    read_package, FileEntry, PackageError, PublicKey, SecretKey, Sink, Verified, MANIFEST_NAME,
    SIGNATURE_NAME,
};
use sha2::{Digest, Sha256};

/// The key packages are signed with: the package tests' publisher.
pub fn publisher() -> SecretKey {
    SecretKey::from_seed("Test publisher", [7u8; 32])
}

/// A key the reader does not trust.
fn stranger() -> SecretKey {
    SecretKey::from_seed("Someone else", [9u8; 32])
}

static TRUST: LazyLock<Vec<PublicKey>> = LazyLock::new(|| vec![publisher().public()]);
static PUBLISHER: LazyLock<SecretKey> = LazyLock::new(publisher);
static STRANGER: LazyLock<SecretKey> = LazyLock::new(stranger);

/// Runs one input; returns whether the reader accepted the package. Panics when the
/// reader panics or breaks its promises.
pub fn package_reader(data: &[u8]) -> bool {
    let Some((&mode, rest)) = data.split_first() else {
        return false;
    };
    match mode % 4 {
        0 => read(rest).is_ok(),
        1 => read(&gzip(rest, Compression::none())).is_ok(),
        _ => {
            let built = build(rest);
            let result = read(&built.package);
            if built.honest {
                match &result {
                    Ok(files) => assert_eq!(
                        files, &built.files,
                        "an honest package must read back as the files it was built from"
                    ),
                    Err(e) => panic!("an honest package was refused: {e} ({})", e.code()),
                }
            }
            result.is_ok()
        }
    }
}

/// Reads `package` trusting the publisher; on success, checks what reached the sink
/// against the signed manifest and returns the files.
fn read(package: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, PackageError> {
    let mut sink = Collect::default();
    let verified = read_package(package, &*TRUST, &mut sink)?;
    assert_eq!(
        verified.signer.id(),
        PUBLISHER.public().id(),
        "accepted with an untrusted key"
    );
    assert_eq!(
        sink.files.len(),
        verified.manifest.files.len(),
        "accepted, but not every listed file reached the sink exactly once"
    );
    for f in &verified.manifest.files {
        let bytes = sink
            .files
            .get(&f.path)
            .unwrap_or_else(|| panic!("accepted without listed file {}", f.path));
        assert_eq!(bytes.len() as u64, f.size, "{}: size differs", f.path);
        assert_eq!(
            hex::encode(Sha256::digest(bytes)),
            f.sha256,
            "{}: accepted bytes that do not hash to the signed value",
            f.path
        );
    }
    Ok(sink.files)
}

/// Keeps every file, like an import would; a file seen twice is a broken promise.
#[derive(Default)]
struct Collect {
    files: BTreeMap<String, Vec<u8>>,
}

impl Sink for Collect {
    type Error = PackageError;
    fn begin(&mut self, _: &Verified) -> Result<(), PackageError> {
        Ok(())
    }
    fn file(&mut self, entry: &FileEntry, data: &mut dyn Read) -> Result<(), PackageError> {
        let mut bytes = Vec::new();
        data.read_to_end(&mut bytes)?;
        let again = self.files.insert(entry.path.clone(), bytes);
        assert!(again.is_none(), "{} handed to the sink twice", entry.path);
        Ok(())
    }
}

/// Reads the fuzzer's bytes as choices; past the end every choice is 0, which always
/// means "the honest default".
struct Choices<'a>(&'a [u8]);

impl Choices<'_> {
    fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((&b, rest)) => {
                self.0 = rest;
                b
            }
            None => 0,
        }
    }

    fn u16(&mut self) -> usize {
        usize::from(u16::from_le_bytes([self.byte(), self.byte()]))
    }

    /// A length byte, then that many bytes (fewer at the end of the input).
    fn chunk(&mut self) -> Vec<u8> {
        let n = usize::from(self.byte()).min(self.0.len());
        let (chunk, rest) = self.0.split_at(n);
        self.0 = rest;
        chunk.to_vec()
    }
}

/// One tar entry as it will be written.
struct Entry {
    name: Vec<u8>,
    kind: tar::EntryType,
    data: Vec<u8>,
    /// The size the header declares.
    size: u64,
}

impl Entry {
    fn file(name: &[u8], data: Vec<u8>) -> Entry {
        Entry {
            name: name.to_vec(),
            kind: tar::EntryType::Regular,
            size: data.len() as u64,
            data,
        }
    }
}

/// What [`build`] made.
pub struct Built {
    pub package: Vec<u8>,
    /// Nothing was bent: the reader must accept `package` and yield `files`.
    pub honest: bool,
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Builds a signed package as the choices say (see the module documentation).
pub fn build(choices: &[u8]) -> Built {
    let mut c = Choices(choices);
    let layout = c.byte();
    let damage = c.byte();
    let mut honest = layout == 0 && damage == 0;

    // The course files, each with what the manifest says about it and how its entry lies.
    let mut listed = Vec::new();
    let mut entries = Vec::new();
    let mut files = BTreeMap::new();
    for i in 0..c.byte() % 6 {
        let pick = c.byte();
        let name: Vec<u8> = match pick % 8 {
            0 => b"course.json".to_vec(),
            1 => format!("lessons/lesson-{i}.en.md").into_bytes(),
            2 => format!("quizzes/quiz-{i}.json").into_bytes(),
            3 => format!("media/pic-{i}.svg").into_bytes(),
            // Longer than the 100 bytes of a ustar name: split into prefix and name.
            4 => format!(
                "media/{}/{i}{}",
                "a".repeat(90),
                "b".repeat(usize::from(pick / 8))
            )
            .into_bytes(),
            _ => {
                honest = false;
                c.chunk()
            }
        };
        let path = String::from_utf8_lossy(&name).into_owned();
        let mut data = c.chunk();
        let repeat = c.byte();
        if repeat >= 0xf0 {
            // Files over a tar block, up to 32 KiB (larger ones only slow the fuzzer).
            data = data.repeat(usize::from(repeat - 0xef) * 8);
        }
        let mut entry = FileEntry {
            path: path.clone(),
            size: data.len() as u64,
            sha256: hex::encode(Sha256::digest(&data)),
        };
        let lie = c.byte();
        honest &= lie == 0;
        if lie & 1 != 0 {
            entry.size = entry
                .size
                .wrapping_add(u64::from(c.byte()))
                .wrapping_sub(128);
        }
        if lie & 2 != 0 {
            // A hash of other bytes, or not a hash at all.
            let mut other = Sha256::digest(&data);
            other[usize::from(c.byte()) % 32] ^= 1;
            entry.sha256 = match c.byte() % 3 {
                0 => hex::encode(other),
                1 => hex::encode(other).to_uppercase(),
                _ => String::from_utf8_lossy(&c.chunk()).into_owned(),
            };
        }
        let mut tar_entry = Entry::file(&name, data.clone());
        if lie & 4 != 0 {
            // Beyond 8 GiB the header holds it in binary (GNU's base-256 extension).
            tar_entry.size = match c.byte() {
                0xff => u64::MAX - u64::from(c.byte()),
                b => tar_entry.size.wrapping_add(u64::from(b)).wrapping_sub(128),
            };
        }
        if lie & 8 != 0 {
            // Symbolic and hard links, devices, directories, GNU and PAX records…
            tar_entry.kind = tar::EntryType::new(c.byte());
        }
        if lie & 16 == 0 {
            listed.push(entry);
        }
        if lie & 32 == 0 {
            entries.push(tar_entry);
        }
        if lie & 64 != 0 {
            entries.push(Entry::file(&name, data.clone()));
        }
        if lie & 128 != 0 {
            // A directory entry, which readers skip once its path checks out.
            let mut dir = name.clone();
            dir.push(b'/');
            entries.push(Entry {
                kind: tar::EntryType::Directory,
                ..Entry::file(&dir, Vec::new())
            });
        }
        if files.insert(path, data).is_some() {
            honest = false;
        }
    }
    honest &= files.contains_key("course.json");

    // The manifest, as `pack` writes it, then perhaps bent or replaced.
    let mut manifest = serde_json::to_vec_pretty(&serde_json::json!({
        "format": 1,
        "course": "fuzz-course",
        "version": c.byte(),
        "languages": ["en"],
        "title": { "en": "Fuzz" },
        "files": listed,
    }))
    .expect("plain JSON");
    manifest.push(b'\n');
    match layout & 3 {
        0 => {}
        1 => poke(&mut manifest, &mut c),
        2 => manifest = c.chunk(),
        _ => manifest = manifest[..c.u16() % (manifest.len() + 1)].to_vec(),
    }

    // The signature file: honest, by a stranger, over other bytes, or raw bytes.
    let sig = match (layout >> 2) & 3 {
        0 => signature_file(&PUBLISHER.public().id(), &PUBLISHER.sign(&manifest)),
        1 => signature_file(&PUBLISHER.public().id(), &STRANGER.sign(&manifest)),
        2 => {
            let mut sig = PUBLISHER.sign(&manifest);
            sig[usize::from(c.byte()) % 64] ^= 1 << (c.byte() % 8);
            signature_file(&PUBLISHER.public().id(), &sig)
        }
        _ => c.chunk(),
    };

    let mut head = vec![
        Entry::file(MANIFEST_NAME.as_bytes(), manifest),
        Entry::file(SIGNATURE_NAME.as_bytes(), sig),
    ];
    match (layout >> 4) & 3 {
        0 => {}
        1 => head.swap(0, 1),
        2 => head.truncate(1),
        _ => entries.insert(0, Entry::file(&c.chunk(), c.chunk())),
    }
    head.append(&mut entries);

    let (mut tar, headers) = tar_stream(&head);
    match (layout >> 6) & 3 {
        0 => tar.resize(tar.len() + 1024, 0),
        1 => tar.resize(tar.len() + 1024 + usize::from(c.byte()) * 512, 0),
        2 => {
            tar.resize(tar.len() + 1024, 0);
            tar.extend(c.chunk());
        }
        _ => {}
    }
    if damage & 3 != 0 {
        for _ in 0..damage & 3 {
            poke(&mut tar, &mut c);
        }
        if damage & 4 != 0 {
            // Bent header fields behind a valid checksum reach the field parsers.
            for at in headers {
                let mut header = tar::Header::new_old();
                header.as_mut_bytes().copy_from_slice(&tar[at..at + 512]);
                header.set_cksum();
                tar[at..at + 512].copy_from_slice(header.as_bytes());
            }
        }
    }
    let level = if damage & 8 != 0 {
        Compression::fast()
    } else {
        Compression::none()
    };
    let mut package = gzip(&tar, level);
    match (damage >> 4) & 3 {
        0 => {}
        1 => package.truncate(c.u16() % (package.len() + 1)),
        2 => poke(&mut package, &mut c),
        _ => package.extend(c.chunk()),
    }
    Built {
        package,
        honest,
        files,
    }
}

/// Overwrites one byte where the choices say.
fn poke(bytes: &mut [u8], c: &mut Choices) {
    let at = c.u16();
    let value = c.byte();
    if !bytes.is_empty() {
        let len = bytes.len();
        bytes[at % len] = value;
    }
}

fn signature_file(key: &str, signature: &[u8]) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(&serde_json::json!({
        "key": key,
        "algorithm": "ed25519",
        "signature": B64.encode(signature),
    }))
    .expect("plain JSON");
    bytes.push(b'\n');
    bytes
}

/// The ustar stream of `entries` without end blocks, and where each header starts. Names
/// are written raw (`tar::Builder` refuses the hostile ones): over 100 bytes, split at a
/// `/` into the prefix field when they fit, else cut.
fn tar_stream(entries: &[Entry]) -> (Vec<u8>, Vec<usize>) {
    let mut out = Vec::new();
    let mut headers = Vec::new();
    for e in entries {
        let mut header = tar::Header::new_ustar();
        {
            let ustar = header.as_ustar_mut().expect("a ustar header");
            let len = e.name.len();
            let split = if len > 100 {
                (0..len).find(|&i| e.name[i] == b'/' && i <= 155 && len - i - 1 <= 100)
            } else {
                None
            };
            match split {
                Some(i) => {
                    ustar.prefix[..i].copy_from_slice(&e.name[..i]);
                    ustar.name[..e.name.len() - i - 1].copy_from_slice(&e.name[i + 1..]);
                }
                None => {
                    let n = e.name.len().min(100);
                    ustar.name[..n].copy_from_slice(&e.name[..n]);
                }
            }
        }
        header.set_size(e.size);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_uid(0);
        header.set_gid(0);
        header.set_entry_type(e.kind);
        header.set_cksum();
        headers.push(out.len());
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(&e.data);
        out.resize(out.len().next_multiple_of(512), 0);
    }
    (out, headers)
}

fn gzip(bytes: &[u8], level: Compression) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), level);
    gz.write_all(bytes).expect("writing to memory");
    gz.finish().expect("writing to memory")
}

/// Seeds for the corpus: (file name, input). `valid-*` inputs are accepted, `refused-*`
/// inputs are not.
pub fn seeds() -> Vec<(String, Vec<u8>)> {
    let course = br#"{"format":1,"id":"fuzz-course","version":1}"#;
    let lesson = b"# A lesson\n\nSome text.\n";
    let quiz = br#"{"id":"quiz","questions":[]}"#;
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
    // A file: pick, length, bytes, repeat, lie.
    let file = |pick: u8, bytes: &[u8], repeat: u8, lie: &[u8]| -> Vec<u8> {
        let mut out = vec![pick, bytes.len() as u8];
        out.extend_from_slice(bytes);
        out.push(repeat);
        out.extend_from_slice(if lie.is_empty() { &[0] } else { lie });
        out
    };
    // A file with a name of its own (picks 5 to 7): name, bytes, repeat, lie.
    let named = |name: &[u8], bytes: &[u8]| -> Vec<u8> {
        let mut out = vec![5, name.len() as u8];
        out.extend_from_slice(name);
        out.push(bytes.len() as u8);
        out.extend_from_slice(bytes);
        out.extend_from_slice(&[0, 0]);
        out
    };
    let described = |layout: u8, damage: u8, files: &[Vec<u8>], tail: &[u8]| -> Vec<u8> {
        let mut out = vec![2, layout, damage, files.len() as u8];
        for f in files {
            out.extend_from_slice(f);
        }
        out.push(3); // the manifest's version
        out.extend_from_slice(tail);
        out
    };
    let full = [
        file(0, course, 0, &[]),
        file(1, lesson, 0, &[]),
        file(2, quiz, 0, &[]),
        file(3, svg, 0, &[]),
    ];
    let mut seeds = vec![
        (
            "valid-course-json-only".to_string(),
            described(0, 0, &full[..1], &[]),
        ),
        ("valid-four-files".into(), described(0, 0, &full, &[])),
        (
            "valid-long-path-and-big-file".into(),
            described(
                0,
                0,
                &[file(0, course, 0, &[]), file(4 + 8 * 9, lesson, 0xf2, &[])],
                &[],
            ),
        ),
        (
            "valid-zeros-after-the-end".into(),
            described(0x40, 0, &full, &[4]),
        ),
        (
            "valid-directory-entry".into(),
            described(0, 0, &[full[0].clone(), file(1, lesson, 0, &[128])], &[]),
        ),
        (
            "refused-size-lie".into(),
            described(0, 0, &[file(0, course, 0, &[1, 129])], &[]),
        ),
        (
            "refused-hash-lie".into(),
            described(0, 0, &[file(0, course, 0, &[2, 5, 0])], &[]),
        ),
        (
            "refused-header-size-lie".into(),
            described(0, 0, &[file(0, course, 0, &[4, 100])], &[]),
        ),
        (
            "refused-symlink-entry".into(),
            described(0, 0, &[file(0, course, 0, &[8, b'2'])], &[]),
        ),
        (
            "refused-unlisted-entry".into(),
            described(0, 0, &[full[0].clone(), file(1, lesson, 0, &[16])], &[]),
        ),
        (
            "refused-missing-entry".into(),
            described(0, 0, &[full[0].clone(), file(1, lesson, 0, &[32])], &[]),
        ),
        (
            "refused-repeated-entry".into(),
            described(0, 0, &[file(0, course, 0, &[64])], &[]),
        ),
        (
            "refused-hostile-path".into(),
            described(
                0,
                0,
                &[full[0].clone(), named(b"lessons/../../etc/passwd", lesson)],
                &[],
            ),
        ),
        (
            "refused-bent-manifest".into(),
            described(1, 0, &full[..1], &[12, 0, b'"']),
        ),
        (
            "refused-raw-manifest".into(),
            described(2, 0, &full[..1], b"\x0c{\"format\":2}"),
        ),
        (
            "refused-stranger-signature".into(),
            described(4, 0, &full[..1], &[]),
        ),
        (
            "refused-flipped-signature".into(),
            described(8, 0, &full[..1], &[]),
        ),
        (
            "refused-signature-first".into(),
            described(16, 0, &full[..1], &[]),
        ),
        (
            // Bytes after the end blocks are read (64 KiB at most) and ignored, like
            // tar's padding: they are outside what the signature covers.
            "valid-bytes-after-the-end-blocks".into(),
            described(0x80, 0, &full[..1], &[4, 1, 2, 3, 4]),
        ),
        (
            "refused-poked-header-fixed-checksum".into(),
            described(0, 4 | 1, &full[..1], &[124, 0, b'7']),
        ),
        (
            "refused-cut-gzip".into(),
            described(0, 16, &full[..1], &[200, 0]),
        ),
    ];
    // The same honest packages as raw files and as tar streams.
    let honest = build(&described(0, 0, &full, &[])[1..]);
    seeds.push((
        "valid-raw-package".into(),
        [&[0u8][..], &honest.package].concat(),
    ));
    let mut tar = Vec::new();
    flate2::read::GzDecoder::new(&honest.package[..])
        .read_to_end(&mut tar)
        .expect("our own gzip");
    seeds.push(("valid-tar-stream".into(), [&[1u8][..], &tar].concat()));
    seeds.push((
        "refused-random-bytes".into(),
        b"\0\x1f\x8b\x08 not really gzip".to_vec(),
    ));
    seeds
}
