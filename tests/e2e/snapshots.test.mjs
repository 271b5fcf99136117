// End-to-end (issue 17): the CX cycle and snapshots — the map at its step in the cycle, a
// snapshot taken, an emotion and a metric changed, the map compared with the snapshot (both
// changes in words, a mark on the grid), the snapshot opened read-only, deleted and brought
// back, and the round closed at the renew step (a snapshot, then research again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, shots, selectTouchpoint, axeProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

for (const [locale, sample, w] of [
  ['tr-TR', 'online-shop-tr', {
    mapStep: '2. Harita', renew: '5. İyileştirme ve yenileme', research: '1. Araştırma', snapshots: 'Anlık görüntüler',
    name: 'Anlık görüntünün adı', take: 'Anlık görüntü al', round: 'Kasım turu', tp: 'Çağrı merkezini arar',
    persona: 'Ayşe, ilk kez alışveriş yapan', value: 'Değer', compare: 'Karşılaştır', open: 'Aç', del: 'Sil', undo: 'Geri al',
    emotion: '↑ Çağrı merkezini arar: Ayşe, ilk kez alışveriş yapan duygusu -2 → 0', metric: 'Çağrı merkezini arar: Bekleme 7,5 → 4',
    better: '↑ daha iyi', banner: 'Anlık görüntü (salt okunur):', back: '← Haritaya dön', close: 'Turu kapat: anlık görüntü al, araştırmaya dön',
    age: 'Son araştırma turu: bu ay (Yıl sonu)', asks: 'yeni bir harita yapmanın zamanı', backup: 'Tüm haritaları yedekle',
  }],
  ['en-US', 'broadband-en', {
    mapStep: '2. Map', renew: '5. Improve and renew', research: '1. Research', snapshots: 'Snapshots',
    name: 'Snapshot name', take: 'Take snapshot', round: 'November round', tp: 'Calls support',
    persona: 'Sam, works from home', value: 'Value', compare: 'Compare', open: 'Open', del: 'Delete', undo: 'Undo',
    emotion: '↑ Calls support: Sam, works from home emotion -2 → 0', metric: 'Calls support: Visits — → 1200',
    better: '↑ better', banner: 'Snapshot (read-only):', back: '← Back to the map', close: 'Close the round: take a snapshot, back to research',
    age: 'Last research round: this month (Year end)', asks: 'time for a new map', backup: 'Back up all maps',
  }],
]) {
  test(`${locale}: snapshot, change, compare, and close the round`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 }, acceptDownloads: true, bypassCSP: true });
    const page = await newPage(context, errors);
    await page.goto(srv.url);
    await page.locator('#sample-choice').selectOption(sample);
    await page.locator('#sample-choice').locator('xpath=following::button[1]').click();
    await page.locator('.grid-head .head-name').first().waitFor();
    // The stepper shows the map step as current.
    const cycle = page.locator('nav.cycle');
    assert.equal(await cycle.locator('[aria-current=step]').textContent(), w.mapStep);
    // A snapshot, named, by keyboard.
    await page.locator('.snapshots summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.snapshots').getByLabel(w.name).focus();
    await page.keyboard.type(w.round);
    await page.keyboard.press('Enter');
    await page.locator('.snapshot-name', { hasText: w.round }).waitFor();
    // An emotion and a metric change.
    await selectTouchpoint(page, w.tp);
    const sheet = page.locator('.details-sheet');
    // The emotion by keyboard on the grid's point: two steps up, −2 → 0.
    await page.keyboard.press('Escape');
    await page.locator(`.grid-point[aria-label^="${w.tp},"]`).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await selectTouchpoint(page, w.tp);
    if (locale === 'tr-TR') {
      const value = sheet.locator('.metric').first().getByLabel(w.value, { exact: true });
      await value.fill('4');
      await value.press('Tab');
    } else {
      await sheet.getByRole('button', { name: '+ Add metric' }).click();
      const m = sheet.locator('.metric').last();
      await m.getByLabel('What is measured').selectOption('Visits');
      await m.getByLabel(w.value, { exact: true }).fill('1,200');
      await m.getByLabel(w.value, { exact: true }).press('Tab');
    }
    await page.keyboard.press('Escape');
    // Compared with the snapshot: both changes in words, and a mark on the grid.
    const press = async (locator) => { await locator.focus(); await page.keyboard.press('Enter'); };
    await press(page.locator('.snapshot').getByRole('button', { name: `${w.compare}: ${w.round}` }));
    const changes = await page.locator('.changes li').allTextContents();
    assert.ok(changes.includes(w.emotion), changes.join(' | '));
    assert.ok(changes.includes(w.metric), changes.join(' | '));
    await page.locator('.grid-head', { hasText: w.tp }).locator('.head-mark', { hasText: w.better }).waitFor();
    await page.locator('.grid-curve polyline.overlay').waitFor();
    await page.screenshot({ path: `${shots}/snapshot-compare-${locale}.png`, fullPage: true });
    assert.deepEqual(await axeProblems(page), [], 'cycle, snapshots and changes pass axe-core');
    // Opened read-only, and back.
    await press(page.locator('.snapshot').getByRole('button', { name: `${w.open}: ${w.round}` }));
    await page.locator('.snapshot-banner', { hasText: w.banner }).waitFor();
    assert.deepEqual(await axeProblems(page), [], 'the read-only snapshot passes axe-core');
    await press(page.getByRole('link', { name: w.back }));
    await page.locator('.grid-head .head-name').first().waitFor();
    // Deleted, and brought back from the banner.
    await press(page.locator('.snapshots summary'));
    await press(page.locator('.snapshot').getByRole('button', { name: `${w.del}: ${w.round}` }));
    await page.locator('.snapshot-name').waitFor({ state: 'detached' });
    await press(page.locator('.notices').getByRole('button', { name: w.undo }));
    await page.locator('.snapshot-name', { hasText: w.round }).waitFor();
    // The renew step closes the round: a snapshot, then research again.
    await cycle.getByRole('button', { name: w.renew }).focus();
    await page.keyboard.press('Enter');
    assert.ok((await cycle.locator('.cycle-asks').textContent()).includes(w.asks));
    await cycle.getByLabel(w.name).focus();
    await page.keyboard.type(locale === 'tr-TR' ? 'Yıl sonu' : 'Year end');
    await page.keyboard.press('Enter');
    await cycle.locator('[aria-current=step]', { hasText: w.research }).waitFor();
    await cycle.locator('.cycle-age', { hasText: w.age }).waitFor();
    assert.equal(await page.locator('.snapshot').count(), 2);
    // Storage holds them beside the map, never under a map key.
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('patika:snapshot:')));
    assert.equal(keys.length, 2);
    // The map deleted from the library takes its snapshots; undo brings both back.
    await page.getByRole('link', { name: /←/ }).first().click();
    const row = page.locator('.map-row').first();
    await row.getByRole('button', { name: w.del }).click();
    await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('patika:snapshot:')));
    await page.locator('.notice').getByRole('button', { name: w.undo }).click();
    await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('patika:snapshot:')).length === 2);
    // "Back up all maps" carries them.
    const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.backup }).click()]);
    const file = JSON.parse(fs.readFileSync(await backup.path(), 'utf8'));
    assert.equal(file.snapshots.length, 2);
    assert.ok(file.snapshots.every((x) => x.format === 'patika.snapshot' && x.map.map.id === file.maps[0].map.id));
    assert.deepEqual(errors, []);
    await context.close();
  });
}
