use crate::content::{msg, CONTENT};
use crate::ctx::Ctx;
use crate::lang;
use crate::state::Action;
use crate::storage::{self, Preference};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The value a `<select>` was changed to.
fn chosen(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
}

/// Region (and so the emergency number), language, privacy and the content version. The region
/// list has the ID `cc-region`: the emergency bar's "Change" moves focus to it.
pub fn footer(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    let embedded = ctx.embedded;
    // A widget inside another site keeps no choices: that site's storage is not ours.
    let keep = move |p: Preference, value: &str| {
        if !embedded {
            storage::save(p, value);
        }
    };
    let on_region = {
        let state = ctx.state.clone();
        Callback::from(move |e: Event| {
            if let Some(region) = chosen(&e).and_then(|id| CONTENT.region(&id)) {
                keep(Preference::Region, region.id);
                state.dispatch(Action::SetRegion(region));
            }
        })
    };
    let on_lang = {
        let state = ctx.state.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = chosen(&e).and_then(|l| lang::declared(&l)) {
                keep(Preference::Language, l);
                state.dispatch(Action::SetLang(l));
            }
        })
    };
    let current = ctx.state.region.id;
    html! {
        <footer class="cc-footer">
            <label class="cc-region">
                <span>{ tr.t(msg::FOOTER_REGION) }</span>
                <select id="cc-region" onchange={on_region}>
                    { for CONTENT.regions.iter().map(|r| html! {
                        <option value={r.id} selected={r.id == current}>
                            { format!("{} ({})", tr.text(&r.name), r.emergency_number) }
                        </option>
                    }) }
                </select>
            </label>
            if CONTENT.languages.len() > 1 {
                <label class="cc-region">
                    <span>{ tr.t(msg::FOOTER_LANGUAGE) }</span>
                    // Each language's name in that language, marked as such for screen readers.
                    <select id="cc-lang" onchange={on_lang}>
                        { for CONTENT.language_names.iter().map(|(l, name)| html! {
                            <option value={*l} lang={*l} selected={*l == ctx.state.lang}>{ *name }</option>
                        }) }
                    </select>
                </label>
            }
            if !lang::reviewed(tr.lang) {
                <p class="cc-unreviewed">{ tr.t(msg::FOOTER_UNREVIEWED) }</p>
            }
            <p>{ tr.t(msg::FOOTER_PRIVACY) }</p>
            if !ctx.embedded {
                <p><a href="embed-this.html">{ tr.t(msg::FOOTER_EMBED) }</a></p>
            }
            <p class="cc-version">{ tr.with(msg::FOOTER_VERSION, &[("version", CONTENT.version)]) }</p>
        </footer>
    }
}
