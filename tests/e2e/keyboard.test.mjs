// End-to-end, keyboard only (issue 15): the focus goes where the user's next step is — the title
// after "new map", the new touchpoint's name after adding it — and the File menu closes on Escape
// (the focus back on its button) and on a click anywhere else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots } from './helpers.mjs';

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
  // A touchpoint on the first stage, from its band's "+", with the keyboard: the focus goes to
  // its name.
  await page.locator('.band-add').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'touchpoint-name-field');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Google\'da arar');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('#touchpoint-name-field').inputValue(), 'Google\'da arar');
  await page.keyboard.press('Escape');
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

test('keyboard only, in the grid: a map from nothing — title, a channel of its own, touchpoints, emotions, a pain point, an exit, a forced hand-over', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 } });
  const page = await newPage(context, errors);
  const key = (k) => page.keyboard.press(k);
  const type = (s) => page.keyboard.type(s);
  // Focus moved with the keyboard's own reach (as Tab would), then only keys.
  const reach = (locator) => locator.focus();
  await page.goto(srv.url);
  await reach(page.getByRole('button', { name: 'Boş harita oluştur' }));
  await key('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'map-title-field');
  await key('Control+a');
  await type('Telefon satın alma');
  await key('Tab');
  // A channel of the map's own.
  await reach(page.locator('.channels > summary'));
  await key('Enter');
  await reach(page.locator('.add-channel input'));
  await type('Google arama');
  await key('Enter');
  // A touchpoint in the grid's first stage on that channel.
  await reach(page.locator('.band-add').first());
  await key('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'touchpoint-name-field');
  await key('Control+a');
  await type("Google'da arar");
  await key('Tab');
  await reach(page.locator('.details-sheet select').nth(1));
  await type('Google');
  await key('Tab');
  await key('Escape');
  // Its emotion, in the grid: Enter on the cell goes into its point, a slider (unset: it starts
  // from the middle of the scale), ↑ raises it, Enter goes back to the cell.
  await reach(page.locator('#grid-4-0'));
  await key('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-4-0-p0');
  await key('ArrowUp');
  await key('ArrowUp');
  await key('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-4-0');
  await page.waitForFunction(() => /^\+1/.test(document.querySelector('#grid-4-0-p0').getAttribute('aria-valuetext')));
  // A second touchpoint in the next stage: chat that hands the customer over.
  await reach(page.locator('.band-add').nth(1));
  await key('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'touchpoint-name-field');
  await key('Control+a');
  await type('Canlı destekte sorar');
  await key('Tab');
  await key('Escape');
  // Its emotion: the arrows from the first cell, End to the last scale step's other end.
  await reach(page.locator('#grid-4-0'));
  await key('ArrowRight');
  await key('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'grid-4-1-p0');
  await key('Home');
  await key('Escape');
  await page.waitForFunction(() => /^-2/.test(document.querySelector('#grid-4-1-p0').getAttribute('aria-valuetext')));
  await reach(page.locator('#grid-1-1'));
  await key('Enter');
  // A pain point, an exit and a forced hand-over in its details.
  await reach(page.locator('.details-sheet').getByRole('button', { name: '+ Acı noktası ekle' }));
  await key('Enter');
  await reach(page.locator('.details-sheet fieldset', { hasText: 'Acı noktaları' }).locator('input[type=text]').first());
  await type('Sohbet robotu anlamıyor');
  await key('Tab');
  // Numbers as Turkish writes them: "12.5" is refused with a hint, "12,5" is twelve and a half.
  await reach(page.locator('.details-sheet').getByLabel('Sıklık (100 müşteride)'));
  await type('12.5');
  await key('Tab');
  await page.locator('.details-sheet [role=alert]', { hasText: 'ondalık ayırıcı virgüldür' }).waitFor();
  await reach(page.locator('.details-sheet').getByLabel('Sıklık (100 müşteride)'));
  await key('Control+a');
  await type('12,5');
  await key('Tab');
  await page.locator('.details-sheet [role=alert]').waitFor({ state: 'detached' });
  await reach(page.locator('.details-sheet').getByLabel('Müşteriler yolculuğu burada bırakıyor'));
  await key('Space');
  await reach(page.locator('.details-sheet').getByLabel('Çıkış oranı (%)'));
  await type('%35');
  await key('Tab');
  await reach(page.locator('.details-sheet').getByLabel('Müşteri buraya yönlendirildi (zorunlu kanal geçişi)'));
  await key('Space');
  await reach(page.locator('.details-sheet').getByLabel('Neden yönlendirildi?'));
  await type('Bot kargo durumunu bilmiyor');
  await key('Tab');
  await key('Escape');
  // The grid tells it: the forced hand-over, the pain point with its dots, the exit, the curve.
  await page.locator('.grid-head .switch-in.forced').waitFor();
  const grid = await page.locator('.grid-scroll').textContent();
  // The second step starts on the channel the journey was on (the first step's).
  assert.equal(await page.locator('.grid-head', { hasText: 'Canlı destekte sorar' }).locator('.head-channel').textContent(), 'Google arama');
  for (const s of ["Google'da arar", 'Google arama', 'Canlı destekte sorar', 'Sohbet robotu anlamıyor · ●●●○○ · %12,5', '%35', 'Zorunlu kanal geçişi']) {
    assert.ok(grid.includes(s), `the grid shows "${s}"`);
  }
  // Every curve point's centre is within 3 px of its column's centre.
  let off = await page.evaluate(() => {
    const heads = [...document.querySelectorAll('.grid-head')].map((h) => { const r = h.getBoundingClientRect(); return r.left + r.width / 2; });
    return [...document.querySelectorAll('.grid-curve .point, .grid-point:not(.unset)')]
      .map((p) => { const r = p.getBoundingClientRect(); return [p.getAttribute('class') + ' ' + p.id, r.left + r.width / 2]; })
      .map(([what, x]) => [what, Math.min(...heads.map((h) => Math.abs(h - x)))]);
  });
  assert.equal(off.length, 4, `two points drawn, two sliders: ${JSON.stringify(off)}`);
  off = off.map(([, d]) => d);
  assert.ok(Math.max(...off) <= 3, `points off their columns by ${off}`);
  // The second point says what hurts there.
  assert.match(await page.locator('#grid-4-1-p0').getAttribute('aria-valuetext'), /Sohbet robotu anlamıyor.*Çıkış/);
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Kaydedildi');
  await page.screenshot({ path: `${shots}/keyboard-only-grid.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
