//! The cramp diary's core (issue 9): what a person logs, how it is saved and merged, what it can be
//! exported as, the figures it shows, the diary's own prompts towards care, and before/after counts
//! around something the person tried. No I/O and no web: the app reads and writes the saved text,
//! and passes in the time and the device's UTC offset, so everything here is testable natively.
//!
//! - [`entry`]: [`Entry`] (a cramp), [`Change`] (something tried) and their checks.
//! - [`store`]: [`Diary`] and its saved form (schema 2); [`read`]: reading it, unreadable items
//!   set aside; [`migrate`]: schema 1; [`merge`]: union by ID, for imports and tabs saving at once.
//! - [`export`]: CSV and JSON. [`mod@stats`]: weekly figures and the trend. [`rules`]: the diary's
//!   rules from content/diary.toml, and its prompts. [`mod@compare`]: before/after a change.
//! - [`time`] and [`window`]: local dates from UTC and an offset; counting over spans.

pub mod codec;
pub mod compare;
pub mod entry;
pub mod export;
mod index;
pub mod json;
pub mod merge;
pub mod migrate;
pub mod order;
pub mod read;
pub mod rules;
pub mod stats;
pub mod store;
pub mod time;
pub mod window;
pub mod words;

pub use compare::{compare, Comparison, Side, TooLittleReason, Verdict};
pub use entry::{clean_note, Change, Entry, Invalid, Tried, MUSCLES, NOTE_MAX_CHARS};
pub use rules::{evaluate, DiaryRule, Prompt, Texts, When};
pub use stats::{stats, Direction, MuscleCount, Stats, Trend, Week};
pub use store::{Diary, List, Problem, SetAside, SCHEMA};
pub use window::Tenths;
