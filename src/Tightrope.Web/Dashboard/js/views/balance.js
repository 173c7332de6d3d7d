// Balance: the tightrope index of a middle power between two powers over time (+1 all toward A, −1 all toward B).
import { actorInput, api, chart, el, errorBox, select, setParams, signed, values } from '../lib.js';

export async function render(root, params) {
  const state = { m: params.get('m') || 'KOR', a: params.get('a') || 'USA', b: params.get('b') || 'CHN', by: params.get('by') || 'month' };
  const form = el('form', { class: 'controls', 'data-testid': 'balance-form' },
    actorInput('m', state.m, 'Middle power'), actorInput('a', state.a, 'Power A (+1)'), actorInput('b', state.b, 'Power B (−1)'),
    select('by', [['month', 'month'], ['year', 'year']], state.by, 'Period'), el('button', { type: 'submit' }, 'Show'));
  const box = el('div', { class: 'chart', 'data-testid': 'balance-chart' });
  const summary = el('p', { class: 'hint', 'data-testid': 'balance-summary' });
  root.append(el('h2', {}, 'Balance'), form, el('div', { class: 'card' }, summary, box,
    el('p', { class: 'hint' }, 'balance = (g(M,A) − g(M,B)) / (|g(M,A)| + |g(M,B)|), g = summed Goldstein of asserted story events between the two, both directions.')));
  const c = chart(box);

  async function load() {
    setParams('balance', state);
    let series;
    try {
      series = await api(`/api/balance/${encodeURIComponent(state.m)}`, { between: `${state.a},${state.b}`, by: state.by });
    } catch (error) {
      summary.replaceChildren(errorBox(error));
      c.clear();
      return;
    }
    const p = series.periods;
    const reach = Math.ceil(Math.max(1, ...p.map((x) => Math.max(Math.abs(x.toward_a), Math.abs(x.toward_b)))) / 10) * 10;
    const mean = p.length ? p.reduce((s, x) => s + x.balance, 0) / p.length : 0;
    summary.textContent = `${series.m} between ${series.a} (+1) and ${series.b} (−1): ${p.length} ${series.by}s, mean balance ${signed(mean)}.`;
    c.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 60, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: p.map((x) => x.period) },
      // Both axes symmetric about zero, so that the bars' zero lies on the balance's zero.
      yAxis: [{ type: 'value', name: 'balance', min: -1, max: 1, interval: 0.5 }, { type: 'value', name: 'summed Goldstein', min: -reach, max: reach, interval: reach / 2 }],
      series: [
        {
          name: 'balance', type: 'line', symbolSize: 7, z: 3, itemStyle: { color: '#1f2a44' }, areaStyle: { opacity: 0.12 },
          data: p.map((x) => Number(x.balance.toFixed(3))),
          markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#999', type: 'dashed' }, data: [{ yAxis: 0 }] },
        },
        { name: `g(${series.m},${series.a})`, type: 'bar', yAxisIndex: 1, itemStyle: { color: '#9db7e0' }, data: p.map((x) => Number(x.toward_a.toFixed(1))) },
        { name: `g(${series.m},${series.b})`, type: 'bar', yAxisIndex: 1, itemStyle: { color: '#eaa9a1' }, data: p.map((x) => Number(x.toward_b.toFixed(1))) },
      ],
    }, true);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    Object.assign(state, { m: v.m.toUpperCase(), a: v.a.toUpperCase(), b: v.b.toUpperCase(), by: v.by });
    load();
  });
  await load();
}
