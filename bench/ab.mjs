// A/B of two builds on the render and start measures, runs interleaved so both see the same
// machine load: `node bench/ab.mjs <distA> <distB> [runs]`. For checking whether a change moved a
// number before trusting one noisy benchmark run.
import path from 'node:path';
import { launch } from '../tests/e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { generateMap, storeMapScript } from './generate.mjs';
import { stats, waitPaintedSource, screenFilledSource } from './measure.mjs';

const [a, b] = process.argv.slice(2, 4).map((d) => path.resolve(d));
const runs = Number(process.argv[4] ?? 9);
const servers = [await serve(a, '/a/', 0), await serve(b, '/b/', 0)];
const browser = await launch();
const map = generateMap();

async function once(url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript({ content: waitPaintedSource + screenFilledSource });
  await context.addInitScript({ content: `if (!sessionStorage.getItem('seeded')) { ${storeMapScript(map)} sessionStorage.setItem('seeded', '1'); }` });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const start = await page.evaluate(() => window.__waitPainted(() => { const i = document.querySelector('#map-search'); return i && !i.disabled; }));
  const render = await page.evaluate((stages) => {
    const t0 = performance.now();
    location.hash = '#/map/bench';
    return window.__waitPainted(() => window.__screenFilled(stages)).then((t1) => t1 - t0);
  }, map.map.stages.length);
  await context.close();
  return { start, render };
}

const out = [{ start: [], render: [] }, { start: [], render: [] }];
for (let i = 0; i < runs; i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const r = await once(servers[k].url);
    out[k].start.push(r.start);
    out[k].render.push(r.render);
  }
}
for (const [k, name] of [[0, a], [1, b]]) {
  const s = stats(out[k].start), r = stats(out[k].render);
  console.log(`${name}: start ${s.median.toFixed(1)} ms (IQR ${s.iqr.toFixed(1)}), render ${r.median.toFixed(1)} ms (IQR ${r.iqr.toFixed(1)})`);
}
await browser.close();
for (const s of servers) await s.close();
