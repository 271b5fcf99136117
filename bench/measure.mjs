// In-page measurements shared by the benchmarks.

/** Median and spread (min, max, interquartile range) of a list of numbers. */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
  return { median: q(0.5), min: s[0], max: s[s.length - 1], iqr: q(0.75) - q(0.25), n: s.length };
}

/** Runs in the page: resolves at the animation frame after `predicate()` holds (checked every
 * frame: some conditions, like an image finishing decoding, change no DOM). */
export const waitPaintedSource = `window.__waitPainted = (predicate) => new Promise((done) => {
  const loop = () => requestAnimationFrame(() => { if (predicate()) requestAnimationFrame(() => done(performance.now())); else loop(); });
  if (predicate()) requestAnimationFrame(() => done(performance.now())); else loop();
});`;

/** Per-frame main-thread time of dragging one emotion point (see bench/drag.mjs). */
export async function measureDrag(page, frames = 120) {
  return page.evaluate(async (frames) => {
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
