fn main() {
    crampcheck::install_panic_fallback();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("crampcheck"));
    if let Some(root) = root {
        crampcheck::mount(root);
    }
}
