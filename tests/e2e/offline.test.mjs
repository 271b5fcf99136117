// End-to-end (issue 18, item 4): after one visit the app starts, opens a stored map and saves an
// edit with the site's server stopped (offline emulation does not cover a service worker's own
// requests); a build deployed later is offered and taken without losing an edit being typed; a
// page of the old build keeps getting the old build's files until it closes. Under a subpath.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, newPage, shots, createSample, axeProblems } from './helpers.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';

let browser, srv, later;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  await srv?.close();
  if (later) fs.rmSync(later.dir, { recursive: true, force: true });
});

/** A copy of dist/ as a later deploy: a marker in the page and in the import worker's loader (a
 * file whose name has no hash), and its own service worker. */
function laterBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patika-build-b-'));
  fs.cpSync(path.resolve('dist'), dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<title>', '<meta name="patika-test-build" content="B" />\n    <title>'));
  fs.appendFileSync(path.join(dir, 'patika-import.js'), '\n// build B\n');
  return { dir, build: writeServiceWorker(dir) };
}

/** Waits until the page is controlled by the service worker and the worker serves build `build`. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
}

// With no server, only requests nothing answers may fail (the probe below, the update check).
const offline = (errors) => errors.filter((e) => !/sw\.js|ERR_CONNECTION_REFUSED|ERR_FAILED|Failed to fetch|update/i.test(e));

test('offline after one visit: start, open a stored map, save an edit; then a new build is offered and taken', async () => {
  const errors = [];
  srv = await serve(path.resolve('dist'), '/patika/', 0);
  const port = new URL(srv.url).port;
  // bypassCSP: axe-core is injected (the page's policy forbids foreign scripts).
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await controlled(page);
  await createSample(page);
  const title = await page.locator('.map-title input').inputValue();
  await srv.close();

  // No server: the page, its code and the stored map come from the worker and storage.
  await page.goto(srv.url);
  await page.locator('.library-head').waitFor();
  assert.equal(await page.evaluate(() => fetch('not-in-the-build.txt').then(() => 'answered', () => 'no server')), 'no server');
  await page.getByRole('link', { name: title }).click();
  await page.locator('.grid-head .head-name').first().waitFor();
  await page.locator('.map-title input').fill('Edited offline');
  await page.locator('.map-title input').press('Enter');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved'
    && Object.values(localStorage).some((v) => v.includes('Edited offline')));
  await page.screenshot({ path: `${shots}/offline-editor.png` });

  // A later build is deployed on the same address; a second page of the old build stays open.
  later = laterBuild();
  srv = await serve(later.dir, '/patika/', Number(port));
  const other = await newPage(context, errors);
  await other.goto(srv.url);
  await other.locator('.library-head').waitFor();
  assert.equal(await other.locator('meta[name=patika-test-build]').count(), 0, 'the old build serves until taken');
  const offer = page.locator('.update-offer');
  await page.reload();
  await page.locator('.grid-head .head-name').first().waitFor();
  await offer.waitFor({ timeout: 30000 });
  assert.match(await offer.textContent(), /A new version is ready/);
  await page.screenshot({ path: `${shots}/offline-offer.png` });
  assert.deepEqual(await axeProblems(page), [], 'the offer passes axe-core');
  // An edit being typed (not committed yet) survives taking the new build.
  await page.locator('.map-title input').fill('Typed before the update');
  await offer.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => document.querySelector('meta[name=patika-test-build]'), null, { timeout: 30000 });
  await page.locator('.grid-head .head-name').first().waitFor();
  assert.equal(await page.locator('.map-title input').inputValue(), 'Typed before the update');
  assert.equal(await page.locator('.update-offer').count(), 0);
  await page.screenshot({ path: `${shots}/offline-updated.png` });

  // The old page is told, and still gets its own build's files (no half old, half new page).
  await other.locator('.update-offer').waitFor({ timeout: 30000 });
  const loader = await other.evaluate(() => fetch('patika-import.js').then((r) => r.text()));
  assert.ok(!loader.includes('// build B'), 'the old page gets the old import worker');
  const fresh = await page.evaluate(() => fetch('patika-import.js').then((r) => r.text()));
  assert.ok(fresh.includes('// build B'), 'the new page gets the new one');
  // Once it closes, the old build's cache goes (the next start tidies up).
  await other.close();
  await page.reload();
  await page.locator('.grid-head .head-name').first().waitFor();
  await page.waitForFunction((b) => caches.keys().then((k) => {
    window.__caches = k; return k.filter((n) => n.startsWith('patika-build-')).join() === `patika-build-${b}`;
  }), later.build, { timeout: 30000, polling: 500 }).catch(async (e) => {
    throw new Error(`caches left: ${await page.evaluate(() => window.__caches)} (${e.message})`);
  });
  assert.deepEqual(offline(errors), []);
  await context.close();
});
