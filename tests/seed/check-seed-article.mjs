#!/usr/bin/env node
// Checks the coder's output on the shared seed article (a third-party news report we may not copy into the
// repository) against the expectations of issue #2. Reads JSONL event records on stdin; exits 1 with one line per
// unmet expectation. Run by .ci/run when ../shared is present:
//   tightrope code ../shared/samples/seed-article.txt --date 2026-01-05 --format jsonl | node tests/seed/check-seed-article.mjs
import { readFileSync } from 'node:fs';

const events = readFileSync(0, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const key = a => a ? (a.country ?? a.org) : null;
const has = (what, pred) => ({ what, ok: events.some(pred) });

const checks = [
  has('KOR->CHN CONSULT on 2026-01-05 naming Lee Jae Myung and Xi Jinping, located in Beijing', e =>
    e.event_type === 'CONSULT' && key(e.actor) === 'KOR' && key(e.recipient) === 'CHN' && e.event_date === '2026-01-05'
    && e.modality === 'asserted' && /Lee Jae Myung/.test(e.actor.name) && /Xi Jinping/.test(e.recipient?.name ?? '')
    && e.location?.name === 'Beijing'),
  has('KOR->CHN CONSULT expected (the planned meetings with Li Qiang / Zhao Leji)', e =>
    e.event_type === 'CONSULT' && key(e.actor) === 'KOR' && key(e.recipient) === 'CHN' && e.modality === 'expected'
    && /Li Qiang|Zhao Leji/.test(e.recipient?.name ?? '')),
  has('USA->TWN SUPPORT or AID', e =>
    (e.event_type === 'SUPPORT' || e.event_type === 'AID') && key(e.actor) === 'USA' && key(e.recipient) === 'TWN'),
  has('PRK MOBILIZE with no recipient', e => e.event_type === 'MOBILIZE' && key(e.actor) === 'PRK' && e.recipient === null),
  has('KOR->CHN REQUEST (pressing Beijing on the cultural restrictions)', e =>
    e.event_type === 'REQUEST' && key(e.actor) === 'KOR' && key(e.recipient) === 'CHN'),
  has('KOR->CHN ACCUSE (concerns over the maritime structures)', e =>
    e.event_type === 'ACCUSE' && key(e.actor) === 'KOR' && key(e.recipient) === 'CHN'),
  { what: 'no event from the "most important economic partner" sentence', ok: !events.some(e => /most important economic partner/.test(e.sentence)) },
  { what: 'no invented recipient for the missile tests', ok: !events.some(e => e.event_type === 'MOBILIZE' && key(e.actor) === 'PRK' && e.recipient !== null) },
];

let failed = 0;
for (const c of checks) {
  console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.what}`);
  if (!c.ok) failed++;
}
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
