//! Keeps the URL fragment and the browser history in step with the screen, so that the browser's
//! back button goes back a question and a reload stays where the person was.

use crate::content::CONTENT;
use crate::route::Screen;
use crate::state::{Action, State};
use gloo_events::EventListener;
use yew::prelude::*;

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Reads the fragment; only IDs that exist in the content are accepted.
pub fn screen_from_hash(hash: &str) -> Result<Screen, crate::route::UnknownRoute> {
    Screen::from_hash(
        hash,
        |id| CONTENT.question(id).map(|q| q.id),
        // Quick relief's drawn muscles (both sides of the thigh), not the self-check's options.
        |id| crate::leg_drawing::shape(id).map(|m| m.muscle),
        |id| {
            CONTENT
                .relief_signs
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.id)
        },
    )
}

pub fn initial_screen() -> (Screen, bool) {
    let hash = current_hash();
    if hash.is_empty() || hash == "#" {
        return (Screen::Start, true);
    }
    match screen_from_hash(&hash) {
        Ok(s) => (s, true),
        Err(_) => (Screen::Start, false),
    }
}

/// `enabled` is false inside a host page's custom element: the URL belongs to the host.
#[hook]
pub fn use_history(state: UseReducerHandle<State>, enabled: bool) {
    let first = use_mut_ref(|| true);
    {
        let screen = state.screen;
        use_effect_with((screen, state.visit), move |(screen, _)| {
            if !enabled {
                return;
            }
            let want = screen.to_hash();
            if current_hash() != want {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    // The first screen replaces the entry the page was opened with.
                    let _ = if *first.borrow() {
                        history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&want),
                        )
                    } else {
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&want))
                    };
                }
            }
            *first.borrow_mut() = false;
        });
    }
    use_effect_with((), move |_| {
        let listener = web_sys::window().filter(|_| enabled).map(|w| {
            EventListener::new(&w, "popstate", move |_| {
                match screen_from_hash(&current_hash()) {
                    Ok(screen) => state.dispatch(Action::Route(screen)),
                    Err(_) => state.dispatch(Action::UnknownRoute),
                }
            })
        });
        move || drop(listener)
    });
}
