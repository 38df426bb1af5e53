//! Component tests: the real app mounted in headless Chromium (wasm-bindgen-test), driven through
//! the DOM the way a person would, with Yew's scheduler flushed after each step.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    host: Element,
    handle: Option<yew::AppHandle<crampcheck::views::app::App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.host.remove();
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The app fetches its texts over the network on first use; here they come from the build
/// (tests/first_screen.rs covers the app without them).
fn install_texts() {
    for pack in crampcheck::content::TEXT_PACKS
        .iter()
        .filter(|p| p.id.lang == "en")
    {
        crampcheck_core::text_pack::install(
            include_str!(concat!(env!("OUT_DIR"), "/text-en.txt")),
            pack.id,
        )
        .expect("the build's own English text pack installs");
    }
}

/// A host element holding `html`, in the page, after clearing the URL and saved answers.
fn fresh_host(html: &str) -> Element {
    install_texts();
    let w = web_sys::window().unwrap();
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"))
        .unwrap();
    w.session_storage().unwrap().unwrap().clear().unwrap();
    w.local_storage().unwrap().unwrap().clear().unwrap();
    let host = document().create_element("div").unwrap();
    host.set_inner_html(html);
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Mounts a fresh app with the given data attributes, after clearing the URL and saved answers.
async fn mount(attrs: &[(&str, &str)]) -> Mounted {
    let host =
        fresh_host(r#"<div class="cc-fallback">static</div><div class="cc-app-root"></div>"#);
    for (k, v) in attrs {
        host.set_attribute(k, v).unwrap();
    }
    let handle = crampcheck::mount(host.clone());
    yew::scheduler::flush().await;
    Mounted {
        host,
        handle: Some(handle),
    }
}

impl Mounted {
    fn find(&self, selector: &str) -> HtmlElement {
        self.host
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .dyn_into()
            .unwrap()
    }
    fn text(&self, selector: &str) -> String {
        self.find(selector).inner_text()
    }
    fn button(&self, label: &str) -> HtmlElement {
        let list = self.host.query_selector_all("button").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
            .find(|b| b.inner_text().contains(label))
            .unwrap_or_else(|| panic!("no button {label:?}"))
    }
    async fn click(&self, el: HtmlElement) {
        el.click();
        yew::scheduler::flush().await;
    }
    async fn choose(&self, option_id: &str) {
        let input: HtmlInputElement = self
            .find(&format!("input[value='{option_id}']"))
            .dyn_into()
            .unwrap();
        input.click();
        yew::scheduler::flush().await;
    }
    async fn answer(&self, option_id: &str) {
        self.choose(option_id).await;
        self.click(self.button("Continue")).await;
    }
}

#[wasm_bindgen_test]
async fn start_screen_hides_the_fallback_and_shows_the_regions_number() {
    let app = mount(&[("data-region", "us")]).await;
    assert!(
        app.find(".cc-fallback").hidden(),
        "static fallback hidden once the app runs"
    );
    assert_eq!(
        app.text(".cc h1"),
        "Leg cramps: what to do now, and what to do next"
    );
    assert_eq!(
        app.find(".cc-emergency-call")
            .get_attribute("href")
            .unwrap(),
        "tel:911"
    );
    assert!(app.text(".cc-emergency").contains("Call 911"));
}

#[wasm_bindgen_test]
async fn unknown_region_falls_back_to_the_default_number() {
    let app = mount(&[("data-region", "atlantis")]).await;
    // An unknown host value is ignored: the number is a real region's (the browser's guess, or
    // the default), never empty.
    let href = app
        .find(".cc-emergency-call")
        .get_attribute("href")
        .unwrap();
    assert!(
        crampcheck::content::CONTENT
            .regions
            .iter()
            .any(|r| href == format!("tel:{}", r.emergency_number)),
        "{href}"
    );
}

#[wasm_bindgen_test]
async fn the_check_asks_one_question_per_screen_and_moves_focus_to_it() {
    let app = mount(&[]).await;
    app.click(app.button("Check my leg cramps")).await;
    assert_eq!(app.text(".cc h1"), "Who is this for?");
    let active = document().active_element().unwrap();
    assert_eq!(active.tag_name(), "H1", "focus on the question");
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/check/who"
    );
    app.answer("me").await;
    assert_eq!(
        app.text(".cc h1"),
        "Now or since this started, have you had any of these?"
    );
    assert!(app.text(".cc-progress").starts_with("Question 2 of about"));
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_shows_an_error() {
    let app = mount(&[]).await;
    app.click(app.button("Check my leg cramps")).await;
    app.click(app.button("Continue")).await;
    assert!(app
        .text(".cc-error-summary")
        .contains("Choose an answer to continue"));
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/check/who"
    );
}

#[wasm_bindgen_test]
async fn an_emergency_answer_shows_the_emergency_result_with_a_call_link() {
    let app = mount(&[("data-region", "gb")]).await;
    app.click(app.button("Check my leg cramps")).await;
    app.answer("me").await;
    app.answer("none").await;
    app.answer("cold_pale").await;
    assert_eq!(app.text(".cc h1"), "Emergency: call 999 now");
    assert_eq!(
        app.find(".cc-call-now").get_attribute("href").unwrap(),
        "tel:999"
    );
    assert!(app
        .host
        .query_selector("[data-rule='E2']")
        .unwrap()
        .is_some());
    assert!(app
        .host
        .query_selector("[data-advice='safety_net_emergency']")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn the_drawn_leg_opens_the_stretch_for_that_muscle() {
    let app = mount(&[("data-start", "relief")]).await;
    assert_eq!(app.text(".cc h1"), "Before you stretch");
    app.click(app.button("None of these")).await;
    assert_eq!(app.text(".cc h1"), "How long has it been cramping?");
    app.click(app.button("It has just started")).await;
    assert_eq!(app.text(".cc h1"), "Which muscle is cramping?");
    let quad = app
        .host
        .query_selector("[data-muscle='quadriceps']")
        .unwrap()
        .unwrap();
    assert_eq!(quad.get_attribute("role").unwrap(), "button");
    assert_eq!(quad.get_attribute("tabindex").unwrap(), "0");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    quad.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(app.text(".cc h1"), "Front of thigh cramp: bend the knee");
    assert!(
        app.host
            .query_selector_all(".cc-steps-large li")
            .unwrap()
            .length()
            >= 3
    );
    assert!(app.text(".cc-timer").contains("30"));
}

#[wasm_bindgen_test]
async fn changing_the_region_changes_every_number_shown() {
    let app = mount(&[]).await;
    let select: web_sys::HtmlSelectElement = app.find(".cc-region select").dyn_into().unwrap();
    select.set_value("au");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(app.text(".cc-emergency").contains("Call 000"));
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("crampcheck.region")
        .unwrap();
    assert_eq!(
        saved.as_deref(),
        Some("au"),
        "the choice is remembered as a preference"
    );
}

#[wasm_bindgen_test]
async fn after_a_panic_the_emergency_signs_come_back() {
    let app = mount(&[]).await;
    assert!(app.find(".cc-fallback").hidden());
    // What the panic hook runs (a real panic would end this test run too).
    crampcheck::show_fallbacks();
    let fallback = app.find(".cc-fallback");
    assert!(
        !fallback.hidden(),
        "the static emergency information is back"
    );
    assert!(fallback.class_list().contains("cc-fallback-error"));
    assert!(
        app.find(".cc-app-root").hidden(),
        "the broken app is hidden"
    );
}

#[wasm_bindgen_test]
async fn an_embedded_widget_leaves_the_page_url_and_storage_alone() {
    let app = mount(&[("data-embedded", ""), ("data-emergency-number", "112")]).await;
    app.click(app.button("Check my leg cramps")).await;
    app.answer("me").await;
    assert_eq!(
        app.text(".cc h1"),
        "Now or since this started, have you had any of these?"
    );
    let w = web_sys::window().unwrap();
    assert_eq!(w.location().hash().unwrap(), "#/", "hash untouched");
    assert_eq!(
        w.session_storage().unwrap().unwrap().length().unwrap(),
        0,
        "no saved answers"
    );
    assert!(
        app.text(".cc-emergency").contains("Call 112"),
        "the host's own number"
    );
}

#[wasm_bindgen_test]
async fn a_parent_is_asked_about_the_child_not_about_themselves() {
    let app = mount(&[]).await;
    app.click(app.button("Check my leg cramps")).await;
    app.answer("under_3").await;
    assert_eq!(
        app.text(".cc h1"),
        "Now or since this started, has your child had any of these?"
    );
    app.answer("none").await;
    assert_eq!(
        app.text(".cc h1"),
        "Now or since this started, have your child's legs had any of these?"
    );
}

#[wasm_bindgen_test]
async fn a_swollen_leg_stops_quick_relief_before_any_stretch() {
    let app = mount(&[("data-start", "relief")]).await;
    let sign = app
        .host
        .query_selector("[data-sign='swollen_red_warm']")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    app.click(sign).await;
    assert_eq!(app.text(".cc h1"), "Get medical help within the hour");
    assert!(app
        .host
        .query_selector("[data-advice='wait_clot']")
        .unwrap()
        .is_some());
    assert!(
        app.host.query_selector(".cc-timer").unwrap().is_none(),
        "no stretch, no hold timer"
    );
}

#[wasm_bindgen_test]
async fn a_cramp_over_ten_minutes_goes_straight_to_urgent_advice() {
    let app = mount(&[("data-start", "relief")]).await;
    app.click(app.button("None of these")).await;
    app.click(app.button("More than 10 minutes")).await;
    assert_eq!(app.text(".cc h1"), "Get medical help within the hour");
    assert!(app
        .host
        .query_selector("[data-advice='wait_long_cramp']")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn the_app_takes_over_from_the_pre_rendered_start_screen_in_one_step() {
    let host = fresh_host(
        r#"<div class="cc-fallback">static</div><div class="cc-pre-root"><div class="cc"><h1>painted</h1></div></div><div class="cc-app-root"></div>"#,
    );
    let ready = std::rc::Rc::new(std::cell::Cell::new(0));
    let _listener = {
        let ready = ready.clone();
        gloo_events::EventListener::new(&document(), "cc-ready", move |_| {
            ready.set(ready.get() + 1)
        })
    };
    let handle = crampcheck::mount(host.clone());
    let mounted = Mounted {
        host: host.clone(),
        handle: Some(handle),
    };
    // Until the app has rendered, what was painted stays and the app is out of sight.
    assert!(host.query_selector(".cc-pre-root").unwrap().is_some());
    assert!(mounted.find(".cc-app-root").hidden());
    yew::scheduler::flush().await;
    assert!(host.query_selector(".cc-pre-root").unwrap().is_none());
    assert!(!mounted.find(".cc-app-root").hidden());
    assert!(mounted.find(".cc-fallback").hidden());
    assert_eq!(
        mounted.text(".cc-app-root .cc-start h1"),
        "Leg cramps: what to do now, and what to do next"
    );
    assert_eq!(
        ready.get(),
        1,
        "cc-ready once, for web/boot.js to pass on taps"
    );
}
