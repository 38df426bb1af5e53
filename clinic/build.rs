//! The same checked content as the app's (build/content.rs), so the clinic module and the app
//! agree on every ID and on the text pack they both read; without the advice, regions, sources
//! and relief tables, which the module never shows.

#[path = "../build/content.rs"]
mod content;

fn main() {
    content::generate(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."),
        true,
    );
}
