//! The cramp diary's module (issue 9): its own wasm, loaded by web/diary.js only when the diary is
//! first opened (or the doctor's summary opens with a diary switched on), so the start screen's
//! first load carries none of it. It holds the diary in memory and answers the screen: the saved
//! text to write, and what to show, in the person's words ([`view`]). Storage, files and drawing
//! are web/diary.js's. The rules are compiled in from content/diary.toml; the words (the screen's
//! and the rules') come in a file per language that web/diary.js fetches ([`set_words`]).
//!
//! Kept small on purpose (a phone downloads it when the diary opens): the saved diary is read
//! with the browser's own `JSON` (js_json.rs) and written by hand, as is the view
//! ([`to_json`]), and no language's words are compiled in.

pub mod view;

#[cfg(target_arch = "wasm32")]
mod js_json;
pub mod to_json;

/// Quick relief's drawing of the leg, the same file as the app's.
// Each shape also names the app's relief advice, which the diary has no use for.
#[allow(dead_code)]
#[path = "../../src/leg_drawing.rs"]
mod leg_drawing;

use std::cell::RefCell;

use crampcheck_core::{Level, Verification};
use crampcheck_diary::{export, Change, Diary, DiaryRule, Entry, Problem, Texts, Tried, When};
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

mod compiled {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/compiled.rs"));
}
pub use compiled::rules;

/// How the module reads JSON: the browser's parser in the browser, serde_json in native tests.
#[cfg(target_arch = "wasm32")]
type J = js_json::Js;
#[cfg(not(target_arch = "wasm32"))]
type J = serde_json::Value;

struct Session {
    diary: Diary,
    rules: Vec<DiaryRule>,
}

fn new_session() -> Session {
    Session {
        diary: Diary::default(),
        rules: rules(),
    }
}

// Natively, one diary per test thread (the tests run in parallel).
#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(new_session());
}

#[cfg(not(target_arch = "wasm32"))]
fn with<T>(f: impl FnOnce(&mut Session) -> T) -> T {
    SESSION.with(|s| f(&mut s.borrow_mut()))
}

/// The page's one diary. (A plain static: this target has one thread, and `thread_local!`'s lazy
/// set-up code cost the module more than this.)
#[cfg(target_arch = "wasm32")]
fn with<T>(f: impl FnOnce(&mut Session) -> T) -> T {
    struct One(RefCell<Option<Session>>);
    // SAFETY: wasm32-unknown-unknown without the atomics feature runs one thread only.
    unsafe impl Sync for One {}
    static SESSION: One = One(RefCell::new(None));
    f(SESSION.0.borrow_mut().get_or_insert_with(new_session))
}

/// What reading a saved text found: `""` when all is well, `"unreadable"` or `"newer"` when the
/// text was refused (nothing may be written over it), else the number of items set aside.
fn outcome(problems: &[Problem]) -> String {
    if let Some(p) = problems.iter().find(|p| p.refuses_file()) {
        return match p {
            Problem::NewerSchema { .. } => "newer".into(),
            _ => "unreadable".into(),
        };
    }
    let aside = problems
        .iter()
        .filter(|p| matches!(p, Problem::SetAside { .. }))
        .count();
    if aside == 0 {
        String::new()
    } else {
        aside.to_string()
    }
}

/// Reads the stored diary (`None`: nothing stored yet) into memory; see [`outcome`].
#[wasm_bindgen]
pub fn open(stored: Option<String>, offset_min: i32) -> String {
    let Some(text) = stored else {
        with(|s| s.diary = Diary::default());
        return String::new();
    };
    let (diary, problems) = Diary::read::<J>(&text, offset_min);
    with(|s| s.diary = diary);
    outcome(&problems)
}

/// The text to write over `stored` (what storage holds now, perhaps written by another tab since
/// this one read it): the two merged, so no tab's cramps are lost. The merge is kept in memory
/// too. `None` when the stored text is refused: then nothing may be written.
#[wasm_bindgen]
pub fn to_save(stored: Option<String>, offset_min: i32) -> Option<String> {
    with(|s| {
        let merged = match stored {
            None => s.diary.clone(),
            Some(text) => s.diary.merged_with_stored_in::<J>(&text, offset_min).ok()?,
        };
        s.diary = merged;
        Some(s.diary.to_json())
    })
}

/// Takes in what another tab saved (the storage event's new text); the outcome as for [`open`].
#[wasm_bindgen]
pub fn take_in(stored: &str, offset_min: i32) -> String {
    let (other, problems) = Diary::read::<J>(stored, offset_min);
    with(|s| s.diary.merge(&other));
    outcome(&problems)
}

/// Imports a backup file (the JSON export): merged, by ID, so importing twice adds nothing.
/// Returns the number of cramps added or changed, or `-1` when the file is not a diary.
#[wasm_bindgen]
pub fn import_file(text: &str, offset_min: i32) -> i32 {
    let (other, problems) = Diary::read::<J>(text, offset_min);
    if problems.iter().any(Problem::refuses_file) {
        return -1;
    }
    with(|s| {
        let before = s.diary.entries.clone();
        s.diary.merge(&other);
        s.diary
            .entries
            .iter()
            .filter(|e| !e.deleted && !before.contains(e))
            .count() as i32
    })
}

/// Saves a cramp (new, or a new version of one with the same ID), given as the saved form's JSON
/// for one entry; `updated_ms` is set to now. Returns `""`, or why it cannot be saved.
#[wasm_bindgen]
pub fn put_entry(json: &str, now_ms: f64) -> String {
    let mut entry = match Entry::read::<J>(json) {
        Ok(e) => e,
        Err(why) => return why,
    };
    entry.updated_ms = now_ms as i64;
    with(|s| s.diary.put_entry(entry))
        .map_or_else(|e| crampcheck_diary::entry::reasons(&e), |_| String::new())
}

#[wasm_bindgen]
pub fn delete_entry(id: &str, now_ms: f64) -> bool {
    with(|s| s.diary.delete_entry(id, now_ms as i64))
}

/// Saves a change: a prevention tip's ID (`advice`) or the person's words (`free`).
#[wasm_bindgen]
pub fn put_change(
    id: &str,
    at_ms: f64,
    offset_min: i32,
    advice: &str,
    free: &str,
    now_ms: f64,
) -> String {
    let what = if advice.is_empty() {
        Tried::Free(free.to_string())
    } else {
        Tried::Advice(advice.to_string())
    };
    let change = Change::new(id, at_ms as i64, offset_min, what, now_ms as i64);
    with(|s| s.diary.put_change(change))
        .map_or_else(|e| crampcheck_diary::entry::reasons(&e), |_| String::new())
}

#[wasm_bindgen]
pub fn delete_change(id: &str, now_ms: f64) -> bool {
    with(|s| s.diary.delete_change(id, now_ms as i64))
}

/// `level` is the last self-check's level by name (`TODAY`; empty or unknown: none that counts).
fn given(now_ms: i64, offset_min: i32, level: &str) -> view::Given {
    view::Given {
        now_ms,
        offset_min,
        last_check: Level::from_name(level),
    }
}

/// The screen's figures ([`view::View`]), with at most `limit` cramps in the list.
pub fn view_now(now_ms: i64, offset_min: i32, level: &str, limit: u32) -> view::View {
    with(|s| {
        view::view(
            &s.rules,
            &s.diary,
            &given(now_ms, offset_min, level),
            limit as usize,
        )
    })
}

/// [`view_now`] as JSON for web/diary.js.
#[wasm_bindgen]
pub fn view(now_ms: f64, offset_min: i32, level: &str, limit: u32) -> String {
    to_json::view(&view_now(now_ms as i64, offset_min, level, limit))
}

/// The doctor's summary's 4 weeks ([`view::Summary`]).
pub fn summary_now(now_ms: i64, offset_min: i32) -> view::Summary {
    with(|s| view::summary(&s.diary, &given(now_ms, offset_min, "")))
}

/// [`summary_now`] as JSON for web/diary.js.
#[wasm_bindgen]
pub fn summary(now_ms: f64, offset_min: i32) -> String {
    to_json::summary(&summary_now(now_ms as i64, offset_min))
}

#[wasm_bindgen]
pub fn export_csv() -> String {
    with(|s| export::csv(&s.diary))
}

#[wasm_bindgen]
pub fn export_json() -> String {
    with(|s| export::json(&s.diary))
}

#[wasm_bindgen]
pub fn file_name(now_ms: f64, offset_min: i32, extension: &str) -> String {
    export::file_name(now_ms as i64, offset_min, extension)
}

/// The drawn leg for the form's muscle question, one field a line: the view box, the two body
/// paths, then for each muscle its ID, path, label x, label y and text anchor. (One string: a
/// list of strings costs the module more to hand over.)
#[wasm_bindgen]
pub fn leg() -> String {
    let mut out = String::from(leg_drawing::VIEW_BOX);
    let mut line = |field: &str| {
        out.push('\n');
        out.push_str(field);
    };
    for path in leg_drawing::BODY {
        line(path);
    }
    for s in &leg_drawing::MUSCLES {
        for field in [
            s.muscle,
            s.path,
            &s.x.to_string(),
            &s.y.to_string(),
            s.anchor,
        ] {
            line(field);
        }
    }
    out
}

/// Forgets the diary in memory ("delete my diary"; web/diary.js removes the stored text).
#[wasm_bindgen]
pub fn clear() {
    with(|s| s.diary = Diary::default());
}

#[cfg(test)]
mod tests;
