//! A print-ready summary to show a doctor, and the same as plain text to copy.

use crate::content::{msg, CONTENT};
use crate::ctx::Ctx;
use crate::route::Screen;
use crate::state::Action;
use crate::summary_text::summary_doc;
use crampcheck_core::{text_pack, MessageKey};
use crampcheck_fhir::handoff::{self, SEP};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The catalogue's words the clinic module uses, in the order it reads them
/// (`crampcheck_clinic::Words`, clinic/src/lib.rs).
const CLINIC_WORDS: [MessageKey; 13] = [
    msg::CLINIC_QR_TITLE,
    msg::SUMMARY_DATE,
    msg::SUMMARY_LEVEL,
    msg::SUMMARY_REASONS,
    msg::CLINIC_QR_MORE,
    msg::SUMMARY_GENERATED,
    msg::CLINIC_HEADING,
    msg::CLINIC_QR_LABEL,
    msg::CLINIC_QR_CAPTION,
    msg::CLINIC_QR_TEXT,
    msg::CLINIC_DOWNLOAD,
    msg::CLINIC_DOWNLOAD_HINT,
    msg::CLINIC_FAILED,
];

/// Writes the copy result into the summary's status line (a live region).
fn say(status: &Option<web_sys::Element>, message: &str) {
    if let Some(el) = status {
        el.set_text_content(Some(message));
    }
}

pub fn summary(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    let a = ctx.state.assessment();
    let date: String = js_sys::Date::new_0()
        .to_locale_date_string(tr.lang, &wasm_bindgen::JsValue::UNDEFINED)
        .into();
    let doc = summary_doc(&tr, &ctx.state.answers, &a, &date);
    let text = doc.to_text();
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let copy = {
        let text = text.clone();
        let (done, failed) = (tr.t(msg::SUMMARY_COPIED), tr.t(msg::SUMMARY_COPY_FAILED));
        Callback::from(move |e: MouseEvent| {
            let Some(w) = web_sys::window() else { return };
            // The status line sits beside the button; found from the click, not kept in state.
            let status = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|b| b.closest("article").ok().flatten())
                .and_then(|art| art.query_selector("[role=status]").ok().flatten());
            let (ok_status, err_status) = (status.clone(), status);
            let (done, failed) = (done.clone(), failed.clone());
            // Plain promise callbacks: an async block would pull an executor into the wasm.
            // The two small closures are released to the JS side: one per click of "copy".
            let on_ok =
                Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| say(&ok_status, &done));
            let on_err = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
                say(&err_status, &failed)
            });
            let _ = w
                .navigator()
                .clipboard()
                .write_text(&text)
                .then2(&on_ok, &on_err);
            on_ok.forget();
            on_err.forget();
        })
    };
    let back = ctx.on_click(Action::Go(Screen::Result));
    // What the clinic module writes out: worked out here, so that module carries no content.
    // The file in the default language and the person's; a reader of another language has only
    // their own language's texts loaded, and the file is then in that alone.
    let default = CONTENT.languages[0];
    let first = if text_pack::is_installed(default) {
        default
    } else {
        tr.lang
    };
    let handoff = handoff::encode(
        &CONTENT,
        &ctx.state.answers,
        &a,
        (first, tr.lang),
        tr.number,
    );
    let words: Vec<String> = CLINIC_WORDS.iter().map(|k| tr.t(*k)).collect();
    html! {
        <article class="cc-summary">
            <h1 tabindex="-1">{ doc.title.clone() }</h1>
            <p class="cc-lead cc-no-print">{ tr.t(msg::SUMMARY_LEAD) }</p>
            <dl class="cc-summary-facts">
                { for doc.facts.iter().map(|(k, v)| html! { <><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></> }) }
            </dl>
            { for [&doc.reasons, &doc.advice].into_iter().map(|(heading, lines)| html! {
                <>
                    <h2>{ heading.clone() }</h2>
                    <ul>{ for lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                </>
            }) }
            <h2>{ doc.answers.0.clone() }</h2>
            <table class="cc-answers">
                <tbody>
                    { for doc.answers.1.iter().map(|(q, a)| html! {
                        <tr><th scope="row">{ q.clone() }</th><td>{ a.clone() }</td></tr>
                    }) }
                </tbody>
            </table>
            // Filled by the clinic module (web/clinic.js), which the app asks for once this is on
            // screen: a QR code and the FHIR file. Empty here, so the first load does not carry it.
            <section class="cc-clinic" data-handoff={handoff} data-words={words.join(&SEP.to_string())}
                data-date={date.clone()}></section>
            <p class="cc-small">{ doc.footer.clone() }</p>
            <div class="cc-actions cc-no-print">
                <button type="button" class="cc-button" onclick={print}>{ tr.t(msg::SUMMARY_PRINT) }</button>
                <button type="button" class="cc-button-secondary" onclick={copy}>{ tr.t(msg::SUMMARY_COPY) }</button>
                <button type="button" class="cc-link-button" onclick={back}>{ tr.t(msg::SUMMARY_BACK) }</button>
            </div>
            <p class="cc-no-print" role="status"></p>
            <details class="cc-no-print">
                <summary>{ tr.t(msg::SUMMARY_PLAIN_TEXT) }</summary>
                <textarea class="cc-plain" readonly=true rows="14" aria-label={tr.t(msg::SUMMARY_PLAIN_TEXT)} value={text} />
            </details>
        </article>
    }
}
