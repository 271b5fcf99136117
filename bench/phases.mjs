// Where start-up time goes (a profiling aid, not part of the table): for each build given, the
// median time from navigation to each start phase, and how much wasm code the start path compiles.
//
//   node bench/phases.mjs dist bench/out/empty-dist [more builds…]    (RUNS=21 by default)
//   WITH_MAP=1 node bench/phases.mjs …   the same with the generated 1,000-touchpoint map stored
//                                        first (stored before the clock starts, unlike ab.mjs)
//   MAPS=30 node bench/phases.mjs …      the same with 30 small maps (5 stages × 8 touchpoints)
//
// Phases: the .wasm fully received (Resource Timing), the module instantiated and the app's
// `main` returned (performance marks put around wasm-bindgen's start call, in a temporary copy of
// each build), and "painted" exactly as the start measure of run.mjs. Chromium compiles wasm
// lazily, one function on its first call; the trace events of one more start per build give
// how many functions, and how many bytes of function bodies, the path to the library compiled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../tests/e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { stats, waitPaintedSource } from './measure.mjs';
import { generateMap, storeMapScript } from './generate.mjs';

const RUNS = Number(process.env.RUNS ?? 21);
/** A script that stores `files` and an index listing them (what a library of many maps holds). */
function storeMapsScript(files) {
  const index = { format: 'patika.library-index', formatVersion: 1, maps: files.map(({ map: m }) => ({ id: m.id, title: `${m.title} ${m.id}`, updated: m.updated, stages: m.stages.length, touchpoints: m.touchpoints.length })) };
  return `for (const f of ${JSON.stringify(files)}) localStorage.setItem('patika:map:' + f.map.id, JSON.stringify(f));
localStorage.setItem('patika:index', ${JSON.stringify(JSON.stringify(index))});`;
}
const manyMaps = Number(process.env.MAPS ?? 0);
const store = process.env.WITH_MAP ? storeMapScript(generateMap())
  : manyMaps ? storeMapsScript(Array.from({ length: manyMaps }, (_, i) => generateMap({ id: `m${i}`, stages: 5, perStage: 8, seed: i })))
  : null;
const builds = process.argv.slice(2);
if (!builds.length) { console.error('usage: node bench/phases.mjs <dist> [<dist>…]'); process.exit(2); }

/** A copy of `dir` whose wasm-bindgen loader marks "instantiated" and "main returned". */
function marked(dir) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'patika-phases-'));
  fs.cpSync(dir, out, { recursive: true });
  // The app's loader: in the split build it is in `app-<hash>/`; the import worker's glue (its
  // own start call) and the service worker are not the page's loader.
  const glue = fs.readdirSync(out, { recursive: true })
    .filter((f) => f.endsWith('.js') && !/import|sw\.js|__wasm_split|public/.test(f));
  let found = 0;
  for (const f of glue) {
    const file = path.join(out, f);
    const text = fs.readFileSync(file, 'utf8');
    const next = text.replace('wasm.__wbindgen_start();', 'performance.mark("instantiated"); wasm.__wbindgen_start(); performance.mark("main");');
    if (next !== text) { found++; fs.writeFileSync(file, next); }
  }
  if (found !== 1) throw new Error(`${dir}: expected one wasm-bindgen loader with a start call, found ${found}`);
  // The loader changed, so its subresource-integrity hash no longer holds (the CSP is unchanged).
  const html = path.join(out, 'index.html');
  fs.writeFileSync(html, fs.readFileSync(html, 'utf8').replace(/ integrity="[^"]*"/g, ''));
  return out;
}

const copies = builds.map(marked);
const servers = await Promise.all(copies.map((d, i) => serve(d, `/b${i}/`, 0)));
const browser = await launch();
const interactive = () => { const i = document.querySelector('#map-search'); return i && !i.disabled; };

async function phases(url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript({ content: waitPaintedSource });
  const page = await context.newPage();
  if (store) {
    // Same origin, any small file: the map is in storage before the measured navigation.
    await page.goto(url + 'public/favicon.svg');
    await page.evaluate(store);
  }
  await page.goto(url, { waitUntil: 'commit' });
  const painted = await page.evaluate(`window.__waitPainted(${interactive})`);
  const r = await page.evaluate(() => ({
    received: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).responseEnd,
    instantiated: performance.getEntriesByName('instantiated')[0].startTime,
    main: performance.getEntriesByName('main')[0].startTime,
  }));
  await context.close();
  return { ...r, painted };
}

async function compiledAtStart(url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  if (store) {
    await page.goto(url + 'public/favicon.svg');
    await page.evaluate(store);
  }
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8.wasm', 'disabled-by-default-v8.wasm.detailed'] } });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(interactive);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const compiled = new Map();
  for (const e of events) if (e.name === 'wasm.CompileBaseline' && e.args?.funcIndex != null) compiled.set(e.args.funcIndex, e.args.bodySize);
  return { functions: compiled.size, bytes: [...compiled.values()].reduce((a, b) => a + b, 0) };
}

const samples = builds.map(() => ({ received: [], instantiated: [], main: [], painted: [] }));
for (let i = 0; i < RUNS; i++) {
  for (let j = 0; j < builds.length; j++) {
    const r = await phases(servers[j].url);
    for (const k of Object.keys(samples[j])) samples[j][k].push(r[k]);
  }
}
const compiled = [];
for (const s of servers) compiled.push(await compiledAtStart(s.url));
await browser.close();
await Promise.all(servers.map((s) => s.close()));
for (const d of copies) fs.rmSync(d, { recursive: true, force: true });

const ms = (xs) => stats(xs).median.toFixed(1).padStart(7);
console.log(`Medians over ${RUNS} interleaved starts, ms from navigation; start-path compile from one traced start.`);
console.log('build'.padEnd(28) + 'received  instant.     main  painted   compiled at start');
builds.forEach((b, j) => {
  const s = samples[j];
  console.log(`${b.slice(-27).padEnd(28)}${ms(s.received)}  ${ms(s.instantiated)}  ${ms(s.main)}  ${ms(s.painted)}   ${compiled[j].functions} functions, ${(compiled[j].bytes / 1024).toFixed(0)} KB`);
});
