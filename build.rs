//! The app's build script: the content, checked and compiled in (build/content.rs).

#[path = "build/content.rs"]
mod content;

fn main() {
    content::generate(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), false);
}
