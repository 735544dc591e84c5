//! The server's sync body reader and the offline bundle reader under attack: the body of
//! the `sync_body` fuzz target, also run over the committed seeds and regressions by a
//! test of the server crate, which includes this file with `#[path]`.
//!
//! The first byte chooses how the rest is used:
//!
//! - `% 4 == 0`: the rest is a `/v1/sync` body, given to `lphm_server::read_sync_body` as
//!   the calling device [`DEVICE`]: everything the handler does before storage.
//! - `% 4 == 1`: the rest is the body *before* compression (postcard bytes), wrapped here in
//!   a zlib stream of stored blocks, so mutations hit the postcard layer and the checks
//!   behind it instead of dying at the zlib checksum.
//! - `% 4 == 2`: the rest is an offline progress file, given to `lphm_sync::bundle::read`.
//! - `% 4 == 3`: the rest is a bundle body before compression, wrapped and signed here
//!   with a fixed device key, so the fuzzer gets past the signature.
//!
//! Whatever the input, the readers must return, never panic. What they accept must hold
//! together: the events are the calling device's, as many as the block holds, relayed
//! events are other devices', and both encode and decode back to themselves.
//!
//! Self-contained (only crates the server depends on), so it can be included anywhere.

use std::sync::LazyLock;

use lphm_package::SecretKey;
use lphm_progress::Event;
use lphm_sync::bundle;
use lphm_sync::wire::Block;
use uuid::Uuid;

/// The device that sends every body.
pub const DEVICE: Uuid = Uuid::from_u128(0x1b4e28ba_2fa1_11d2_883f_0016d3cca427);

/// The key that signs bundles built from mode 3 inputs.
pub fn device_key() -> SecretKey {
    SecretKey::from_seed("Fuzz device", [5u8; 32])
}

static DEVICE_KEY: LazyLock<SecretKey> = LazyLock::new(device_key);

/// Runs one input; returns whether it was accepted (a sync body read, or a bundle read and
/// its events decoded). Panics when a reader panics or accepts something inconsistent.
pub fn sync_body(data: &[u8]) -> bool {
    let Some((&mode, rest)) = data.split_first() else {
        return false;
    };
    match mode % 4 {
        0 => body(rest),
        1 => body(&zlib_stored(rest)),
        2 => bundle(rest),
        _ => {
            let mut file = bundle::MAGIC.to_vec();
            file.extend(DEVICE_KEY.public().bytes());
            file.extend(zlib_stored(rest));
            let signature = DEVICE_KEY.sign(&file);
            file.extend(signature);
            bundle(&file)
        }
    }
}

fn body(body: &[u8]) -> bool {
    let Ok((req, events)) = lphm_server::read_sync_body(body, DEVICE) else {
        return false;
    };
    assert_eq!(events.len(), req.push.len(), "events lost or invented");
    assert!(
        events.iter().all(|e| e.device == DEVICE),
        "accepted events of another device"
    );
    assert_round_trip(&events);
    // Relayed events: other devices' only, and they decode too.
    assert!(
        req.relay.groups.iter().all(|g| g.device != DEVICE),
        "accepted the caller's own events as relayed"
    );
    let relayed = req
        .relay
        .decode(Uuid::nil())
        .expect("an accepted relay block decodes");
    assert_round_trip(&relayed);
    true
}

fn bundle(file: &[u8]) -> bool {
    let Ok(body) = bundle::read(file) else {
        return false;
    };
    assert!(
        body.events.groups.iter().all(|g| g.device == body.device),
        "a bundle carried events of another device"
    );
    let Ok(events) = body.events.decode(Uuid::nil()) else {
        return false;
    };
    assert_round_trip(&events);
    true
}

/// Events that decoded encode to a block that decodes to the same events.
fn assert_round_trip(events: &[Event]) {
    let again = Block::encode(events)
        .decode(Uuid::nil())
        .expect("a block made by encode decodes");
    assert_eq!(again, events, "events changed through encode and decode");
}

/// `raw` as a zlib stream of stored (uncompressed) deflate blocks, with its Adler-32.
pub fn zlib_stored(raw: &[u8]) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    let mut blocks = raw.chunks(0xffff).peekable();
    if raw.is_empty() {
        out.extend([1, 0, 0, 0xff, 0xff]);
    }
    while let Some(block) = blocks.next() {
        out.push(u8::from(blocks.peek().is_none()));
        let len = block.len() as u16;
        out.extend(len.to_le_bytes());
        out.extend((!len).to_le_bytes());
        out.extend(block);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &x in raw {
        a = (a + u32::from(x)) % 65521;
        b = (b + a) % 65521;
    }
    out.extend(((b << 16) | a).to_be_bytes());
    out
}
