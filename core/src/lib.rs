//! The self-check domain, free of any I/O or web dependency so that the same code runs natively
//! (tests, the command-line assessor) and in the browser.
//!
//! Content is plain `'static` data: the web app gets it as Rust statics generated at build time
//! (no parser in the wasm), native tools load it from the TOML files once per process.

pub mod answers;
pub mod assessment;
pub mod model;
pub mod template;
pub mod text_pack;

#[cfg(test)]
mod fixture;
#[cfg(test)]
mod tests;

pub use answers::{AnswerError, Answers, DecodeProblem, DecodeReason};
pub use assessment::{assess, Assessment, FiredRule};
pub use model::*;
