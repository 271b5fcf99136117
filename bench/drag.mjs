// Drag benchmark (not a test): per-frame main-thread time while dragging one emotion point on a
// generated 20 × 50 map (1,000 touchpoints). Each frame = one pointermove, the reactive updates it
// causes (microtasks), and a forced style/layout. Run: node bench/drag.mjs (after a release build).
import { serve, launch } from '../tests/e2e/helpers.mjs';
import { generateMap, storeMapScript } from './generate.mjs';

const FRAMES = Number(process.env.FRAMES ?? 120);
const srv = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const file = generateMap();
await context.addInitScript({ content: `if (!sessionStorage.getItem('seeded')) { ${storeMapScript(file)} sessionStorage.setItem('seeded', '1'); }` });
const page = await context.newPage();
await page.goto(srv.url + '#/map/bench');
await page.locator('.handle').nth(999).waitFor({ state: 'attached', timeout: 60000 });
const result = await page.evaluate(async (frames) => {
  const svg = document.querySelector('.curve-layer');
  const handle = document.getElementById('pt-500-0');
  handle.scrollIntoView({ block: 'center', inline: 'center' });
  let cardMutations = 0;
  const observer = new MutationObserver((m) => { cardMutations += m.length; });
  for (const list of document.querySelectorAll('.cards')) observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
  const r = handle.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y0 = r.top + r.height / 2;
  const opts = (y) => ({ bubbles: true, cancelable: true, clientX: x, clientY: y, pointerId: 1, isPrimary: true, button: 0 });
  handle.dispatchEvent(new PointerEvent('pointerdown', opts(y0)));
  const flush = async () => { for (let i = 0; i < 8; i++) await Promise.resolve(); };
  await flush();
  const times = [];
  const ghostYs = new Set();
  for (let f = 0; f < frames; f++) {
    const y = y0 - 120 * Math.sin((f / frames) * Math.PI * 4);
    const t0 = performance.now();
    svg.dispatchEvent(new PointerEvent('pointermove', opts(y)));
    await flush();
    document.body.getBoundingClientRect();
    times.push(performance.now() - t0);
    ghostYs.add(document.querySelector('.ghost-point')?.getAttribute('cy'));
    await new Promise((ok) => requestAnimationFrame(() => ok()));
  }
  svg.dispatchEvent(new PointerEvent('pointerup', opts(y0)));
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { p50: q(0.5), p95: q(0.95), max: times[times.length - 1], cardMutations, previewPositions: ghostYs.size };
}, FRAMES);
const version = await browser.version();
console.log(`drag on 1,000 touchpoints (${FRAMES} frames, Chromium ${version}): p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms, max ${result.max.toFixed(2)} ms; card DOM mutations during the drag: ${result.cardMutations}; preview positions seen: ${result.previewPositions}`);
await browser.close();
await srv.close();
