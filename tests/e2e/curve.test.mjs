// End-to-end: the emotion lane's points (drag, keyboard, undo), comparison with a future-state
// copy, the matrix filter, the table view and the curve's exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, shots, recordBlobsScript, gridColumns, gridNames } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const point = (page, name) => page.locator(`.grid-point[aria-label^="${name},"]`);
const center = async (loc) => { const b = await loc.boundingBox(); return [b.x + b.width / 2, b.y + b.height / 2]; };
const emotionOf = async (page, name) => (await gridColumns(page)).find((c) => c.name === name).lanes.Emotion[0];
const said = (page) => page.evaluate(() => [document.activeElement.getAttribute('aria-label'), document.activeElement.getAttribute('aria-valuetext')]);

test('drag, keyboard, undo, comparison, matrix and exports', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await point(page, 'Calls support').waitFor();

  // Drag "Calls support" (-2) up to the height of "Engineer visit" (+2): one command on release.
  const [x, y] = await center(point(page, 'Calls support'));
  const [, yTop] = await center(point(page, 'Engineer visit'));
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, (y + yTop) / 2, { steps: 4 });
  await page.locator('.grid-point.dragging').waitFor();
  // Drag frames touch nothing but the point's preview: no header or other lane changes.
  await page.evaluate(() => {
    window.headMutations = 0;
    const observer = new MutationObserver((m) => { window.headMutations += m.length; });
    observer.observe(document.querySelector('.grid-heads'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.mouse.move(x, yTop, { steps: 4 });
  await page.screenshot({ path: `${shots}/e2e-curve-drag.png` });
  assert.equal(await page.evaluate(() => window.headMutations), 0, 'no header re-render during the drag');
  await page.mouse.up();
  assert.match(await emotionOf(page, 'Calls support'), /^\+2 /, 'released at +2');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
  await page.reload();
  await point(page, 'Calls support').waitFor();
  assert.match(await emotionOf(page, 'Calls support'), /^\+2 /, 'kept');

  // Keyboard: Enter on the emotion cell goes into its point; ↓ lowers by one step; the point is
  // named with its touchpoint and says what hurts there, not only its value.
  const cell = page.locator('.grid-lane[data-lane="Emotion"] .grid-cell', { has: point(page, 'Calls support') });
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'slider');
  await page.keyboard.press('ArrowDown');
  assert.match(await emotionOf(page, 'Calls support'), /^\+1 /);
  const [name, value] = await said(page);
  assert.match(name, /^Calls support, Purchase decision, Call centre: /);
  assert.equal(value, '+1 Positive. Pain points: Long wait · ●●●●● · 55%. Exit: Cancels the contract · 8%');
  // Escape goes back to the cell; → then moves to the next column's cell, as in a spreadsheet.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  assert.match((await said(page))[0], /^Engineer visit,/);
  await page.keyboard.press('Escape');
  // Undo restores (the history is this page's: the drag before the reload is not in it).
  await page.keyboard.press('Control+z');
  assert.match(await emotionOf(page, 'Calls support'), /^\+2 /);
  await point(page, 'Calls support').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  assert.match(await emotionOf(page, 'Calls support'), /^-2 /, 'clamped at the bottom of the scale');
  await page.keyboard.press('Control+z');
  assert.match(await emotionOf(page, 'Calls support'), /^-1 /);
  await page.keyboard.press('Control+Shift+z');
  assert.match(await emotionOf(page, 'Calls support'), /^-2 /);

  // Escape cancels a drag: nothing changes.
  const [x2, y2] = await center(point(page, 'Calls support'));
  await page.mouse.move(x2, y2);
  await page.mouse.down();
  await page.mouse.move(x2, yTop, { steps: 4 });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  assert.match(await emotionOf(page, 'Calls support'), /^-2 /);

  // The pain point is written in the same column as its point.
  const pains = page.locator('.grid-lane[data-lane="PainPoints"] .grid-cell', { hasText: 'Chatbot cannot book an engineer' });
  const [px] = await center(pains);
  const [cx] = await center(point(page, 'Asks the chatbot'));
  assert.ok(Math.abs(px - cx) <= 3, `pain text under its point: ${px} vs ${cx}`);

  // Future-state copy: compared with its original from the start; a dashed line in the lane.
  const originalTitle = await page.locator('.map-title input').inputValue();
  await page.getByRole('button', { name: 'Create future-state copy' }).click();
  await page.waitForFunction((t) => document.querySelector('.map-title input')?.value === `${t} — future state`, originalTitle);
  assert.equal(await page.getByLabel('State').inputValue(), 'future');
  assert.equal(await page.locator('.curve select').evaluate((s) => s.options[s.selectedIndex].text), originalTitle);
  await page.locator('.grid-curve polyline.overlay').waitFor();
  const [compared] = await Promise.all([page.waitForEvent('download'), page.locator('.curve').getByRole('button', { name: 'Download SVG' }).click()]);
  const comparedSvg = fs.readFileSync(await compared.path(), 'utf8');
  assert.ok(comparedSvg.includes('#475569'), 'dashed comparison line drawn in the download');
  assert.ok(comparedSvg.includes(originalTitle.replace(/&/g, '&amp;')), 'legend names the compared map');
  // Change the copy; the two lines now differ where the change is.
  await point(page, 'Calls support').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await page.screenshot({ path: `${shots}/e2e-curve-compare.png`, fullPage: true });
  await page.locator('.curve select').selectOption('');
  await page.locator('.grid-curve polyline.overlay').waitFor({ state: 'detached' });

  // Matrix: a cell filters the grid; an unused channel is visible.
  await page.getByText('Touchpoint matrix').click();
  await page.locator('.matrix th.unused', { hasText: 'WhatsApp' }).waitFor();
  await page.locator('.matrix').getByRole('button', { name: /^Purchase decision × Call centre: 1 / }).click();
  assert.deepEqual(await gridNames(page), ['Calls support']);
  await page.locator('.filter-bar').getByText('Purchase decision × Call centre').waitFor();
  await page.screenshot({ path: `${shots}/e2e-matrix-filter.png`, fullPage: true });
  await page.getByRole('button', { name: 'Clear filter' }).click();
  assert.equal((await gridNames(page)).length, 5);

  // The matrix exports as SVG from the plotters drawing.
  const [matrixFile] = await Promise.all([page.waitForEvent('download'), page.locator('.matrix').getByRole('button', { name: 'Download SVG' }).click()]);
  const matrixSvg = fs.readFileSync(await matrixFile.path(), 'utf8');
  assert.ok(matrixSvg.includes('Call centre') && matrixSvg.includes('After purchase'));

  // The table view has one row per touchpoint, with the emotion in words.
  await page.getByText('Table view').click();
  assert.equal(await page.locator('.curve-table tbody tr').count(), 5);
  assert.ok((await page.locator('.curve-table tbody tr', { hasText: 'Asks the chatbot' }).textContent()).includes('-2 Very negative'));
  await page.locator('.curve-table').screenshot({ path: `${shots}/e2e-curve-table.png` });

  // Exports: SVG parses, PNG is a PNG.
  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.locator('.curve').getByRole('button', { name: 'Download SVG' }).click()]);
  const svgText = fs.readFileSync(await svgFile.path(), 'utf8');
  assert.ok(svgText.length > 1000);
  assert.equal(await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror'), svgText), null);
  const [pngFile] = await Promise.all([page.waitForEvent('download'), page.locator('.curve').getByRole('button', { name: 'Download PNG' }).click()]);
  const png = fs.readFileSync(await pngFile.path());
  assert.ok(png.length > 1000);
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('leaving the presentation frees its pictures', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript({ content: recordBlobsScript });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await page.getByRole('link', { name: 'Present' }).click();
  await page.locator('.present-curve img').waitFor();
  // The curve's picture and each of the map's pages: one object URL each.
  await page.locator('.map-page img').first().waitFor();
  await page.waitForFunction(() => window.__liveUrls.size === 1 + document.querySelectorAll('.map-page img').length);
  await page.evaluate(() => { location.hash = '#/'; });
  await page.locator('.map-row').waitFor();
  assert.equal(await page.evaluate(() => window.__liveUrls.size), 0, 'no picture kept after the presentation closed');
  assert.deepEqual(errors, []);
  await context.close();
});
