//! The checked content, compiled in by build.rs: `CONTENT` and the message keys in `msg`.
include!(concat!(env!("OUT_DIR"), "/content.rs"));
