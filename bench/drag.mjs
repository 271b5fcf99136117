// Drag benchmark (not a test): per-frame main-thread time while dragging one emotion point on a
// generated 20 × 50 map (1,000 touchpoints). Each frame = one pointermove, the reactive updates it
// causes (microtasks), and a forced style/layout. Run: node bench/drag.mjs (after a release build).
import { serve, launch } from '../tests/e2e/helpers.mjs';
import { generateMap, storeMapScript } from './generate.mjs';
import { measureDrag } from './measure.mjs';

const FRAMES = Number(process.env.FRAMES ?? 120);
const srv = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
await context.addInitScript({ content: `if (!sessionStorage.getItem('seeded')) { ${storeMapScript(generateMap())} sessionStorage.setItem('seeded', '1'); }` });
const page = await context.newPage();
await page.goto(srv.url + '#/map/bench');
const r = await measureDrag(page, FRAMES);
console.log(`drag on 1,000 touchpoints (${FRAMES} frames, Chromium ${browser.version()}): p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, max ${r.max.toFixed(2)} ms; header DOM mutations during the drag: ${r.cardMutations}; preview positions seen: ${r.previewPositions}`);
await browser.close();
await srv.close();
