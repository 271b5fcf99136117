// End-to-end (issue 19, item 3): a colleague's edited copy of my map comes back and merges into
// it instead of piling up as a copy. Export; the file is edited as a colleague would (an emotion
// changed, a touchpoint added, a stage renamed); the same emotion is changed here differently;
// importing the file offers merge / compare first / copy; the review shows what comes in and the
// one conflict; theirs is chosen by keyboard; merged as one step: undo and redo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newPage, shots, gridShown, axeProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

// Either language's word for it.
const saved = (page) => page.waitForFunction(() => ['Saved', 'Kaydedildi'].includes(document.querySelector('.save-status')?.textContent));

const WORDS = {
  'en-US': { sample: 'broadband-en', exportJson: 'Export JSON', version: /another version of a map in your library/, threeWay: /only what changed differently on both sides is asked/,
    conflict: (n) => `Emotion of Touchpoint “${n}”`, merge: 'Merge', mine: 'Mine', theirs: 'Theirs', merged: 'was merged with', undo: 'Undo', redo: 'Redo', size: { width: 1440, height: 900 } },
  'tr-TR': { sample: 'online-shop-tr', exportJson: 'JSON olarak dışa aktar', version: /bir haritanın başka bir sürümü/, threeWay: /yalnızca iki tarafta farklı değişenler size sorulur/,
    conflict: (n) => `Temas noktası “${n}” › Duygu`, merge: 'Birleştir', mine: 'Benimki', theirs: 'Dosyadaki', merged: 'şu dosyayla birleştirildi', undo: 'Geri al', redo: 'Yinele', size: { width: 390, height: 844 } },
};

for (const [locale, w] of Object.entries(WORDS)) test(`${locale}: a colleague's edited file merges back into my map: one conflict chosen, undo, redo`, async () => {
  const errors = [];
  const context = await browser.newContext({ locale, viewport: w.size, acceptDownloads: true, bypassCSP: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption(w.sample);
  await page.locator('#sample-choice').locator('xpath=following::button[1]').click();
  await gridShown(page);
  await saved(page);
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.exportJson }).click()]);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const m = file.map;
  const persona = m.personas[0].id;
  const tp = m.touchpoints[1];
  const base = tp.emotions[persona];
  const mine = base > -2 ? base - 1 : base + 1;
  const theirs = [2, 1, 0, -1, -2].find((v) => v !== base && v !== mine);
  // The colleague's edits, as a script makes them.
  tp.emotions[persona] = theirs;
  const oldStage = m.stages[0].name;
  m.stages[0].name = 'Renamed by a colleague';
  // At the journey's end (the last touchpoint's stage): the second point stays the second.
  const last = m.touchpoints[m.touchpoints.length - 1];
  m.touchpoints.push({ ...last, id: 'tp-added-by-colleague', name: 'Added by a colleague', painPoints: [], metrics: [] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patika-merge-'));
  const back = path.join(dir, 'from-colleague.json');
  fs.writeFileSync(back, JSON.stringify(file, null, 2));

  // Meanwhile, here: the same emotion, changed differently (by keyboard on its point).
  const point = page.locator('.grid-point[role=slider]').nth(1);
  await point.focus();
  await page.keyboard.press(mine < base ? 'ArrowDown' : 'ArrowUp');
  await page.waitForFunction((v) => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow') === String(v), mine);
  await saved(page);

  await page.goto(srv.url + '#/');
  await page.locator('#import-file').setInputFiles(back);
  const offer = page.locator('.merge-offer');
  await offer.waitFor();
  assert.match(await offer.textContent(), w.version);
  assert.match(await offer.textContent(), w.threeWay);
  await page.waitForFunction(() => document.activeElement?.id === 'incoming-merge');
  assert.deepEqual(await axeProblems(page), [], 'the offer passes axe-core');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // Compare first
  const review = page.locator('.merge-review');
  await review.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'merge-review');
  const comes = await review.locator('ul li').allTextContents();
  assert.ok(comes.some((l) => l.includes('Renamed by a colleague')), comes.join(' | '));
  assert.ok(comes.some((l) => l.includes('Added by a colleague')), comes.join(' | '));
  // Compared first on the grid too: their curve dashed on my columns, a mark where mine differs.
  await page.locator('[role=grid] polyline.overlay').first().waitFor();
  assert.ok(await page.locator('.grid-head .head-mark').count() >= 1, 'a head marks the difference');
  const conflicts = review.locator('fieldset.merge-conflict');
  assert.equal(await conflicts.count(), 1);
  assert.ok((await conflicts.locator('legend').textContent()).startsWith(w.conflict(tp.name)));
  await page.screenshot({ path: `${shots}/merge-review-${locale}.png` });
  assert.deepEqual(await axeProblems(page), [], 'the review passes axe-core');
  // What a screen reader is given: the review is a region named by its heading; each conflict a
  // group named by its subject, with two radios named by side and value, mine checked.
  const legend = (await conflicts.locator('legend').textContent()).trim();
  const region = page.getByRole('region', { name: new RegExp(`^${w.merge}`) });
  const group = region.getByRole('group', { name: legend });
  const side = (name) => group.getByRole('radio', { name: new RegExp(`^${name}: \\S`) });
  assert.equal(await side(w.mine).isChecked(), true, 'mine is chosen at first');
  assert.equal(await side(w.theirs).isChecked(), false);
  // Theirs, by keyboard: the radio group moves with the arrow keys.
  await conflicts.locator('input[type=radio]').first().focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await side(w.theirs).isChecked(), true, 'theirs, by keyboard');
  await review.getByRole('button', { name: w.merge, exact: true }).focus();
  await page.keyboard.press('Enter');
  // What was merged is said in the polite live region.
  await page.getByRole('status').filter({ hasText: w.merged }).waitFor();
  assert.equal(await page.locator('[role=grid] polyline.overlay').count(), 0, 'the comparison ends with the review');
  const value = () => page.evaluate(() => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow'));
  await page.waitForFunction((v) => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow') === String(v), theirs);
  const names = () => page.locator('.grid-band .band-name').allTextContents();
  assert.equal((await names())[0], 'Renamed by a colleague');
  await saved(page);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('patika:map:')).length), 1, 'no copy');
  // One step: undo brings my version back, redo the merge.
  await page.getByRole('button', { name: w.undo }).click();
  await page.waitForFunction((v) => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow') === String(v), mine);
  assert.equal((await names())[0], oldStage);
  await page.getByRole('button', { name: w.redo }).click();
  await page.waitForFunction((v) => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow') === String(v), theirs);
  assert.equal(await value(), String(theirs));
  await page.screenshot({ path: `${shots}/merge-done-${locale}.png` });
  assert.deepEqual(errors, []);
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
