//! Loads the content's texts when a screen first needs them, and says how it is going.

use crate::texts;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextStatus {
    /// Not needed yet (the start screen carries its own words).
    NotNeeded,
    Loading,
    Ready,
    /// The pack could not be fetched or was refused; a retry is offered.
    Failed,
}

/// The texts' status for `lang`, fetching them once `needed`, and a callback to try again.
#[hook]
pub fn use_texts(
    lang: &'static str,
    base: &'static str,
    needed: bool,
) -> (TextStatus, Callback<MouseEvent>) {
    let status = use_state_eq(|| TextStatus::NotNeeded);
    let attempt = use_state_eq(|| 0u32);
    {
        let status = status.clone();
        // Again when the language changes: another language's pack.
        use_effect_with((needed, *attempt, lang), move |(needed, _, _)| {
            if *needed && !texts::ready(lang) {
                status.set(TextStatus::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    status.set(match texts::load(lang, base).await {
                        Ok(()) => TextStatus::Ready,
                        Err(file) => {
                            web_sys::console::error_2(
                                &"CrampCheck could not load".into(),
                                &file.into(),
                            );
                            TextStatus::Failed
                        }
                    });
                });
            }
        });
    }
    let retry = Callback::from(move |_| attempt.set(*attempt + 1));
    // Another widget on the page (or an earlier screen) may have installed them already.
    let now = if texts::ready(lang) {
        TextStatus::Ready
    } else if needed {
        match *status {
            // (Ready for the language before a switch: this one's is on its way.)
            TextStatus::NotNeeded | TextStatus::Ready => TextStatus::Loading,
            s => s,
        }
    } else {
        TextStatus::NotNeeded
    };
    (now, retry)
}
