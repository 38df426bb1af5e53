use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use crate::views::icons::level_icon;
use crampcheck_core::Level;
use yew::prelude::*;

/// The result's level: icon, words and what to do by when. Colour only reinforces the text.
pub fn level_banner(tr: &Tr, level: Level) -> Html {
    let Some(info) = CONTENT.level_info(level) else {
        return html! {};
    };
    let class = format!("cc-banner cc-level-{}", level.name().to_ascii_lowercase());
    html! {
        <section class={class} aria-labelledby="cc-level-title">
            { level_icon(level) }
            <div>
                <h1 id="cc-level-title" tabindex="-1">{ tr.text(&info.title) }</h1>
                <p class="cc-banner-action">{ tr.text(&info.action) }</p>
                <p class="cc-banner-when"><strong>{ tr.with(msg::RESULT_BY_WHEN, &[("when", &tr.text(&info.by_when))]) }</strong></p>
                if level == Level::Emergency {
                    <p><a class="cc-call-now" href={format!("tel:{}", tr.number)}>{ tr.t(msg::EMERGENCY_CALL) }</a></p>
                }
            </div>
        </section>
    }
}
