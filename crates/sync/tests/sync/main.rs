//! Tests of the sync crate's pure parts: the wire format and bundles.

mod bundle;
mod wire;
