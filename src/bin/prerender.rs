//! Writes the start screen for `index.html` (scripts/post_build.mjs runs this natively at build
//! time): `page-<lang>.html` for each language, `bar-<lang>-<region>.html` for each region's
//! emergency line, and `first-paint.json`, what web/first-paint.js needs to choose among them the
//! way the app will (`crampcheck::lang::choose`, `crampcheck::region::choose`).
//! Usage: prerender <output folder>

use crampcheck::content::{CONTENT, FIRST_SCREEN, TEXT_PACKS};
use crampcheck::storage;
use crampcheck::views::prerender::{Part, Prerender, PrerenderProps};
use crampcheck_core::text_pack;
use std::path::Path;
use std::process::ExitCode;

fn render(props: PrerenderProps) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<Prerender>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// A JSON string (the values are IDs and time-zone names, but escape anyway).
fn json(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    format!("[{}]", items.map(json).collect::<Vec<_>>().join(","))
}

fn write(dir: &Path, name: &str, text: &str) -> Result<(), String> {
    std::fs::write(dir.join(name), text).map_err(|e| format!("cannot write {name}: {e}"))
}

fn run(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // Every language's words, as the browser has them once its text pack is installed.
    text_pack::set_first_screen(FIRST_SCREEN);
    for p in TEXT_PACKS {
        let file = Path::new(env!("OUT_DIR")).join(format!("text-{}.txt", p.id.lang));
        let data = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        text_pack::install(Box::leak(data.into_boxed_str()), p.id)
            .map_err(|e| format!("{}: {e:?}", file.display()))?;
    }
    let default_region = crampcheck::region::default_region();
    for &lang in CONTENT.languages {
        let page = render(PrerenderProps {
            lang,
            region: default_region,
            part: Part::Page,
        });
        write(dir, &format!("page-{lang}.html"), &page)?;
        for region in CONTENT.regions {
            let bar = render(PrerenderProps {
                lang,
                region,
                part: Part::EmergencyBar,
            });
            write(dir, &format!("bar-{lang}-{}.html", region.id), &bar)?;
        }
    }
    let regions: Vec<String> = CONTENT
        .regions
        .iter()
        .map(|r| {
            format!(
                "{{\"id\":{},\"zones\":{},\"countries\":{}}}",
                json(r.id),
                list(r.time_zones.split(' ').filter(|z| !z.is_empty())),
                list(r.countries.split(' ').filter(|c| !c.is_empty()))
            )
        })
        .collect();
    let settings = format!(
        "{{\"version\":{},\"keys\":{{\"answers\":{},\"region\":{},\"lang\":{}}},\"languages\":{},\"defaultRegion\":{},\"regions\":[{}]}}\n",
        json(CONTENT.version),
        json(storage::ANSWERS_KEY),
        json(storage::REGION_KEY),
        json(storage::LANG_KEY),
        list(CONTENT.languages.iter().copied()),
        json(default_region.id),
        regions.join(",")
    );
    write(dir, "first-paint.json", &settings)
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <output folder>");
        return ExitCode::from(2);
    };
    match run(Path::new(&dir)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
