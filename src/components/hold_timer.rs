//! A 30-second hold timer. The countdown is visible; screen readers hear it every 10 seconds
//! through a polite live region rather than every second.

use crate::content::msg;
use crate::i18n::Tr;
use gloo_timers::callback::Interval;
use std::rc::Rc;
use yew::prelude::*;

const HOLD_SECONDS: u32 = 30;

#[derive(Clone, Copy, PartialEq, Default)]
pub struct Hold {
    /// Seconds left, `None` before the first start.
    pub left: Option<u32>,
    pub running: bool,
}

pub enum HoldAction {
    Start,
    Pause,
    Resume,
    Tick,
}

impl Reducible for Hold {
    type Action = HoldAction;
    fn reduce(self: Rc<Self>, action: HoldAction) -> Rc<Self> {
        let next = match action {
            HoldAction::Start => Hold {
                left: Some(HOLD_SECONDS),
                running: true,
            },
            HoldAction::Pause => Hold {
                running: false,
                ..*self
            },
            HoldAction::Resume => Hold {
                running: true,
                ..*self
            },
            HoldAction::Tick if self.running => match self.left {
                Some(n) if n > 1 => Hold {
                    left: Some(n - 1),
                    running: true,
                },
                _ => Hold {
                    left: Some(0),
                    running: false,
                },
            },
            HoldAction::Tick => *self,
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct HoldTimerProps {
    pub tr: Tr,
}

#[function_component]
pub fn HoldTimer(props: &HoldTimerProps) -> Html {
    let tr = props.tr;
    let hold = use_reducer(Hold::default);
    {
        let hold = hold.clone();
        use_effect_with(hold.running, move |running| {
            let interval =
                running.then(|| Interval::new(1_000, move || hold.dispatch(HoldAction::Tick)));
            move || drop(interval)
        });
    }
    let dispatch = |a: fn() -> HoldAction| {
        let hold = hold.clone();
        Callback::from(move |_: MouseEvent| hold.dispatch(a()))
    };
    let announce = match hold.left {
        Some(0) => tr.t(msg::TIMER_DONE),
        Some(n) if n % 10 == 0 => tr.with(msg::TIMER_LEFT, &[("seconds", &n.to_string())]),
        _ => String::new(),
    };
    let (label, onclick) = match (hold.left, hold.running) {
        (None, _) => (tr.t(msg::TIMER_START), dispatch(|| HoldAction::Start)),
        (Some(0), _) => (tr.t(msg::TIMER_AGAIN), dispatch(|| HoldAction::Start)),
        (Some(_), true) => (tr.t(msg::TIMER_PAUSE), dispatch(|| HoldAction::Pause)),
        (Some(_), false) => (tr.t(msg::TIMER_RESUME), dispatch(|| HoldAction::Resume)),
    };
    let shown = hold.left.unwrap_or(HOLD_SECONDS);
    // The ring empties as the hold runs. SVG attributes, not a style attribute: the page's CSP
    // forbids inline styles.
    // Integer maths: float formatting alone would add kilobytes to the wasm.
    const CIRCUMFERENCE: u32 = 283; // 2 * pi * r for r = 45
    let offset = CIRCUMFERENCE * (HOLD_SECONDS - shown) / HOLD_SECONDS;
    html! {
        <section class="cc-timer" aria-labelledby="cc-timer-title">
            <h2 id="cc-timer-title">{ tr.t(msg::TIMER_TITLE) }</h2>
            <div class="cc-timer-face" role="timer" aria-label={tr.with(msg::TIMER_LEFT, &[("seconds", &shown.to_string())])}>
                <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                    <circle class="cc-timer-track" cx="50" cy="50" r="45" />
                    <circle class="cc-timer-ring" cx="50" cy="50" r="45"
                        stroke-dasharray={CIRCUMFERENCE.to_string()} stroke-dashoffset={offset.to_string()} />
                    <text x="50" y="50" text-anchor="middle" dominant-baseline="central">{ shown }</text>
                </svg>
            </div>
            <p class="cc-visually-hidden" aria-live="polite">{ announce }</p>
            if hold.left == Some(0) {
                <p class="cc-timer-done">{ tr.t(msg::TIMER_DONE) }</p>
            }
            <button type="button" class="cc-button" {onclick}>{ label }</button>
        </section>
    }
}
