// End-to-end: channels belong to the user (issue 15) — add "Google arama" and "Kargo", rename, set
// the kind, reorder, put a touchpoint on one, remove a used channel (it asks where its touchpoints
// go), and undo that in one step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, gridShown } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const channelNames = (page) => page.locator('.channel-row .field input').evaluateAll((els) => els.map((e) => e.value));
/** The channel's row, found by the name in its field (a property, not an attribute). */
const rowOf = async (page, name) => page.locator('.channel-row').nth((await channelNames(page)).indexOf(name));

test('channels: add, rename, kind, reorder, use, remove with the touchpoints moved, undo', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('online-shop-tr');
  await page.locator('#sample-choice').locator('xpath=following::button[1]').click();
  await gridShown(page);
  await page.locator('.channels > summary').click();
  const before = await channelNames(page);
  for (const name of ['Google arama', 'Kargo']) {
    await page.locator('.add-channel input').fill(name);
    await page.locator('.add-channel input').press('Enter');
  }
  assert.deepEqual((await channelNames(page)).slice(-2), ['Google arama', 'Kargo']);
  // Rename and set the kind of the last one; move it up.
  const kargo = page.locator('.channel-row').last();
  await kargo.locator('.field input').fill('Kargo firması');
  await kargo.locator('.field input').press('Tab');
  await kargo.locator('select').selectOption('physical');
  await kargo.getByRole('button', { name: 'Yukarı taşı: Kargo firması' }).click();
  const names = await channelNames(page);
  assert.deepEqual(names.slice(-2), ['Kargo firması', 'Google arama']);
  assert.equal(names.length, before.length + 2);
  // The first card goes on "Google arama" through its details.
  await page.locator('.grid-head:has(.head-name)').first().click();
  await page.locator('.inspector select').nth(1).selectOption({ label: 'Google arama' });
  const google = await rowOf(page, 'Google arama');
  await google.locator('.channel-used', { hasText: /^1 / }).waitFor();
  // Removing it asks where its touchpoint goes; it goes to "Kargo firması".
  await google.getByRole('button', { name: 'Kanalı kaldır' }).click();
  await google.locator('.remove-channel select').selectOption({ label: 'Kargo firması' });
  await google.getByRole('button', { name: 'Taşı ve kaldır' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('.channel-row .field input')].some((i) => i.value === 'Google arama'));
  assert.equal(await page.locator('.inspector select').nth(1).locator('option:checked').textContent(), 'Kargo firması');
  // One undo brings the channel and its touchpoint back.
  await page.getByRole('button', { name: /Geri al/ }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.channel-row .field input')].some((i) => i.value === 'Google arama'));
  assert.equal(await page.locator('.inspector select').nth(1).locator('option:checked').textContent(), 'Google arama');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Kaydedildi');
  const stored = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('patika:map:'))[1]);
  assert.ok(stored.includes('"Kargo firması"') && stored.includes('"physical"'), 'stored with the map');
  assert.deepEqual(errors, []);
  await context.close();
});
