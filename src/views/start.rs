use crate::content::{msg, TYPICAL_MINUTES, TYPICAL_QUESTIONS};
use crate::ctx::Ctx;
use crate::route::Screen;
use crate::state::Action;
use crate::views::diary::diary_link;
use yew::prelude::*;

/// Two clear choices: relief now, or the self-check.
pub fn start(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    let relief = ctx.on_click(Action::Go(Screen::ReliefCheck));
    let check = ctx.on_click(Action::StartCheck);
    let in_progress = !ctx.state.answers.is_empty();
    let resume = ctx.on_click(Action::Go(Screen::Result));
    html! {
        <section class="cc-start">
            <h1 tabindex="-1">{ tr.t(msg::START_TITLE) }</h1>
            <p class="cc-lead">{ tr.t(msg::START_LEAD) }</p>
            <div class="cc-choices">
                <button type="button" class="cc-choice cc-choice-relief" onclick={relief}>
                    <span class="cc-choice-title">{ tr.t(msg::START_RELIEF) }</span>
                    <span class="cc-choice-hint">{ tr.t(msg::START_RELIEF_HINT) }</span>
                </button>
                <button type="button" class="cc-choice cc-choice-check" onclick={check}>
                    <span class="cc-choice-title">{ tr.t(msg::START_CHECK) }</span>
                    <span class="cc-choice-hint">{ tr.with(msg::START_CHECK_HINT, &[("questions", &TYPICAL_QUESTIONS.to_string()), ("minutes", &TYPICAL_MINUTES.to_string())]) }</span>
                </button>
            </div>
            if in_progress {
                <p class="cc-resume"><button type="button" class="cc-link-button" onclick={resume}>{ tr.t(msg::START_CONTINUE) }</button></p>
            }
            <p><button type="button" class="cc-link-button" onclick={ctx.on_click(Action::Go(Screen::Open))}>{ tr.t(msg::START_OPEN) }</button></p>
            <p>{ diary_link(ctx, msg::START_DIARY) }</p>
            <p class="cc-privacy">{ tr.t(msg::START_PRIVACY) }</p>
            <p class="cc-small">{ tr.t(msg::START_NOT_DIAGNOSIS) }</p>
        </section>
    }
}
