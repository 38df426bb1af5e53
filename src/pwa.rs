//! The app's side of the offline service worker, which boot.js registers: it tells the app when a
//! new version is waiting (`cc-update` on the document) and switches to it when asked (`cc-apply`).
//! Plain DOM events keep the two loosely coupled and the wasm free of service-worker bindings.

use gloo_events::EventListener;

/// Calls `f` when an update is waiting, including one found before the app started (boot.js
/// then leaves `data-cc-update` on the root element).
pub fn on_update_ready(mut f: impl FnMut() + 'static) -> Option<EventListener> {
    let doc = web_sys::window()?.document()?;
    if doc
        .document_element()
        .is_some_and(|e| e.has_attribute("data-cc-update"))
    {
        f();
    }
    Some(EventListener::new(&doc, "cc-update", move |_| f()))
}

pub fn apply_update() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(e) = web_sys::Event::new("cc-apply") {
            let _ = doc.dispatch_event(&e);
        }
    }
}
