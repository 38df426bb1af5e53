//! Hooks that connect the state to the browser.
pub mod use_focus_heading;
pub mod use_history;
pub mod use_texts;
