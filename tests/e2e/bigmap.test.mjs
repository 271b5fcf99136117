// End-to-end: a 1,000-touchpoint map builds only the grid's columns on screen, and nothing is out
// of reach: scrolling shows the others, the keyboard reaches every column, a printout has them all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots, gridShown } from './helpers.mjs';
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
  await page.locator('.grid-head .head-name', { hasText: /^Touchpoint 1$/ }).waitFor();
  const grid = page.locator('[role=grid]');
  assert.equal(await grid.getAttribute('aria-colcount'), '1001', 'a screen reader knows the full width');
  const built = await page.locator('.grid-head').count();
  assert.ok(built > 3 && built < 20, `only the columns on screen are built (${built} of 1,000)`);
  assert.ok((await page.locator('.grid-point').count()) < 20, 'and only their points');
  await page.screenshot({ path: `${shots}/e2e-bigmap-top.png` });

  // Scrolling the grid sideways brings the last stage's touchpoints, and drops the first ones.
  await page.evaluate(() => { const s = document.querySelector('.grid-scroll'); s.scrollLeft = s.scrollWidth; });
  await page.locator('.grid-head .head-name', { hasText: /^Touchpoint 1000$/ }).waitFor();
  assert.equal(await page.locator('.grid-head .head-name', { hasText: /^Touchpoint 1$/ }).count(), 0, 'columns scrolled far away are dropped');

  // The keyboard reaches every column: End goes to the last although it was off screen, and its
  // point is a slider named with its touchpoint.
  await page.evaluate(() => { document.querySelector('.grid-scroll').scrollLeft = 0; });
  await page.locator('#grid-1-0').waitFor();
  await page.locator('#grid-1-0').focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-1-999');
  assert.equal(await page.evaluate(() => document.activeElement.querySelector('.head-name').textContent), 'Touchpoint 1000');
  const emotionRow = await page.locator('.grid-lane[data-lane="Emotion"]').getAttribute('aria-rowindex');
  const last = page.locator(`#grid-${Number(emotionRow) - 1}-999-p0`);
  await last.waitFor();
  assert.match(await last.getAttribute('aria-label'), /^Touchpoint 1000,/);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-1-998');
  await page.screenshot({ path: `${shots}/e2e-bigmap-end.png` });

  // A new stage comes at the end of the grid, with its own empty column.
  await page.locator('.stages-panel summary').click();
  await page.locator('.add-stage').getByRole('button', { name: '+ Add stage' }).click();
  assert.equal(await grid.getAttribute('aria-colcount'), '1002');
  await page.evaluate(() => { const s = document.querySelector('.grid-scroll'); s.scrollLeft = s.scrollWidth; });
  await page.locator('.grid-band .band-name', { hasText: 'New stage' }).waitFor();

  // A printout has every column and every point.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelectorAll('.grid-head .head-name').length === 1000 && document.querySelectorAll('.grid-point').length === 1000);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => document.querySelectorAll('.grid-head').length < 100);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the table view of a big map fills in batches and ends complete', async () => {
  const errors = [];
  const { context, page } = await openBenchMap(errors);
  await gridShown(page);
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
      const before = 'Touchpoint 1';
      await page.locator('.grid-head', { has: page.locator('.head-name', { hasText: /^Touchpoint 1$/ }) }).click();
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
  await gridShown(page);
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
  await gridShown(page);
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
