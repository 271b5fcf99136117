// End-to-end: going back and forth between the library and two maps many times, by keys, frees
// each closed map's editor (component test: tests/web/editors.rs) and loses nothing: the map
// opened last still edits, undoes, saves and reads back, with no page error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, serve, createSample, gridShown, saved } from './helpers.mjs';

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(); });
after(async () => { await browser?.close(); await srv?.close(); });

const title = (page) => page.locator('.map-title input').inputValue();

test('editors: ten opens of two maps by keys, then the open map still edits, undoes and saves', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await createSample(page, 'broadband-en');
  const first = await title(page);
  await page.getByRole('link', { name: '← My maps' }).click();
  await createSample(page, 'online-shop-tr');
  const second = await title(page);
  for (let round = 0; round < 10; round++) {
    // Back to the library by keys (the link in the header), then the other map's "Open".
    await page.getByRole('link', { name: '← My maps' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#map-search').waitFor();
    const want = round % 2 === 0 ? first : second;
    const row = page.locator('.map-row', { has: page.locator('h2', { hasText: want }) });
    await row.getByRole('button', { name: 'Open', exact: true }).focus();
    await page.keyboard.press('Enter');
    await gridShown(page);
    assert.equal(await title(page), want, `round ${round}`);
  }
  // The map open now (the second) takes a change, undo and redo, and saves it.
  await page.locator('.map-title input').fill('Renamed after ten opens');
  await page.locator('.map-title input').press('Enter');
  await saved(page);
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.equal(await title(page), second);
  await page.getByRole('button', { name: /Redo/ }).click();
  assert.equal(await title(page), 'Renamed after ten opens');
  await saved(page);
  // What was saved is what a fresh start reads.
  await page.goto(srv.url);
  await page.reload();
  await page.locator('#map-search').waitFor();
  await page.locator('.map-row h2', { hasText: 'Renamed after ten opens' }).waitFor();
  assert.equal(await page.locator('.map-row').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});
