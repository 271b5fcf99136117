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
import { serve, launch, newPage, shots, createSample, gridShown, axeProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const saved = (page) => page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');

test('a colleague\'s edited file merges back into my map: one conflict chosen, undo, redo', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 }, acceptDownloads: true, bypassCSP: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await createSample(page);
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
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
  assert.match(await offer.textContent(), /another version of a map in your library/);
  assert.match(await offer.textContent(), /only what changed differently on both sides is asked/);
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
  const conflicts = review.locator('fieldset.merge-conflict');
  assert.equal(await conflicts.count(), 1);
  assert.match(await conflicts.locator('legend').textContent(), new RegExp(`Emotion of Touchpoint “${tp.name}”`));
  await page.screenshot({ path: `${shots}/merge-review.png` });
  assert.deepEqual(await axeProblems(page), [], 'the review passes axe-core');
  // Theirs, by keyboard: the radio group moves with the arrow keys.
  await conflicts.locator('input[type=radio]').first().focus();
  await page.keyboard.press('ArrowDown');
  await review.getByRole('button', { name: 'Merge', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.notice', { hasText: 'was merged with' }).waitFor();
  const value = () => page.evaluate(() => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow'));
  await page.waitForFunction((v) => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow') === String(v), theirs);
  const names = () => page.locator('.grid-band .band-name').allTextContents();
  assert.equal((await names())[0], 'Renamed by a colleague');
  await saved(page);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('patika:map:')).length), 1, 'no copy');
  // One step: undo brings my version back, redo the merge.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((v) => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow') === String(v), mine);
  assert.equal((await names())[0], oldStage);
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.waitForFunction((v) => document.querySelectorAll('.grid-point[role=slider]')[1]?.getAttribute('aria-valuenow') === String(v), theirs);
  assert.equal(await value(), String(theirs));
  await page.screenshot({ path: `${shots}/merge-done.png` });
  assert.deepEqual(errors, []);
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
