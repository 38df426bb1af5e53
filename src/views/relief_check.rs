//! Quick relief's first two screens: the few signs that make stretching or massage wrong (or the
//! cramp an emergency), then how long it has been cramping, so the 10-minute limit counts from the
//! cramp's start.

use crate::content::{msg, CONTENT};
use crate::ctx::Ctx;
use crate::route::Screen;
use crate::state::Action;
use yew::prelude::*;

pub fn relief_check(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    html! {
        <section class="cc-relief-check">
            <h1 tabindex="-1">{ tr.t(msg::RELIEF_CHECK_TITLE) }</h1>
            <p class="cc-lead">{ tr.t(msg::RELIEF_CHECK_LEAD) }</p>
            <ul class="cc-sign-list">
                { for CONTENT.relief_signs.iter().map(|s| html! {
                    <li>
                        <button type="button" class="cc-button-warning" data-sign={s.id}
                            onclick={ctx.on_click(Action::Go(Screen::ReliefSign(s.id)))}>
                            { tr.text(&s.label) }
                        </button>
                    </li>
                }) }
            </ul>
            <div class="cc-actions">
                <button type="button" class="cc-button" onclick={ctx.on_click(Action::ReliefSignsNone)}>
                    { tr.t(msg::RELIEF_CHECK_NONE) }
                </button>
            </div>
        </section>
    }
}

pub fn relief_duration(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    html! {
        <section class="cc-relief-check">
            <h1 tabindex="-1">{ tr.t(msg::RELIEF_DURATION_TITLE) }</h1>
            <div class="cc-choices">
                { for CONTENT.relief_durations.iter().map(|d| html! {
                    <button type="button" class="cc-choice" data-duration={d.id}
                        onclick={ctx.on_click(Action::StartRelief(d.minutes))}>
                        <span class="cc-choice-title">{ tr.text(&d.label) }</span>
                    </button>
                }) }
            </div>
        </section>
    }
}
