//! The app before its text pack has loaded, in its own test binary so that no pack is ever
//! installed here: the start screen must carry all its own words, and a pack that cannot be
//! fetched (the test server has none) must leave the emergency signs and a retry on screen.
#![cfg(target_arch = "wasm32")]

use crampcheck::content::CONTENT;
use crampcheck_core::Level;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits `ms` milliseconds (the fetch is real, so the test waits for the browser's answer).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

fn texts(host: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .map(|e| e.inner_text().trim().to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn the_start_screen_needs_no_text_pack_and_a_failed_one_keeps_the_emergency_signs() {
    let w = web_sys::window().unwrap();
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"))
        .unwrap();
    w.local_storage().unwrap().unwrap().clear().unwrap();
    let host = document().create_element("div").unwrap();
    host.set_inner_html(r#"<div class="cc-fallback">static</div><div class="cc-app-root"></div>"#);
    host.set_attribute("data-region", "au").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let _handle = crampcheck::mount(host.clone());
    yew::scheduler::flush().await;

    // Every heading, button, paragraph and option of the start screen, bar and footer has words.
    for selector in ["h1", "button", "p", "label", "option"] {
        let found = texts(&host, &format!(".cc {selector}"));
        assert!(
            !found.is_empty() || selector == "label",
            "no {selector} on the start screen"
        );
        assert!(
            found.iter().all(|t| !t.is_empty()),
            "an empty {selector} on the start screen: {found:?}"
        );
    }
    assert!(texts(&host, ".cc-emergency")[0].contains("000"));

    // The check needs the pack: "Loading…" first, then (no pack on this server) the failure
    // screen with every EMERGENCY sign, the call link and a retry.
    let check = texts(&host, "button")
        .iter()
        .position(|t| t.contains("Check my leg cramps"))
        .unwrap();
    let buttons = host.query_selector_all("button").unwrap();
    buttons
        .item(check as u32)
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(texts(&host, ".cc h1"), ["Loading…"]);
    for _ in 0..100 {
        if texts(&host, ".cc h1") != ["Loading…"] {
            break;
        }
        sleep(50).await;
    }
    assert_eq!(texts(&host, ".cc h1"), ["This part could not load"]);
    let signs = texts(&host, ".cc-texts-signs li");
    let emergency: Vec<String> = CONTENT
        .rules
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .map(|r| r.finding.get("en").to_string())
        .collect();
    assert_eq!(signs, emergency);
    assert!(signs.iter().all(|s| !s.is_empty()));
    assert_eq!(
        host.query_selector(".cc-texts-signs .cc-call-now")
            .unwrap()
            .unwrap()
            .get_attribute("href")
            .unwrap(),
        "tel:000"
    );
    assert!(texts(&host, "button").iter().any(|t| t == "Try again"));
    // The bar keeps the number too.
    assert!(texts(&host, ".cc-emergency")[0].contains("000"));
}
