//! Moves focus to the new screen's heading after each navigation (GOV.UK pattern), so screen
//! reader and keyboard users start at the question, not at the top of the page.

use crate::hooks::use_texts::TextStatus;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `visit` counts navigations; the texts' status is there too, so the heading that replaces
/// "Loading…" gets the focus as well.
#[hook]
pub fn use_focus_heading(container: NodeRef, screen: (u32, TextStatus)) {
    use_effect_with(screen, move |(visit, _)| {
        // Not on first load: an embedded widget must not steal focus from its host page.
        if *visit > 0 {
            if let Some(root) = container.cast::<web_sys::Element>() {
                if let Some(h) = root
                    .query_selector("h1")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    // Focus also scrolls the heading into view (clear of the sticky bar, by
                    // its CSS scroll margin).
                    let _ = h.focus();
                }
            }
        }
    });
}
