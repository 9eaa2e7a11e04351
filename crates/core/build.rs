// The content packs are embedded with `include_str!`; watch the folder so that a new or
// renamed file rebuilds this crate too.
fn main() {
    println!("cargo:rerun-if-changed=../../content");
}
