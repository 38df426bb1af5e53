//! CrampCheck's web app: a thin Yew shell over `crampcheck-core`.

pub mod components;
pub mod config;
pub mod content;
pub mod hooks;
pub mod i18n;
pub mod route;
pub mod state;
pub mod storage;
pub mod summary_text;
pub mod timer;

use components::app::App;
use config::Config;
use wasm_bindgen::JsCast;

/// Mounts the app into `root`, reading its settings from the element's data attributes and the URL.
/// The static fallback inside `root` (emergency signs for when the app cannot start) is removed
/// only once the app is running.
/// Returns the handle, so a host (or a test) can remove the app again.
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    let mut config = Config::default();
    for key in ["lang", "region", "start"] {
        if let Some(v) = root.get_attribute(&format!("data-{key}")) {
            config = config.apply(key, &v);
        }
    }
    if let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) {
        config = config.from_query(&search);
    }
    if let Some(lang) = root.get_attribute("lang").or_else(|| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
    }) {
        config = config.apply("lang", &lang);
    }
    let app_root = match root.query_selector(".cc-app-root").ok().flatten() {
        Some(el) => el,
        None => root.clone(),
    };
    let handle =
        yew::Renderer::<App>::with_root_and_props(app_root, components::app::AppProps { config })
            .render();
    if let Some(fallback) = root.query_selector(".cc-fallback").ok().flatten() {
        if let Some(el) = fallback.dyn_ref::<web_sys::HtmlElement>() {
            el.set_hidden(true);
        }
    }
    handle
}

/// Shows the static fallback again if the app panics, with its "could not start" line, so the emergency
/// signs are never replaced by a blank widget.
pub fn install_panic_fallback() {
    // Through Yew, which otherwise replaces any hook with its own console logger on render.
    yew::set_custom_panic_hook(Box::new(|_| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Ok(list) = doc.query_selector_all(".cc-fallback") {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    el.set_hidden(false);
                    let _ = el.class_list().add_1("cc-fallback-error");
                }
            }
        }
        if let Ok(list) = doc.query_selector_all(".cc-app-root") {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    el.set_hidden(true);
                }
            }
        }
    }));
}
