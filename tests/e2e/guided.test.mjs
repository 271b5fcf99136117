// End-to-end (issue 18, item 1): a new user completes the guided start by keyboard alone — seed
// 004's four questions, the touchpoint checklist, an own touchpoint on a new channel, seed 001's
// assessment — and gets a map with touchpoints on new channels, undone in one step; axe-core
// finds nothing critical or serious at each step, in Turkish and in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots, gridColumns, axeProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** Presses Tab until the focused element matches `selector` (and says `text`), at most 60 times. */
async function tabTo(page, selector, text) {
  for (let i = 0; i < 60; i++) {
    const here = await page.evaluate(([s, t]) => {
      const el = document.activeElement;
      return !!el?.matches(s) && (t == null || el.textContent.trim() === t);
    }, [selector, text]);
    if (here) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

for (const [locale, w] of [
  ['tr-TR', { start: 'Adım adım başla', search: 'İnternette arar', reviews: 'Değerlendirme ve yorumları okur', delivery: 'Kargoyu teslim alır',
    own: 'Kendi temas noktanız', ownName: 'Kargo şubesine gider', ownChannel: 'Kargo şubesi', next: 'İleri', finish: 'Haritaya ekle',
    step1: 'Adım 1/5 · Sorun', step5: 'Adım 5/5 · Her adımı değerlendirin', feels: 'Müşteri burada ne hissediyor?', search_ch: 'Google arama', delivery_ch: 'Kargo' }],
  ['en-US', { start: 'Step-by-step start', search: 'Searches online', reviews: 'Reads reviews and ratings', delivery: 'Receives the delivery',
    own: 'Your own touchpoint', ownName: 'Goes to a pick-up point', ownChannel: 'Pick-up point', next: 'Next', finish: 'Add to the map',
    step1: 'Step 1/5 · Problem', step5: 'Step 5/5 · Assess each step', feels: 'How does the customer feel here?', search_ch: 'Search engine', delivery_ch: 'Delivery' }],
]) {
  test(`${locale}: the guided start by keyboard alone`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const page = await newPage(context, errors);
    await page.goto(srv.url);
    await page.locator('.library-head').waitFor();
    await tabTo(page, '.library-head button', w.start);
    await page.keyboard.press('Enter');
    await page.locator('#guided-heading', { hasText: w.step1 }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'guided-heading');
    assert.deepEqual(await axeProblems(page), [], 'step 1 passes axe-core');
    // Step 1: tick "searches online" (Space on the checkbox).
    await tabTo(page, '.guided-checklist input');
    assert.equal(await page.evaluate(() => document.activeElement.parentElement.textContent.trim()), w.search);
    await page.keyboard.press('Space');
    await tabTo(page, `.guided-nav button.primary`);
    await page.keyboard.press('Enter');
    // Step 2: reviews.
    await page.waitForFunction(() => document.activeElement?.id === 'guided-heading');
    await tabTo(page, '.guided-checklist input');
    await page.keyboard.press('Space');
    await tabTo(page, `.guided-nav button.primary`);
    await page.keyboard.press('Enter');
    // Step 3: nothing; step 4: the delivery, and an own touchpoint on a new channel.
    await page.waitForFunction(() => document.activeElement?.id === 'guided-heading');
    await tabTo(page, `.guided-nav button.primary`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'guided-heading');
    await tabTo(page, '.guided-checklist input');
    await page.keyboard.press('Space');
    await tabTo(page, '.guided-own input');
    await page.keyboard.type(w.ownName);
    await page.keyboard.press('Tab');
    await page.keyboard.type(w.ownChannel);
    await page.keyboard.press('Enter');
    await page.locator('.guided-own-list li', { hasText: w.ownName }).waitFor();
    await tabTo(page, `.guided-nav button.primary`);
    await page.keyboard.press('Enter');
    // Step 5: how the customer feels at the first one.
    await page.locator('#guided-heading', { hasText: w.step5 }).waitFor();
    assert.equal(await page.locator('.guided-assess').count(), 4);
    await tabTo(page, '.guided-assess select');
    await page.keyboard.press('End');
    await page.screenshot({ path: `${shots}/guided-${locale}.png` });
    assert.deepEqual(await axeProblems(page), [], 'step 5 passes axe-core');
    await tabTo(page, `.guided-nav button.primary`);
    await page.keyboard.press('Enter');
    await page.locator('.guided').waitFor({ state: 'detached' });
    const columns = await gridColumns(page);
    const names = columns.map((c) => c.name);
    assert.deepEqual(names, [w.search, w.reviews, w.delivery, w.ownName]);
    const channel = (name) => columns.find((c) => c.name === name).channel;
    assert.equal(channel(w.search), w.search_ch, 'a channel the new map did not have');
    assert.equal(channel(w.delivery), w.delivery_ch);
    assert.equal(channel(w.ownName), w.ownChannel, 'the user\'s own channel');
    assert.equal(columns[0].lanes.Emotion.length, 1, 'the feeling answered at step 5');
    // One undo step takes it all back.
    await page.keyboard.press('Control+z');
    await page.locator('.grid-head .head-name').first().waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
