// End-to-end: maps travel as files. Export → import in a fresh browser profile gives the same map;
// a broken or foreign file is refused with a clear message and changes nothing; backups restore.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import crypto from 'node:crypto';
import path from 'node:path';
import { serve, launch, newPage, shots, gridShown, gridNames } from './helpers.mjs';

let srv, browser;
/** Opens the editor's File menu (exports, replace from file) unless it is open. */
const openFileMenu = async (page) => { if ((await page.locator('.export-menu').getAttribute('open')) === null) await page.locator('.export-menu summary').click(); };
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'patika-files-'));
const storedKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort().map((k) => k + '=' + localStorage.getItem(k).length));
const fresh = async (errors) => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#map-search').waitFor();
  return { context, page };
};
/** Drops a file on the page the way a browser does (a drop event carrying a DataTransfer). */
const dropFile = (page, name, text) => page.evaluate(({ name, text }) => {
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: 'application/json' }));
  window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
  document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
}, { name, text });

test('export a map, import it in a fresh profile: the same map', async () => {
  const errors = [];
  const a = await fresh(errors);
  await a.page.locator('#sample-choice').selectOption('broadband-en');
  await a.page.getByRole('button', { name: 'Create from sample' }).click();
  await gridShown(a.page);
  const [download] = await Promise.all([a.page.waitForEvent('download'), openFileMenu(a.page).then(() => a.page.getByRole('button', { name: 'Export JSON' }).click())]);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  const original = JSON.parse(fs.readFileSync(file, 'utf8'));
  // The exported version is kept as a snapshot (once, however often it is exported).
  await Promise.all([a.page.waitForEvent('download'), openFileMenu(a.page).then(() => a.page.getByRole('button', { name: 'Export JSON' }).click())]);
  await a.page.locator('summary', { hasText: 'Snapshots (1)' }).waitFor();
  const kept = await a.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('patika:snapshot:')));
  assert.equal(kept.length, 1);
  assert.ok(kept[0].endsWith(':exported-' + original.map.mergeBase[0]), kept[0]);
  // The library remembers that a copy was kept.
  await a.page.goto(srv.url + '#/');
  await a.page.locator('.map-row .meta', { hasText: 'Last exported:' }).waitFor();
  await a.context.close();

  const b = await fresh(errors);
  await b.page.locator('#import-file').setInputFiles(file);
  await b.page.locator('.notice', { hasText: 'imported from' }).waitFor();
  await gridShown(b.page);
  assert.equal(await b.page.locator('.map-title input').inputValue(), original.map.title);
  // Export again: the same map, but as a new map of this library (its own id).
  const [again] = await Promise.all([b.page.waitForEvent('download'), openFileMenu(b.page).then(() => b.page.getByRole('button', { name: 'Export JSON' }).click())]);
  const copy = JSON.parse(fs.readFileSync(await again.path(), 'utf8'));
  assert.notEqual(copy.map.id, original.map.id);
  // Its file names the version it is, then the one it came from (issue 19: the base is known).
  assert.equal(original.map.mergeBase.length, 1);
  assert.deepEqual(copy.map.mergeBase.slice(1), original.map.mergeBase);
  assert.deepEqual({ ...copy.map, id: 'x', mergeBase: [] }, { ...original.map, id: 'x', mergeBase: [] });
  // The map info shows the SHA-256 of exactly the exported file.
  await b.page.locator('.map-details summary').click();
  await b.page.waitForFunction(() => /^[0-9a-f]{64}$/.test(document.querySelector('.content-hash')?.textContent ?? ''));
  const shown = await b.page.locator('.content-hash').textContent();
  assert.equal(shown, crypto.createHash('sha256').update(fs.readFileSync(await again.path())).digest('hex'));
  await b.page.screenshot({ path: `${shots}/e2e-import.png` });
  assert.deepEqual(errors, []);
  await b.context.close();
});

test('a broken, foreign or newer file is refused and changes nothing', async () => {
  const errors = [];
  const { context, page } = await fresh(errors);
  await page.getByRole('button', { name: 'New blank map' }).click();
  await page.locator('.map-title input').waitFor();
  await page.goto(srv.url + '#/');
  await page.locator('.map-row').first().waitFor();
  const before = await storedKeys(page);
  const cases = [
    ['broken.json', '{"format": "patika.journey-map", "formatVersion": 1, "map": {', 'is not JSON'],
    ['other.json', '{"hello": "world"}', 'not a Patika map'],
    ['future.json', '{"format": "patika.journey-map", "formatVersion": 7, "map": {}}', 'newer Patika'],
    ['bad-field.json', '{"format": "patika.journey-map", "formatVersion": 1, "map": {"stages": [{"id": "s", "name": 5}]}}', '$.map.stages[0].name'],
  ];
  for (const [name, text, says] of cases) {
    await dropFile(page, name, text);
    const notice = page.locator('.notice', { hasText: name });
    await notice.waitFor();
    assert.ok((await notice.textContent()).includes(says), `${name}: ${await notice.textContent()}`);
    assert.ok((await notice.textContent()).includes('Nothing in your library was changed.'));
  }
  await page.screenshot({ path: `${shots}/e2e-import-errors.png`, fullPage: true });
  assert.deepEqual(await storedKeys(page), before, 'library untouched');
  assert.equal(await page.locator('.map-row').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('back up all maps, restore them in a fresh profile, restoring twice adds nothing', async () => {
  const errors = [];
  const a = await fresh(errors);
  for (const s of ['online-shop-tr', 'broadband-en']) {
    await a.page.locator('#sample-choice').selectOption(s);
    await a.page.getByRole('button', { name: 'Create from sample' }).click();
    await gridShown(a.page);
    await a.page.goto(srv.url + '#/');
    await a.page.locator('.map-row').first().waitFor();
  }
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Back up all maps' }).click()]);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).maps.length, 2);
  await a.context.close();

  const b = await fresh(errors);
  await b.page.locator('#import-file').setInputFiles(file);
  await b.page.locator('.notice', { hasText: 'Maps restored from the backup: 2' }).waitFor();
  assert.equal(await b.page.locator('.map-row').count(), 2);
  await b.page.locator('#import-file').setInputFiles(file);
  await b.page.locator('.notice', { hasText: 'Maps restored from the backup: 0, 2 already present' }).waitFor();
  assert.equal(await b.page.locator('.map-row').count(), 2);
  assert.deepEqual(errors, []);
  await b.context.close();
});

test('CSV and Mermaid: export, then import as new maps', async () => {
  const errors = [];
  const a = await fresh(errors);
  await a.page.locator('#sample-choice').selectOption('online-shop-tr');
  await a.page.getByRole('button', { name: 'Create from sample' }).click();
  await gridShown(a.page);
  const names = await gridNames(a.page);
  const [csvDownload] = await Promise.all([a.page.waitForEvent('download'), openFileMenu(a.page).then(() => a.page.getByRole('button', { name: 'Export CSV' }).click())]);
  const csvFile = path.join(tmp, csvDownload.suggestedFilename());
  await csvDownload.saveAs(csvFile);
  const csv = fs.readFileSync(csvFile, 'utf8');
  assert.ok(csv.startsWith('\ufeff') && csv.includes('Temas noktası'), 'BOM and Turkish headers');
  const [mmdDownload] = await Promise.all([a.page.waitForEvent('download'), openFileMenu(a.page).then(() => a.page.getByRole('button', { name: 'Export Mermaid' }).click())]);
  const mmdFile = path.join(tmp, mmdDownload.suggestedFilename());
  await mmdDownload.saveAs(mmdFile);
  assert.ok(fs.readFileSync(mmdFile, 'utf8').startsWith('journey\n'));
  const [xmlDownload] = await Promise.all([a.page.waitForEvent('download'), openFileMenu(a.page).then(() => a.page.getByRole('button', { name: 'Export CJML' }).click())]);
  const xmlFile = path.join(tmp, xmlDownload.suggestedFilename());
  await xmlDownload.saveAs(xmlFile);
  assert.ok(fs.readFileSync(xmlFile, 'utf8').includes('<CJML version="2.0">'));
  await a.page.locator('.notice', { hasText: '.mmd' }).filter({ hasText: 'Left out of the exported file' }).waitFor();
  await a.context.close();

  const b = await fresh(errors);
  await b.page.locator('#import-file').setInputFiles(csvFile);
  await gridShown(b.page);
  assert.deepEqual(await gridNames(b.page), names, 'CSV: same touchpoints, same order');
  await b.page.goto(srv.url + '#/');
  await b.page.locator('#map-search').waitFor();
  await b.page.locator('#import-file').setInputFiles(mmdFile);
  await b.page.locator('.notice', { hasText: '.mmd' }).filter({ hasText: 'What could not be carried over' }).waitFor();
  await gridShown(b.page);
  assert.deepEqual(await gridNames(b.page), names, 'Mermaid: same touchpoints, same order');
  await b.page.screenshot({ path: `${shots}/e2e-import-mermaid.png`, fullPage: true });
  await b.page.goto(srv.url + '#/');
  await b.page.locator('#map-search').waitFor();
  await b.page.locator('#import-file').setInputFiles(xmlFile);
  await b.page.locator('.notice', { hasText: '.xml' }).waitFor();
  await gridShown(b.page);
  assert.deepEqual(await gridNames(b.page), names, 'CJML: same touchpoints, same order');
  await b.page.goto(srv.url + '#/');
  assert.equal(await b.page.locator('.map-row').count(), 3);
  assert.deepEqual(errors, []);
  await b.context.close();
});

test('replacing a map with a file is an explicit choice and undoable', async () => {
  const errors = [];
  const { context, page } = await fresh(errors);
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await gridShown(page);
  const [download] = await Promise.all([page.waitForEvent('download'), openFileMenu(page).then(() => page.getByRole('button', { name: 'Export JSON' }).click())]);
  const file = path.join(tmp, 'replace-' + download.suggestedFilename());
  await download.saveAs(file);
  const broadband = await page.locator('.map-title input').inputValue();
  await page.goto(srv.url + '#/');
  await page.locator('#sample-choice').selectOption('online-shop-tr');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await gridShown(page);
  const shop = await page.locator('.map-title input').inputValue();
  const url = page.url();
  await page.locator('#replace-file').setInputFiles(file);
  await page.locator('.notice', { hasText: 'Undo brings it back' }).waitFor();
  assert.equal(await page.locator('.map-title input').inputValue(), broadband);
  assert.equal(page.url(), url, 'the same map (same address), new content');
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.equal(await page.locator('.map-title input').inputValue(), shop);
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 14, item 11: a file over the limit is refused with its real size (it said "16.0 MB; the
// limit is 16.0 MB" for a 20 MB file, because only the first 16 MB + 1 byte were read).
test('a file over the size limit is refused with its real size, and nothing is stored', async () => {
  const errors = [];
  const a = await fresh(errors);
  const file = path.join(tmp, 'big-map.json');
  fs.writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 0x20));
  const before = await storedKeys(a.page);
  await a.page.locator('#import-file').setInputFiles(file);
  const notice = a.page.locator('.notice', { hasText: 'could not be opened' });
  await notice.waitFor();
  const said = await notice.textContent();
  assert.match(said, /too large \(20\.0 MB; the limit is 16\.0 MB\)/, said);
  assert.match(said, /Nothing in your library was changed/);
  assert.deepEqual(await storedKeys(a.page), before);
  assert.deepEqual(errors, []);
  await a.context.close();
});
