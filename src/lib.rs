//! CrampCheck's web app: a thin Yew shell over `crampcheck-core`.

pub mod config;
pub mod content;
pub mod ctx;
pub mod focus;
pub mod hooks;
pub mod i18n;
pub mod lang;
pub mod leg_drawing;
pub mod pwa;
pub mod region;
pub mod route;
pub mod state;
pub mod storage;
pub mod summary_text;
pub mod texts;
pub mod timer;
pub mod views;

use config::Config;
use views::app::App;
use wasm_bindgen::JsCast;

thread_local! {
    /// Every element an app was mounted in, so a panic can bring back each one's fallback.
    static ROOTS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Mounts the app into `root`. Settings, later ones winning: the element's `data-lang` (for a
/// widget without one, its page's `lang`), `data-region`, `data-emergency-number`, `data-start` and `data-embedded`
/// attributes, then (for the app's own page only) the URL query. The region starts as the host's
/// (attribute or query), else the person's saved choice, else a guess from the browser, else the
/// content's default (`region::choose`). The static fallback inside
/// `root` (emergency signs for when the app cannot start) is hidden once the app is running.
/// Returns the handle, so a host (or a test) can remove the app again.
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    crampcheck_core::text_pack::set_first_screen(content::FIRST_SCREEN);
    let mut config = Config::default();
    for key in ["lang", "region", "emergency-number", "start", "embedded"] {
        if let Some(v) = root.get_attribute(&format!("data-{key}")) {
            config = config.apply(key, &v);
        }
    }
    // A host page's own language speaks for a widget in it; the app's own page's `lang` is only
    // the language it was written in, so there the browser's preferences decide.
    let page_lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    if let (true, None, Some(lang)) = (config.embedded, config.lang, page_lang) {
        config = config.apply("lang", &lang);
    }
    if let Some(base) = root.get_attribute("data-base") {
        config.base = Box::leak(base.into_boxed_str());
    }
    if !config.embedded {
        if let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) {
            config = config.from_query(&search);
        }
    }
    let app_root = match root.query_selector(".cc-app-root").ok().flatten() {
        Some(el) => el,
        None => root.clone(),
    };
    // Rendered out of sight: what is on screen (the pre-rendered start screen or the static
    // fallback) stays until the app can show its first screen in its own words (`take_over`).
    if let Some(el) = app_root.dyn_ref::<web_sys::HtmlElement>() {
        el.set_hidden(true);
    }
    let handle =
        yew::Renderer::<App>::with_root_and_props(app_root, views::app::AppProps { config })
            .render();
    ROOTS.with(|r| r.borrow_mut().push(root));
    handle
}

/// The app's first screen is ready inside `app` (its `.cc`): in one step, with nothing painted
/// between, the pre-rendered start screen goes, the static fallback is hidden and the app is
/// shown. Then `cc-ready` on the document tells web/boot.js to pass on any tap made before.
pub fn take_over(app: &web_sys::Element) {
    // `mount`'s element: the `.cc-app-root` inside it, or itself when it has none.
    let Some(app_root) = app.parent_element() else {
        return;
    };
    let root = match app_root.class_list().contains("cc-app-root") {
        true => app_root
            .parent_element()
            .unwrap_or_else(|| app_root.clone()),
        false => app_root.clone(),
    };
    let pre = root.query_selector(".cc-pre-root").ok().flatten();
    if let Some(pre) = &pre {
        pre.remove();
    }
    let fallback = root.query_selector(".cc-fallback").ok().flatten();
    for (el, hidden) in [(fallback, true), (Some(app_root), false)] {
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            el.set_hidden(hidden);
        }
    }
    if let (Some(_), Some(doc), Ok(ready)) = (
        pre,
        web_sys::window().and_then(|w| w.document()),
        web_sys::Event::new("cc-ready"),
    ) {
        let _ = doc.dispatch_event(&ready);
    }
}

/// Forgets a root whose app was removed (a widget that left its page).
pub fn forget_root(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().retain(|x| x != root));
}

/// Shows `root`'s static fallback, with its "could not start" line, and hides the app in it (and
/// the pre-rendered start screen, if the app failed before taking over from it).
fn show_fallback(root: &web_sys::Element) {
    if let Some(pre) = root.query_selector(".cc-pre-root").ok().flatten() {
        pre.remove();
    }
    for (selector, hidden) in [(".cc-fallback", false), (".cc-app-root", true)] {
        if let Some(el) = root
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            el.set_hidden(hidden);
            if !hidden {
                let _ = el.class_list().add_1("cc-fallback-error");
            }
        }
    }
}

/// On a panic, every mounted app shows its static fallback again, so the emergency signs are
/// never replaced by a blank widget.
pub fn install_panic_fallback() {
    // Through Yew, which otherwise replaces any hook with its own console logger on render.
    yew::set_custom_panic_hook(Box::new(|_| show_fallbacks()));
}

/// What the panic hook does: every mounted app gives way to its static emergency information.
pub fn show_fallbacks() {
    ROOTS.with(|r| r.borrow().iter().for_each(show_fallback));
}
