//! The screens and their parts, one per file. `App` (in `app.rs`) is the only Yew component: the
//! others are plain view functions of the shared [`crate::ctx::Ctx`], because every component costs
//! wasm size in the first load and none of them needs state of its own.
pub mod advice_item;
pub mod app;
pub mod diary;
pub mod emergency_bar;
pub mod footer;
pub mod hold_timer;
pub mod icons;
pub mod leg_picker;
pub mod level_banner;
pub mod notice;
pub mod open;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod question;
pub mod relief;
pub mod relief_check;
pub mod relief_urgent;
pub mod result;
pub mod start;
pub mod summary;
pub mod texts_missing;
pub mod why_result;
