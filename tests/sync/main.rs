//! Sync end to end on loopback: real laptops' stores (desks in temp folders), a real
//! `lphm-server` on 127.0.0.1 (sled, and PostgreSQL for the main cases), and a proxy that
//! breaks connections on purpose.

mod certificates;
mod clearing;
mod consent;
mod erased;
mod evaluation;
mod faults;
mod harness;
mod limits;
mod loopback;
mod offline;
mod property;
mod restore;
mod simulate;
