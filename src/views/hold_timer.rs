//! A 30-second hold timer. The countdown is visible; screen readers hear it every 10 seconds
//! through a polite live region rather than every second.

use crate::content::msg;
use crate::ctx::Ctx;
use crate::state::Action;
use crate::timer::{HoldAction, HOLD_SECONDS};
use yew::prelude::*;

pub fn hold_timer(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    let clock = ctx.state.clock;
    let announce = match clock.hold_left {
        Some(0) => tr.t(msg::TIMER_DONE),
        Some(n) if n % 10 == 0 => tr.with(msg::TIMER_LEFT, &[("seconds", &n.to_string())]),
        _ => String::new(),
    };
    let (label, action) = match (clock.hold_left, clock.holding) {
        (None, _) => (tr.t(msg::TIMER_START), HoldAction::Start),
        (Some(0), _) => (tr.t(msg::TIMER_AGAIN), HoldAction::Start),
        (Some(_), true) => (tr.t(msg::TIMER_PAUSE), HoldAction::Pause),
        (Some(_), false) => (tr.t(msg::TIMER_RESUME), HoldAction::Resume),
    };
    let shown = clock.hold_left.unwrap_or(HOLD_SECONDS);
    // The ring empties as the hold runs. SVG attributes, not a style attribute: the page's CSP
    // forbids inline styles. Integer maths: float formatting alone would add kilobytes to the wasm.
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
            if clock.hold_left == Some(0) {
                <p class="cc-timer-done">{ tr.t(msg::TIMER_DONE) }</p>
            }
            <button type="button" class="cc-button" onclick={ctx.on_click(Action::Hold(action))}>{ label }</button>
        </section>
    }
}
