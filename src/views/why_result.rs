use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use crampcheck_core::Assessment;
use yew::prelude::*;

/// "Why this result": each rule that fired, the answers behind it and its sources.
pub fn why_result(tr: &Tr, assessment: &Assessment) -> Html {
    html! {
        <section class="cc-why-result">
            <p>{ tr.t(msg::RESULT_WHY_LEAD) }</p>
            <ul class="cc-rules">
                { for assessment.fired.iter().map(|f| {
                    let level = CONTENT.level_info(f.rule.level).map(|i| tr.text(&i.title)).unwrap_or_default();
                    html! {
                        <li data-rule={f.rule.id}>
                            <p class="cc-rule-finding"><strong>{ tr.text(&f.rule.finding) }</strong></p>
                            <p class="cc-small">{ format!("{} · {} ({})", f.rule.id, level, f.rule.level.name()) }</p>
                            <ul>
                                { for f.because.iter().map(|(q, opts)| html! {
                                    <li>
                                        { format!("{}: ", tr.text(&q.short)) }
                                        { opts.iter().map(|o| tr.text(&o.label)).collect::<Vec<_>>().join("; ") }
                                    </li>
                                }) }
                            </ul>
                            <p class="cc-small">
                                { format!("{}: ", tr.t(msg::RESULT_SOURCES)) }
                                { f.rule.sources.iter().map(|id| match CONTENT.source(id) {
                                    Some(s) => format!("{id} {}", s.title.get(tr.lang)),
                                    None => id.to_string(),
                                }).collect::<Vec<_>>().join("; ") }
                                { format!(" · {}: {}", tr.t(msg::RESULT_STATUS), f.rule.status.name()) }
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
