// End-to-end: browser storage failing under the app. Quota full (filled for real, and the Firefox
// spelling of the error), and storage blocked outright: nothing stored is lost, the user is told,
// and export still works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, createSample, shots, gridShown } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const storedMap = (page) => page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('patika:map:')).map(([k, v]) => k + v).join());
const setTitle = async (page, title) => {
  const input = page.locator('.map-title input');
  await input.fill(title);
  await input.press('Enter');
};

test('quota full: banner, stored map unchanged, export now, banner clears after a verified save', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await createSample(page);
  const before = await storedMap(page);
  // Fill the rest of the quota with another key.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 8) {
      try { localStorage.setItem('filler-' + i++, chunk); } catch { chunk = chunk.slice(0, chunk.length >> 1); }
    }
  });
  // Longer than before: the save needs space the storage no longer has.
  const edited = 'Edited while full ' + 'x'.repeat(2000);
  await setTitle(page, edited);
  const banner = page.locator('.banner.warn', { hasText: 'Storage is full' });
  await banner.waitFor();
  assert.equal(await storedMap(page), before, 'what was stored stays unchanged');
  assert.equal(await page.locator('.map-title input').inputValue(), edited, 'the map in memory keeps working');
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Export now' }).click()]);
  assert.equal(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).map.title, edited, 'export has the newest copy');
  // Space again: the next save is verified and the banner goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await setTitle(page, 'Saved again');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
  assert.equal(await banner.count(), 0);
  assert.ok((await storedMap(page)).includes('Saved again'));
  await context.close();
});

test("the Firefox spelling of the quota error gets the same banner", async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    const orig = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__failWrites && k.startsWith('patika:')) { const e = new Error('quota reached'); e.name = 'NS_ERROR_DOM_QUOTA_REACHED'; e.code = 1014; throw e; }
      return orig.call(this, k, v);
    };
  });
  const page = await context.newPage();
  await page.goto(srv.url);
  await createSample(page);
  const before = await storedMap(page);
  await page.evaluate(() => { window.__failWrites = true; });
  await setTitle(page, 'Firefox full');
  await page.locator('.banner.warn', { hasText: 'Storage is full' }).waitFor();
  assert.equal(await storedMap(page), before);
  await context.close();
});

test('storage blocked: memory-only mode with a warning, and export still works', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('.banner.warn', { hasText: 'changes stay in this tab only' }).waitFor();
  assert.equal(await page.locator('.save-status').textContent(), 'In this tab only', 'never "Saved" when nothing survives a reload');
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await gridShown(page);
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  assert.equal(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).format, 'patika.journey-map');
  assert.deepEqual(errors.filter((e) => !e.includes('SecurityError')), []);
  await context.close();
});

test('a stored map corrupted by hand is quarantined, never overwritten, and downloadable', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await createSample(page);
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('patika:map:')));
  await page.goto(srv.url + '#/');
  await page.locator('.map-row').first().waitFor();
  await page.evaluate((key) => localStorage.setItem(key, '{"format": "patika.journey-map", broken'), key);
  await page.reload();
  await page.locator('.map-row').first().getByRole('button', { name: 'Open' }).click();
  const notice = page.locator('.notice', { hasText: 'Unreadable data was moved aside' });
  await notice.waitFor();
  const kept = await page.evaluate((key) => localStorage.getItem('patika:quarantine:' + key), key);
  assert.equal(kept, '{"format": "patika.journey-map", broken', 'the unreadable text is kept as it was');
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download' }).click()]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), kept);
  // Creating and saving other maps never touches it.
  await page.getByRole('button', { name: 'New blank map' }).click();
  await page.locator('.map-title input').waitFor();
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
  assert.equal(await page.evaluate((key) => localStorage.getItem('patika:quarantine:' + key), key), kept);
  assert.deepEqual(errors, []);
  await context.close();
});

test('backing up with an unreadable map: the others are saved, the unreadable one is named and kept aside', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  for (const sample of ['broadband-en', 'online-shop-tr']) {
    await createSample(page, sample);
    await page.goto(srv.url + '#/');
    await page.locator('.map-row').first().waitFor();
  }
  const titles = await page.locator('.map-row h2').allTextContents();
  assert.equal(titles.length, 2);
  // The first row's map is damaged by hand after it was stored.
  const broken = await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('patika:index'));
    const entry = index.maps.find((m) => m.title === document.querySelector('.map-row h2').textContent);
    localStorage.setItem('patika:map:' + entry.id, '{"format": "patika.journey-map", broken');
    return { key: 'patika:map:' + entry.id, title: entry.title };
  });
  await page.reload();
  await page.locator('.map-row').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up all maps' }).click()]);
  const backup = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(backup.maps.map((m) => m.map.title), titles.filter((t) => t !== broken.title));
  const notice = page.locator('.notice', { hasText: 'Maps that could not be read and are not in the backup' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /Maps in the backup: 1/);
  assert.deepEqual(await notice.locator('li').allTextContents(), [broken.title]);
  await page.locator('.notice', { hasText: 'Unreadable data was moved aside' }).waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem('patika:quarantine:' + key), broken.key), '{"format": "patika.journey-map", broken');
  await page.screenshot({ path: `${shots}/e2e-backup-incomplete.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('leaving with changes that could not be stored asks first; leaving when saved does not', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    const orig = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__failWrites && k.startsWith('patika:')) throw new DOMException('full', 'QuotaExceededError');
      return orig.call(this, k, v);
    };
  });
  const open = async () => {
    const page = await context.newPage();
    await page.goto(srv.url);
    await createSample(page);
    // Browsers only ask on pages the user has interacted with.
    await page.locator('.map-title input').click();
    return page;
  };
  const asked = (page) => new Promise((resolve) => {
    page.once('dialog', async (d) => { resolve(d.type()); await d.accept(); });
    page.close({ runBeforeUnload: true }).then(() => setTimeout(() => resolve('none'), 500));
  });
  const saved = await open();
  await setTitle(saved, 'All stored');
  await saved.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
  assert.equal(await asked(saved), 'none');
  const unsaved = await open();
  await unsaved.evaluate(() => { window.__failWrites = true; });
  await setTitle(unsaved, 'Cannot be stored');
  await unsaved.locator('.save-status.failed').waitFor();
  assert.equal(await asked(unsaved), 'beforeunload');
  await context.close();
});
