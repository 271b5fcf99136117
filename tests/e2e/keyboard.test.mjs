// End-to-end, keyboard only (issue 15): the focus goes where the user's next step is — the title
// after "new map", the new touchpoint's name after adding it — and the File menu closes on Escape
// (the focus back on its button) and on a click anywhere else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('keyboard: new map → title, new touchpoint → its name, the File menu closes on Escape and outside clicks', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.getByRole('button', { name: 'Boş harita oluştur' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'map-title-field');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Telefon satın alma');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Kaydedildi');
  // A touchpoint on the first stage, from its add form, with the keyboard.
  const form = page.locator('.stage').first().locator('.add-tp');
  await form.locator('input').focus();
  await page.keyboard.type('Google\'da arar');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'touchpoint-name-field');
  assert.equal(await page.locator('#touchpoint-name-field').inputValue(), 'Google\'da arar');
  // The File menu: Enter opens it, Escape closes it with the focus back on it.
  await page.locator('#file-menu').focus();
  await page.keyboard.press('Enter');
  await page.locator('.export-menu[open]').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.export-menu').open);
  assert.equal(await focused(page), 'file-menu');
  // A click elsewhere closes it too, and reaches what was clicked.
  await page.locator('#file-menu').click();
  await page.locator('.export-menu[open]').waitFor();
  await page.locator('.map-description input').click();
  await page.waitForFunction(() => !document.querySelector('.export-menu').open);
  assert.equal(await page.evaluate(() => document.activeElement.closest('.map-description') !== null), true);
  assert.equal(await page.evaluate(() => document.title.length > 0), true);
  assert.deepEqual(errors, []);
  await context.close();
});
