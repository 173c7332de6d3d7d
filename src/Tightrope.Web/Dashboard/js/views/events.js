// Events: a searchable, filterable table of stored event reports with cursor paging and a CSV download.
import { actorInput, api, el, errorBox, eventCard, eventTypes, legend, select, setParams, signed, values } from '../lib.js';

const fields = ['actor', 'recipient', 'type', 'modality', 'since', 'until', 'q'];

export async function render(root, params) {
  const state = Object.fromEntries(fields.map((f) => [f, params.get(f) || '']));
  const form = el('form', { class: 'controls', 'data-testid': 'events-form' },
    el('label', {}, 'Sentence contains', el('input', { name: 'q', value: state.q, 'data-testid': 'search', placeholder: 'e.g. missile' })),
    actorInput('actor', state.actor, 'Actor'), actorInput('recipient', state.recipient, 'Recipient'),
    select('type', [['', 'any type'], ...eventTypes.map((t) => [t, t])], state.type, 'Type'),
    select('modality', [['', 'any'], ...['asserted', 'intended', 'expected', 'hypothetical', 'negated'].map((m) => [m, m])], state.modality, 'Modality'),
    el('label', {}, 'Since', el('input', { type: 'date', name: 'since', value: state.since })),
    el('label', {}, 'Until', el('input', { type: 'date', name: 'until', value: state.until })),
    el('button', { type: 'submit' }, 'Filter'));
  const csv = el('a', { class: 'button secondary', 'data-testid': 'csv', download: 'events.csv' }, 'Download CSV');
  const body = el('tbody', { 'data-testid': 'events-rows' });
  const more = el('button', { class: 'secondary', type: 'button', 'data-testid': 'more' }, 'Load more');
  const info = el('p', { class: 'hint', 'data-testid': 'events-info' });
  root.append(el('h2', {}, 'Events'), form, el('div', { class: 'card' }, el('div', { class: 'controls' }, info, csv), legend(),
    el('table', {}, el('thead', {}, el('tr', {}, ['Date', 'Type', 'Actor', 'Recipient', 'Modality', 'Goldstein', 'Sentence'].map((h) => el('th', {}, h)))), body), more));

  let cursor = null;
  let shown = 0;

  function row(e) {
    const tr = el('tr', { class: 'clickable', 'data-testid': 'event-row', title: 'Show the evidence' },
      el('td', {}, e.event_date || '—'), el('td', {}, e.event_type), el('td', {}, e.actor ? e.actor.key || e.actor.text : '—'),
      el('td', {}, e.recipient ? e.recipient.key || e.recipient.text : '—'), el('td', {}, e.modality),
      el('td', { class: `num ${e.goldstein >= 0 ? 'pos' : 'neg'}` }, signed(e.goldstein)), el('td', {}, e.sentence || ''));
    tr.addEventListener('click', () => {
      if (tr.nextSibling && tr.nextSibling.classList.contains('expanded')) { tr.nextSibling.remove(); return; }
      tr.after(el('tr', { class: 'expanded' }, el('td', { colspan: 7 }, eventCard(e))));
    });
    return tr;
  }

  async function load(reset) {
    if (reset) { cursor = null; shown = 0; body.replaceChildren(); }
    const query = Object.fromEntries(Object.entries(state).filter(([, v]) => v));
    setParams('events', query);
    csv.setAttribute('href', `/api/events.csv?${new URLSearchParams(query)}`);
    try {
      const page = await api('/api/events', { ...query, limit: 100, cursor });
      body.append(...page.events.map(row));
      shown += page.events.length;
      cursor = page.next_cursor;
      info.textContent = `${shown} event reports shown${cursor ? ' (more available)' : ''}. Click a row for its evidence.`;
      info.dataset.query = new URLSearchParams(query).toString();
      more.hidden = !cursor;
    } catch (error) {
      info.replaceChildren(errorBox(error));
      more.hidden = true;
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    for (const f of fields) state[f] = f === 'actor' || f === 'recipient' ? (v[f] || '').toUpperCase() : v[f] || '';
    load(true);
  });
  more.addEventListener('click', () => load(false));
  await load(true);
}
