// Dyad: cooperation and conflict between two actors over time by quad class, with mean Goldstein; clicking a period
// lists its events with the evidence sentence.
import { actorInput, api, chart, el, errorBox, eventCard, legend, periodEnd, quadColors, quadNames, select, setParams, values } from '../lib.js';

export async function render(root, params) {
  const state = { a: params.get('a') || 'KOR', b: params.get('b') || 'CHN', by: params.get('by') || 'month' };
  const form = el('form', { class: 'controls', 'data-testid': 'dyad-form' },
    actorInput('a', state.a, 'Actor A'), actorInput('b', state.b, 'Actor B'),
    select('by', [['week', 'week'], ['month', 'month'], ['year', 'year']], state.by, 'Period'),
    el('button', { type: 'submit' }, 'Show'));
  const box = el('div', { class: 'chart', 'data-testid': 'dyad-chart' });
  const summary = el('p', { class: 'hint', 'data-testid': 'dyad-summary' });
  const detail = el('div', { 'data-testid': 'period-events' });
  root.append(el('h2', {}, 'Dyad'), form, el('div', { class: 'card' }, summary, box,
    el('p', { class: 'hint' }, 'Click a bar to read the events of that period.')), detail);
  const c = chart(box);

  async function load() {
    detail.replaceChildren();
    setParams('dyad', state);
    let series;
    try {
      series = await api(`/api/dyads/${encodeURIComponent(state.a)}/${encodeURIComponent(state.b)}/series`, { by: state.by });
    } catch (error) {
      summary.replaceChildren(errorBox(error));
      c.clear();
      return;
    }
    const p = series.periods;
    const total = p.reduce((s, x) => s + x.total, 0);
    summary.textContent = `${series.a} ↔ ${series.b}: ${total} asserted story events in ${p.length} ${series.by}s.`;
    box.dataset.drawn = 'false';
    const keys = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
    c.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 60, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: p.map((x) => x.period) },
      yAxis: [{ type: 'value', name: 'events' }, { type: 'value', name: 'mean Goldstein', min: -10, max: 10 }],
      series: [
        ...keys.map((k, i) => ({ name: quadNames[i + 1], type: 'bar', stack: 'quad', itemStyle: { color: quadColors[i + 1] }, data: p.map((x) => x[k]) })),
        { name: 'mean Goldstein', type: 'line', yAxisIndex: 1, symbolSize: 7, itemStyle: { color: '#1f2a44' }, data: p.map((x) => (x.mean_goldstein === null ? null : Number(x.mean_goldstein.toFixed(2)))) },
      ],
    }, true);
    c.off('click');
    c.on('click', (e) => showPeriod(p[e.dataIndex].period));
    window.tightrope.dyad = { periods: p.map((x) => x.period) };
  }

  async function showPeriod(start) {
    const until = periodEnd(start, state.by);
    detail.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
    try {
      const page = await api('/api/events', { dyad: `${state.a},${state.b}`, since: start, until, modality: 'asserted', limit: 200 });
      detail.replaceChildren(el('div', { class: 'card' },
        el('h3', { 'data-testid': 'period-title' }, `${state.a} ↔ ${state.b}, ${start} to ${until}: ${page.events.length} event reports${page.next_cursor ? ' (first 200)' : ''}`),
        legend(), page.events.map(eventCard)));
    } catch (error) {
      detail.replaceChildren(errorBox(error));
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    Object.assign(state, { a: v.a.toUpperCase(), b: v.b.toUpperCase(), by: v.by });
    load();
  });
  await load();
}
