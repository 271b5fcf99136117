// End-to-end: the journey grid (issue 15) as a person uses it — lanes under touchpoints, the curve's
// points on their columns' centres, arrow keys and in-place editing, the phone layout, axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, axeProblems, shots, gridShown, recordBlobsScript, imageText } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** A map from `sample`, opened in the grid view. */
async function gridOf(page, sample) {
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption(sample);
  await page.locator('#sample-choice').locator('xpath=following::button[1]').click();
  await gridShown(page);
  await page.locator('.grid-curve .point').first().waitFor();
}

/** How far (px) each curve point the grid shows (inside its box, right of the lane names) is from
 * the nearest touchpoint column's centre. */
const offsets = (page) => page.evaluate(() => {
  const frame = document.querySelector('.grid-scroll').getBoundingClientRect();
  const names = document.querySelector('.grid-lane .lane-name').getBoundingClientRect();
  const heads = [...document.querySelectorAll('.grid-head')].map((h) => { const r = h.getBoundingClientRect(); return r.left + r.width / 2; });
  return [...document.querySelectorAll('.grid-curve .point')]
    .map((p) => { const r = p.getBoundingClientRect(); return r.left + r.width / 2; })
    .filter((x) => x > names.right && x < frame.right)
    .map((x) => Math.min(...heads.map((h) => Math.abs(h - x))));
});

for (const [locale, sample, names] of [
  ['tr-TR', 'online-shop-tr', { action: 'Müşteri ne yapıyor', pains: 'Acı noktaları' }],
  ['en-US', 'broadband-en', { action: 'Customer action', pains: 'Pain points' }],
]) {
  test(`${locale}: the grid reads as a journey map and is edited with the keyboard`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const page = await newPage(context, errors);
    await gridOf(page, sample);
    // Lanes are rows named as the seeds name them; pain points say their problem and numbers.
    const lanes = await page.locator('.grid-lane .lane-name').allTextContents();
    assert.ok(lanes.some((l) => l.includes(names.action)) && lanes.some((l) => l.includes(names.pains)), lanes.join(' | '));
    assert.match(await page.locator('.grid-lane', { hasText: names.pains }).textContent(), /[●○]{5}/);
    // Every persona's point sits on its touchpoint's column centre.
    const off = await offsets(page);
    assert.ok(off.length >= 4, `${off.length} points on screen`);
    assert.ok(Math.max(...off) <= 3, `points off their columns by ${Math.max(...off)} px`);
    // Keyboard only: into the grid, right and down to "customer action", edit in place.
    await page.locator('#grid-1-0').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'grid-2-1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Yorumları okur / reads reviews');
    await page.keyboard.press('Enter');
    await page.locator('#grid-2-1', { hasText: 'Yorumları okur / reads reviews' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'grid-2-1', 'focus back on the cell');
    // Esc leaves an edit unchanged; the change above is one undo step.
    await page.keyboard.press('Enter');
    await page.keyboard.type(' and more');
    await page.keyboard.press('Escape');
    assert.doesNotMatch(await page.locator('#grid-2-1').textContent(), /and more/);
    await page.waitForFunction(() => [...Object.values(localStorage)].some((v) => v.includes('Yorumları okur / reads reviews')));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !document.querySelector('#grid-2-1').textContent.includes('Yorumları okur'));
    // End goes to the last column, which is scrolled into the grid's own view.
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement.id);
    assert.match(last, /^grid-2-\d+$/);
    const box = await page.locator(`#${last}`).boundingBox();
    const frame = await page.locator('.grid-scroll').boundingBox();
    assert.ok(box.x + box.width <= frame.x + frame.width + 1, 'the last column is in view');
    // A selected touchpoint's details open beside the grid, hiding none of its columns' layout.
    await page.locator('.grid-head').first().click();
    await page.locator('.details-sheet .inspector').waitFor();
    await page.screenshot({ path: `${shots}/grid-${locale}-1440.png` });
    assert.deepEqual(await axeProblems(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('phone: the grid scrolls in its own box, the page never pans, a tapped cell opens its details', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, bypassCSP: true });
  const page = await newPage(context, errors);
  await gridOf(page, 'online-shop-tr');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no page-level sideways scroll');
  await page.locator('.grid-scroll').evaluate((el) => { el.scrollLeft = 600; el.dispatchEvent(new Event('scroll')); });
  await page.waitForTimeout(100);
  const off = await offsets(page);
  assert.ok(off.length >= 1 && Math.max(...off) <= 3, `points stay on their columns after scrolling: ${off}`);
  await page.locator('.grid-head').nth(2).tap();
  await page.locator('.details-sheet .inspector').waitFor();
  const sheet = await page.locator('.details-sheet').boundingBox();
  assert.ok(sheet.width >= 380, `the details fill the screen: ${sheet.width}px`);
  await page.screenshot({ path: `${shots}/grid-tr-390.png` });
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a forced hand-over is marked in the details, stands out in the grid and on the curve, with a legend', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await newPage(context, errors);
  await gridOf(page, 'broadband-en');
  // The sample's one: the chatbot sends the customer to the phone.
  const forced = page.locator('.grid-head', { has: page.locator('.switch-in.forced') });
  assert.equal(await forced.count(), 1);
  assert.match(await forced.textContent(), /Forced hand-over.*Calls support/);
  assert.ok(await page.locator('.grid-head .switch-in:not(.forced)').count() >= 2, 'ordinary changes, quietly');
  // …and in the emotion lane, a strong line between the two steps, on the boundary of their columns.
  const line = await page.locator('.grid-curve .forced-switch').boundingBox();
  const head = await forced.boundingBox();
  assert.ok(Math.abs(line.x - head.x) <= 3, `the line at the column's edge: ${line.x} vs ${head.x}`);
  // Marking another one in the details.
  await page.locator('.grid-head', { hasText: 'Engineer visit' }).click();
  await page.getByLabel('The customer was sent here (a forced hand-over)').check();
  await page.getByLabel('Why were they sent on?').fill('Support books the visit for them');
  await page.getByLabel('Why were they sent on?').press('Tab');
  await page.locator('.grid-head', { hasText: 'Engineer visit' }).locator('.switch-in.forced').waitFor();
  // The curve's picture draws both prominently and names its marks.
  await page.keyboard.press('Escape');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.curve').getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = fs.readFileSync(await download.path(), 'utf8');
  for (const word of ['Pain points', 'Forced hand-over', 'Channel change']) assert.ok(svg.includes(word), `legend: ${word}`);
  // Two forced hand-overs: a line through the plot each, plus the legend's.
  assert.equal((svg.match(/<polyline[^>]*stroke="#7C3AED"/g) ?? []).length, 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a map chooses its lanes and their order, stored with it and undone in one step', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  await gridOf(page, 'online-shop-tr');
  const lanes = () => page.locator('.grid-lane .lane-name').allTextContents();
  await page.locator('.lane-choice > summary').click();
  await page.locator('.lane-choice li', { hasText: 'Ne düşünüyor' }).getByRole('checkbox').uncheck();
  await page.locator('.lane-choice').getByRole('button', { name: 'Yukarı taşı: Duygu' }).click();
  const now = await lanes();
  assert.ok(!now.some((l) => l.includes('Ne düşünüyor')), now.join(' | '));
  assert.ok(now[0].includes('Duygu'), `the curve first: ${now.join(' | ')}`);
  // Each change is one undo step: the move goes back, the hidden lane stays hidden.
  await page.getByRole('button', { name: /Geri al/ }).click();
  await page.waitForFunction(() => !document.querySelector('.grid-lane .lane-name').textContent.includes('Duygu'));
  await page.getByRole('button', { name: /Yinele/ }).click();
  await page.waitForFunction(() => document.querySelector('.grid-lane .lane-name').textContent.includes('Duygu'));
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Kaydedildi');
  await page.reload();
  await page.locator('.grid-lane').first().waitFor();
  assert.deepEqual(await lanes(), now, 'stored with the map');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard in the grid: a touchpoint moves along the journey across stages, and one is added to a stage', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  await gridOf(page, 'online-shop-tr');
  const heads = () => page.locator('.grid-head .head-name').allTextContents();
  const first = (await heads())[0];
  // The first stage has one touchpoint: Alt+→ takes it into the next stage's start (its own stage
  // keeps an empty column), then past its new neighbour; the focus follows it.
  await page.locator('#grid-1-0').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-1-1');
  assert.equal(await page.locator('#grid-1-1 .head-name').textContent(), first);
  assert.ok(await page.locator('#grid-1-0 .head-empty').count() === 1, 'the emptied stage keeps its column');
  await page.keyboard.press('Alt+ArrowRight');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-1-2');
  assert.equal(await page.locator('#grid-1-2 .head-name').textContent(), first, 'past its neighbour');
  await page.getByRole('button', { name: /Geri al/ }).click();
  await page.getByRole('button', { name: /Geri al/ }).click();
  await page.waitForFunction((name) => document.querySelector('#grid-1-0 .head-name')?.textContent === name, first);
  // "+" on a stage band adds a touchpoint at its end, with the focus on its name.
  await page.getByRole('button', { name: 'Temas noktası ekle: Sorun' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'touchpoint-name-field');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Arkadaşı önerir');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('#grid-1-1 .head-name')?.textContent === 'Arkadaşı önerir');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard in the grid: an emotion point is a slider, each step one undo step', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  await gridOf(page, 'broadband-en');
  // The emotion lane is the third; its first cell holds the customer's point at -1.
  const cell = page.locator('#grid-4-0');
  const point = page.locator('#grid-4-0-p0');
  const value = () => point.getAttribute('aria-valuetext');
  assert.match(await value(), /^-1 Negative/);
  assert.equal(await point.getAttribute('role'), 'slider');
  assert.equal(await point.getAttribute('aria-valuenow'), '-1');
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-4-0-p0');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.match(await value(), /^\+1 Positive/);
  // The line follows the point: its marker sits at the slider's height.
  const [dot, handle] = await Promise.all([page.locator('.grid-curve .point').first().boundingBox(), point.boundingBox()]);
  assert.ok(Math.abs(dot.y + dot.height / 2 - (handle.y + handle.height / 2)) <= 2, 'the drawn point and its slider agree');
  // Delete clears it; Enter goes back to the cell.
  await page.keyboard.press('Delete');
  assert.match(await value(), /^Not set/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-4-0');
  // Each step was one command: three undos bring back -1.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await page.waitForFunction(() => /^-1 Negative/.test(document.querySelector('#grid-4-0-p0').getAttribute('aria-valuetext')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a touchpoint dragged onto another column takes its place, across stages, one undo step', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  await gridOf(page, 'broadband-en');
  const names = () => page.locator('.grid-head .head-name').allTextContents();
  const before = await names();
  // "Internet stops" (the first stage's only step) dropped on "Calls support": it goes there, just
  // after it, in its stage; the emptied first stage keeps its column.
  await page.locator('#grid-1-0').dragTo(page.locator('#grid-1-2'));
  await page.waitForFunction((n) => document.querySelector('.grid-head .head-name')?.textContent !== n, before[0]);
  const after = await names();
  assert.deepEqual(after.slice(0, 3), [before[1], before[2], before[0]]);
  assert.equal(await page.locator('#grid-1-0 .head-empty').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'grid-1-3', 'the focus follows it');
  await page.getByRole('button', { name: /Undo/ }).click();
  await page.waitForFunction((n) => document.querySelector('#grid-1-0 .head-name')?.textContent === n, before[0]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard in the grid: Insert adds a touchpoint right after the focused one, at any place', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  await gridOf(page, 'online-shop-tr');
  await page.locator('#grid-1-1').focus();
  await page.keyboard.press('Insert');
  await page.waitForFunction(() => document.activeElement?.id === 'touchpoint-name-field');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Arkadaşı önerir');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('#grid-1-2 .head-name')?.textContent === 'Arkadaşı önerir');
  // In the same stage and on the same channel as the step before it.
  assert.equal(await page.locator('#grid-1-2 .head-channel').textContent(), 'Web sitesi');
  assert.match(await page.locator('.grid-band').nth(1).textContent(), /^Keşif/);
  await page.keyboard.press('Escape');
  await page.locator('#grid-1-2').focus();
  await page.keyboard.press('Shift+Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'touchpoint-name-field');
  await page.waitForFunction(() => document.querySelector('#grid-1-3 .head-name')?.textContent === 'Yeni temas noktası');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a focused cell is never hidden under the sticky rows or the lane names', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 900, height: 560 } });
  const page = await newPage(context, errors);
  await gridOf(page, 'broadband-en');
  await page.locator('.grid-scroll').scrollIntoViewIfNeeded();
  await page.locator('#grid-2-0').focus();
  // Down to the last lane and right to the last column, then back up and left: every focused cell
  // stays clear of the sticky header rows and the lane names.
  const clear = () => page.evaluate(() => {
    const cell = document.activeElement.getBoundingClientRect();
    const heads = document.querySelector('.grid-heads').getBoundingClientRect();
    const names = document.querySelector('.grid-lane .lane-name').getBoundingClientRect();
    return cell.top >= heads.bottom - 1 && cell.left >= names.right - 1;
  });
  for (const k of [...Array(9).fill('ArrowDown'), 'End', ...Array(9).fill('ArrowUp'), 'Home']) {
    await page.keyboard.press(k);
    await page.waitForTimeout(30);
    assert.ok(await clear(), `after ${k}: ${await page.evaluate(() => document.activeElement.id)} is in view`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('outputs tell the story: the whole-map picture and the presentation\'s printed pages say the pain points and exits', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.addInitScript({ content: recordBlobsScript });
  const page = await newPage(context, errors);
  await gridOf(page, 'online-shop-tr');
  const story = ['Kargo ücreti sürprizi', '●●●●○', '%45', 'Sepeti terk etme', '%35', 'Zorunlu kanal geçişi', 'GÖRÜNÜRLÜK ÇİZGİSİ'];
  // The File menu's whole-map picture, as SVG and as PNG.
  await page.locator('.export-menu summary').click();
  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Harita resmi (SVG)' }).click()]);
  const svg = fs.readFileSync(await svgFile.path(), 'utf8');
  for (const s of story) assert.ok(svg.includes(s), `the map picture says "${s}"`);
  assert.equal(await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror'), svg), null);
  await page.locator('.export-menu summary').click();
  const [pngFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Harita resmi (PNG)' }).click()]);
  assert.deepEqual([...fs.readFileSync(await pngFile.path()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  // The presentation: the grid as pages of whole stages, which replace the cards on paper.
  await page.getByRole('link', { name: 'Sunum görünümü' }).click();
  const pages = page.locator('.map-page img');
  await pages.first().waitFor();
  const count = await pages.count();
  assert.ok(count >= 2, `${count} pages of at most 7 columns for 13 touchpoints`);
  let all = '';
  for (let i = 0; i < count; i++) all += await imageText(page, `.map-page:nth-child(${i + 1}) img`);
  for (const s of story) assert.ok(all.includes(s), `the pages say "${s}"`);
  assert.ok(all.includes(`sayfa 1/${count}`));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.present-board').isVisible(), false, 'on paper the pages replace the cards');
  assert.ok(await pages.first().isVisible());
  await page.screenshot({ path: `${shots}/present-print-pages.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
  await context.close();
});
