// The benchmark harness (not a test). Measures, in one run on this machine, against baselines:
// weight, start, render, drag, load big, save. Writes bench/RESULTS.md and the README's table.
// Run through `bash bench/run.sh` (which builds both apps first). RUNS=… sets the repetitions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch } from '../tests/e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { generateMap, storeMapScript } from './generate.mjs';
import { peerStoreScript } from './peer.mjs';
import { stats, waitPaintedSource, screenFilledSource, measureDrag, measureSave, timedTimersSource } from './measure.mjs';

// 15 by default: on a 2-core machine the spread of one measure is ±20 %; more runs steady the median.
const RUNS = Number(process.env.RUNS ?? 15);
// The rows beside the peer and the growth rows: fewer runs (each is a whole page load).
const RUNS_PEER = Number(process.env.RUNS_PEER ?? 7);
const RUNS_GROWTH = Number(process.env.RUNS_GROWTH ?? 5);
const root = path.resolve('.');
const dist = path.join(root, 'dist');
const emptyDist = path.join(root, 'bench/out/empty-dist');
const app = await serve(dist, '/patika/', 0);
const empty = await serve(emptyDist, '/empty/', 0);
const benchDir = await serve(path.join(root, 'bench'), '/bench/', 0);
const browser = await launch();
const results = {};
const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const spread = (s) => `${fmt(s.min)}–${fmt(s.max)} (IQR ${fmt(s.iqr)}, n=${s.n})`;

// 1. Weight: what a first visit transfers (wasm + JS + CSS), raw, gzip, brotli. The import worker
// is fetched on the first import, not on a visit: weighed on its own.
const worker = /patika-import|import-worker/;
function weight(dir, which = (f) => !worker.test(f)) {
  // Top level and public/ (the crash escape hatch script is fetched on every first visit too).
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => /\.(wasm|js|css)$/.test(f) && which(f));
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const b = fs.readFileSync(path.join(dir, f));
    sum.raw += b.length;
    sum.gzip += zlib.gzipSync(b, { level: 9 }).length;
    sum.brotli += zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return sum;
}
results.weight = weight(dist);
results.workerWeight = weight(dist, (f) => worker.test(f));
results.emptyWeight = weight(emptyDist);

// Service workers blocked: every visit is a first visit (and no worker's download of the whole
// build competes with what is measured; the peer has none).
async function fresh(init) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, serviceWorkers: 'block' });
  await context.addInitScript({ content: waitPaintedSource + screenFilledSource });
  if (init) await context.addInitScript({ content: init });
  return context;
}

// 2. Start: navigation → the library's search box exists, is enabled, and a frame is painted.
async function startTime(url) {
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const t = await page.evaluate(() => window.__waitPainted(() => { const i = document.querySelector('#map-search'); return i && !i.disabled; }));
  await context.close();
  return t;
}
const start = [], startEmpty = [];
for (let i = 0; i < RUNS; i++) {
  start.push(await startTime(app.url));
  startEmpty.push(await startTime(empty.url));
}
results.start = stats(start);
results.startEmpty = stats(startEmpty);

// 3. Render and 5. Load big: from the library (map stored) to the editor painted, against
// JSON.parse + the vanilla renderer of the same stored text.
const seedOnce = (file) => `if (!sessionStorage.getItem('seeded')) { ${storeMapScript(file)} sessionStorage.setItem('seeded', '1'); }`;
// `idle`: how long the library stays open first (a user's first click comes later than the
// start; chunks fetched when idle are in by then). 0: the map is opened right after start.
async function openTime(file, idle = 0) {
  const context = await fresh(seedOnce(file));
  const page = await context.newPage();
  await page.goto(app.url);
  await page.evaluate(() => window.__waitPainted(() => document.querySelector('#map-search')));
  if (idle) await page.waitForTimeout(idle);
  const stages = file.map.stages.length;
  const open = () => page.evaluate((stages) => {
    const t0 = performance.now();
    location.hash = '#/map/bench';
    return window.__waitPainted(() => window.__screenFilled(stages)).then((t1) => t1 - t0);
  }, stages);
  const t = await open();
  // Whether this open showed the editor built ahead in idle time (components/rehearsal.rs,
  // state/built_ahead.rs): counted beside the render row, which is only honest with that count.
  if (idle) prepared.push(await page.evaluate(() => document.querySelectorAll('.prebuilt-host').length));
  // The same map opened again in the same page: the browser has compiled the code by now (the
  // first open includes compiling the editor's wasm functions on first call). Reported, not budgeted.
  await page.evaluate(() => { location.hash = '#/'; return window.__waitPainted(() => document.querySelector('#map-search')); });
  const again = await open();
  await context.close();
  warm.push(again);
  return t;
}
let warm = [];
let prepared = [];
// The baseline: JSON.parse + the vanilla renderer of the same stored text. `renderGrid` is the
// same journey grid as Patika's with the same windowing (like with like, since issue 15);
// `renderMap`, the old one, builds every card of every stage (reported once beside it).
async function vanillaTime(file, renderer = 'renderGrid') {
  const context = await fresh(seedOnce(file));
  const page = await context.newPage();
  await page.goto(benchDir.url + 'vanilla.html');
  const t = await page.evaluate((renderer) => {
    const t0 = performance.now();
    window[renderer](JSON.parse(localStorage.getItem('patika:map:bench')));
    // Painted, as for Patika: the frame holding the map laid out and painted (one rAF alone would
    // stop the clock before the baseline's own layout and paint).
    return window.__waitPainted(() => true).then((t1) => t1 - t0);
  }, renderer);
  await context.close();
  return t;
}
const map1000 = generateMap();
const render = [], renderVanilla = [], renderOldVanilla = [], renderIdle = [];
for (let i = 0; i < RUNS; i++) {
  render.push(await openTime(map1000));
  renderIdle.push(await openTime(map1000, 1000));
  renderVanilla.push(await vanillaTime(map1000));
  renderOldVanilla.push(await vanillaTime(map1000, 'renderMap'));
}
results.render = stats(render);
results.renderIdle = stats(renderIdle);
results.renderVanilla = stats(renderVanilla);
results.renderOldVanilla = stats(renderOldVanilla);
results.renderWarm = stats(warm);
results.renderIdlePrepared = { built: prepared.filter(Boolean).length, of: prepared.length };
prepared = [];
warm = [];
// The same map stored in format version 1, as an older build wrote it: migrated on every read
// (the rows above read the version this build writes). Reported, not budgeted.
const map1000v1 = generateMap({ formatVersion: 1 });
const renderIdleV1 = [];
for (let i = 0; i < RUNS_GROWTH; i++) renderIdleV1.push(await openTime(map1000v1, 1000));
results.renderIdleV1 = stats(renderIdleV1);
warm = [];

// A ≈5 MB file (padded descriptions) fits Chromium's ≈5.2 M-unit localStorage only just; 4.6 MB
// is used so the benchmark measures loading, not a quota error. File import arrives with issue 5.
const big = generateMap({ padding: 4450 });
results.bigBytes = JSON.stringify(big).length;
// Opened after 1 s in the library, as the render row (issue 18: a user's first click comes later
// than the start); right after start beside it.
const load = [], loadStart = [], loadVanilla = [];
for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
  load.push(await openTime(big, 1000));
  loadStart.push(await openTime(big));
  loadVanilla.push(await vanillaTime(big));
}
results.load = stats(load);
results.loadStart = stats(loadStart);
results.loadVanilla = stats(loadVanilla);

// 4. Drag.
{
  const context = await fresh(seedOnce(map1000));
  const page = await context.newPage();
  await page.goto(app.url + '#/map/bench');
  results.drag = await measureDrag(page);
  await context.close();
}

// 6. Save: the longest main-thread task caused by autosaving a ≈1 MB map (timed callbacks).
{
  const mb = generateMap({ padding: 900 });
  results.saveBytes = JSON.stringify(mb).length;
  const saves = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    const context = await fresh(seedOnce(mb) + timedTimersSource);
    const page = await context.newPage();
    await page.goto(app.url + '#/map/bench');
    saves.push(await measureSave(page));
    await context.close();
  }
  results.save = stats(saves);
}

// 7. The first download: the code files (wasm, JS, CSS) the browser fetched before the library
// was interactive, weighed as brotli from dist/.
{
  const context = await fresh();
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname.slice('/patika/'.length)));
  await page.goto(app.url);
  await page.evaluate(() => window.__waitPainted(() => document.querySelector('#map-search')));
  await context.close();
  results.firstFiles = [...fetched].filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
  results.first = weight(dist, (f) => results.firstFiles.includes(f));
  results.whole = weight(dist, () => true);
}

// 8. Beside the peer, interleaved in this run: start (navigation → interactive: Patika's library,
// the peer's empty editor), cold open of the stored 20 × 50 map (navigation → screen filled: the
// peer renders every card at once and its curve), and weight.
const peerDist = path.resolve(root, '../shared/peers/enablement-map-studio/dist');
if (fs.existsSync(peerDist)) {
  const peer = await serve(peerDist, '/', 0, { fallback: true });
  results.peerWeight = weight(peerDist, () => true);
  const last = map1000.map.touchpoints.at(-1).name;
  async function navTime(url, init, predicate, arg) {
    const context = await fresh(init);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    // Named predicates, not code strings: Patika's policy forbids eval in its page.
    const t = await page.evaluate(([kind, a]) => window.__waitPainted(() => {
      if (kind === 'library') { const i = document.querySelector('#map-search'); return !!i && !i.disabled; }
      if (kind === 'filled') return window.__screenFilled(a);
      if (kind === 'peerEmpty') return document.body.textContent.includes('YAML');
      return !!document.querySelector('.recharts-line-curve') && document.body.textContent.includes(a);
    }), [predicate, arg]);
    await context.close();
    return t;
  }
  const m = { start: [], peerStart: [], cold: [], peerCold: [] };
  for (let i = 0; i < RUNS_PEER; i++) {
    m.start.push(await navTime(app.url, null, 'library'));
    m.peerStart.push(await navTime(peer.url + 'cjm', null, 'peerEmpty'));
    m.cold.push(await navTime(app.url + '#/map/bench', seedOnce(map1000), 'filled', map1000.map.stages.length));
    m.peerCold.push(await navTime(peer.url + 'cjm', peerStoreScript(map1000), 'peerFilled', last));
  }
  results.peer = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, stats(v)]));
  await peer.close();
}

// 9. Growth: open from the library (render), navigation to the map (cold load) and drag, for
// 100, 1,000 and 10,000 touchpoints.
results.growth = [];
for (const [stages, perStage] of [[5, 20], [20, 50], [40, 250]]) {
  const file = generateMap({ stages, perStage });
  const n = stages * perStage;
  const opened = [], loaded = [];
  for (let i = 0; i < RUNS_GROWTH; i++) {
    opened.push(await openTime(file));
    const context = await fresh(seedOnce(file));
    const page = await context.newPage();
    await page.goto(app.url + '#/map/bench', { waitUntil: 'commit' });
    loaded.push(await page.evaluate((s) => window.__waitPainted(() => window.__screenFilled(s)), stages));
    await context.close();
  }
  const context = await fresh(seedOnce(file));
  const page = await context.newPage();
  await page.goto(app.url + '#/map/bench');
  const drag = await measureDrag(page, 120, Math.min(500, Math.floor(n / 2)));
  await context.close();
  results.growth.push({ n, bytes: JSON.stringify(file).length, render: stats(opened), load: stats(loaded), drag });
}

const chromium = browser.version();
await browser.close();
await Promise.all([app.close(), empty.close(), benchDir.close()]);

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ok = (cond) => (cond ? 'met' : '**missed**');
const rows = [
  ['weight, brotli, first download (before the library is interactive)', `${kb(results.first.brotli)} in ${results.firstFiles.length} files (gzip ${kb(results.first.gzip)}, raw ${kb(results.first.raw)}); whole app ${kb(results.whole.brotli)} (import worker ${kb(results.workerWeight.brotli)}); empty Leptos app ${kb(results.emptyWeight.brotli)}`, '≤ 200 KB', ok(results.first.brotli <= 200 * 1024)],
  ['start (navigation → library interactive)', `${fmt(results.start.median)} vs empty Leptos ${fmt(results.startEmpty.median)} = ${ratio(results.start.median, results.startEmpty.median)}`, '≤ 1.3×', ok(results.start.median <= 1.3 * results.startEmpty.median)],
  // Issue 18: render is measured from the library after 1 s idle (chunks prefetched); the open
  // right after start, with the editor's chunk not yet fetched, is reported on its own.
  ['render 1,000 touchpoints, opened after 1 s in the library (open → painted)', `${fmt(results.renderIdle.median)} vs vanilla-JS grid ${fmt(results.renderVanilla.median)} = ${ratio(results.renderIdle.median, results.renderVanilla.median)}`, '≤ 1.1×', ok(results.renderIdle.median <= 1.1 * results.renderVanilla.median)],
  // The render row's open finds the editor built ahead (the library's latest map); opening any
  // other map builds it, as the second open in the same page does.
  ['render 1,000 touchpoints, the editor not built ahead (second open in the same page)', `${fmt(results.renderWarm.median)} = ${ratio(results.renderWarm.median, results.renderVanilla.median)} the vanilla grid`, 'reported', '—'],
  ['open the 1,000-touchpoint map right after start (editor\'s chunk not yet fetched)', `${fmt(results.render.median)} = ${ratio(results.render.median, results.renderVanilla.median)} the vanilla grid`, 'reported', '—'],
  ['drag, per frame', `p50 ${fmt(results.drag.p50)}, p95 ${fmt(results.drag.p95)} (card mutations ${results.drag.cardMutations})`, 'p95 ≤ 6 ms', ok(results.drag.p95 <= 6)],
  [`load ${(results.bigBytes / 1e6).toFixed(1)} MB map, opened after 1 s in the library (open → painted)`, `${fmt(results.load.median)} (right after start: ${fmt(results.loadStart.median)}) vs JSON.parse + vanilla-JS grid ${fmt(results.loadVanilla.median)} = ${ratio(results.load.median, results.loadVanilla.median)}`, '≤ 250 ms and ≤ 1.5×', ok(results.load.median <= 250 && results.load.median <= 1.5 * results.loadVanilla.median)],
  [`save (${(results.saveBytes / 1e6).toFixed(1)} MB map), longest task`, `${fmt(results.save.median)} median, ${fmt(results.save.max)} worst`, 'no task > 50 ms', ok(results.save.max <= 50)],
];
if (results.peer) {
  const p = results.peer;
  rows.push(
    ['beside the peer: weight, first download', `${kb(results.first.brotli)} vs enablement-map-studio ${kb(results.peerWeight.brotli)} = ${ratio(results.first.brotli, results.peerWeight.brotli)}`, '≤ 0.6×', ok(results.first.brotli <= 0.6 * results.peerWeight.brotli)],
    ['beside the peer: start (navigation → interactive)', `${fmt(p.start.median)} vs ${fmt(p.peerStart.median)} = ${ratio(p.start.median, p.peerStart.median)}`, '≤ 0.5×', ok(p.start.median <= 0.5 * p.peerStart.median)],
    ['beside the peer: cold open of a stored 1,000-touchpoint map', `${fmt(p.cold.median)} vs ${fmt(p.peerCold.median)} = ${ratio(p.cold.median, p.peerCold.median)}`, '≤ 0.5×', ok(p.cold.median <= 0.5 * p.peerCold.median)],
  );
}
for (const g of results.growth) {
  rows.push([`growth: ${g.n.toLocaleString('en')} touchpoints (${(g.bytes / 1e6).toFixed(2)} MB)`, `render ${fmt(g.render.median)}, cold load ${fmt(g.load.median)}, drag p95 ${fmt(g.drag.p95)}`, 'drag p95 ≤ 6 ms', ok(g.drag.p95 <= 6)]);
}
const table = ['| measure | result | budget | |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const detail = [
  `- start: Patika ${spread(results.start)}; empty Leptos ${spread(results.startEmpty)}`,
  `- render after 1 s idle: Patika ${spread(results.renderIdle)}; vanilla grid ${spread(results.renderVanilla)}; the old baseline (every card of every stage, unwindowed: unequal work) ${fmt(results.renderOldVanilla.median)} = ${ratio(results.renderIdle.median, results.renderOldVanilla.median)}; the same map stored as format v1 (migrated on each read): ${fmt(results.renderIdleV1.median)}, ${spread(results.renderIdleV1)}`,
  `- open right after start: ${spread(results.render)}`,
  `- render after 1 s idle: the editor had been built ahead (off the page, in idle time) for ${results.renderIdlePrepared.built} of ${results.renderIdlePrepared.of} opens; the second open in the same page builds it as any later open does (code already compiled; not budgeted): ${fmt(results.renderWarm.median)} = ${ratio(results.renderWarm.median, results.renderVanilla.median)} vanilla; ${spread(results.renderWarm)}`,
  `- load after 1 s idle: Patika ${spread(results.load)}; right after start ${spread(results.loadStart)}; vanilla ${spread(results.loadVanilla)}`,
  `- save: ${spread(results.save)}`,
  `- drag: max ${fmt(results.drag.max)}, preview positions ${results.drag.previewPositions}`,
  `- first download: ${results.firstFiles.join(', ')}`,
  ...(results.peer ? Object.entries(results.peer).map(([k, v]) => `- peer row ${k}: ${spread(v)}`) : ['- peer: not found beside the checkout (../shared/peers/enablement-map-studio/dist)']),
  ...results.growth.map((g) => `- growth ${g.n}: render ${spread(g.render)}; load ${spread(g.load)}; drag p50 ${fmt(g.drag.p50)}, max ${fmt(g.drag.max)}`),
].join('\n');
const header = `Run ${new Date().toISOString().slice(0, 10)} · Chromium ${chromium} · ${os.cpus().length} cores · ${RUNS} runs (medians; spreads below)`;
const md = `# Benchmark results\n\n${header}\n\n${table}\n\nSpreads:\n${detail}\n\nHow each is measured: see the comments in \`bench/run.mjs\`. Generated maps are seeded (\`bench/generate.mjs\`).\n`;
const old = fs.existsSync('bench/RESULTS.md') ? fs.readFileSync('bench/RESULTS.md', 'utf8') : '';
const notes = old.includes('\n## Findings') ? old.slice(old.indexOf('\n## Findings')) : '';
fs.writeFileSync('bench/RESULTS.md', md + notes);
const readme = fs.readFileSync('README.md', 'utf8');
const a = readme.indexOf('<!-- bench:start -->'), b = readme.indexOf('<!-- bench:end -->');
if (a >= 0 && b > a) fs.writeFileSync('README.md', readme.slice(0, a) + `<!-- bench:start -->\n${header}\n\n${table}\n` + readme.slice(b));
console.log(header + '\n' + table + '\n' + detail);
