// The cramp diary (diary-<hash>.js): loaded by boot.js when the app shows `#/diary` or a doctor's
// summary with a diary switched on, never with the start screen. It loads the diary module
// (diary-web/, its own wasm, integrity-checked), keeps the diary in this browser's local storage
// (only after the person switches it on), and draws the screen the app left empty (`.cc-diary`,
// below the app's heading) from the module's view, in the module's words. Nothing leaves the device.
// The module works in figures; this file puts them in the person's words (the language's words
// file, from content/diary_words.toml and content/diary.toml) and formats dates and numbers for
// their language with Intl.
// BUILD (written in by scripts/post_build.mjs): { glue, wasm, wasmIntegrity, css, cssIntegrity,
// words: { <lang>: { file, integrity } }, defaultLang }.

const base = new URL('./', import.meta.url);
const KEY = 'crampcheck-diary';
// The last self-check's level ({ level, at }), so the diary's prompts never show less: kept with
// the diary, for 4 weeks, and deleted with it.
const CHECK_KEY = 'crampcheck-diary-check';
const CHECK_COUNTS_MS = 28 * 24 * 3600 * 1000;
const LIST_STEP = 20;

let module;
const load = () => module ??= import(new URL(`./${BUILD.glue}`, base).href).then(async (m) => {
  await m.default({ module_or_path: fetch(new URL(`./${BUILD.wasm}`, base), { integrity: BUILD.wasmIntegrity }) });
  return m;
});

/** The words of `lang` (else of the default language), fetched once each, integrity-checked. */
const wordFiles = {};
const loadWords = (lang) => {
  const file = BUILD.words[lang] ?? BUILD.words[BUILD.defaultLang];
  return wordFiles[file.file] ??= fetch(new URL(`./${file.file}`, base), { integrity: file.integrity }).then((r) => {
    if (!r.ok) throw new Error(`${file.file}: ${r.status}`);
    return r.json();
  });
};

/** Figures in words: the module's numbers as the person reads them. */
class Words {
  constructor(w, lang) {
    this.w = w;
    // The prevention tips, in the content's order: id -> title.
    this.tips = new Map((w.tips ?? '').split(' ').filter(Boolean).map((id) => [id, w[`tip.${id}`]]));
    this.rateFmt = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    this.dayFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  }

  rate(r) { return r === undefined ? '' : this.rateFmt.format(r); }

  duration(s) {
    const { w } = this;
    return s < 60 ? fill(w.duration_s, { seconds: s }) : fill(w.duration_min_s, { minutes: Math.floor(s / 60), seconds: s % 60 });
  }

  muscle(m) { return m ? this.w[`muscle_${m}`] ?? m : this.w.muscle_not_said; }

  muscles(list) { return list.map(([m, n]) => `${this.muscle(m)}: ${n}`).join('; '); }

  entry(e) {
    const { w } = this;
    return [
      e.muscle && this.muscle(e.muscle),
      e.duration !== undefined && this.duration(e.duration),
      e.severity !== undefined && fill(w.pain, { severity: e.severity }),
      e.at_night ? w.night : w.day,
      e.exercise && w.during_exercise,
    ].filter(Boolean).join(', ');
  }

  trend(t) {
    return t.direction === 'little' ? this.w.trend_little : fill(this.w[`trend_${t.direction}`], { per_week: this.rate(t.last), before: this.rate(t.before) });
  }

  prompt(p) {
    const { w } = this;
    return [w[`rule.${p.rule}.finding`], p.raised ? w[`raised.${p.level_name}`] : w[`rule.${p.rule}.prompt`]];
  }

  /** A level's title, with the region's number. */
  level(name, number) { return fill(this.w[`level.${name}`] ?? '', { number }); }

  /** What a change was: the tip's title, or the person's words. */
  tried(c) { return c.advice ? this.tips.get(c.advice) ?? c.advice : c.free; }

  side(key, s) { return fill(this.w[key], { count: s.cramps, days: s.days, per_week: this.rate(s.per_week) }); }

  /** Before and after a change, or why there is too little diary to say. */
  compared(c) {
    const { w } = this;
    const little = (key, days) => fill(w[key], { days });
    const lines = {
      enough: [this.side('before', c.before), this.side('after', c.after)],
      before: [little('too_little_before', c.before.days)],
      after: [this.side('before', c.before), little('too_little_after', c.after.days)],
      both: [little('too_little_before', c.before.days), little('too_little_after', c.after.days)],
    }[c.verdict] ?? [];
    if (c.mixed) lines.push(w.other_changes);
    return lines;
  }

  /** The doctor's summary's lines, the heading first. */
  summary(s) {
    const { w } = this;
    const lines = [
      w.summary_title,
      fill(w.summary_cramps, { count: s.cramps, night: s.at_night, day: s.cramps - s.at_night }),
      fill(w.summary_nights, { count: s.nights }),
    ];
    if (s.longest !== undefined) lines.push(`${w.longest}: ${this.duration(s.longest)}`);
    if (s.muscles.length) lines.push(`${w.muscles}: ${this.muscles(s.muscles)}`);
    if (s.tried.length) {
      const list = s.tried.map((t) => `${this.tried(t)} (${this.dayFmt.format(new Date(t.at + t.tz * 60000))})`).join('; ');
      lines.push(fill(w.summary_tried, { list }));
    }
    return lines;
  }
}

/** Dates and numbers as the person's browser writes them (en-GB, es-MX…) when it speaks the
 * diary's language, else in that language. */
const localeFor = (lang) => navigator.languages.find((l) => l.split('-')[0] === lang) ?? lang;

/** The diary's own styles, once (not in the first load's stylesheet). */
function addStyles() {
  if (document.querySelector('link[data-cc-diary]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(`./${BUILD.css}`, base).href;
  link.integrity = BUILD.cssIntegrity;
  link.dataset.ccDiary = '';
  document.head.append(link);
}

const offset = (at = Date.now()) => -new Date(at).getTimezoneOffset();
/** An ID no other device or tab will make at the same moment (the merge matches by ID). */
const newId = () => `${Date.now()}-${crypto.randomUUID().slice(0, 8)}`;
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));

/** Storage that may be full, blocked or missing: every call says whether it worked. */
const store = {
  get(key) {
    try { return { ok: true, value: localStorage.getItem(key) }; } catch { return { ok: false, value: null }; }
  },
  set(key, value) {
    try { localStorage.setItem(key, value); return true; } catch { return false; }
  },
  remove(key) {
    try { localStorage.removeItem(key); return true; } catch { return false; }
  },
};

const node = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k in e && typeof v !== 'string') e[k] = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  e.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return e;
};
const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}, ...children) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
};
const button = (text, onclick, cls = 'cc-button-secondary', attrs = {}) => node('button', { type: 'button', class: cls, onclick, ...attrs }, text);

function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = node('a', { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One diary screen: the module, the section to draw in, and what the person is doing. */
class DiaryScreen {
  constructor(m, section, words) {
    this.m = m;
    this.section = section;
    this.w = words;
    this.limit = LIST_STEP;
    this.form = null; // { kind: 'entry', entry? } | { kind: 'change' } | { kind: 'delete' }
    this.status = '';
    this.alert = '';
    this.read();
  }

  get data() { return this.section.dataset; }

  /** The app's language (its root's `lang`) and the region's emergency number (its call link). */
  get lang() { return this.section.closest('[lang]')?.lang ?? BUILD.defaultLang; }

  get number() { return this.section.closest('.cc')?.querySelector('a[href^="tel:"]')?.getAttribute('href').slice(4) ?? ''; }

  read() {
    const { m } = this;
    this.locale = localeFor(this.lang);
    this.words = new Words(this.w, this.locale);
    this.fmt = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    this.dayFmt = new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const stored = store.get(KEY);
    this.blocked = !stored.ok;
    this.on = stored.value !== null;
    this.problem = '';
    this.written = stored.value;
    if (this.on) {
      const outcome = m.open(stored.value, offset());
      if (outcome === 'unreadable' || outcome === 'newer') this.problem = outcome;
      else if (outcome) this.alert = fill(this.w.set_aside, { count: outcome });
    }
  }

  /** Writes the diary, merged with whatever another tab saved meanwhile. On failure, says so and
   * goes back to what storage holds, so the screen never shows a cramp that was not saved. */
  save() {
    const stored = store.get(KEY);
    // Storage still as this tab last wrote it: nothing to merge (reading 5 years of entries back
    // would cost each tap its speed).
    const mine = stored.value !== null && stored.value === this.written;
    const text = stored.ok ? this.m.to_save(mine ? undefined : stored.value ?? undefined, offset()) : undefined;
    if (text !== undefined && store.set(KEY, text)) {
      this.written = text;
      return true;
    }
    this.alert = this.w.not_saved;
    const again = store.get(KEY);
    this.written = again.value;
    this.m.open(again.ok ? again.value ?? undefined : undefined, offset());
    return false;
  }

  /** The last self-check's level by name: this session's, else one kept from the last 4 weeks
   * ('' for none; the module ignores a name it does not know). */
  lastCheck() {
    const now = this.data.level;
    if (now) {
      if (this.on) store.set(CHECK_KEY, JSON.stringify({ level: now, at: Date.now() }));
      return now;
    }
    try {
      const { level, at } = JSON.parse(store.get(CHECK_KEY).value ?? 'null') ?? {};
      if (typeof level === 'string' && Date.now() - at < CHECK_COUNTS_MS) return level;
    } catch { /* an unreadable note of the last check counts as none */ }
    return '';
  }

  when(at, tz) { return this.fmt.format(new Date(at + tz * 60000)); }

  render(focus) {
    const { w } = this;
    const live = [
      node('p', { class: 'cc-diary-status', role: 'status' }, this.status),
      node('p', { class: 'cc-diary-alert', role: 'alert' }, this.alert),
    ];
    let body;
    if (this.blocked) body = [node('p', { class: 'cc-caution' }, w.blocked)];
    else if (!this.on) body = this.switchOn();
    else if (this.problem) body = this.refused();
    else if (this.form) body = this.formView();
    else body = this.main();
    this.section.replaceChildren(node('h1', { tabindex: '-1' }, w.title), ...live, ...body.flat().filter(Boolean), node('p', {}, node('a', { class: 'cc-link-button', href: '#/' }, w.back)));
    const target = focus && this.section.querySelector(focus);
    target?.focus();
  }

  say(status, alert = '') {
    this.status = status;
    this.alert = alert;
  }

  switchOn() {
    const { w } = this;
    return [
      node('p', { class: 'cc-lead' }, w.lead),
      node('p', { class: 'cc-diary-where' }, w.where),
      button(w.switch_on, () => {
        this.on = true;
        this.m.open(undefined, 0);
        if (!this.save()) this.on = false;
        this.render('.cc-diary-log button');
      }, 'cc-button'),
    ];
  }

  refused() {
    const { w } = this;
    const raw = store.get(KEY).value ?? '';
    return [
      node('p', { class: 'cc-caution' }, this.problem === 'newer' ? w.newer : w.unreadable),
      button(w.export_json, () => download(raw, this.m.file_name(Date.now(), offset(), 'json'), 'application/json')),
      ...this.deleteAll(),
    ];
  }

  log(entry) {
    const error = this.m.put_entry(JSON.stringify(entry), Date.now());
    if (error) {
      this.say('', this.w.bad_date);
      return false;
    }
    return this.save();
  }

  /** One tap: a cramp that began at `at`, with `details`; says so, and offers "Add details".
   * Whether it was saved (the caller draws the screen after). */
  quickLog(at, details = {}) {
    const entry = { id: newId(), at_ms: at, tz_offset_min: offset(at), updated_ms: Date.now(), ...details };
    const saved = this.log(entry);
    if (saved) {
      this.say(fill(this.w.logged, { time: this.when(at, offset(at)) }));
      this.justLogged = entry.id;
    }
    return saved;
  }

  logNow() {
    this.quickLog(Date.now());
    this.render('.cc-diary-details');
  }

  /** The cramp quick relief timed: it began `seconds` ago and has lasted that long. */
  logRelief(seconds) {
    if (this.quickLog(Date.now() - seconds * 1000, { duration_s: seconds })) delete this.data.relief;
    this.render('.cc-diary-details');
  }

  view() {
    return JSON.parse(this.m.view(Date.now(), offset(), this.lastCheck(), this.limit));
  }

  main() {
    const { w } = this;
    const v = this.view();
    this.current = v;
    // From quick relief: the seconds since the cramp began.
    const relief = Number(this.data.relief ?? 0);
    const logging = node('div', { class: 'cc-diary-log' },
      relief > 0 ? [
        button(w.log_relief, () => this.logRelief(relief), 'cc-button cc-diary-relief'),
        node('p', { class: 'cc-small' }, fill(w.log_relief_hint, { minutes: Math.max(1, Math.round(relief / 60)) })),
      ] : null,
      button(w.log_now, () => this.logNow(), relief > 0 ? 'cc-button-secondary cc-diary-now' : 'cc-button cc-diary-now'),
      node('p', { class: 'cc-small' }, w.log_now_hint),
      this.justLogged && v.entries[0]?.id === this.justLogged
        ? button(w.details, () => this.edit(v.entries[0]), 'cc-button-secondary cc-diary-details') : null,
      button(w.log_past, () => { this.form = { kind: 'entry' }; this.render('.cc-diary-form h2'); }, 'cc-link-button'),
    );
    return [logging, ...this.prompts(v), ...this.list(v), ...this.pattern(v), ...this.tried(v), ...this.dataSection()];
  }

  prompts(v) {
    if (!v.prompts.length) return [];
    const { w } = this;
    return [node('section', { class: 'cc-diary-prompts', 'aria-labelledby': 'cc-diary-prompt-title' },
      node('h2', { id: 'cc-diary-prompt-title' }, w.prompt_title),
      v.prompts.map((p) => node('div', { class: 'cc-notice cc-diary-prompt' },
        // (The number read now: the region may have changed since the diary opened.)
        node('p', {}, node('strong', {}, this.words.level(p.level_name, this.number))),
        this.words.prompt(p).map((t) => node('p', {}, t)),
        node('p', { class: 'cc-actions' },
          node('a', { class: 'cc-button', href: `#/check/${w.first_question}` }, w.do_check),
          this.data.level ? node('a', { class: 'cc-button-secondary', href: '#/summary' }, w.summary) : null),
      )))];
  }

  list(v) {
    const { w } = this;
    const items = v.entries.map((e) => node('li', { class: 'cc-diary-entry' },
      node('span', { class: 'cc-diary-when' }, this.when(e.at, e.tz)),
      ' ', node('span', {}, this.words.entry(e)),
      e.note ? node('span', { class: 'cc-diary-note' }, e.note) : null,
      button(w.edit, () => this.edit(e), 'cc-link-button', { 'aria-label': `${w.edit}: ${this.when(e.at, e.tz)}` }),
    ));
    return [
      node('h2', {}, w.list_title),
      items.length ? node('ul', { class: 'cc-diary-list' }, items) : node('p', {}, w.list_empty),
      v.more ? button(w.show_more, () => { this.limit += LIST_STEP * 5; this.render(); }, 'cc-link-button') : null,
    ];
  }

  pattern(v) {
    const { w } = this;
    const words = this.words;
    const rows = v.weeks.map((wk) => ({
      ...wk,
      label: this.dayFmt.format(new Date(`${wk.monday}T00:00:00Z`)),
      longest: wk.longest === undefined ? '' : words.duration(wk.longest),
    }));
    return [
      node('h2', {}, w.pattern_title),
      chart(rows, w),
      // Scrolls sideways on its own on a narrow phone (focusable, so a keyboard can scroll it).
      node('div', { class: 'cc-diary-table-wrap', role: 'region', 'aria-label': w.table_caption, tabindex: '0' }, node('table', { class: 'cc-answers cc-diary-table' },
        node('caption', {}, w.table_caption),
        node('thead', {}, node('tr', {}, [w.week, w.legend_night, w.legend_day, w.total, w.nights, w.longest].map((h) => node('th', { scope: 'col' }, h)))),
        node('tbody', {}, rows.map((r) => node('tr', {},
          node('th', { scope: 'row' }, r.label),
          [r.night, r.day, r.night + r.day, r.nights, r.longest].map((c) => node('td', {}, String(c)))))))),
      node('dl', { class: 'cc-summary-facts' },
        node('dt', {}, w.longest), node('dd', {}, v.longest === undefined ? w.longest_none : words.duration(v.longest)),
        v.muscles.length ? [node('dt', {}, w.muscles), node('dd', {}, words.muscles(v.muscles))] : null),
      node('p', { class: 'cc-diary-trend' }, words.trend(v.trend)),
    ];
  }

  tried(v) {
    const { w, words } = this;
    const { tips } = words;
    return [
      node('h2', {}, w.tried_title),
      node('p', {}, w.tried_lead),
      v.changes.map((c) => node('div', { class: 'cc-diary-change' },
        node('p', {}, node('strong', {}, fill(w.tried_started, { date: words.dayFmt.format(new Date(c.at + c.tz * 60000)), what: words.tried(c) }))),
        words.compared(c).map((l) => node('p', {}, l)),
        button(w.tried_remove, () => { this.m.delete_change(c.id, Date.now()); if (this.save()) this.say(w.saved); this.render(); }, 'cc-link-button', { 'aria-label': `${w.tried_remove}: ${words.tried(c)}` }),
      )),
      v.changes.length ? node('p', { class: 'cc-small cc-diary-honest' }, w.honest) : null,
      button(w.tried_start, () => { this.form = { kind: 'change', tips }; this.render('.cc-diary-form h2'); }),
    ];
  }

  dataSection() {
    const { w, m } = this;
    const now = Date.now();
    const file = node('input', { type: 'file', id: 'cc-diary-import', accept: '.json,application/json' });
    file.addEventListener('change', async () => {
      let text;
      try { text = await file.files[0].text(); } catch { text = ''; }
      const added = m.import_file(text, offset());
      if (added < 0) this.say('', w.import_failed);
      else if (this.save()) this.say(fill(w.imported, { count: added }));
      this.render();
    });
    return [
      node('h2', {}, w.data_title),
      node('p', { class: 'cc-actions' },
        button(w.export_csv, () => download(m.export_csv(), m.file_name(now, offset(), 'csv'), 'text/csv')),
        button(w.export_json, () => download(m.export_json(), m.file_name(now, offset(), 'json'), 'application/json'))),
      node('p', {}, node('label', { class: 'cc-label', for: 'cc-diary-import' }, w.import), file),
      ...this.deleteAll(),
    ];
  }

  deleteAll() {
    const { w } = this;
    if (this.form?.kind === 'delete') {
      return [node('div', { class: 'cc-caution cc-diary-confirm' },
        node('p', { tabindex: '-1' }, w.delete_confirm),
        node('p', { class: 'cc-actions' },
          button(w.delete_yes, () => {
            store.remove(KEY);
            store.remove(CHECK_KEY);
            this.m.clear();
            this.on = false;
            this.problem = '';
            this.form = null;
            this.say(w.deleted_all);
            this.render('.cc-diary-status');
          }, 'cc-button-warning'),
          button(w.cancel, () => { this.form = null; this.render(); })))];
    }
    return [node('p', {}, button(w.delete_all, () => { this.form = { kind: 'delete' }; this.render('.cc-diary-confirm p'); }, 'cc-link-button cc-diary-delete-all'))];
  }

  edit(entry) {
    this.form = { kind: 'entry', entry };
    this.render('.cc-diary-form h2');
  }

  formView() {
    if (this.form.kind === 'delete') return this.main();
    return [this.form.kind === 'change' ? this.changeForm() : this.entryForm()];
  }

  entryForm() {
    const { w } = this;
    const e = this.form.entry;
    const now = new Date();
    // A new earlier cramp starts at "last night": 03:00 today, or 23:00 yesterday before 04:00.
    const start = e ? new Date(e.at + e.tz * 60000) : (() => {
      const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), 3));
      if (now.getHours() < 4) d.setUTCHours(-1);
      return d;
    })();
    const iso = start.toISOString();
    const field = (id, label, input, hint) => node('div', { class: 'cc-diary-field' },
      node('label', { class: 'cc-label', for: id }, label), hint ? node('p', { class: 'cc-hint', id: `${id}-hint` }, hint) : null, input);
    const radios = (name, legend, options, checked) => node('fieldset', { class: 'cc-fieldset' },
      node('legend', {}, legend),
      node('div', { class: 'cc-options' }, options.map(([value, label]) => node('div', { class: 'cc-option' },
        node('input', { type: 'radio', name, id: `cc-d-${name}-${value}`, value, checked: checked === value }),
        node('label', { for: `cc-d-${name}-${value}` }, label)))));
    const muscles = ['calf', 'hamstring', 'quadriceps', 'foot'];
    const severity = node('select', { id: 'cc-d-severity', 'aria-describedby': 'cc-d-severity-hint' },
      node('option', { value: '' }, w.how_bad_unsure),
      [...Array(11).keys()].map((n) => node('option', { value: String(n), selected: e?.severity === n }, String(n))));
    const minutes = node('input', { type: 'number', id: 'cc-d-min', min: '0', max: '1440', inputmode: 'numeric', value: e?.duration != null ? String(Math.floor(e.duration / 60)) : '' });
    const seconds = node('input', { type: 'number', id: 'cc-d-sec', min: '0', max: '59', inputmode: 'numeric', value: e?.duration != null ? String(e.duration % 60) : '' });
    const form = node('form', { class: 'cc-diary-form', novalidate: true },
      node('h2', { tabindex: '-1' }, e ? fill(w.edit_title, { date: this.when(e.at, e.tz) }) : w.past_title),
      field('cc-d-date', w.date, node('input', { type: 'date', id: 'cc-d-date', required: true, value: iso.slice(0, 10) })),
      field('cc-d-time', w.time, node('input', { type: 'time', id: 'cc-d-time', required: true, value: iso.slice(11, 16) })),
      radios('muscle', w.muscle, [...muscles.map((m) => [m, w[`muscle_${m}`]]), ['', w.muscle_unsure]], e ? e.muscle ?? '' : null),
      legDrawing(this.m.leg().split('\n'), w),
      node('fieldset', { class: 'cc-fieldset' }, node('legend', {}, w.how_long),
        node('div', { class: 'cc-diary-duration' }, field('cc-d-min', w.minutes, minutes), field('cc-d-sec', w.seconds, seconds))),
      field('cc-d-severity', w.how_bad, severity, w.how_bad_hint),
      radios('night', w.when_label, [['yes', w.at_night], ['no', w.by_day]], e?.night == null ? null : (e.night ? 'yes' : 'no')),
      node('div', { class: 'cc-option' }, node('input', { type: 'checkbox', id: 'cc-d-exercise', checked: e?.exercise === true }),
        node('label', { for: 'cc-d-exercise' }, w.exercise)),
      field('cc-d-note', w.note, node('textarea', { id: 'cc-d-note', maxlength: '280', rows: '3', 'aria-describedby': 'cc-d-note-hint' }, e?.note ?? ''), w.note_hint),
      node('p', { class: 'cc-actions' },
        node('button', { type: 'submit', class: 'cc-button' }, w.save),
        button(w.cancel, () => { this.form = null; this.render(); }),
        e ? button(w.delete, () => {
          this.m.delete_entry(e.id, Date.now());
          if (this.save()) this.say(w.deleted);
          this.form = null;
          this.render('.cc-diary-status');
        }, 'cc-button-warning') : null),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.submitEntry(form, e);
    });
    // The drawing sets the muscle's radio button (the radios are the control; the picture helps).
    form.addEventListener('cc-muscle', (ev) => {
      const radio = form.querySelector(`#cc-d-muscle-${ev.detail}`);
      if (radio) { radio.checked = true; radio.focus(); }
    });
    return form;
  }

  submitEntry(form, e) {
    const { w } = this;
    const get = (id) => form.querySelector(`#${id}`);
    const local = new Date(`${get('cc-d-date').value}T${get('cc-d-time').value}`);
    const at = local.getTime();
    if (!Number.isFinite(at) || at > Date.now()) {
      this.say('', w.bad_date);
      this.render('.cc-diary-alert');
      return;
    }
    const checked = (name) => form.querySelector(`input[name=${name}]:checked`)?.value;
    const min = get('cc-d-min').value;
    const sec = get('cc-d-sec').value;
    const duration = min === '' && sec === '' ? undefined : Math.min(86400, Math.max(0, Math.round(Number(min || 0) * 60 + Number(sec || 0))));
    const night = checked('night');
    const severity = get('cc-d-severity').value;
    const entry = {
      id: e?.id ?? newId(),
      at_ms: at,
      tz_offset_min: offset(at),
      updated_ms: Date.now(),
      muscle: checked('muscle') || undefined,
      duration_s: Number.isFinite(duration) ? duration : undefined,
      severity: severity === '' ? undefined : Number(severity),
      night: night === undefined ? undefined : night === 'yes',
      exercise: get('cc-d-exercise').checked || undefined,
      note: get('cc-d-note').value,
    };
    if (this.log(entry)) {
      this.form = null;
      this.justLogged = null;
      this.say(w.saved);
      this.render('.cc-diary-status');
    } else {
      this.render('.cc-diary-alert');
    }
  }

  changeForm() {
    const { w } = this;
    const { tips } = this.form;
    const today = new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate())).toISOString().slice(0, 10);
    const options = [...tips].map(([id, title]) => node('div', { class: 'cc-option' },
      node('input', { type: 'radio', name: 'tip', id: `cc-d-tip-${id}`, value: id }),
      node('label', { for: `cc-d-tip-${id}` }, title)));
    const own = node('input', { type: 'text', id: 'cc-d-own', maxlength: '280' });
    const date = node('input', { type: 'date', id: 'cc-d-start', required: true, value: today });
    const form = node('form', { class: 'cc-diary-form', novalidate: true },
      node('h2', { tabindex: '-1' }, w.tried_start),
      node('fieldset', { class: 'cc-fieldset' }, node('legend', {}, w.tried_what),
        node('p', { class: 'cc-hint' }, w.tried_advice),
        node('div', { class: 'cc-options' }, options,
          node('div', { class: 'cc-option' }, node('input', { type: 'radio', name: 'tip', id: 'cc-d-tip-own', value: '' }), node('label', { for: 'cc-d-tip-own' }, w.tried_own)))),
      node('div', { class: 'cc-diary-field' }, node('label', { class: 'cc-label', for: 'cc-d-own' }, w.tried_own_label), own),
      node('div', { class: 'cc-diary-field' }, node('label', { class: 'cc-label', for: 'cc-d-start' }, w.tried_when), date),
      node('p', { class: 'cc-actions' },
        node('button', { type: 'submit', class: 'cc-button' }, w.save),
        button(w.cancel, () => { this.form = null; this.render(); })));
    own.addEventListener('input', () => { form.querySelector('#cc-d-tip-own').checked = true; });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const tip = form.querySelector('input[name=tip]:checked')?.value;
      const words = own.value.trim();
      // Noon on the chosen day: the day counts as "after", whatever the time zone.
      const at = new Date(`${date.value}T12:00`).getTime();
      if ((tip === undefined || (tip === '' && !words)) || !Number.isFinite(at) || at > Date.now() + 12 * 3600 * 1000) {
        this.say('', Number.isFinite(at) ? w.tried_none : w.bad_date);
        this.render('.cc-diary-alert');
        return;
      }
      const now = Date.now();
      const error = this.m.put_change(newId(), Math.min(at, now), offset(at), tip ?? '', tip ? '' : words, now);
      if (error) this.say('', w.tried_none);
      else if (this.save()) { this.say(w.saved); this.form = null; }
      this.render(this.form ? '.cc-diary-alert' : '.cc-diary-status');
    });
    return form;
  }

  /** Another tab or window saved: take its cramps in (or its deletion of the whole diary). */
  storageChanged(e) {
    if (e.key !== KEY && e.key !== null) return;
    if (e.newValue === null || e.key === null) {
      this.m.clear();
      this.read();
    } else {
      const outcome = this.m.take_in(e.newValue, offset());
      this.on = true;
      if (outcome === 'unreadable' || outcome === 'newer') this.problem = outcome;
      this.say(this.w.other_tab);
    }
    if (!this.form) this.render();
  }
}

/** Cramps each week as bars, night below day; numbers on each bar and a legend, so nothing rests
 * on colour; the table after it has the same numbers for screen readers (the chart is an image). */
function chart(rows, w) {
  const W = 360;
  const H = 180;
  const top = 20;
  const bottom = 36;
  const max = Math.max(3, ...rows.map((r) => r.night + r.day));
  const step = W / rows.length;
  const scale = (H - top - bottom) / max;
  const g = svg('g', { class: 'cc-bars' });
  rows.forEach((r, i) => {
    const x = i * step + step * 0.15;
    const width = step * 0.7;
    const base = H - bottom;
    const nightH = r.night * scale;
    const dayH = r.day * scale;
    g.append(
      svg('rect', { x, y: base - nightH, width, height: nightH, class: 'cc-bar-night' }),
      svg('rect', { x, y: base - nightH - dayH, width, height: dayH, class: 'cc-bar-day' }),
    );
    const total = r.night + r.day;
    if (total) g.append(svg('text', { x: x + width / 2, y: base - nightH - dayH - 4, 'text-anchor': 'middle', class: 'cc-bar-value' }, String(total)));
    if (i % 2 === rows.length % 2) g.append(svg('text', { x: x + width / 2, y: H - bottom + 16, 'text-anchor': 'middle', class: 'cc-bar-label' }, r.label));
  });
  g.append(svg('line', { x1: 0, x2: W, y1: H - bottom, y2: H - bottom, class: 'cc-bar-axis' }));
  const legend = svg('g', { class: 'cc-bar-legend' },
    svg('rect', { x: 0, y: H - 12, width: 12, height: 12, class: 'cc-bar-night' }),
    svg('text', { x: 16, y: H - 2 }, w.legend_night),
    svg('rect', { x: 150, y: H - 12, width: 12, height: 12, class: 'cc-bar-day' }),
    svg('text', { x: 166, y: H - 2 }, w.legend_day));
  // Room either side for the first and last week's labels.
  const picture = svg('svg', { viewBox: `-24 0 ${W + 48} ${H}`, class: 'cc-diary-chart', role: 'img', 'aria-label': w.chart_label }, g, legend);
  return picture;
}

/** Quick relief's drawing of the leg (the module's `leg()`: view box, two body paths, then five
 * fields a muscle): a tap on a muscle chooses it in the form's list. */
function legDrawing(flat, w) {
  const [viewBox, ...rest] = flat;
  const body = rest.slice(0, 2);
  const muscles = [];
  for (let i = 2; i + 4 < rest.length; i += 5) {
    const [muscle, path, x, y, anchor] = rest.slice(i, i + 5);
    muscles.push({ muscle, path, x, y, anchor });
  }
  const picture = svg('svg', { viewBox, class: 'cc-leg-svg cc-diary-leg', 'aria-hidden': 'true' },
    ...body.map((d) => svg('path', { d, class: 'cc-leg-body' })),
    ...muscles.map((m) => {
      const shape = svg('g', { class: 'cc-muscle', 'data-muscle': m.muscle },
        svg('path', { d: m.path }),
        svg('text', { x: m.x, y: m.y, 'text-anchor': m.anchor }, (w[`muscle_${m.muscle}`] ?? '').split(' (')[0]));
      shape.addEventListener('click', () => shape.dispatchEvent(new CustomEvent('cc-muscle', { detail: m.muscle, bubbles: true })));
      return shape;
    }));
  return picture;
}

/** The doctor's summary's diary section (the last 4 weeks, if the diary is on), after its
 * clinic section: made anew each time the summary asks (a change of language). */
function summarySection(m, summary, words, lang) {
  summary.querySelector('.cc-diary-summary')?.remove();
  const stored = store.get(KEY);
  if (stored.value === null) return;
  const outcome = m.open(stored.value, offset());
  if (outcome === 'unreadable' || outcome === 'newer') return;
  const figures = JSON.parse(m.summary(Date.now(), offset()));
  if (!figures.any) return;
  const [title, ...rest] = new Words(words, localeFor(lang)).summary(figures);
  const section = node('section', { class: 'cc-diary-summary' }, node('h2', {}, title), node('ul', {}, rest.map((l) => node('li', {}, l))));
  const clinic = summary.querySelector('.cc-clinic');
  if (clinic) clinic.after(section);
  else summary.append(section);
}

let screen;
let listening = false;

/** Fills `section`: the app's `.cc-diary` (the diary screen), or its doctor's summary
 * (`.cc-summary`, which gets the diary's last 4 weeks). */
export async function show(section) {
  const summary = section.classList.contains('cc-summary');
  // The summary needs nothing of a diary never switched on: not even the module.
  if (summary && store.get(KEY).value === null) return;
  const lang = section.closest('[lang]')?.lang ?? BUILD.defaultLang;
  // The words first (a small file), so that loading and failing can be said in them. (Should
  // even they not load, the page keeps its heading, the emergency line and the way back.)
  let words;
  try {
    words = await loadWords(lang);
  } catch (e) {
    console.error('CrampCheck could not load the diary\'s words:', e);
    return;
  }
  const say = (text, role, cls) => { if (!summary) section.replaceChildren(node('h1', { tabindex: '-1' }, words.title), node('p', { class: cls, role }, text)); };
  say(words.loading, 'status', 'cc-small');
  // The page's heading, focused as a new page's is (the app's own screens do the same).
  if (!summary) section.querySelector('h1').focus();
  let m;
  try {
    addStyles();
    m = await load();
  } catch (e) {
    console.error('CrampCheck could not load the diary:', e);
    say(words.failed, 'alert', 'cc-caution');
    return;
  }
  if (summary) {
    summarySection(m, section, words, lang);
    return;
  }
  const focused = document.activeElement === section.querySelector('h1');
  screen = new DiaryScreen(m, section, words);
  screen.render(focused ? 'h1' : undefined);
  if (!listening) {
    listening = true;
    window.addEventListener('storage', (e) => { if (screen?.section.isConnected) screen.storageChanged(e); });
  }
}
