// Network: actors of a period sized by activity, directed dyads coloured by net cooperation (green) or conflict (red).
import { api, chart, el, errorBox, setParams, signed, values } from '../lib.js';

export async function render(root, params) {
  const state = { since: params.get('since') || '', until: params.get('until') || '', limit: params.get('limit') || '60' };
  const form = el('form', { class: 'controls', 'data-testid': 'network-form' },
    el('label', {}, 'Since', el('input', { type: 'date', name: 'since', value: state.since })),
    el('label', {}, 'Until', el('input', { type: 'date', name: 'until', value: state.until })),
    el('label', {}, 'Dyads', el('input', { type: 'number', name: 'limit', min: 1, max: 500, value: state.limit })),
    el('button', { type: 'submit' }, 'Show'));
  const box = el('div', { class: 'chart tall', 'data-testid': 'network-chart' });
  const summary = el('p', { class: 'hint', 'data-testid': 'network-summary' });
  root.append(el('h2', {}, 'Network'), form, el('div', { class: 'card' }, summary, box,
    el('p', { class: 'hint' }, 'Node size: story events involving the actor. Edge: actor → recipient, width by count, green when cooperation outweighs conflict, red otherwise. Click an edge to open the dyad.')));
  const c = chart(box);

  async function load() {
    setParams('network', state);
    let graph;
    try {
      graph = await api('/api/network', state);
    } catch (error) {
      summary.replaceChildren(errorBox(error));
      c.clear();
      return;
    }
    const max = Math.max(1, ...graph.nodes.map((n) => n.events));
    const maxEdge = Math.max(1, ...graph.edges.map((e) => e.count));
    summary.textContent = `${graph.nodes.length} actors, ${graph.edges.length} dyads${state.since || state.until ? ` from ${state.since || 'the start'} to ${state.until || 'the end'}` : ''}.`;
    c.setOption({
      tooltip: {
        formatter: (p) => (p.dataType === 'edge'
          ? `${p.data.source} → ${p.data.target}: ${p.data.count} events, net cooperation ${p.data.net_cooperation}, mean Goldstein ${signed(p.data.mean_goldstein)}`
          : `${p.data.label_name} (${p.data.name}): ${p.data.value} events`),
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 420, edgeLength: [70, 220], gravity: 0.08 },
        label: { show: true, position: 'right' },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        data: graph.nodes.map((n) => ({ name: n.id, label_name: n.name, value: n.events, symbolSize: 12 + 48 * Math.sqrt(n.events / max), itemStyle: { color: '#2456a6' } })),
        links: graph.edges.map((e) => ({
          ...e,
          lineStyle: { color: e.net_cooperation >= 0 ? '#2e8b57' : '#c0392b', width: 1 + 6 * (e.count / maxEdge), opacity: 0.7, curveness: 0.15 },
        })),
      }],
    }, true);
    c.off('click');
    c.on('click', (p) => { if (p.dataType === 'edge') location.hash = `#dyad?a=${p.data.source}&b=${p.data.target}`; });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    Object.assign(state, values(form));
    load();
  });
  await load();
}
