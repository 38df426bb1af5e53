//! Moving focus from a clicked control to another element of the same app.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Focuses the first `selector` inside the clicked element's closest `ancestor` (an app inside a
/// custom element's shadow root included), if there is one.
pub fn focus_near(e: &MouseEvent, ancestor: &str, selector: &str) {
    if let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(ancestor).ok().flatten())
        .and_then(|a| a.query_selector(selector).ok().flatten())
        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
