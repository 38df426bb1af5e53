use crate::content::{msg, CONTENT};
use crate::ctx::Ctx;
use crate::state::Action;
use crate::storage;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Region (and so the emergency number), privacy and the content version. The region list has
/// the ID `cc-region`: the emergency bar's "Change" moves focus to it.
pub fn footer(ctx: &Ctx) -> Html {
    let tr = ctx.tr;
    let state = ctx.state.clone();
    let embedded = ctx.embedded;
    let onchange = Callback::from(move |e: Event| {
        let Some(select) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        else {
            return;
        };
        if let Some(region) = CONTENT.region(&select.value()) {
            if !embedded {
                storage::save_region(region.id);
            }
            state.dispatch(Action::SetRegion(region));
        }
    });
    let current = ctx.state.region.id;
    html! {
        <footer class="cc-footer">
            <label class="cc-region">
                <span>{ tr.t(msg::FOOTER_REGION) }</span>
                <select id="cc-region" {onchange}>
                    { for CONTENT.regions.iter().map(|r| html! {
                        <option value={r.id} selected={r.id == current}>
                            { format!("{} ({})", tr.text(&r.name), r.emergency_number) }
                        </option>
                    }) }
                </select>
            </label>
            <p>{ tr.t(msg::FOOTER_PRIVACY) }</p>
            if !ctx.embedded {
                <p><a href="embed-this.html">{ tr.t(msg::FOOTER_EMBED) }</a></p>
            }
            <p class="cc-version">{ tr.with(msg::FOOTER_VERSION, &[("version", CONTENT.version)]) }</p>
        </footer>
    }
}
