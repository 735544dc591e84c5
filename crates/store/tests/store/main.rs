//! The sled store against a real folder on disk.

mod open;
mod progress;
