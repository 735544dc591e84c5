//! The sync server (`lphm-server`) through real HTTP on 127.0.0.1: every behaviour runs
//! against both storage backends, sled in a temp folder and a real PostgreSQL started by
//! `lphm_test_support::postgres`. Test names end in `::sled` or `::postgres`.

mod harness;

mod accounts;
mod auth;
mod bad_input;
mod bundle;
mod catalogue;
mod certificates;
mod cli;
mod cohorts;
mod courses;
mod dashboard;
mod enroll;
mod evaluation;
mod history;
mod privacy;
mod sync;
mod tls;
