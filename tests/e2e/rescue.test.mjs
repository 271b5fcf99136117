// End-to-end: the plain-JavaScript escape hatch. When the app cannot start, or crashes, the user can
// still download every Patika key as one file, and reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, shots } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const seed = `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('patika:map:kept', '{"title":"<b>kept</b>"}'); localStorage.setItem('other-site-key', 'x'); sessionStorage.setItem('seeded', '1'); }`;

test('a normal start shows no escape hatch', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#map-search').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#rescue').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('while the app downloads the page shows its bar, and the app takes over in the same place', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 600 } });
  const page = await newPage(context, errors);
  // A slow network: the wasm arrives a second late.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(srv.url, { waitUntil: 'domcontentloaded' });
  const shell = page.locator('#boot');
  await shell.waitFor();
  assert.equal(await shell.locator('.brand').textContent(), 'Patika');
  const before = await shell.boundingBox();
  await page.screenshot({ path: `${shots}/e2e-boot-shell.png` });
  release();
  await page.locator('#map-search').waitFor();
  assert.equal(await page.locator('#boot').count(), 0, 'the static bar is gone');
  assert.equal(await page.locator('.app-head').count(), 1, 'one bar, the app\'s');
  const after = await page.locator('.app-head').boundingBox();
  assert.ok(Math.abs(after.y - before.y) < 1 && Math.abs(after.height - before.height) < 1, `same place: ${JSON.stringify([before, after])}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the app cannot start: download all my data, reload', async () => {
  const context = await browser.newContext({ locale: 'tr-TR', acceptDownloads: true });
  await context.addInitScript({ content: seed });
  const page = await context.newPage();
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto(srv.url);
  const panel = page.locator('#rescue');
  await panel.waitFor({ timeout: 10000 });
  assert.ok((await panel.textContent()).includes('Patika çalışmayı durdurdu'));
  await page.screenshot({ path: `${shots}/e2e-rescue.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tüm verilerimi indir' }).click()]);
  const data = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(data.format, 'patika.rescue');
  assert.deepEqual(Object.keys(data.keys), ['patika:map:kept'], 'every Patika key, nothing else');
  assert.equal(data.keys['patika:map:kept'], '{"title":"<b>kept</b>"}');
  assert.equal(await page.locator('#rescue b').count(), 0, 'stored text is never HTML');
  await page.getByRole('button', { name: 'Yeniden yükle' }).waitFor();
  await context.close();
});

test('a crash after start offers the same way out', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(srv.url);
  await page.locator('#map-search').waitFor();
  await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable'), message: 'RuntimeError: unreachable' })));
  await page.locator('#rescue', { hasText: 'Patika stopped working' }).waitFor();
  await page.getByRole('button', { name: 'Download all my data' }).waitFor();
  await context.close();
});
