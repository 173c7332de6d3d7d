// Document: a stored article with every event's trigger, actor and recipient marked, and its events listed. Its url
// becomes a link only when it is http(s): a stored javascript: url must never run.
import { api, el, eventCard, highlight, legend, spansOf } from '../lib.js';

export async function render(root, params) {
  const doc = await api(`/api/documents/${encodeURIComponent(params.get('id') || '')}`);
  root.append(el('h2', { 'data-testid': 'doc-title' }, doc.title || `Document ${doc.doc_id}`),
    el('p', { class: 'hint' }, [doc.story_date, doc.source, /^https?:\/\//i.test(doc.url || '') ? el('a', { href: doc.url, rel: 'noreferrer noopener' }, doc.url) : doc.url, `id ${doc.doc_id}`]
      .filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))));
  if (doc.text) {
    root.append(el('div', { class: 'card' }, legend(), el('div', { class: 'doc-text', 'data-testid': 'doc-text' }, highlight(doc.text, 0, doc.events.flatMap(spansOf)))));
  }
  root.append(el('div', { class: 'card' }, el('h3', {}, `${doc.events.length} events`), doc.events.map(eventCard)));
}
