//! Progress sync between laptops and the LPHM server.
//!
//! - [`wire`]: how events travel: a compact block (a string table, events grouped by
//!   device, numbers and times as deltas), postcard-encoded and zlib-compressed.
//! - [`protocol`]: the versioned HTTP endpoints' request and response bodies, limits and
//!   error codes, shared by the client and `lphm-server`.
//! - [`bundle`]: the signed file that carries unsynced progress when there is no
//!   connection at all.

pub mod bundle;
pub mod protocol;
pub mod wire;
