// Shared helpers of the dashboard: API calls, DOM building (text only, never HTML from data), evidence highlighting
// and small form controls. Every view imports from here.

/** Fetches JSON from the API; throws an Error carrying the ProblemDetails message on failure. */
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      message = problem.detail || problem.title || message;
    } catch { /* not JSON: keep the status line */ }
    throw new Error(message);
  }
  return response.json();
}

/** Posts JSON to the API. */
export async function post(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.detail || json.title || `${response.status}`);
  return json;
}

/** Builds an element: el('div', {class: 'x', onclick: f}, 'text', child). Strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** An error box. */
export function errorBox(error) {
  return el('div', { class: 'error', role: 'alert', 'data-testid': 'error' }, String(error.message || error));
}

/** Formats a number with at most one decimal and a sign. */
export function signed(x) {
  if (x === null || x === undefined) return '—';
  const s = Math.abs(x) < 0.05 ? '0' : x.toFixed(1);
  return x > 0.05 ? `+${s}` : s;
}

/** Counts with thousands separators. */
export const count = (n) => Number(n).toLocaleString('en');

export const quadNames = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const quadColors = ['', '#8fd19e', '#2e8b57', '#f3a65a', '#c0392b'];
export const eventTypes = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST',
  'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

/**
 * The text with spans marked. `base` is the document offset of text[0]; spans are {start, end, kind} in document
 * offsets. Overlapping spans keep the first (the trigger is passed first so it wins).
 */
export function highlight(text, base, spans) {
  const inside = spans
    .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map((s) => ({ ...s, start: s.start - base, end: s.end - base }))
    .filter((s) => s.start >= 0 && s.end <= text.length);
  const chosen = [];
  for (const s of inside) {
    if (!chosen.some((c) => s.start < c.end && c.start < s.end)) chosen.push(s);
  }
  chosen.sort((a, b) => a.start - b.start);
  const out = document.createDocumentFragment();
  let at = 0;
  for (const s of chosen) {
    out.append(text.slice(at, s.start));
    out.append(el('mark', { class: s.kind, title: s.kind }, text.slice(s.start, s.end)));
    at = s.end;
  }
  out.append(text.slice(at));
  return out;
}

/** The spans of an event, trigger first. */
export function spansOf(e) {
  return [
    { ...e.trigger, kind: 'trigger' },
    e.actor && { start: e.actor.start, end: e.actor.end, kind: 'actor' },
    e.recipient && { start: e.recipient.start, end: e.recipient.end, kind: 'recipient' },
    e.location && { start: e.location.start, end: e.location.end, kind: 'location' },
  ];
}

/** The sentence of a stored event with its spans marked (by offsets when known, else by finding the texts). */
export function evidence(e) {
  const sentence = e.sentence || '';
  if (Number.isInteger(e.sentence_start)) return highlight(sentence, e.sentence_start, spansOf(e));
  const find = (text, kind) => {
    const i = text ? sentence.indexOf(text) : -1;
    return i < 0 ? null : { start: i, end: i + text.length, kind };
  };
  return highlight(sentence, 0, [find(e.trigger && e.trigger.text, 'trigger'), find(e.actor && e.actor.text, 'actor'), find(e.recipient && e.recipient.text, 'recipient')]);
}

/** One event as a card: who did what to whom, when, the evidence sentence and a link to the document. */
export function eventCard(e) {
  const who = (a) => (a ? `${a.name || a.text} (${a.key || '?'})` : '—');
  return el('div', { class: `event q${e.quad_class}`, 'data-testid': 'event', 'data-event-id': e.event_id },
    el('div', { class: 'meta' },
      el('span', { class: 'tag' }, e.event_date || 'undated'),
      el('span', { class: 'tag' }, e.event_type + (e.event_mode ? ` · ${e.event_mode}` : '')),
      el('span', { class: 'tag' }, e.modality),
      ` ${who(e.actor)} → ${who(e.recipient)} · Goldstein ${signed(e.goldstein)}`),
    el('div', { class: 'sentence', 'data-testid': 'evidence' }, evidence(e)),
    el('div', { class: 'meta' }, el('a', { href: `#document?id=${encodeURIComponent(e.doc_id)}`, 'data-testid': 'doc-link' }, 'Open the document'),
      ` · ${e.event_id}`));
}

/** The colour legend of highlighted spans. */
export function legend() {
  return el('div', { class: 'legend hint' }, el('mark', { class: 'trigger' }, 'trigger'), el('mark', { class: 'actor' }, 'actor'),
    el('mark', { class: 'recipient' }, 'recipient'), el('mark', { class: 'location' }, 'location'));
}

let listId = 0;
/** A text input for an actor code, suggesting catalog entries as the user types. */
export function actorInput(name, value, label) {
  const id = `actors-${++listId}`;
  const list = el('datalist', { id });
  const input = el('input', { name, value: value || '', list: id, size: 8, autocomplete: 'off', 'data-testid': `actor-${name}` });
  let pending;
  input.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) return;
      try {
        const found = await api('/api/actors', { q, limit: 12 });
        list.replaceChildren(...found.map((a) => el('option', { value: a.key }, `${a.name} (${a.kind})`)));
      } catch { /* suggestions are optional */ }
    }, 200);
  });
  return el('label', {}, label, input, list);
}

/** A chart in `container` that follows the window size; the views keep it in `charts` for tests and cleanup. */
export function chart(container) {
  const c = echarts.init(container);
  // `finished` fires when drawing and animation are done: tests wait for it before clicking a bar.
  c.on('finished', () => { container.dataset.drawn = 'true'; });
  if (navigator.webdriver) {
    // Under automation (browser tests, screenshots) charts are drawn at once, without the entry animation.
    const set = c.setOption.bind(c);
    c.setOption = (option, ...rest) => set({ ...option, animation: false }, ...rest);
  }
  const resize = () => c.resize();
  window.addEventListener('resize', resize);
  c.__dispose = () => { window.removeEventListener('resize', resize); c.dispose(); };
  window.tightrope.charts.push(c);
  return c;
}

/** The last day of the period that starts on `start` (YYYY-MM-DD). */
export function periodEnd(start, by) {
  const d = new Date(`${start}T00:00:00Z`);
  if (by === 'day') return start;
  if (by === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (by === 'year') { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCDate(d.getUTCDate() - 1); }
  else { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(d.getUTCDate() - 1); }
  return d.toISOString().slice(0, 10);
}

/** A select with the given options. */
export function select(name, options, value, label) {
  return el('label', {}, label, el('select', { name, 'data-testid': `select-${name}` },
    options.map(([v, text]) => el('option', { value: v, selected: v === value }, text))));
}

/** Reads a form's named fields into an object of trimmed strings. */
export function values(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) out[k] = String(v).trim();
  return out;
}

/** Replaces the hash parameters of the current view without reloading it. */
export function setParams(view, params) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  history.replaceState(null, '', `#${view}${q.toString() ? `?${q}` : ''}`);
}
