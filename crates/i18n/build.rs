//! The `.ftl` files are compiled in (`include_dir!`), which does not see a file added to
//! `locales/`: rebuild whenever anything under it changes.

fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
