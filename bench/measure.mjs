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

/** Runs in the page: whether the editor's journey grid fills its box. Every column under the box
 * (from its left edge to its right edge) has its touchpoint header and its emotion cell, the stage
 * bands are there and the curve lane has its line. Patika (and the vanilla baseline, the same
 * grid with the same windowing) builds only the columns on screen, so "painted" means what a user
 * sees, not every node of a 1,000-touchpoint map. */
export const screenFilledSource = `window.__screenFilled = () => {
  const box = document.querySelector('.grid-scroll');
  if (!box) return false;
  const r = box.getBoundingClientRect();
  if (r.width === 0) return false;
  const heads = [...box.querySelectorAll('.grid-head')].map((h) => h.getBoundingClientRect());
  if (!heads.length || !box.querySelector('.grid-band')) return false;
  const right = Math.max(...heads.map((h) => h.right));
  const count = Number(box.getAttribute('aria-colcount')) - 1;
  if (right < r.right - 1 && heads.length < count) return false;
  return !!box.querySelector('.grid-curve polyline') && !!box.querySelector('.grid-point');
};`;

/** Scrolls the grid so column `index` is in view, and waits until its first persona's point
 * exists; returns that point's element id. */
export async function showPoint(page, index) {
  await page.waitForFunction(() => document.querySelector('.grid-lane[data-lane="Emotion"]'), null, { timeout: 60000 });
  const id = await page.evaluate((index) => {
    const box = document.querySelector('.grid-scroll');
    box.scrollIntoView({ block: 'start' });
    box.scrollLeft = index * 220 - box.clientWidth / 2;
    const row = Number(document.querySelector('.grid-lane[data-lane="Emotion"]').getAttribute('aria-rowindex')) - 1;
    return `grid-${row}-${index}-p0`;
  }, index);
  await page.locator(`#${id}`).waitFor({ state: 'attached', timeout: 60000 });
  return id;
}

/** Per-frame main-thread time of dragging one emotion point (see bench/drag.mjs). */
export async function measureDrag(page, frames = 120, index = 500) {
  const id = await showPoint(page, index);
  return page.evaluate(async ({ frames, id }) => {
    const handle = document.getElementById(id);
    let cardMutations = 0;
    const observer = new MutationObserver((m) => { cardMutations += m.length; });
    observer.observe(document.querySelector('.grid-heads'), { subtree: true, childList: true, attributes: true, characterData: true });
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
      const y = y0 - 60 * Math.sin((f / frames) * Math.PI * 4);
      const t0 = performance.now();
      handle.dispatchEvent(new PointerEvent('pointermove', opts(y)));
      await flush();
      document.body.getBoundingClientRect();
      times.push(performance.now() - t0);
      ghostYs.add(handle.style.top);
      await new Promise((ok) => requestAnimationFrame(() => ok()));
    }
    handle.dispatchEvent(new PointerEvent('pointerup', opts(y0)));
    observer.disconnect();
    times.sort((a, b) => a - b);
    const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { p50: q(0.5), p95: q(0.95), max: times[times.length - 1], cardMutations, previewPositions: ghostYs.size };
  }, { frames, id });
}

/** Init script: every setTimeout callback's and every cross-tab lock callback's duration is
 * pushed to `window.__tasks` (autosave prepares in timer callbacks and writes under the save lock,
 * so the longest of them is the save's longest task). */
export const timedTimersSource = `(() => { const orig = window.setTimeout; window.__tasks = [];
  const timed = (f) => function (...b) { const t0 = performance.now(); try { return f.apply(this, b); } finally { window.__tasks.push(performance.now() - t0); } };
  window.setTimeout = function (f, ms, ...a) { return orig.call(this, typeof f === 'function' ? timed(f) : f, ms, ...a); };
  const locks = globalThis.LockManager?.prototype;
  if (locks) { const request = locks.request; locks.request = function (...a) { const i = a.length - 1; if (typeof a[i] === 'function') a[i] = timed(a[i]); return request.apply(this, a); }; } })();`;

/** On a page with the map open (and `timedTimersSource` installed): changes one emotion, waits
 * for the autosave to finish and returns its longest timer task in ms. */
export async function measureSave(page) {
  const id = await showPoint(page, 10);
  await page.evaluate(() => { window.__tasks = []; });
  const point = page.locator(`#${id}`);
  await point.focus();
  // Always a real change: down from the top of the scale, up otherwise.
  await page.keyboard.press((await point.getAttribute('aria-valuenow')) === '2' ? 'ArrowDown' : 'ArrowUp');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saving…', null, { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved', null, { timeout: 10000 });
  return page.evaluate(() => Math.max(0, ...window.__tasks));
}
