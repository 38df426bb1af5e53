//! Opening a file saved with "Download for your clinic". The app draws the page; the clinic module
//! (web/clinic.js, loaded now) puts the file chooser in it, reads the file, and hands the answers
//! back (`cc-imported`) or says in words why it cannot.

use crate::content::msg;
use crate::ctx::Ctx;
use crate::route::Screen;
use crate::state::Action;
use yew::prelude::*;

pub fn open(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    html! {
        <section class="cc-open">
            <h1 tabindex="-1">{ tr.t(msg::CLINIC_OPEN_TITLE) }</h1>
            <p class="cc-lead">{ tr.t(msg::CLINIC_OPEN_LEAD) }</p>
            <div class="cc-clinic" data-mode="open" data-lang={tr.lang}></div>
            <p><button type="button" class="cc-link-button" onclick={ctx.on_click(Action::Go(Screen::Start))}>{ tr.t(msg::QUESTION_BACK) }</button></p>
        </section>
    }
}
