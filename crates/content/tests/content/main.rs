//! The content crate from the outside: course folders on disk through the one loader, and
//! lesson Markdown through the renderer.

mod evaluation;
mod fixture;
mod glossary;
mod load;
mod quiz;
mod render;
