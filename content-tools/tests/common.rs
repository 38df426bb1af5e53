#![allow(dead_code)]
use crampcheck_content::{check, default_content_dir, Loaded};
use std::sync::OnceLock;

/// The real content, loaded and checked once per test binary.
pub fn content() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| match check(&default_content_dir()) {
        Ok(l) => l,
        Err(p) => panic!("the content does not pass its checks:\n{p}"),
    })
}
