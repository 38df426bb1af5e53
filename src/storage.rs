//! Answers are kept in session storage only: they survive a reload but not closing the tab, and
//! never leave the device. Storage can be unavailable (private modes, sandboxed iframes): then the
//! app simply does not remember.

use crate::content::CONTENT;
use crate::state::Notice;
use crampcheck_core::Answers;

pub const ANSWERS_KEY: &str = "crampcheck.answers";
pub const REGION_KEY: &str = "crampcheck.region";
pub const LANG_KEY: &str = "crampcheck.lang";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved form: `<content version>\n<answers>`.
pub fn encode(answers: &Answers) -> String {
    format!("{}\n{}", CONTENT.version, answers.encode())
}

/// Reads saved answers, keeping what can be understood and saying what could not.
pub fn decode(saved: &str) -> (Answers, Option<Notice>) {
    let Some((version, body)) = saved.split_once('\n') else {
        return (Answers::new(), Some(Notice::SavedAnswersPartlyUnreadable));
    };
    if version != CONTENT.version {
        return (Answers::new(), Some(Notice::SavedAnswersOtherVersion));
    }
    let (answers, problems) = Answers::decode(&CONTENT, body);
    (
        answers,
        (!problems.is_empty()).then_some(Notice::SavedAnswersPartlyUnreadable),
    )
}

pub fn load_answers() -> (Answers, Option<Notice>) {
    match session().and_then(|s| s.get_item(ANSWERS_KEY).ok().flatten()) {
        Some(saved) if !saved.is_empty() => decode(&saved),
        _ => (Answers::new(), None),
    }
}

pub fn save_answers(answers: &Answers) {
    if let Some(s) = session() {
        let _ = if answers.is_empty() {
            s.remove_item(ANSWERS_KEY)
        } else {
            s.set_item(ANSWERS_KEY, &encode(answers))
        };
    }
}

/// A choice the person made that is not health data, so it may outlive the tab (local storage).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preference {
    /// The region (and so the emergency number).
    Region,
    Language,
}

impl Preference {
    fn key(self) -> &'static str {
        match self {
            Preference::Region => REGION_KEY,
            Preference::Language => LANG_KEY,
        }
    }
}

pub fn load(p: Preference) -> Option<String> {
    local()?.get_item(p.key()).ok().flatten()
}

pub fn save(p: Preference, value: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(p.key(), value);
    }
}
