// End-to-end: share links and the presentation view. A link carries the whole map; opening it
// shows the map read-only; saving makes a new map and leaves the original untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots, gridShown, gridNames, gridColumns } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('share link: open read-only in a second page, save as a new map, the first map is untouched', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('online-shop-tr');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await gridShown(page);
  const names = await gridNames(page);
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
  const storedBefore = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('patika:map:')).map((k) => [k, localStorage.getItem(k)])));
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /#\/shared\/[A-Za-z0-9_-]+$/);
  await page.locator('.share-box', { hasText: 'never sent to a server' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'copied to the clipboard');

  const second = await newPage(context, errors);
  await second.goto(link);
  await second.locator('.banner.shared').waitFor();
  assert.equal(await second.locator('.present h1').textContent(), await page.locator('.map-title input').inputValue());
  assert.deepEqual(await second.locator('.present-card strong').allTextContents(), names);
  assert.equal(await second.locator('.map-title input').count(), 0, 'read-only: no editing fields');
  await second.screenshot({ path: `${shots}/e2e-shared.png`, fullPage: true });
  await second.getByRole('button', { name: 'Save to my maps' }).click();
  await second.locator('.map-title input').waitFor();
  await second.goto(srv.url + '#/');
  await second.locator('.map-row').nth(1).waitFor();
  assert.equal(await second.locator('.map-row').count(), 2, 'saved as a new map');
  const storedAfter = await second.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])), Object.keys(storedBefore));
  assert.deepEqual(storedAfter, storedBefore, 'the first map is untouched');

  // A damaged link says so and stores nothing.
  await second.goto(srv.url + '#/shared/AAAA$$$');
  await second.locator('.present .error', { hasText: 'damaged' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('presentation view: the map without editing chrome, with a print button', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await gridShown(page);
  // One edit first: presenting and coming back keeps it undoable.
  const title = page.locator('.map-title input');
  const original = await title.inputValue();
  await title.fill('Presented title');
  await title.press('Tab');
  const columns = await gridColumns(page);
  const names = columns.map((c) => c.name);
  const badges = async (card) => ({ pains: await page.locator(`${card} .badge.pain`).allTextContents(), exits: await page.locator(`${card} .badge.exit`).allTextContents() });
  const onGrid = { pains: columns.flatMap((c) => c.lanes.PainPoints ?? []), exits: columns.flatMap((c) => c.lanes.Exit ?? []) };
  assert.ok(onGrid.pains.length > 0 && onGrid.exits.length > 0, JSON.stringify(onGrid));
  await page.getByRole('link', { name: 'Presentation view' }).click();
  await page.locator('.present h1', { hasText: 'Presented title' }).waitFor();
  await page.locator('.present-card').first().waitFor();
  assert.deepEqual(await page.locator('.present-card strong').allTextContents(), names);
  // The grid's pain points and exits, each said in words with its numbers (issue 15).
  const shown = await badges('.present-card');
  assert.equal(shown.pains.length, onGrid.pains.length, 'each pain point on its own');
  assert.ok(shown.pains.every((p) => /^⚠ .+ · [●○]{5}/.test(p)), shown.pains.join(' | '));
  const rates = (list) => list.map((e) => e.match(/\d+%$/)[0]);
  assert.deepEqual(rates(shown.exits), rates(onGrid.exits), 'the same exits');
  assert.ok(shown.exits.every((e) => !e.startsWith('⇥ Exit')), 'with their reasons');
  const picture = page.locator('.present-curve img');
  assert.ok((await picture.getAttribute('src')).startsWith('blob:'));
  assert.ok(await picture.evaluate((img) => img.decode().then(() => img.naturalWidth > 0)), 'the curve picture loads');
  await page.getByRole('button', { name: 'Print' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${shots}/e2e-present-print.png`, fullPage: true });
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false, 'no buttons on paper');
  await page.emulateMedia({ media: 'screen' });
  // Undo keys do nothing to the map while it is presented.
  await page.keyboard.press('Control+z');
  await page.getByRole('link', { name: /Back to editor/ }).click();
  await page.locator('.map-title input').waitFor();
  assert.equal(await title.inputValue(), 'Presented title');
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.equal(await title.inputValue(), original, 'the edit made before presenting is still undoable');
  assert.deepEqual(errors, []);
  await context.close();
});
