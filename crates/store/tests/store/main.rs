//! The sled store against a real folder on disk.

mod content;
mod open;
mod progress;
mod repair;
