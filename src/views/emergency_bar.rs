use crate::content::{msg, CONTENT};
use crate::i18n::Tr;
use crampcheck_core::Region;
use yew::prelude::*;

/// The region whose number and urgent route `tr` carries: its name goes next to the number.
/// None when the number is the host's own (`emergency-number`), which names no country.
pub fn region_of(tr: &Tr) -> Option<&'static Region> {
    CONTENT
        .regions
        .iter()
        .find(|r| r.emergency_number == tr.number && r.urgent.get(tr.lang) == tr.urgent)
}

/// The emergency number, one glance away on every screen, with the country or region it is for
/// and a button to the region list in the footer. (Plain view functions rather than components
/// where nothing needs its own state: each component costs wasm size.)
pub fn emergency_bar(tr: &Tr) -> Html {
    // Into the footer's region list of this app (also inside a custom element's shadow root).
    let change = Callback::from(|e: MouseEvent| crate::focus::focus_near(&e, ".cc", "#cc-region"));
    html! {
        <aside class="cc-emergency" aria-label={tr.t(msg::EMERGENCY_LEAD)}>
            <span class="cc-emergency-lead">{ tr.t(msg::EMERGENCY_LEAD) }</span>
            <a class="cc-emergency-call" href={format!("tel:{}", tr.number)} aria-label={tr.t(msg::EMERGENCY_CALL_LABEL)}>
                { tr.t(msg::EMERGENCY_CALL) }
            </a>
            if let Some(r) = region_of(tr) {
                <span class="cc-emergency-region">{ tr.text(&r.name) }</span>
            }
            <button type="button" class="cc-button-secondary cc-emergency-change" aria-label={tr.t(msg::EMERGENCY_CHANGE_LABEL)} onclick={change}>
                { tr.t(msg::EMERGENCY_CHANGE) }
            </button>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(number: &'static str, r: &'static Region) -> Tr {
        Tr {
            lang: "en",
            number,
            urgent: r.urgent.get("en"),
            voice: Default::default(),
        }
    }

    #[test]
    fn every_region_is_named_by_its_own_number_and_urgent_route() {
        // The first load's words, then every language's pack, as the browser would have them.
        crampcheck_core::text_pack::set_first_screen(crate::content::FIRST_SCREEN);
        for lang in CONTENT.languages {
            let region = |r: &Region| r.urgent.get(lang);
            let before: Vec<&str> = CONTENT.regions.iter().map(region).collect();
            assert!(before.iter().all(|u| !u.is_empty()), "{lang}: {before:?}");
        }
        for p in crate::content::TEXT_PACKS {
            let file = format!("{}/text-{}.txt", env!("OUT_DIR"), p.id.lang);
            let data = std::fs::read_to_string(file).unwrap();
            crampcheck_core::text_pack::install(Box::leak(data.into_boxed_str()), p.id).unwrap();
        }
        for lang in CONTENT.languages {
            for r in CONTENT.regions {
                let t = Tr {
                    lang,
                    urgent: r.urgent.get(lang),
                    ..tr(r.emergency_number, r)
                };
                assert_eq!(region_of(&t).map(|x| x.id), Some(r.id), "{lang}");
            }
        }
    }

    #[test]
    fn a_hosts_own_number_names_no_country() {
        let gb = CONTENT.region(crate::content::ids::region::GB).unwrap();
        assert_eq!(region_of(&tr("0123", gb)), None);
    }
}
