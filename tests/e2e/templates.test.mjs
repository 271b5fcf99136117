// End-to-end (issue 18, item 2): the template gallery — five sector templates in the interface
// language, each with its curve previewed; one opens as a new map with its curve, its findings
// marked as assumptions; axe-core finds nothing critical or serious, on a desktop and a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots, gridColumns, selectTouchpoint, axeProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

for (const [locale, viewport, w] of [
  ['tr-TR', { width: 1440, height: 900 }, { gallery: 'Şablondan başla', use: 'Bu şablonla başla', first: 'E-ticaret: ilk sipariş', clinic: 'Klinik: randevu ve muayene', tp: 'Sepete ekler, ödeme adımına geçer', assumed: 'Varsayım' }],
  ['en-US', { width: 390, height: 844 }, { gallery: 'Start from a template', use: 'Start from this template', first: 'E-commerce: a first order', clinic: 'Clinic: an appointment and a visit', tp: 'Adds to the basket, goes to checkout', assumed: 'Assumed' }],
]) {
  test(`${locale} at ${viewport.width} px: a template opens as a new map with its curve`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport, bypassCSP: true });
    const page = await newPage(context, errors);
    await page.goto(srv.url);
    await page.locator('.templates summary', { hasText: w.gallery }).focus();
    await page.keyboard.press('Enter');
    const cards = page.locator('.template-card');
    await cards.nth(4).waitFor();
    assert.equal(await cards.count(), 5);
    assert.equal(await cards.first().locator('h3').textContent(), w.first);
    assert.ok((await page.locator('.template-card h3').allTextContents()).includes(w.clinic));
    // Every card previews its curve.
    for (let i = 0; i < 5; i++) {
      const img = cards.nth(i).locator('img');
      await img.waitFor();
      assert.ok(await img.evaluate((el) => el.decode().then(() => el.naturalWidth > 0)), `preview ${i}`);
    }
    await page.screenshot({ path: `${shots}/templates-${locale}.png`, fullPage: true });
    assert.deepEqual(await axeProblems(page), [], 'the gallery passes axe-core');
    // By keyboard: the first template becomes a new map.
    await cards.first().getByRole('button', { name: `${w.use}: ${w.first}` }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.grid-head .head-name').first().waitFor();
    assert.equal(await page.locator('.map-title input').inputValue(), w.first);
    const columns = await gridColumns(page);
    assert.ok(columns.length >= 12, `${columns.length} columns`);
    const cart = columns.find((c) => c.name === w.tp);
    assert.ok(cart && cart.lanes.Emotion.length === 1, 'the curve has a point on the basket');
    // Its findings are assumptions, not observed data.
    await selectTouchpoint(page, w.tp);
    const evidence = page.locator('.details-sheet').getByLabel(locale === 'tr-TR' ? 'Kanıt durumu' : 'Evidence', { exact: true });
    assert.equal(await evidence.evaluate((s) => s.options[s.selectedIndex].text), w.assumed);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
