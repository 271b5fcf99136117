// A/B of two builds on the start, render and save measures, runs interleaved so both see the same
// machine load: `node bench/ab.mjs <distA> <distB> [runs]`. For checking whether a change moved a
// number before trusting one noisy benchmark run. `IDLE=1000` opens the map after that long in the
// library (run.mjs's budgeted render row: the editor built ahead); without it, right after start.
import path from 'node:path';
import { launch } from '../tests/e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { generateMap, storeMapScript } from './generate.mjs';
import { stats, waitPaintedSource, screenFilledSource, measureSave, timedTimersSource } from './measure.mjs';

const [a, b] = process.argv.slice(2, 4).map((d) => path.resolve(d));
const runs = Number(process.argv[4] ?? 9);
const idle = Number(process.env.IDLE ?? 0);
const servers = [await serve(a, '/a/', 0), await serve(b, '/b/', 0)];
const browser = await launch();
const map = generateMap();
const saveMap = generateMap({ padding: 900 });
/** The longest timed callback of one autosave of a ≈ 1 MB map (as in run.mjs). */
async function save(url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript({ content: `if (!sessionStorage.getItem('seeded')) { ${storeMapScript(saveMap)} sessionStorage.setItem('seeded', '1'); }` + timedTimersSource });
  const page = await context.newPage();
  await page.goto(url + '#/map/bench');
  const t = await measureSave(page);
  await context.close();
  return t;
}

async function once(url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript({ content: waitPaintedSource + screenFilledSource });
  await context.addInitScript({ content: `if (!sessionStorage.getItem('seeded')) { ${storeMapScript(map)} sessionStorage.setItem('seeded', '1'); }` });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const start = await page.evaluate(() => window.__waitPainted(() => { const i = document.querySelector('#map-search'); return i && !i.disabled; }));
  if (idle) await page.waitForTimeout(idle);
  const render = await page.evaluate((stages) => {
    const t0 = performance.now();
    location.hash = '#/map/bench';
    return window.__waitPainted(() => window.__screenFilled(stages)).then((t1) => t1 - t0);
  }, map.map.stages.length);
  await context.close();
  return { start, render };
}

const out = [{ start: [], render: [], save: [] }, { start: [], render: [], save: [] }];
for (let i = 0; i < runs; i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const r = await once(servers[k].url);
    out[k].start.push(r.start);
    out[k].render.push(r.render);
    out[k].save.push(await save(servers[k].url));
  }
}
const line = (x) => `${stats(x).median.toFixed(1)} ms (IQR ${stats(x).iqr.toFixed(1)}, max ${stats(x).max.toFixed(1)})`;
for (const [k, name] of [[0, a], [1, b]]) {
  console.log(`${name}: start ${line(out[k].start)}, render ${line(out[k].render)}, save ${line(out[k].save)}`);
}
await browser.close();
for (const s of servers) await s.close();
