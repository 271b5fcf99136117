// End-to-end: the library — samples, search (Turkish casing), rename, duplicate, delete with undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots, createSample, gridShown, gridColumns } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const titles = (page) => page.locator('.map-row h2').allTextContents();

test('library: samples, search, rename, duplicate, delete and undo', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1300, height: 900 } });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  // Turkish by default for a Turkish browser.
  await page.getByText('Henüz haritanız yok').waitFor();
  await page.getByRole('button', { name: 'Örnekten oluştur' }).click();
  await gridShown(page);
  const columns = await gridColumns(page);
  assert.ok(columns.length >= 8, 'sample has its touchpoints');
  // Numbers as Turkish writes them: the percent sign first.
  const exits = columns.flatMap((c) => c.lanes.Exit ?? []);
  assert.ok(exits.length > 0 && exits.some((e) => /%\d+$/.test(e)) && !exits.some((e) => /\d+ ?%/.test(e)), `exit rates: ${exits}`);
  await page.getByRole('link', { name: '← Haritalarım' }).click();
  assert.match(await page.locator('.storage-meter span').first().textContent(), /^\d+ KB \/ yaklaşık 5,0 MB \(%\d+\)$/);
  await page.getByLabel('Örnek', { exact: true }).selectOption('broadband-en');
  await page.getByRole('button', { name: 'Örnekten oluştur' }).click();
  await gridShown(page);
  await page.goBack();
  await page.locator('.map-row').nth(1).waitFor();
  assert.equal(await page.locator('.map-row').count(), 2);

  // Search folds Turkish dotted and dotless i: "ILK" finds "ilk".
  await page.getByLabel('Haritalarda ara').fill('ILK ALIŞVERİŞ');
  assert.deepEqual(await titles(page), ['Örnek: Çevrimiçi mağazadan ilk alışveriş']);
  await page.getByLabel('Haritalarda ara').fill('zzz');
  await page.getByText('Aramanızla eşleşen harita yok.').waitFor();
  await page.getByLabel('Haritalarda ara').fill('');

  // Rename.
  const row = page.locator('.map-row', { hasText: 'Home broadband' });
  await row.getByRole('button', { name: 'Yeniden adlandır' }).click();
  await page.getByLabel('Yeni ad').fill('İnternet yolculuğu');
  await page.getByRole('button', { name: 'Kaydet' }).click();
  await page.locator('.map-row', { hasText: 'İnternet yolculuğu' }).waitFor();

  // Duplicate.
  await page.locator('.map-row', { hasText: 'İnternet yolculuğu' }).getByRole('button', { name: 'Kopyasını oluştur' }).click();
  await page.locator('.map-row', { hasText: 'İnternet yolculuğu (kopya)' }).waitFor();
  assert.equal(await page.locator('.map-row').count(), 3);

  // Delete, then undo.
  await page.locator('.map-row', { hasText: '(kopya)' }).getByRole('button', { name: 'Sil' }).click();
  await page.getByText('Harita silindi.').waitFor();
  assert.equal(await page.locator('.map-row').count(), 2);
  await page.screenshot({ path: `${shots}/e2e-library-deleted.png`, fullPage: true });
  await page.locator('.notice').getByRole('button', { name: 'Geri al' }).click();
  await page.locator('.map-row', { hasText: '(kopya)' }).waitFor();

  // All of it survives a reload; the copy opens with its content.
  await page.reload();
  await page.locator('.map-row').nth(2).waitFor();
  assert.equal(await page.locator('.map-row').count(), 3);
  await page.locator('.map-row', { hasText: '(kopya)' }).getByRole('link').click();
  await page.locator('.grid-head .head-name', { hasText: 'Calls support' }).waitFor();
  await page.screenshot({ path: `${shots}/e2e-library-copy.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('works under a subpath with hash routes, and an unknown map says so', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await newPage(context, errors);
  await page.goto(srv.url + '#/map/does-not-exist');
  await page.getByText('This map could not be found.').waitFor();
  await page.getByText('You have no maps yet').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage meter, almost-full warning and the persistence answer', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  // ≈ 4.2 MB of another map already stored (bigger than the 80 % warning line).
  // It ends with Turkish letters and an emoji (two UTF-16 units), counted as browsers count them.
  await context.addInitScript({ content: `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('patika:filler', 'x'.repeat(4200000) + 'ğüş😀'); sessionStorage.setItem('seeded', '1'); }` });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await gridShown(page);
  await page.goto(srv.url + '#/');
  const meter = page.locator('#storage-meter');
  await meter.waitFor();
  assert.ok(Number(await meter.getAttribute('value')) > 4200000, 'the meter counts stored data');
  // Exactly what the browser holds under Patika's keys (key and value lengths in UTF-16 units).
  await page.waitForFunction(() => {
    let units = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('patika:')) units += k.length + localStorage.getItem(k).length;
    }
    return Number(document.querySelector('#storage-meter').getAttribute('value')) === units;
  }, null, { timeout: 5000 });
  await page.locator('.storage-meter .warn', { hasText: 'almost full' }).waitFor();
  await page.locator('.storage-meter .persist').waitFor();
  await page.screenshot({ path: `${shots}/e2e-storage-meter.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('times in the library read as the browser writes them, in the user\'s time zone', async () => {
  for (const [locale, timezoneId, lang, updated] of [
    ['tr-TR', 'Europe/Istanbul', 'tr', 'Güncellendi'],
    ['en-US', 'America/New_York', 'en', 'Updated'],
  ]) {
    const errors = [];
    const context = await browser.newContext({ locale, timezoneId });
    const page = await newPage(context, errors);
    await page.goto(srv.url);
    await page.locator('#sample-choice').selectOption('broadband-en');
    await page.locator('.create button').last().click();
    await gridShown(page);
    await page.goto(srv.url + '#/');
    const meta = (await page.locator('.map-row .meta').first().textContent()).replace(/\s+/g, ' ');
    // What Chromium's own formatter gives for the stored timestamp, in this zone.
    const expected = await page.evaluate((lang) => {
      const index = JSON.parse(localStorage.getItem('patika:index'));
      const map = JSON.parse(localStorage.getItem('patika:map:' + index.maps[0].id));
      return new Date(map.map.updated).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }).replace(/\s+/g, ' ');
    }, lang);
    assert.ok(meta.includes(`${updated} ${expected}`), `${meta} shows ${expected}`);
    // The storage meter in the same language's numbers.
    assert.match(await page.locator('.storage-meter span').first().textContent(), lang === 'tr' ? /yaklaşık 5,0 MB \(%\d+\)$/ : /of about 5\.0 MB \(\d+%\)$/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the library is built once at start: what the user sees first is not replaced', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await createSample(page);
  // Keep the first search box and map row that appear after a reload; a rebuild would swap them
  // (and drop what the user had started typing or focused).
  await page.addInitScript(() => new MutationObserver(() => {
    window.__firstSearch ??= document.querySelector('#map-search') ?? undefined;
    window.__firstRow ??= document.querySelector('.map-row') ?? undefined;
  }).observe(document, { subtree: true, childList: true }));
  await page.goto(srv.url + '#/');
  await page.reload();
  await page.locator('.map-row').waitFor();
  await page.waitForTimeout(500);
  assert.ok(await page.evaluate(() => window.__firstSearch === document.querySelector('#map-search')), 'the same search box');
  assert.ok(await page.evaluate(() => window.__firstRow === document.querySelector('.map-row')), 'the same map row');
  assert.deepEqual(errors, []);
  await context.close();
});
