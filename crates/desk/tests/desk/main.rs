//! The desk (the functions the window calls) against a real sled store in a temp folder.

mod evaluation;
mod glossary;
mod helpers;
mod lessons;
mod mynotes;
mod packages;
mod profiles;
mod quizzes;
mod search;
mod window;
