// Overview: totals, event types over time and the busiest dyads.
import { api, chart, count, el, signed } from '../lib.js';

export async function render(root) {
  const stats = await api('/api/stats', { top: 15 });
  root.append(el('h2', {}, 'Overview'));
  const totals = [['Documents', stats.documents], ['Event reports', stats.events], ['Story events', stats.story_events], ['Rejected documents', stats.rejected]];
  root.append(el('div', { class: 'totals', 'data-testid': 'totals' },
    totals.map(([label, n]) => el('div', { class: 'total' }, el('div', { class: 'n' }, count(n)), el('div', { class: 'label' }, label)))));

  const box = el('div', { class: 'chart', 'data-testid': 'types-chart' });
  root.append(el('div', { class: 'card' }, el('h3', {}, 'Event types over time (asserted story events per month)'), box));
  const months = [...new Set(stats.types_by_month.map((x) => x.month))].sort();
  const types = stats.by_type.map((t) => t.name);
  const cell = new Map(stats.types_by_month.map((x) => [`${x.month}|${x.type}`, x.count]));
  chart(box).setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: months.map((m) => m.slice(0, 7)) },
    yAxis: { type: 'value', name: 'events' },
    series: types.map((t) => ({ name: t, type: 'bar', stack: 'types', data: months.map((m) => cell.get(`${m}|${t}`) || 0) })),
  });

  const dyads = el('table', { 'data-testid': 'top-dyads' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Actor'), el('th', {}, 'Recipient'), el('th', { class: 'num' }, 'Story events'), el('th', { class: 'num' }, 'Mean Goldstein'))),
    el('tbody', {}, stats.top_dyads.map((d) => el('tr', {
      class: 'clickable', title: 'Open this dyad', onclick: () => { location.hash = `#dyad?a=${d.actor}&b=${d.recipient}`; },
    }, el('td', {}, d.actor), el('td', {}, d.recipient), el('td', { class: 'num' }, count(d.count)),
      el('td', { class: `num ${d.mean_goldstein >= 0 ? 'pos' : 'neg'}` }, signed(d.mean_goldstein))))));
  const actors = el('table', {},
    el('thead', {}, el('tr', {}, el('th', {}, 'Actor'), el('th', { class: 'num' }, 'Story events as actor'))),
    el('tbody', {}, stats.top_actors.map((a) => el('tr', {}, el('td', {}, a.name), el('td', { class: 'num' }, count(a.count))))));
  root.append(el('div', { class: 'grid2' },
    el('div', { class: 'card' }, el('h3', {}, 'Top dyads'), el('p', { class: 'hint' }, 'Click a dyad to see how it moves.'), dyads),
    el('div', { class: 'card' }, el('h3', {}, 'Top actors'), actors)));
}
