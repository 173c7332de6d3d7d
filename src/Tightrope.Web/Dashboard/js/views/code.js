// Code text: paste an article, see the events the coder finds with their spans marked in the text (nothing stored).
import { el, errorBox, highlight, legend, post, signed, spansOf } from '../lib.js';

export async function render(root) {
  const text = el('textarea', { name: 'text', 'data-testid': 'code-text', placeholder: 'Paste news text here…' });
  const date = el('input', { type: 'date', name: 'date', 'data-testid': 'code-date' });
  const button = el('button', { type: 'submit', 'data-testid': 'code-run' }, 'Code');
  const result = el('div', { 'data-testid': 'code-result' });
  const form = el('form', {}, text, el('div', { class: 'controls' }, el('label', {}, 'Story date (for "on Monday", "last week")', date), button));
  root.append(el('h2', {}, 'Code this text'), el('div', { class: 'card' }, form), result);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    result.replaceChildren(el('p', { class: 'muted' }, 'Coding…'));
    try {
      const coded = await post('/api/code', { text: text.value, date: date.value || null });
      const spans = coded.events.flatMap(spansOf);
      result.replaceChildren(el('div', { class: 'card' },
        el('h3', { 'data-testid': 'code-summary' }, `${coded.events.length} events in ${coded.sentences} sentences`), legend(),
        el('div', { class: 'doc-text', 'data-testid': 'code-highlighted' }, highlight(text.value, 0, spans))),
      el('div', { class: 'card' }, el('table', { 'data-testid': 'code-events' },
        el('thead', {}, el('tr', {}, ['Event', 'Actor', 'Recipient', 'Date', 'Modality', 'Trigger', 'Goldstein'].map((h) => el('th', {}, h)))),
        el('tbody', {}, coded.events.map((x) => el('tr', {},
          el('td', {}, x.event_type + (x.event_mode ? ` · ${x.event_mode}` : '')), el('td', {}, x.actor ? `${x.actor.name} (${x.actor.key || '?'})` : '—'),
          el('td', {}, x.recipient ? `${x.recipient.name} (${x.recipient.key || '?'})` : '—'), el('td', {}, x.event_date || '—'),
          el('td', {}, x.modality), el('td', {}, x.trigger.text), el('td', { class: 'num' }, signed(x.goldstein))))))));
    } catch (error) {
      result.replaceChildren(errorBox(error));
    } finally {
      button.disabled = false;
    }
  });
}
