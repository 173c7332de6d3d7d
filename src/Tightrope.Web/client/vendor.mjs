// Copies the third-party assets the dashboard serves into ../Dashboard/vendor: the ECharts bundle and a world
// outline (Natural Earth 1:110m countries from world-atlas, converted from TopoJSON to the GeoJSON ECharts reads).
// The output is committed, so building the app never needs npm; rerun this after changing package.json.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'Dashboard', 'vendor');
const modules = join(here, 'node_modules');
mkdirSync(out, { recursive: true });

copyFileSync(join(modules, 'echarts', 'dist', 'echarts.min.js'), join(out, 'echarts.min.js'));
copyFileSync(join(modules, 'echarts', 'LICENSE'), join(out, 'echarts.LICENSE.txt'));
copyFileSync(join(modules, 'world-atlas', 'LICENSE'), join(out, 'world-atlas.LICENSE.txt'));

const topology = JSON.parse(readFileSync(join(modules, 'world-atlas', 'countries-110m.json'), 'utf8'));
const world = feature(topology, topology.objects.countries);
// Round coordinates to 0.01°: far finer than the 1:110m data, and it halves the file.
const round = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
// A ring that crosses the antimeridian (Russia, Fiji) jumps from +180 to −180 and would be drawn as a line across
// the whole map: move its western part east of 180° so that the ring stays continuous. Antarctica, which spans all
// longitudes and closes along the bottom edge, is left as it is.
const mend = (ring) => (!ring.some(([, y]) => y < -60) && ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180) ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring);
const mendAll = (g) => (g.type === 'Polygon' ? g.coordinates.map(mend) : g.type === 'MultiPolygon' ? g.coordinates.map((poly) => poly.map(mend)) : g.coordinates);
for (const f of world.features) {
  f.geometry.coordinates = round(mendAll(f.geometry));
  f.properties = { name: f.properties.name };
}
writeFileSync(join(out, 'world.json'), JSON.stringify(world));
console.log(`vendored echarts and world.json (${world.features.length} countries) into ${out}`);
