// Map: where events happen, on a world outline shipped with the app (Natural Earth 1:110m via world-atlas).
import { api, chart, el, errorBox, eventCard, legend, setParams, signed, values } from '../lib.js';

let worldLoaded = false;

export async function render(root, params) {
  const state = { since: params.get('since') || '', until: params.get('until') || '' };
  const form = el('form', { class: 'controls', 'data-testid': 'map-form' },
    el('label', {}, 'Since', el('input', { type: 'date', name: 'since', value: state.since })),
    el('label', {}, 'Until', el('input', { type: 'date', name: 'until', value: state.until })),
    el('button', { type: 'submit' }, 'Show'));
  const box = el('div', { class: 'chart tall', 'data-testid': 'map-chart' });
  const summary = el('p', { class: 'hint', 'data-testid': 'map-summary' });
  const places = el('div');
  const atPlace = el('div', { 'data-testid': 'place-events' });
  root.append(el('h2', {}, 'Map'), form, el('div', { class: 'card' }, summary, box,
    el('p', { class: 'hint' }, 'Circle size: asserted event reports at the place; colour: mean Goldstein (red conflict, green cooperation). Scroll to zoom; click a place for its events.')), atPlace, places);
  if (!worldLoaded) {
    const world = await fetch('/vendor/world.json').then((r) => r.json());
    echarts.registerMap('world', world);
    worldLoaded = true;
  }
  const c = chart(box);

  async function load() {
    setParams('map', state);
    let points;
    try {
      points = await api('/api/locations', state);
    } catch (error) {
      summary.replaceChildren(errorBox(error));
      return;
    }
    const max = Math.max(1, ...points.map((p) => p.count));
    summary.textContent = `${points.length} places with located events.`;
    c.setOption({
      // Hovering the outline itself (not a place) gives no data: name the region instead of failing.
      tooltip: { formatter: (p) => (p.data ? `${p.data.name}${p.data.country ? ` (${p.data.country})` : ''}: ${p.data.value[2]} events, mean Goldstein ${signed(p.data.value[3])}` : p.name || '') },
      geo: { map: 'world', roam: true, zoom: 1.2, itemStyle: { areaColor: '#e6eaf0', borderColor: '#aab4c3' }, emphasis: { disabled: true } },
      visualMap: { type: 'continuous', min: -10, max: 10, dimension: 3, calculable: false, inRange: { color: ['#c0392b', '#f2d16b', '#2e8b57'] }, left: 10, bottom: 10, text: ['coop', 'conflict'] },
      series: [{
        type: 'scatter', coordinateSystem: 'geo',
        symbolSize: (v) => 6 + 24 * Math.sqrt(v[2] / max),
        data: points.map((p) => ({ name: p.name, country: p.country, value: [p.lon, p.lat, p.count, p.mean_goldstein] })),
      }],
    }, true);
    c.off('click');
    c.on('click', (p) => { if (p.componentType === 'series' && p.data) showPlace(p.data.name); });
    places.replaceChildren(el('div', { class: 'card' }, el('h3', {}, 'Busiest places'), el('table', { 'data-testid': 'places' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Place'), el('th', {}, 'Country'), el('th', { class: 'num' }, 'Events'), el('th', { class: 'num' }, 'Mean Goldstein'))),
      el('tbody', {}, points.slice(0, 15).map((p) => el('tr', {}, el('td', {}, p.name), el('td', {}, p.country || ''), el('td', { class: 'num' }, p.count),
        el('td', { class: `num ${p.mean_goldstein >= 0 ? 'pos' : 'neg'}` }, signed(p.mean_goldstein))))))));
  }

  async function showPlace(name) {
    atPlace.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
    try {
      const page = await api('/api/events', { place: name, modality: 'asserted', since: state.since, until: state.until, limit: 100 });
      atPlace.replaceChildren(el('div', { class: 'card' },
        el('h3', { 'data-testid': 'place-title' }, `${name}: ${page.events.length} event reports${page.next_cursor ? ' (latest 100)' : ''}`),
        legend(), page.events.map(eventCard)));
    } catch (error) {
      atPlace.replaceChildren(errorBox(error));
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    Object.assign(state, values(form));
    load();
  });
  await load();
}
