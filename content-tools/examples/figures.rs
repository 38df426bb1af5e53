//! Prints the typical path's figures and each question screen's grade, even while the content
//! check still has problems (for writers working towards the limits).
use crampcheck_content::error::Kind;

fn main() {
    let root = crampcheck_content::default_content_dir();
    let loaded = match crampcheck_content::load(&root) {
        Ok(l) => l,
        Err(p) => {
            eprint!("{p}");
            std::process::exit(1);
        }
    };
    let list = crampcheck_content::scenarios::load_scenarios(&root).unwrap_or_default();
    if let Some((s, w, m)) = crampcheck_content::scenarios::typical_figures(loaded.content, &list) {
        println!("typical path: {s} screens, {w} words, about {m} minutes");
    }
    for u in crampcheck_content::plain::units(&loaded) {
        // A question's screen, not its "why we ask" (a part of the question's item).
        if u.item.kind() == Some(Kind::Question) && u.item.parts().is_empty() {
            let parts: Vec<&str> = u
                .other
                .iter()
                .chain(&u.options)
                .copied()
                .filter(|t| !t.is_empty())
                .collect();
            let words: usize = parts
                .iter()
                .map(|p| crampcheck_content::readability::word_count(p))
                .sum();
            println!(
                "{:32} grade {:4.1}  {words} words",
                u.item.to_string(),
                crampcheck_content::readability::fk_grade(&parts)
            );
        }
    }
}
