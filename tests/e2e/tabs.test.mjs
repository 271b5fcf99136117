// End-to-end: two tabs (pages of one browser profile) on one map. A tab with no unsaved edits
// follows the other; a tab with unsaved edits never writes over the other's save and asks
// instead ("keep mine as a copy" / "take theirs"); a file or share link opened in one tab never
// changes the other's map.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newPage, createSample, shots, gridShown } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const saved = (page) => page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('patika:map:')).map((k) => [k, localStorage.getItem(k)])));
const setTitle = async (page, title) => {
  const input = page.locator('.map-title input');
  await input.fill(title);
  await input.press('Enter');
};

/** Two pages of one profile with the same map open. Page writes can be made to fail on demand
 * (window.__failWrites), which leaves a page holding edits it could not save. */
async function twoTabs(errors) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1300, height: 900 } });
  await context.addInitScript(() => {
    const orig = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (window.__failWrites && k.startsWith('patika:')) throw new DOMException('full', 'QuotaExceededError');
      return orig.call(this, k, v);
    };
  });
  const a = await newPage(context, errors);
  await a.goto(srv.url);
  await createSample(a);
  const b = await newPage(context, errors);
  await b.goto(a.url());
  await gridShown(b);
  return { context, a, b };
}

/** A holds an edit it could not save (its writes fail, and still do), then B saves its own edit. */
async function conflictingEdits(a, b) {
  await a.evaluate(() => { window.__failWrites = true; });
  await setTitle(a, 'Mine (tab A)');
  await a.locator('.save-status.failed').waitFor();
  await setTitle(b, 'Theirs (tab B)');
  await saved(b);
}

test('a tab without unsaved edits follows the other tab', async () => {
  const errors = [];
  const { context, a, b } = await twoTabs(errors);
  await setTitle(b, 'Renamed in tab B');
  await saved(b);
  await a.waitForFunction(() => document.querySelector('.map-title input')?.value === 'Renamed in tab B');
  await a.locator('.notice', { hasText: 'changed in another tab; its latest version is shown' }).waitFor();
  await saved(a);
  assert.equal(await a.getByRole('button', { name: 'Undo' }).isDisabled(), true, "the other tab's change is not an undo step here");
  // And A can go on editing: its save is based on what B stored.
  await setTitle(a, 'Then renamed in tab A');
  await saved(a);
  await b.waitForFunction(() => document.querySelector('.map-title input')?.value === 'Then renamed in tab A');
  assert.deepEqual(errors, []);
  await context.close();
});

test('unsaved edits meet another tab\'s save: no silent overwrite, keep mine as a copy', async () => {
  const errors = [];
  const { context, a, b } = await twoTabs(errors);
  await conflictingEdits(a, b);
  const conflict = a.locator('.notice', { hasText: 'changed in another tab; your latest changes here are not saved' });
  await conflict.waitFor();
  await a.evaluate(() => { window.__failWrites = false; });
  // Another edit in A still does not write over B's save.
  await setTitle(a, 'Mine, edited again');
  await a.locator('.save-status.failed', { hasText: 'changed in another tab' }).waitFor();
  const theirs = await stored(b);
  assert.ok(Object.values(theirs).some((v) => v.includes('Theirs (tab B)')));
  assert.ok(!Object.values(theirs).some((v) => v.includes('Mine')), 'nothing of A was written over B');
  await a.screenshot({ path: `${shots}/e2e-conflict.png` });
  await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await saved(a);
  assert.equal(await conflict.count(), 0);
  assert.equal(await a.locator('.map-title input').inputValue(), 'Mine, edited again (copy)');
  const after = await stored(a);
  assert.equal(Object.keys(after).length, 2, 'a new map beside theirs');
  for (const [k, v] of Object.entries(theirs)) assert.equal(after[k], v, "theirs is untouched");
  // Both are listed in both tabs.
  await b.goto(srv.url + '#/');
  await b.locator('.map-row').nth(1).waitFor();
  const titles = await b.locator('.map-row h3, .map-row .map-name').allTextContents();
  assert.equal(await b.locator('.map-row').count(), 2, titles.join());
  assert.deepEqual(errors.filter((e) => !e.includes('QuotaExceededError')), []);
  await context.close();
});

test('take theirs drops this tab\'s unsaved edits and shows the other tab\'s version', async () => {
  const errors = [];
  const { context, a, b } = await twoTabs(errors);
  await conflictingEdits(a, b);
  const conflict = a.locator('.notice', { hasText: 'changed in another tab' });
  await a.evaluate(() => { window.__failWrites = false; });
  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  await saved(a);
  assert.equal(await a.locator('.map-title input').inputValue(), 'Theirs (tab B)');
  assert.equal(await conflict.count(), 0);
  assert.equal(Object.keys(await stored(a)).length, 1);
  assert.deepEqual(errors.filter((e) => !e.includes('QuotaExceededError')), []);
  await context.close();
});

test('a file or a share link opened in one tab never changes the other tab\'s map', async () => {
  const errors = [];
  const { context, a, b } = await twoTabs(errors);
  const before = await stored(a);
  const title = await a.locator('.map-title input').inputValue();
  // Tab B imports a file (a new map) and saves a shared map (another new map).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patika-tabs-'));
  const file = path.join(dir, 'other.json');
  fs.writeFileSync(file, Object.values(before)[0].replace(/"title":"[^"]*"/, '"title":"Imported in B"'));
  await b.goto(srv.url + '#/');
  await b.locator('#import-file').setInputFiles(file);
  // The same map id as A's map: B is asked, and keeps it as a copy.
  await b.getByRole('button', { name: 'Keep as a copy' }).click();
  await b.locator('.notice', { hasText: 'imported from' }).waitFor();
  await b.locator('.map-title input').waitFor();
  await b.getByRole('button', { name: 'Copy share link' }).click();
  const link = await b.locator('#share-link').inputValue();
  await b.goto(link);
  await b.getByRole('button', { name: 'Save to my maps' }).click();
  await b.locator('.map-title input').waitFor();
  await saved(b);
  const now = await stored(a);
  assert.equal(Object.keys(now).length, 3);
  for (const [k, v] of Object.entries(before)) assert.equal(now[k], v, "A's map is unchanged");
  assert.equal(await a.locator('.map-title input').inputValue(), title);
  assert.equal(await a.locator('.notice').count(), 0, 'nothing to tell in tab A');
  // A's list of maps catches up when shown.
  await a.goto(srv.url + '#/');
  await a.locator('.map-row').nth(2).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a hidden tab does not autosave', async () => {
  const errors = [];
  const { context, a } = await twoTabs(errors);
  const before = await stored(a);
  // Pretend the page is hidden (another tab in front), then change the map from a script.
  await a.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  });
  await setTitle(a, 'Edited while hidden');
  await a.waitForTimeout(800);
  assert.deepEqual(await stored(a), before, 'nothing written while hidden');
  await a.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); // as browsers fire it
  });
  await saved(a);
  assert.ok(Object.values(await stored(a))[0].includes('Edited while hidden'), 'saved once shown again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a newer app version writing the map in another tab: left as it is, shown read-only, never written over', async () => {
  const errors = [];
  const { context, a, b } = await twoTabs(errors);
  const [key, text] = Object.entries(await stored(a))[0];
  // A newer build (an offline tab on the new release) saves the map in the other tab.
  const newer = text.replace('"formatVersion":2', '"formatVersion":3').replace(/"build":\d+/, '"build":999');
  assert.notEqual(newer, text);
  await b.evaluate(([k, v]) => localStorage.setItem(k, v), [key, newer]);
  const notice = a.locator('.notice', { hasText: 'A newer version of Patika saved this map' });
  await notice.waitFor();
  await a.waitForTimeout(500);
  const after = await a.evaluate((k) => ({ map: localStorage.getItem(k), kept: localStorage.getItem('patika:quarantine:' + k) }), key);
  assert.deepEqual(after, { map: newer, kept: null }, 'the newer map stays where it is; nothing moved or written over it');
  assert.equal(await a.locator('.map-title input').count(), 0, 'the editor closed: this build cannot keep what the newer one wrote');
  await notice.getByRole('button', { name: 'Reload' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage cleared in another tab: the open map is kept here and stored again on the next edit', async () => {
  const errors = [];
  const { context, a, b } = await twoTabs(errors);
  await b.evaluate(() => localStorage.clear());
  await a.locator('.notice', { hasText: 'deleted in another tab' }).waitFor();
  assert.deepEqual(await stored(a), {}, 'this tab wrote nothing by itself');
  await setTitle(a, 'Kept from tab A');
  await saved(a);
  const now = await stored(a);
  assert.equal(Object.keys(now).length, 1);
  assert.ok(Object.values(now)[0].includes('Kept from tab A'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs committing at the same instant, many times: no edit is ever lost silently', async () => {
  const errors = [];
  const { context, a, b } = await twoTabs(errors);
  const commit = ([selector, value]) => {
    const field = document.querySelector(selector);
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const storedMap = (page) => page.evaluate(() => JSON.parse(Object.entries(localStorage).find(([k]) => k.startsWith('patika:map:'))[1]).map);
  let asked = 0;
  for (let trial = 0; trial < 12; trial++) {
    const mine = [[a, '.map-title input', `Title ${trial}`, 'title'], [b, '.map-description input, .map-description textarea', `Description ${trial}`, 'description']];
    // The same moment in both tabs: a title committed in one, a description in the other.
    await Promise.all(mine.map(([page, selector, value]) => page.evaluate(commit, [selector, value])));
    await a.waitForTimeout(1000);
    const map = await storedMap(a);
    for (const [page, selector, value, field] of mine) {
      if (map[field] === value) continue;
      // Not stored: the tab holds its edit and asks (keep mine as a copy / take theirs).
      const asking = await page.locator('.notice', { hasText: 'changed in another tab' }).count();
      assert.equal(await page.locator(selector).inputValue(), value, `trial ${trial}: the tab still holds ${value}`);
      assert.ok(asking > 0, `trial ${trial}: ${value} was lost silently (stored: ${map.title} / ${map.description})`);
      asked++;
      await page.getByRole('button', { name: 'Take theirs' }).click();
      await saved(page);
    }
    // Both tabs show what is stored before the next trial.
    for (const page of [a, b]) {
      await page.waitForFunction((t) => document.querySelector('.map-title input')?.value === t, map.title);
    }
  }
  console.log(`# same-instant trials: 12, conflicts asked: ${asked}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a map read ahead in the library opens as the other tab last saved it', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1300, height: 900 } });
  // The library's idle-time rehearsal reads its latest map ahead, then builds an editor off the
  // page: once that editor is built, the map has been read.
  await context.addInitScript(() => {
    window.__rehearsed = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (r.target.classList?.contains('off-page') && n.matches?.('section.editor')) window.__rehearsed++;
    }).observe(document, { childList: true, subtree: true });
  });
  const b = await newPage(context, errors);
  await b.goto(srv.url);
  await createSample(b);
  const a = await newPage(context, errors);
  await a.goto(srv.url);
  await a.waitForFunction(() => window.__rehearsed > 0, null, { timeout: 10000 });
  // Unchanged since: its open is the map as stored.
  await a.locator('.map-row').first().getByRole('button', { name: 'Open' }).click();
  await gridShown(a);
  const title = await a.locator('.map-title input').inputValue();
  await a.goto(srv.url);
  await a.reload();
  await a.waitForFunction(() => window.__rehearsed > 0, null, { timeout: 10000 });
  // Changed in the other tab after the read: its open reads it again.
  await setTitle(b, 'Renamed after the read');
  await saved(b);
  await a.locator('.map-row').first().getByRole('button', { name: 'Open' }).click();
  await gridShown(a);
  assert.equal(await a.locator('.map-title input').inputValue(), 'Renamed after the read');
  assert.notEqual(title, 'Renamed after the read');
  assert.deepEqual(errors, []);
  await context.close();
});
