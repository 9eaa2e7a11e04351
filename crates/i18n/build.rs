fn main() {
    // `include_dir!` embeds locales/ but does not tell Cargo about files added later; without
    // this, a new .ftl file is missing until something else rebuilds the crate.
    println!("cargo:rerun-if-changed=../../locales");
}
