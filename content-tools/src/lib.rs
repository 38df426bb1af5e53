//! Loads the content folder, checks it, runs its scenarios and compiles it to Rust for the app.
//! Native only: nothing here ends up in the wasm.

pub mod check;
pub mod codegen;
pub mod error;
pub mod fallback;
pub mod flow;
pub mod ids;
pub mod load;
pub mod plain;
pub mod raw;
pub mod readability;
pub mod scenarios;

pub use check::check;
pub use error::{ContentError, Problems};
pub use load::{load, Loaded};

use std::path::PathBuf;

/// The repository's content folder (for tests and tools run from anywhere in the workspace).
pub fn default_content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content")
}
