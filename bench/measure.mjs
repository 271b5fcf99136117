// In-page measurements shared by the benchmarks.

/** Median and spread (min, max, interquartile range) of a list of numbers. */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
  return { median: q(0.5), min: s[0], max: s[s.length - 1], iqr: q(0.75) - q(0.25), n: s.length };
}

/** Runs in the page: resolves once a frame in which `predicate()` held has been laid out and
 * painted, i.e. at the animation frame after the one where it was seen to hold (checked every
 * frame: some conditions, like an image finishing decoding, change no DOM). A frame's rAF
 * callbacks run before its layout and paint, so one rAF after a synchronous render is not
 * "painted": the same two-frame rule applies whether the predicate holds at once or later. */
export const waitPaintedSource = `window.__waitPainted = (predicate) => new Promise((done) => {
  const painted = () => requestAnimationFrame(() => done(performance.now()));
  const loop = () => requestAnimationFrame(() => { if (predicate()) painted(); else loop(); });
  loop();
});`;

/** Runs in the page: whether the editor fills the screen. The board has all its stage columns;
 * every card list on screen has cards from its visible top to its visible bottom; the curve, when
 * on screen, has its points and its picture decoded. Patika builds only what is on screen (plus a
 * margin), so "painted" means what a user sees, not every node of a 1,000-card map. */
export const screenFilledSource = `window.__screenFilled = (stages) => {
  const W = innerWidth, H = innerHeight;
  const onScreen = (r) => r.height > 0 && r.right > 0 && r.left < W && r.bottom > 0 && r.top < H;
  const cols = document.querySelectorAll('.editor .stage');
  if (cols.length !== stages) return false;
  for (const col of cols) {
    const list = col.querySelector('.cards');
    const r = list.getBoundingClientRect();
    if (!onScreen(r)) continue;
    const cards = list.querySelectorAll('.card');
    if (!cards.length) return false;
    const first = cards[0].getBoundingClientRect(), last = cards[cards.length - 1].getBoundingClientRect();
    if (first.top > Math.max(r.top, 0) + 8 || last.bottom < Math.min(r.bottom, H) - 8) return false;
  }
  const curve = document.querySelector('.editor .curve-stack');
  if (curve && onScreen(curve.getBoundingClientRect())) {
    if (!document.querySelector('.curve-layer .handle') || !curve.querySelector('img')?.complete) return false;
  }
  return true;
};`;

/** Runs in the page: scrolls the curve into view with touchpoint `index` of stage `stage` in the
 * middle, and waits until its point `pt-<index>-0` exists. */
export async function showPoint(page, stage, index) {
  await page.waitForFunction(() => document.querySelector('.editor .curve-stack'), null, { timeout: 60000 });
  await page.evaluate(({ stage }) => {
    document.querySelector('.editor .curve-stack').scrollIntoView({ block: 'center' });
    const scroller = document.querySelector('.board-scroll');
    const col = document.querySelectorAll('.editor .stage')[stage];
    scroller.scrollLeft = col.offsetLeft + col.offsetWidth / 2 - scroller.clientWidth / 2;
  }, { stage });
  await page.locator(`#pt-${index}-0`).waitFor({ state: 'attached', timeout: 60000 });
}

/** Per-frame main-thread time of dragging one emotion point (see bench/drag.mjs). */
export async function measureDrag(page, frames = 120) {
  return page.evaluate(async (frames) => {
    const svg = document.querySelector('.curve-layer');
    const handle = document.getElementById('pt-500-0');
    let cardMutations = 0;
    const observer = new MutationObserver((m) => { cardMutations += m.length; });
    for (const list of document.querySelectorAll('.cards')) observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
    const r = handle.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y0 = r.top + r.height / 2;
    const opts = (y) => ({ bubbles: true, cancelable: true, clientX: x, clientY: y, pointerId: 1, isPrimary: true, button: 0 });
    const flush = async () => { for (let i = 0; i < 8; i++) await Promise.resolve(); };
    handle.dispatchEvent(new PointerEvent('pointerdown', opts(y0)));
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
    observer.disconnect();
    times.sort((a, b) => a - b);
    const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { p50: q(0.5), p95: q(0.95), max: times[times.length - 1], cardMutations, previewPositions: ghostYs.size };
  }, frames);
}

/** Init script: every setTimeout callback's duration is pushed to `window.__tasks` (autosave runs
 * in timer callbacks, so the longest of them is the save's longest task). */
export const timedTimersSource = `(() => { const orig = window.setTimeout; window.__tasks = [];
  window.setTimeout = function (f, ms, ...a) { return orig.call(this, function (...b) { const t0 = performance.now(); try { return typeof f === 'function' ? f.apply(this, b) : undefined; } finally { window.__tasks.push(performance.now() - t0); } }, ms, ...a); }; })();`;

/** On a page with the map open (and `timedTimersSource` installed): changes one emotion, waits
 * for the autosave to finish and returns its longest timer task in ms. */
export async function measureSave(page) {
  await showPoint(page, 0, 10);
  await page.evaluate(() => { window.__tasks = []; });
  const point = page.locator('#pt-10-0');
  await point.focus();
  // Always a real change: down from the top of the scale, up otherwise.
  await page.keyboard.press((await point.getAttribute('aria-valuenow')) === '2' ? 'ArrowDown' : 'ArrowUp');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saving…', null, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved', null, { timeout: 10000 });
  return page.evaluate(() => Math.max(0, ...window.__tasks));
}
