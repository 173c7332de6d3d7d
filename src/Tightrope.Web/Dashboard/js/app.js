// The dashboard's router: one view per hash (#overview, #dyad?a=KOR&b=CHN …), each rendered into <main>.
import { el, errorBox } from './lib.js';
import * as overview from './views/overview.js';
import * as dyad from './views/dyad.js';
import * as balance from './views/balance.js';
import * as network from './views/network.js';
import * as map from './views/map.js';
import * as events from './views/events.js';
import * as code from './views/code.js';
import * as documentView from './views/document.js';

const views = { overview, dyad, balance, network, map, events, code, document: documentView };

// Charts of the current view, exposed so that browser tests can find chart coordinates.
window.tightrope = { charts: [], ready: false };

async function route() {
  const [name, query] = (location.hash.slice(1) || 'overview').split('?');
  const view = views[name] || overview;
  for (const c of window.tightrope.charts) c.__dispose();
  window.tightrope.charts = [];
  window.tightrope.ready = false;
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.view === name);
  const root = document.getElementById('view');
  root.replaceChildren();
  root.dataset.view = name;
  try {
    await view.render(root, new URLSearchParams(query || ''));
  } catch (error) {
    root.append(errorBox(error));
  }
  window.tightrope.ready = true;
  root.dataset.ready = 'true';
}

window.addEventListener('hashchange', () => { document.getElementById('view').dataset.ready = 'false'; route(); });
route();
fetch('/health').then((r) => r.json()).then((h) => {
  document.getElementById('status').textContent = h.events !== undefined ? `${h.events.toLocaleString('en')} event reports` : '';
}).catch(() => { document.getElementById('status').replaceChildren(el('span', {}, 'store unavailable')); });
