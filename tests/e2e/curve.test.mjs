// End-to-end: the interactive emotion curve, comparison with a future-state copy, the matrix, exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, shots, recordBlobsScript, imageText } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const handle = (page, name) => page.locator(`.handle[aria-label^="${name},"]`);
const emotionSelect = (page) => page.locator('.inspector fieldset', { hasText: 'Emotion' }).locator('select');
const center = async (loc) => { const b = await loc.boundingBox(); return [b.x + b.width / 2, b.y + b.height / 2]; };
const curveSvg = (page) => imageText(page, '.curve-stack img');

test('drag, keyboard, undo, comparison, matrix and exports', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
  await context.addInitScript({ content: recordBlobsScript });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await page.locator('.handle').first().waitFor();

  // Drag "Calls support" (-2) up to the height of "Engineer visit" (+2): one command on release.
  const calls = handle(page, 'Calls support');
  await page.locator('.curve-stack').scrollIntoViewIfNeeded();
  const [x, y] = await center(calls);
  const [, yTop] = await center(handle(page, 'Engineer visit'));
  // One drag frame must not touch the cards: only the preview changes until release.
  await page.evaluate(() => {
    window.cardMutations = 0;
    const observer = new MutationObserver((m) => { window.cardMutations += m.length; });
    for (const list of document.querySelectorAll('.cards')) observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, (y + yTop) / 2, { steps: 4 });
  await page.locator('.ghost-point').waitFor();
  await page.mouse.move(x, yTop, { steps: 4 });
  await page.screenshot({ path: `${shots}/e2e-curve-drag.png` });
  assert.equal(await page.evaluate(() => window.cardMutations), 0, 'no card re-render during the drag');
  await page.mouse.up();
  assert.equal(await emotionSelect(page).inputValue(), '2', 'released at +2, touchpoint opened in the inspector');
  assert.equal(await page.locator('.card.selected .card-name').textContent(), 'Calls support');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
  await page.reload();
  await page.locator('.handle').first().waitFor();
  assert.ok((await page.locator('.card', { hasText: 'Calls support' }).locator('.card-emotions').textContent()).includes('+2'));

  // Keyboard: ↓ lowers by one step, → moves to the next point; the label is spoken.
  await handle(page, 'Calls support').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('.card', { hasText: 'Calls support' }).locator('.card-emotions').textContent().then((s) => s.includes('+1')), true);
  // A point is named with its touchpoint and says what hurts there, not only its value.
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Calls support, .*\+1 Positive\. Pain points: Long wait · ●●●●● · 55%\. Exit: Cancels the contract · 8%$/);
  await page.keyboard.press('ArrowRight');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Engineer visit,/);
  // Undo restores (the history is this page's: the drag before the reload is not in it).
  const callsEmotion = () => page.locator('.card', { hasText: 'Calls support' }).locator('.card-emotions').textContent();
  await page.keyboard.press('Control+z');
  assert.ok((await callsEmotion()).includes('+2'));
  await handle(page, 'Calls support').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  assert.ok((await callsEmotion()).includes('-2'), 'clamped at the bottom of the scale');
  await page.keyboard.press('Control+z');
  assert.ok((await callsEmotion()).includes('-1'));
  await page.keyboard.press('Control+Shift+z');
  assert.ok((await callsEmotion()).includes('-2'));
  // Every redraw replaced the curve's picture; only the one on screen is still held.
  assert.deepEqual(await page.evaluate(() => [...window.__liveUrls]), [await page.locator('.curve-stack img').getAttribute('src')]);

  // Escape cancels a drag: nothing changes.
  const [x2, y2] = await center(handle(page, 'Calls support'));
  await page.mouse.move(x2, y2);
  await page.mouse.down();
  await page.mouse.move(x2, yTop, { steps: 4 });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  assert.ok((await page.locator('.card', { hasText: 'Calls support' }).locator('.card-emotions').textContent()).includes('-2'));

  // Hover shows the tooltip with the pain points.
  await handle(page, 'Asks the chatbot').hover();
  await page.locator('.curve-tip', { hasText: 'Chatbot cannot book an engineer' }).waitFor();

  // Future-state copy: compared with its original from the start; two lines on the curve.
  const originalTitle = await page.locator('.map-title input').inputValue();
  await page.getByRole('button', { name: 'Create future-state copy' }).click();
  await page.waitForFunction((t) => document.querySelector('.map-title input')?.value === `${t} — future state`, originalTitle);
  assert.equal(await page.getByLabel('State').inputValue(), 'future');
  assert.equal(await page.locator('.curve select').evaluate((s) => s.options[s.selectedIndex].text), originalTitle);
  let svg = await curveSvg(page);
  assert.ok(svg.includes('#475569'), 'dashed comparison line drawn');
  assert.ok(svg.includes(originalTitle.replace(/&/g, '&amp;')), 'legend names the compared map');
  // Change the copy; the two lines now differ where the change is.
  await handle(page, 'Calls support').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await page.screenshot({ path: `${shots}/e2e-curve-compare.png`, fullPage: true });
  await page.locator('.curve select').selectOption('');
  svg = await curveSvg(page);
  assert.ok(!svg.includes('#475569'), 'comparison removed');

  // Matrix: a cell filters the board; an unused channel is visible.
  await page.getByText('Touchpoint matrix').click();
  await page.locator('.matrix th.unused', { hasText: 'WhatsApp' }).waitFor();
  await page.locator('.matrix').getByRole('button', { name: /^Purchase decision × Call centre: 1 / }).click();
  assert.deepEqual(await page.locator('.card-name').allTextContents(), ['Calls support']);
  await page.locator('.filter-bar').getByText('Purchase decision × Call centre').waitFor();
  await page.screenshot({ path: `${shots}/e2e-matrix-filter.png`, fullPage: true });
  await page.getByRole('button', { name: 'Clear filter' }).click();
  assert.equal(await page.locator('.card').count(), 5);

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

test('leaving the editor frees the curve picture', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript({ content: recordBlobsScript });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await page.locator('.curve-stack').scrollIntoViewIfNeeded();
  await page.locator('.curve-stack img').waitFor();
  assert.equal(await page.evaluate(() => window.__liveUrls.size), 1);
  await page.evaluate(() => { location.hash = '#/'; });
  await page.locator('.map-row').waitFor();
  assert.equal(await page.evaluate(() => window.__liveUrls.size), 0, 'no picture kept after the editor closed');
  assert.deepEqual(errors, []);
  await context.close();
});
