//! One component per file.
pub mod advice_item;
pub mod app;
pub mod emergency_bar;
pub mod footer;
pub mod hold_timer;
pub mod icons;
pub mod leg_picker;
pub mod level_banner;
pub mod notice;
pub mod question;
pub mod relief;
pub mod relief_check;
pub mod relief_urgent;
pub mod result;
pub mod start;
pub mod summary;
pub mod why_result;
