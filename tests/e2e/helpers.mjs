// Shared end-to-end helpers: serve dist/ on a free loopback port, launch Debian's Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve as serveDir } from '../../scripts/static-server.mjs';

/** Serves dist/ under a subpath (relative asset URLs must work there) on a free loopback port. */
export const serve = () => serveDir(path.resolve('dist'), '/patika/', 0);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A new page that fails the test on any uncaught page error. */
export async function newPage(context, errors) {
  const page = await context.newPage();
  // Content-Security-Policy violations are recorded in the page (and logged as console errors).
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window.__csp ||= []).push(`${e.violatedDirective} ${e.blockedURI}`)));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return page;
}

export const shots = path.resolve('test-results');
fs.mkdirSync(shots, { recursive: true });

/** Waits until the header says the open map is saved (in either language). */
export const saved = (page) => page.waitForFunction(() => ['Saved', 'Kaydedildi'].includes(document.querySelector('.save-status')?.textContent));

/** Creates a map from a sample in the library (English UI: "Create from sample"), waits until its
 * first touchpoint is shown on the grid and it is saved. */
export async function createSample(page, sample = 'broadband-en') {
  await page.locator('#sample-choice').selectOption(sample);
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await page.locator('.grid-head .head-name').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
}

/** Records the text of every Blob the page turns into an object URL (the curve's picture is one),
 * so a test can read what an `<img src="blob:…">` shows: the page's own policy forbids fetching
 * blob: URLs, and this test-side hook needs no change to it. */
export const recordBlobsScript = `window.__blobs = {};
window.__liveUrls = new Set();
const made = URL.createObjectURL.bind(URL), freed = URL.revokeObjectURL.bind(URL);
URL.createObjectURL = (blob) => { const url = made(blob); window.__liveUrls.add(url); if (blob instanceof Blob) blob.text().then((t) => { window.__blobs[url] = t; }); return url; };
URL.revokeObjectURL = (url) => { window.__liveUrls.delete(url); freed(url); };`;

/** The text behind the object URL an image shows (see `recordBlobsScript`). */
export async function imageText(page, selector) {
  const src = await page.locator(selector).getAttribute('src');
  if (!src.startsWith('blob:')) return null;
  await page.waitForFunction((u) => window.__blobs?.[u] !== undefined, src);
  return page.evaluate((u) => window.__blobs[u], src);
}

/** The critical and serious accessibility issues axe-core (npm `axe-core`, injected here; the
 * context needs `bypassCSP: true`, as the page's own policy forbids foreign scripts) finds on the
 * page, as "rule: target" lines. */
export async function axeProblems(page) {
  const source = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Waits until the journey grid shows its first touchpoint. */
export const gridShown = (page) => page.locator('.grid-head .head-name').first().waitFor();

/** Every column of the journey grid, in journey order, read by scrolling the grid through (it
 * builds only the columns on screen): { column, stage, name, channel, lanes: { Thoughts: [its
 * lines], PainPoints: [one line per pain point], …, Emotion: [each persona's point's value
 * text] } }. Empty stages' columns are left out. */
export async function gridColumns(page) {
  await page.locator('.grid-scroll').waitFor();
  return page.evaluate(async () => {
    const box = document.querySelector('.grid-scroll');
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 20))));
    const cols = new Map();
    const stageOf = new Map();
    const was = box.scrollLeft;
    for (let x = 0; ; x += Math.max(220, box.clientWidth - 400)) {
      box.scrollLeft = x;
      await frames();
      for (const b of box.querySelectorAll('.grid-band')) {
        const from = Number(b.getAttribute('aria-colindex')) - 2;
        for (let c = from; c < from + Number(b.getAttribute('aria-colspan')); c++) stageOf.set(c, b.querySelector('.band-name').textContent);
      }
      for (const h of box.querySelectorAll('.grid-head')) {
        const name = h.querySelector('.head-name')?.textContent;
        if (name == null) continue;
        const column = Number(h.getAttribute('aria-colindex')) - 2;
        const lanes = {};
        for (const row of box.querySelectorAll('.grid-lane')) {
          const cell = row.querySelector(`.grid-cell[aria-colindex="${column + 2}"]`);
          if (!cell) continue;
          lanes[row.dataset.lane] = row.dataset.lane === 'Emotion'
            ? [...cell.querySelectorAll('[role=slider]')].map((s) => s.getAttribute('aria-valuetext'))
            : [...cell.querySelectorAll('.cell-lines li')].map((li) => li.textContent);
        }
        cols.set(column, { column, name, channel: h.querySelector('.channel-name')?.textContent ?? '', lanes });
      }
      if (x + box.clientWidth >= box.scrollWidth) break;
    }
    box.scrollLeft = was;
    await frames();
    return [...cols.values()].sort((a, b) => a.column - b.column).map((c) => ({ ...c, stage: stageOf.get(c.column) }));
  });
}

/** The names of every touchpoint on the grid, in journey order. */
export const gridNames = async (page) => (await gridColumns(page)).map((c) => c.name);

/** Selects the touchpoint named `name` (scrolling the grid to it): its details open. */
export async function selectTouchpoint(page, name) {
  const head = page.locator('.grid-head', { has: page.locator('.head-name', { hasText: name }) });
  if ((await head.count()) === 0) {
    const column = (await gridColumns(page)).find((c) => c.name.includes(name))?.column;
    if (column === undefined) throw new Error(`no touchpoint named ${name}`);
    await page.evaluate((x) => { document.querySelector('.grid-scroll').scrollLeft = x; }, column * 220);
  }
  await head.first().click();
  await page.locator('.details-sheet .inspector').waitFor();
}
