//! The LPHM sync server (work in progress).
