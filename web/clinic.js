// The doctor's summary's clinic section (clinic-<hash>.js): loaded by boot.js or embed.js when the
// summary opens, never with the start screen. It loads the clinic module (clinic/, its own wasm,
// integrity-checked) and fills the section the app rendered empty: a QR code of a short text
// summary (drawn as SVG from the module's modules, nothing fetched) and a button that saves the
// answers as a FHIR QuestionnaireResponse file, both written from what the app worked out
// (data-handoff) in the catalogue's words (data-words). "Open a saved check" loads the other
// module, which reads the content's text pack. Nothing leaves the device.
// BUILD (written in by scripts/post_build.mjs): { summary, open, css, cssIntegrity, diary }: the
// module for the summary and the one that reads a saved file (each { glue, wasm, wasmIntegrity }),
// their stylesheet (style/clinic.css), kept out of the first load, and the diary's program.

const base = new URL('./', import.meta.url);
const modules = {};
const load = (kind) => modules[kind] ??= import(new URL(`./${BUILD[kind].glue}`, base).href).then(async (m) => {
  await m.default({ module_or_path: fetch(new URL(`./${BUILD[kind].wasm}`, base), { integrity: BUILD[kind].wasmIntegrity }) });
  return m;
});

/** The text packs the module asks for (already in the browser's or the offline cache). */
async function installTexts(m, lang) {
  const wanted = m.packs(lang);
  for (let i = 0; i < wanted.length; i += 2) {
    const res = await fetch(new URL(`./${wanted[i]}`, base), { integrity: wanted[i + 1] });
    if (!res.ok || !m.install(wanted[i], await res.text())) throw new Error(`could not load ${wanted[i]}`);
  }
}

/** The stylesheet, once for the page or for each widget (a shadow root has styles of its own). */
function addStyles(section) {
  const root = section.getRootNode();
  const parent = root.head ?? root;
  if (parent.querySelector('link[data-cc-clinic]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(`./${BUILD.css}`, base).href;
  link.integrity = BUILD.cssIntegrity;
  link.crossOrigin = 'anonymous';
  link.dataset.ccClinic = '';
  parent.append(link);
}

const SVG = 'http://www.w3.org/2000/svg';
const svgNode = (tag, attrs) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};
const node = (tag, className, ...children) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
};

/** Dark modules on white, whatever the colour scheme: scanners need the contrast. */
function qrCode(path, size, label) {
  const n = String(Number(size) + 8);
  const svg = svgNode('svg', { viewBox: `0 0 ${n} ${n}`, role: 'img', 'aria-label': label, class: 'cc-qr', 'shape-rendering': 'crispEdges' });
  svg.append(svgNode('rect', { width: n, height: n, fill: '#fff' }), svgNode('path', { d: path, fill: '#000' }));
  return svg;
}

function saveFile(json, name) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/fhir+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  queueMicrotask(() => URL.revokeObjectURL(url));
}

/** The page that opens a saved file: a file chooser; the answers go back to the app as
 * `cc-imported` (in data-answers), or the reason it cannot be read is said in the status line. */
function openFile(section, m, lang) {
  const [choose, failed] = m.open_labels(lang);
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'cc-open-file';
  input.accept = '.json,application/json,application/fhir+json';
  const label = node('label', 'cc-label', choose);
  label.htmlFor = input.id;
  const status = node('p', 'cc-error-text');
  status.setAttribute('role', 'alert');
  input.addEventListener('change', async () => {
    status.textContent = '';
    let text;
    try {
      text = await input.files[0].text();
    } catch {
      status.textContent = failed;
      return;
    }
    const [outcome, code, message] = m.read(text, lang);
    if (outcome !== 'ok') {
      status.textContent = message;
      return;
    }
    section.dataset.answers = code;
    // (Bubbles up to the app's root, which listens for it.)
    section.dispatchEvent(new Event('cc-imported', { bubbles: true }));
  });
  section.replaceChildren(label, input, status);
}

/** Fills `section` (the app's `.cc-clinic`): on the summary (data-handoff, -words and -date), the
 * QR code and the download; on the open page (data-mode="open", data-lang), the file chooser. */
export async function show(section) {
  const { handoff, words, date, lang, mode } = section.dataset;
  addStyles(section);
  // A summary on the app's own page also shows the diary's last 4 weeks, when the diary is on
  // (never in a widget: the host site's storage is not ours).
  if (mode !== 'open' && !section.closest('[data-embedded]')) {
    let on = false;
    try { on = localStorage.getItem('crampcheck-diary') !== null; } catch { /* no storage, no diary */ }
    if (on) import(new URL(`./${BUILD.diary}`, base).href).then((d) => d.show(section.closest('.cc-summary')), (e) => console.error('CrampCheck could not load the diary:', e));
  }
  let parts;
  try {
    if (mode === 'open') {
      const m = await load('open');
      await installTexts(m, lang);
      openFile(section, m, lang);
      return;
    }
    const m = await load('summary');
    parts = m.summary(handoff, words, new Date().toISOString(), date);
    if (parts.length === 0) throw new Error('the app and the clinic module do not agree on the words');
  } catch (e) {
    // The summary above already says everything; only the clinic extras are missing.
    console.error('CrampCheck could not load the clinic module:', e);
    return;
  }
  if (parts.length === 1) {
    section.replaceChildren(node('p', 'cc-small', parts[0]));
    return;
  }
  const [path, size, text, json, file, heading, label, caption, textLabel, download, hint] = parts;
  const button = node('button', 'cc-button-secondary cc-no-print', download);
  button.type = 'button';
  button.addEventListener('click', () => saveFile(json, file));
  const figure = node('figure', 'cc-qr-figure', qrCode(path, size, label), node('figcaption', 'cc-small', caption));
  const plain = node('details', 'cc-no-print', node('summary', '', textLabel), node('pre', 'cc-qr-text', text));
  section.replaceChildren(node('h2', '', heading), figure, plain, button, node('p', 'cc-small cc-no-print', hint));
}
