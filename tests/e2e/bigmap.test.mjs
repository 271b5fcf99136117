// End-to-end: a 1,000-touchpoint map builds only what is on screen, and nothing is out of reach:
// scrolling shows the other cards, the keyboard reaches every curve point, a printout has them all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots } from './helpers.mjs';
import { generateMap, storeMapScript } from '../../bench/generate.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** A fresh context with the generated 1,000-touchpoint map stored once, opened in the editor. */
async function openBenchMap(errors) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  await context.addInitScript({ content: `if (!sessionStorage.getItem('seeded')) { ${storeMapScript(generateMap())} sessionStorage.setItem('seeded', '1'); }` });
  const page = await newPage(context, errors);
  await page.goto(srv.url + '#/map/bench');
  return { context, page };
}

test('a big map shows what is on screen and reaches the rest', async () => {
  const errors = [];
  const { context, page } = await openBenchMap(errors);
  const firstColumn = page.locator('.stage').first();
  await firstColumn.locator('.card-name', { hasText: 'Touchpoint 1' }).first().waitFor();
  assert.equal(await page.locator('.stage').count(), 20, 'every stage column exists');
  const built = await page.locator('.card').count();
  assert.ok(built > 10 && built < 200, `only the cards on screen are built (${built} of 1,000)`);
  // Screen readers still hear the card's place in its column.
  const first = firstColumn.locator('.cards > li').first();
  assert.equal(await first.getAttribute('aria-posinset'), '1');
  assert.equal(await first.getAttribute('aria-setsize'), '50');
  await page.screenshot({ path: `${shots}/e2e-bigmap-top.png` });

  // Scrolling down the page brings the column's last card.
  await page.evaluate(() => document.querySelector('.stage .cards').lastElementChild.scrollIntoView());
  await page.evaluate(() => window.scrollBy(0, document.querySelector('.stage .cards').getBoundingClientRect().bottom - innerHeight + 40));
  await firstColumn.locator('.card-name', { hasText: /^Touchpoint 50$/ }).waitFor();
  assert.equal(await firstColumn.locator('.card-name', { hasText: /^Touchpoint 1$/ }).count(), 0, 'cards scrolled far away are dropped');

  // Scrolling the board sideways brings the last stage's cards.
  await page.evaluate(() => { const s = document.querySelector('.board-scroll'); s.scrollLeft = s.scrollWidth; });
  await page.locator('.stage').last().locator('.card-name', { hasText: /^Touchpoint 1000$/ }).waitFor();

  // The keyboard walks the whole curve: End reaches the last point although it was off screen.
  await page.evaluate(() => { document.querySelector('.board-scroll').scrollLeft = 0; document.querySelector('.curve-stack').scrollIntoView({ block: 'center' }); });
  const firstPoint = page.locator('#pt-0-0');
  await firstPoint.waitFor();
  assert.equal(await page.locator('#pt-999-0').count(), 0, 'points off screen are not built');
  await firstPoint.focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.activeElement?.id === 'pt-999-0');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Touchpoint 1000,/);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.activeElement?.id === 'pt-998-0');
  await page.screenshot({ path: `${shots}/e2e-bigmap-curve-end.png` });

  // A new stage, far right of the screen, is built and scrolled to.
  await page.evaluate(() => { document.querySelector('.board-scroll').scrollLeft = 0; window.scrollTo(0, 0); });
  await page.getByRole('button', { name: 'Add stage' }).click();
  const added = page.locator('.stage').nth(20).locator('.stage-name input');
  await added.waitFor();
  assert.equal(await added.inputValue(), 'New stage');
  await page.waitForFunction(() => { const r = document.querySelectorAll('.stage')[20].getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth; });
  await page.screenshot({ path: `${shots}/e2e-bigmap-new-stage.png` });

  // A printout has every card and every point.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelectorAll('.card').length === 1000 && document.querySelectorAll('.handle').length === 1000);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => document.querySelectorAll('.card').length < 1000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the table view of a big map fills in batches and ends complete', async () => {
  const errors = [];
  const { context, page } = await openBenchMap(errors);
  await page.locator('.card').first().waitFor();
  const summary = page.locator('.curve-table summary');
  for (let round = 0; round < 2; round++) {
    await summary.click();
    await page.locator('.curve-table tbody tr').first().waitFor();
    // Busy until every row is in; then 1,000 rows in journey order.
    await page.waitForFunction(() => document.querySelector('.curve-table table')?.getAttribute('aria-busy') === 'false', null, { timeout: 10000 });
    const rows = page.locator('.curve-table tbody tr');
    assert.equal(await rows.count(), 1000);
    assert.equal(await rows.nth(999).locator('th').textContent(), 'Touchpoint 1000');
    assert.equal(await rows.nth(0).locator('td').first().textContent(), '1');
    if (round === 0) {
      // An edit while the table is open shows in that touchpoint's row, and only there.
      // A card that stays built: the page back at the top, the first card of the first column
      // (the first card in the page after scrolling down could be dropped while being clicked).
      await page.evaluate(() => window.scrollTo(0, 0));
      const before = 'Touchpoint 1';
      const card = page.locator('.stage').first().locator('.card', { has: page.locator('.card-name', { hasText: /^Touchpoint 1$/ }) });
      await card.click();
      const name = page.locator('.inspector input[type=text]').first();
      assert.equal(await name.inputValue(), before);
      await name.fill('Renamed touchpoint');
      await name.press('Tab');
      await page.waitForFunction(() => [...document.querySelectorAll('.curve-table tbody tr th')].some((th) => th.textContent === 'Renamed touchpoint'));
      const names = await rows.locator('th').allTextContents();
      assert.equal(names.length, 1000);
      assert.equal(names.filter((n) => n === 'Renamed touchpoint').length, 1);
      assert.equal(names.filter((n) => n === before).length, 0);
    }
    await summary.click();
    await page.waitForFunction(() => !document.querySelector('.curve-table table'));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('presenting a big map fills the board in batches, in journey order, and prints it whole', async () => {
  const errors = [];
  const { context, page } = await openBenchMap(errors);
  await page.locator('.card').first().waitFor();
  // How many cards each frame showed, from the moment the presentation is asked for.
  await page.evaluate(() => {
    window.__counts = [];
    const sample = () => { window.__counts.push(document.querySelectorAll('.present-card').length); requestAnimationFrame(sample); };
    requestAnimationFrame(sample);
    location.hash = '#/present/bench';
  });
  await page.waitForFunction(() => document.querySelector('.present-board')?.getAttribute('aria-busy') === 'false', null, { timeout: 10000 });
  const counts = await page.evaluate(() => window.__counts.filter((n) => n > 0));
  assert.ok(counts[0] < 1000, `the first frame shows a first batch, not all (${counts.slice(0, 12)})`);
  const names = await page.locator('.present-card strong').allTextContents();
  assert.deepEqual(names, Array.from({ length: 1000 }, (_, i) => `Touchpoint ${i + 1}`));
  assert.equal(await page.locator('.present-stage').nth(19).locator('.present-card').count(), 50);
  await page.screenshot({ path: `${shots}/e2e-bigmap-present.png` });

  // Printing while it fills: every card is in the page before the print dialog lays it out
  // (checked in a task right after the event; a frame could only have added one batch).
  await page.getByRole('link', { name: 'Back to editor' }).click();
  await page.locator('.card').first().waitFor();
  const atPrint = await page.evaluate(() => new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!document.querySelector('.present-card')) return;
      watch.disconnect();
      const before = document.querySelectorAll('.present-card').length;
      window.dispatchEvent(new Event('beforeprint'));
      setTimeout(() => resolve([before, document.querySelectorAll('.present-card').length]), 0);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    location.hash = '#/present/bench';
  }));
  assert.ok(atPrint[0] < 1000 && atPrint[1] === 1000, `cards before / after beforeprint: ${atPrint}`);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('.present-card').count(), 1000);
  assert.deepEqual(errors, []);
  await context.close();
});
