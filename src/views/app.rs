//! The root: one state, the emergency line on every screen, and the current screen.

use crate::config::{Config, StartScreen};
use crate::content::{msg, CONTENT};
use crate::ctx::Ctx;
use crate::hooks::{
    use_focus_heading::use_focus_heading,
    use_history::{initial_screen, use_history},
    use_texts::{use_texts, TextStatus},
};
use crate::i18n::Tr;
use crate::route::Screen;
use crate::state::{Action, Notice, State};
use crate::storage;
use crate::views::{
    diary::diary,
    emergency_bar::emergency_bar,
    footer::footer,
    notice::notice_box,
    open::open,
    question::question_page,
    relief::relief,
    relief_check::{relief_check, relief_duration},
    relief_urgent::relief_outcome,
    result::result_page,
    start::start,
    summary::summary,
    texts_missing::texts_missing,
};
use crampcheck_core::Answers;
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
}

fn initial_state(config: &Config) -> State {
    let (answers, saved_notice) = if config.embedded {
        (Answers::new(), None)
    } else {
        storage::load_answers()
    };
    let (mut screen, link_ok) = if config.embedded {
        (Screen::Start, true)
    } else {
        initial_screen()
    };
    if screen == Screen::Start && link_ok {
        screen = match config.start {
            StartScreen::Home => Screen::Start,
            StartScreen::Relief => Screen::ReliefCheck,
            StartScreen::Check => CONTENT
                .questions
                .first()
                .map(|q| Screen::Question(q.id))
                .unwrap_or(Screen::Start),
        };
    }
    // The host's region, else the person's saved choice, else a guess from the browser.
    let (region, origin) = crate::region::initial(config.region, config.embedded);
    let notice = saved_notice.or((!link_ok).then_some(Notice::UnknownLink));
    let mut state = State::new(screen, answers, region, notice);
    state.lang = crate::lang::initial(config.lang, config.embedded);
    // A person's own earlier choice of region wins over the host's number.
    state.number_override = config
        .number
        .filter(|_| origin != crate::region::Origin::Saved);
    state
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let config = props.config;
        move || initial_state(&config)
    });
    let embedded = props.config.embedded;
    use_history(state.clone(), !embedded);
    {
        let answers = state.answers.clone();
        use_effect_with(answers, move |a| {
            if !embedded {
                storage::save_answers(a)
            }
        });
    }
    {
        // Quick relief's clock ticks only while a relief screen is open.
        let state = state.clone();
        let on_relief = matches!(state.screen, Screen::Relief(_));
        use_effect_with(on_relief, move |on| {
            let interval = on.then(|| Interval::new(1_000, move || state.dispatch(Action::Tick)));
            move || drop(interval)
        });
    }
    {
        // The service worker (started by boot.js) says when a new version is waiting.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = crate::pwa::on_update_ready(move || state.dispatch(Action::UpdateReady));
            move || drop(listener)
        });
    }
    // Every screen but the start screen needs the content's texts, fetched on first use; in a
    // language other than the default, the start screen needs them too (its words in the first
    // load are the default language's, shown until they arrive or if they cannot).
    let default = CONTENT.languages[0];
    let (texts, retry) = use_texts(
        state.lang,
        props.config.base,
        state.screen != Screen::Start || state.lang != default,
    );
    let lang = if texts == TextStatus::Ready {
        state.lang
    } else {
        default
    };
    let container = use_node_ref();
    use_focus_heading(container.clone(), (state.visit, texts));
    {
        // Shown once its words are here: the start screen in another language waits for its
        // text pack (the pre-rendered one, or the static fallback, stays up until then); every
        // other screen shows "Loading…" meanwhile.
        let container = container.clone();
        let ready = texts != TextStatus::Loading || state.screen != Screen::Start;
        use_effect_with(ready, move |ready| {
            if let (true, Some(app)) = (*ready, container.cast::<web_sys::Element>()) {
                crate::take_over(&app);
            }
        });
    }
    {
        // The summary's clinic section and the page that opens a saved file (web/clinic.js), and
        // the diary and the summary's diary section (web/diary.js), are filled by modules loaded
        // only now: one event asks boot.js (or embed.js) to load what the screen holds. A saved
        // file's answers come back as `cc-imported`, which bubbles up to here.
        let container = container.clone();
        let state = state.clone();
        let modules = matches!(state.screen, Screen::Summary | Screen::Open | Screen::Diary)
            && texts == TextStatus::Ready;
        // Again after a change of language: the sections are made anew in the new words.
        use_effect_with((modules, state.visit, lang), move |(on, _, _)| {
            let root = container.cast::<web_sys::Element>().filter(|_| *on);
            let listener = root.as_ref().map(|r| {
                gloo_events::EventListener::new(r, "cc-imported", move |e| {
                    let code = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|el| el.get_attribute("data-answers"))
                        .unwrap_or_default();
                    let (answers, _) = Answers::decode(&CONTENT, &code);
                    state.dispatch(Action::Imported(answers));
                })
            });
            if let (Some(r), Ok(event)) = (root, web_sys::Event::new("cc-modules")) {
                let _ = r.dispatch_event(&event);
            }
            move || drop(listener)
        });
    }

    let tr = texts_for(&state, lang);
    if !embedded {
        // The page's language follows the app's on its own page (a widget sets only its own).
        // Set on every render: two small writes, and an effect would cost more wasm.
        crate::lang::set_page_language(lang, &tr.t(msg::START_PAGE_TITLE));
    }
    let ctx = Ctx {
        state: state.clone(),
        tr,
        embedded,
        base: props.config.base,
    };
    let screen = match state.screen {
        Screen::Start => start(&ctx),
        _ if texts != TextStatus::Ready => texts_missing(&tr, texts, retry),
        Screen::Relief(muscle) => relief(&ctx, muscle),
        Screen::ReliefUrgent => {
            relief_outcome(&tr, CONTENT.rule(crate::content::ids::rule::U5), true)
        }
        Screen::ReliefCheck => relief_check(&ctx),
        Screen::ReliefDuration => relief_duration(&ctx),
        Screen::ReliefSign(id) => relief_outcome(
            &tr,
            CONTENT
                .relief_signs
                .iter()
                .find(|s| s.id == id)
                .and_then(|s| CONTENT.rule(s.rule)),
            false,
        ),
        Screen::Question(id) => question_page(&ctx, id),
        Screen::Result => result_page(&ctx),
        Screen::Summary => summary(&ctx),
        Screen::Open => open(&ctx),
        Screen::Diary => diary(&ctx),
    };
    page(&ctx, container, screen)
}

/// The words of the screen for `state`, in `lang`, with its region's emergency number.
pub fn texts_for(state: &State, lang: &'static str) -> Tr {
    Tr {
        lang,
        number: state
            .number_override
            .unwrap_or(state.region.emergency_number),
        urgent: state.region.urgent.get(lang),
        voice: CONTENT.voice(&state.answers),
    }
}

/// Every screen's frame: the emergency line, the screen, the footer. The build's pre-rendered
/// start screen (`prerender`) is this same function, so the page before the app and the app agree.
pub fn page(ctx: &Ctx, container: NodeRef, screen: Html) -> Html {
    html! {
        <div class="cc" ref={container} lang={ctx.tr.lang}>
                { emergency_bar(&ctx.tr) }
                <main class="cc-main">
                    { notice_box(ctx) }
                    { screen }
                </main>
                { footer(ctx) }
        </div>
    }
}
