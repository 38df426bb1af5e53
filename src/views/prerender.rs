//! The start screen as the build writes it into `index.html` (`src/bin/prerender.rs`), so it is
//! painted before any script runs. It is the app's own frame and start screen (`app::page`,
//! `start::start`) for a state the build chooses, so the page before the app starts and the app
//! cannot drift apart: the swap to the running app changes nothing on screen.

use crate::content::CONTENT;
use crate::ctx::Ctx;
use crate::route::Screen;
use crate::state::State;
use crate::views::{
    app::{page, texts_for},
    emergency_bar::emergency_bar,
    start::start,
};
use crampcheck_core::{Answers, Region};
use yew::prelude::*;

/// What to render: the whole start page, or only its emergency line (one per region: the page
/// shows the one for the reader's region, chosen by web/first-paint.js).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Page,
    EmergencyBar,
}

#[derive(Properties, PartialEq)]
pub struct PrerenderProps {
    pub lang: &'static str,
    pub region: &'static Region,
    pub part: Part,
}

/// Some answer, so the page carries "Continue" too: web/first-paint.js hides it unless this tab
/// has saved answers (the app shows it in the same case).
fn some_answer() -> Answers {
    let mut answers = Answers::new();
    if let Some((q, o)) = CONTENT
        .questions
        .first()
        .and_then(|q| q.options.first().map(|o| (q.id, o.id)))
    {
        let _ = answers.set(&CONTENT, q, &[o]);
    }
    answers
}

#[function_component]
pub fn Prerender(props: &PrerenderProps) -> Html {
    let (lang, region) = (props.lang, props.region);
    let state = use_reducer(move || {
        let mut s = State::new(Screen::Start, some_answer(), region, None);
        s.lang = lang;
        s
    });
    let tr = texts_for(&state, lang);
    match props.part {
        Part::EmergencyBar => emergency_bar(&tr),
        Part::Page => {
            let ctx = Ctx {
                state,
                tr,
                embedded: false,
                base: "",
            };
            page(&ctx, NodeRef::default(), start(&ctx))
        }
    }
}
