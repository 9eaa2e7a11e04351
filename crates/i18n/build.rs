// `include_dir!` does not tell Cargo which files it embedded, so a new or changed `.ftl` file
// would not rebuild this crate. Watch the whole folder.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
