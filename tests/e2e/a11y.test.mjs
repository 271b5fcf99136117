// End-to-end: axe-core (npm `axe-core`, injected) finds no critical or serious issue on the library,
// the editor (grid, panels, matrix, details) and the presentation, in Turkish and English, at
// desktop and phone sizes. Matrix cells' accessible names hold their visible text (WCAG 2.5.3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, axeProblems, gridShown } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

for (const [locale, width, height, sample, story] of [
  ['tr-TR', 1440, 900, 'online-shop-tr', ['Kargo ücreti sürprizi · ●●●●○ · %45', 'Sepeti terk etme · %35', 'Zorunlu kanal geçişi']],
  ['en-US', 390, 844, 'broadband-en', ['Long wait · ●●●●● · 55%', 'Upgrade refused · 20%', 'Forced hand-over']],
]) {
  test(`${locale} at ${width}×${height}: no critical or serious accessibility issue on any screen`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport: { width, height }, bypassCSP: true });
    const page = await newPage(context, errors);
    const problems = {};
    await page.goto(srv.url);
    await page.locator('#sample-choice').selectOption(sample);
    problems.library = await axeProblems(page);
    await page.locator('#sample-choice').locator('xpath=following::button[1]').click();
    await gridShown(page);
    for (const summary of await page.locator('.editor details:not(.menu) > summary').all()) await summary.click();
    await page.locator('.matrix td button').first().waitFor();
    problems.editor = await axeProblems(page);
    // The curve's table alternative says the problems and the exits in words and numbers too.
    await page.waitForFunction(() => document.querySelector('.curve-table table')?.getAttribute('aria-busy') === 'false');
    const table = await page.locator('.curve-table table').textContent();
    for (const s of story.slice(0, 2)) assert.ok(table.includes(s), `the table shows "${s}"`);
    // Matrix cells: what they show is in what they are called (no separate label; the name is
    // the shown numbers with their words).
    const cells = await page.evaluate(() => [...document.querySelectorAll('.matrix td button')].map((b) => ({
      label: b.getAttribute('aria-label'), name: b.textContent, shown: [...b.querySelectorAll('.n, .mean, .pains')].map((s) => s.textContent),
    })));
    assert.ok(cells.length > 0);
    for (const c of cells) {
      assert.equal(c.label, null);
      let at = 0;
      for (const s of c.shown) { at = c.name.indexOf(s, at); assert.ok(at >= 0, `${s} in "${c.name}"`); }
    }
    await page.locator('.grid-head').first().click();
    await page.locator('.details-sheet').waitFor();
    problems.details = await axeProblems(page);
    await page.keyboard.press('Escape');
    // The grid with the keyboard in an emotion cell's points.
    await page.locator('.grid-lane[data-lane="Emotion"] .grid-cell').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'slider');
    problems.grid = await axeProblems(page);
    await page.keyboard.press('Escape');
    if (width < 600) {
      // On a phone: 16 px text in every field (iOS zooms in below it), 24 × 24 px targets.
      const small = await page.evaluate(() => [...document.querySelectorAll('input:not([type=checkbox]):not([type=file]), select, textarea')]
        .filter((e) => e.offsetParent !== null && parseFloat(getComputedStyle(e).fontSize) < 16)
        .map((e) => e.id || e.className));
      assert.deepEqual(small, [], 'fields under 16 px');
      const tiny = await page.evaluate(() => [...document.querySelectorAll('button, summary, label.button')]
        .filter((e) => e.offsetParent !== null)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ e, r }) => `${e.textContent.trim()} ${Math.round(r.width)}×${Math.round(r.height)}`));
      assert.deepEqual(tiny, [], 'targets under 24 × 24 px');
    }
    const hash = await page.evaluate(() => location.hash);
    await page.goto(srv.url + hash.replace('#/map/', '#/present/'));
    await page.locator('.present-board').waitFor();
    problems.presentation = await axeProblems(page);
    // The presentation tells the story: the problems with their severity and frequency, the exits
    // with their reasons and rates, the forced hand-over.
    const shown = await page.locator('.present-board').textContent();
    for (const s of story) assert.ok(shown.includes(s), `presentation shows "${s}"`);
    assert.deepEqual(problems, { library: [], editor: [], details: [], grid: [], presentation: [] });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
