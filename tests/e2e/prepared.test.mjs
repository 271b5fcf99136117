// End-to-end (issues 15 and 18: render after idle): the editor of the map a user most likely opens
// next is built in idle time off the page and shown at once by its open — and it is that map's
// editor in every way: as stored now, in the language chosen since, with its keys, undo, autosave
// and phone layout; another map's open, or a change since, builds the editor as always.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, serve, createSample, gridShown, axeProblems, saved } from './helpers.mjs';

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(); });
after(async () => { await browser?.close(); await srv?.close(); });

const MARK = 'patika:editor-prepared';
/** Back to a freshly started library, then waits until the editor is built ahead. */
async function libraryPrepared(page) {
  await page.goto(srv.url);
  await page.reload();
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK, { timeout: 15000 });
}
const openByTitle = (page, title) => page.locator('.map-row h2 a', { hasText: title }).first().click();
const title = (page) => page.locator('.map-title input').inputValue();

test('prepared: the latest map opens built ahead, and edits, undoes, saves and moves by keys', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await createSample(page);
  const name = await title(page);
  await libraryPrepared(page);
  await openByTitle(page, name);
  await gridShown(page);
  assert.equal(await page.locator('.prebuilt-host section.editor').count(), 1, 'shown as built ahead');
  assert.equal(await title(page), name);
  assert.equal(await page.locator('section.editor').count(), 1);
  // The grid fits its box as measured on the page (not as guessed off it): every column is
  // there, or columns reach the box's right edge.
  const fill = await page.evaluate(() => {
    const scroller = document.querySelector('.grid-scroll');
    const heads = [...scroller.querySelectorAll('.grid-head')];
    const right = Math.max(...heads.map((h) => h.getBoundingClientRect().right));
    const all = heads.length === Number(scroller.getAttribute('aria-colcount')) - 1;
    return { right, box: scroller.getBoundingClientRect().right, all };
  });
  assert.ok(fill.all || fill.right >= fill.box - 1, `columns to the box's edge: ${JSON.stringify(fill)}`);
  // Keys move between cells.
  await page.locator('.grid-head[tabindex="0"]').first().focus();
  const from = await page.evaluate(() => document.activeElement.getAttribute('aria-colindex'));
  await page.keyboard.press('ArrowRight');
  const to = await page.evaluate(() => document.activeElement.getAttribute('aria-colindex'));
  assert.equal(Number(to), Number(from) + 1);
  // An edit is saved; undo and redo go through the same history.
  await page.locator('.map-title input').fill('Edited after a prepared open');
  await page.locator('.map-title input').press('Enter');
  await saved(page);
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.equal(await title(page), name);
  await page.getByRole('button', { name: /Redo/ }).click();
  assert.equal(await title(page), 'Edited after a prepared open');
  await saved(page);
  assert.deepEqual(await axeProblems(page), []);
  // Leaving takes it down; the stored map has the edit.
  await page.getByRole('link', { name: /My maps/ }).click();
  await page.locator('#map-search').waitFor();
  assert.equal(await page.locator('.prebuilt, .prebuilt-host, section.editor').count(), 0);
  await page.reload();
  await openByTitle(page, 'Edited after a prepared open');
  await gridShown(page);
  assert.equal(await title(page), 'Edited after a prepared open');
  assert.deepEqual(errors, []);
  await context.close();
});

test('prepared: a language chosen after the build is the editor\'s; a phone shows it without panning', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 390, height: 844 } });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('online-shop-tr');
  await page.getByRole('button', { name: 'Örnekten oluştur' }).click();
  await gridShown(page);
  await saved(page);
  const name = await title(page);
  await libraryPrepared(page);
  await page.locator('#ui-language').selectOption('en');
  // The row is far down the phone's library: the editor still opens at its own top.
  await page.locator('.map-row h2 a', { hasText: name }).scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => scrollY) > 0, 'the library was scrolled');
  await openByTitle(page, name);
  await gridShown(page);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the editor opens at its top');
  assert.equal(await page.locator('.prebuilt-host section.editor').count(), 1, 'shown as built ahead');
  await page.getByRole('button', { name: /Undo/ }).waitFor();
  assert.equal(await page.locator('section.editor').getAttribute('aria-label'), 'Map editor');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'the page does not pan');
  assert.deepEqual(errors, []);
  await context.close();
});

test('prepared: another map\'s open, or a change since, builds the editor as always', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await createSample(page, 'online-shop-tr');
  const older = await title(page);
  await page.goto(srv.url);
  await createSample(page);
  const latest = await title(page);
  assert.notEqual(older, latest);
  // Another map first: its own editor, then the latest one built as always (the one built ahead
  // was dropped by the first open).
  await libraryPrepared(page);
  await openByTitle(page, older);
  await gridShown(page);
  assert.equal(await title(page), older);
  assert.equal(await page.locator('.prebuilt-host').count(), 0);
  await page.getByRole('link', { name: /My maps/ }).click();
  await openByTitle(page, latest);
  await gridShown(page);
  assert.equal(await title(page), latest);
  assert.equal(await page.locator('.prebuilt-host').count(), 0);
  // Renamed in the library after the build: the open shows the stored map, not the one built.
  await libraryPrepared(page);
  const row = page.locator('.map-row', { has: page.locator('h2 a', { hasText: latest }) });
  await row.getByRole('button', { name: 'Rename' }).click();
  await page.locator('.map-row input').fill('Renamed after the build');
  await page.locator('.map-row input').press('Enter');
  await openByTitle(page, 'Renamed after the build');
  await gridShown(page);
  assert.equal(await title(page), 'Renamed after the build');
  assert.equal(await page.locator('.prebuilt-host').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
