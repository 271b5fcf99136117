// End-to-end (issue 16): numbers on the map — a Turkish user enters an NPS from pasted raw
// answers, a CSAT from counts and a call-centre wait with its target; the grid's metrics lane
// shows them computed; they survive the JSON file and come back the same.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, shots, gridColumns, selectTouchpoint, axeProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const openFileMenu = async (page) => { if ((await page.locator('.export-menu').getAttribute('open')) === null) await page.locator('.export-menu summary').click(); };

for (const [locale, sample, tp, words] of [
  ['tr-TR', 'online-shop-tr', 'Canlı destekte soru sorar', {
    add: '+ Ölçüm ekle', kind: 'Ne ölçülüyor', paste: 'Yanıtları yapıştırın (satır başına bir sayı)', unreadable: '1 satır okunamadı',
    nps: 'NPS = %60 promoter − %20 detractor = +40 · n = 5', scale: 'Yanıt ölçeği', csatKind: 'CSAT', answering: 'yanıtı verenler',
    csat: 'CSAT %70 · n 10', decimal: '12,5', typed: '12.5', hint: 'ondalık ayırıcı virgüldür', value: 'Değer', unit: 'Birim', target: 'Hedef',
    wait: 'Bekleme 12,5 dakika · hedef 2 ✗ tutmadı', export: 'JSON olarak dışa aktar', copy: 'Ayrı bir kopya olarak ekle', csv: 'Ölçümler (CSV)', take: "Ölçümleri CSV'den al…",
    header: 'Temas noktası kimliği;Temas noktası;', number: ';12,5;', readBack: 'eklenen ölçüm 0 · güncellenen',
    callsKind: 'Çağrı', thousands: '4.250', callsChip: 'Çağrı 4.250', isExit: 'Müşteriler yolculuğu burada bırakıyor', exitRate: 'Çıkış oranı (%)',
    percent: '%35', exitChip: 'Sepeti terk etme · %35', stage: 'Satın alma kararı', numbers: 'Sayılar: aşama özetleri ve huni',
  }],
  ['en-US', 'broadband-en', 'Asks the chatbot', {
    add: '+ Add metric', kind: 'What is measured', paste: 'Paste the answers (one number a line)', unreadable: '1 lines could not be read',
    nps: 'NPS = 60% promoters − 20% detractors = +40 · n = 5', scale: 'Answer scale', csatKind: 'CSAT', answering: 'answering',
    csat: 'CSAT 70% · n 10', decimal: '12.5', typed: '12,5', hint: 'decimal separator is a point', value: 'Value', unit: 'Unit', target: 'Target',
    wait: 'Wait 12.5 minutes · target 2 ✗ missed', export: 'Export JSON', copy: 'Keep as a copy', csv: 'Metrics (CSV)', take: 'Take metrics from a CSV…', header: 'Touchpoint id,Touchpoint,', number: ',12.5,',
    readBack: 'metrics added 0 · updated',
    callsKind: 'Calls', thousands: '4,250', callsChip: 'Calls 4,250', isExit: 'Customers leave the journey here', exitRate: 'Exit rate (%)',
    percent: '35%', exitChip: 'Cart abandoned · 35%', stage: null, numbers: 'Numbers: stage roll-ups and the funnel',
  }],
]) {
  test(`${locale}: metrics from raw answers, in the grid, through a JSON file and back`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 }, acceptDownloads: true, bypassCSP: true });
    const page = await newPage(context, errors);
    await page.goto(srv.url);
    await page.locator('#sample-choice').selectOption(sample);
    await page.locator('#sample-choice').locator('xpath=following::button[1]').click();
    await page.locator('.grid-head .head-name').first().waitFor();
    await selectTouchpoint(page, tp);
    const sheet = page.locator('.details-sheet');
    // An NPS from a pasted column of answers (one line is not an answer: counted, not dropped).
    await sheet.getByRole('button', { name: words.add }).click();
    const nps = sheet.locator('.metric').last();
    await nps.getByLabel(words.paste).fill('10\n9\n10\n7\n3\nyok');
    await nps.getByLabel(words.paste).press('Tab');
    await nps.locator('.metric-computed', { hasText: words.nps }).waitFor();
    await nps.getByText(words.unreadable).waitFor();
    // A CSAT from counts per answer, on 1–5.
    await sheet.getByRole('button', { name: words.add }).click();
    const csat = sheet.locator('.metric').last();
    await csat.getByLabel(words.kind).selectOption({ label: words.csatKind });
    await csat.getByLabel(words.scale).waitFor();
    for (const [answer, n] of [['5', '3'], ['4', '4'], ['2', '3']]) {
      const field = csat.getByLabel(`${answer} ${words.answering}`);
      await field.fill(n);
      await field.press('Tab');
    }
    await csat.locator('.metric-computed').filter({ hasText: '70' }).waitFor();
    // A wait time with a target: a number of the other language is refused with a hint.
    await sheet.getByRole('button', { name: words.add }).click();
    const wait = sheet.locator('.metric').last();
    await wait.getByLabel(words.kind).selectOption({ index: 6 });
    const value = wait.getByLabel(words.value, { exact: true });
    await value.fill(words.typed);
    await value.press('Tab');
    await wait.locator('[role=alert]', { hasText: words.hint }).waitFor();
    await value.fill(words.decimal);
    await value.press('Tab');
    await wait.getByLabel(words.unit).fill(locale === 'tr-TR' ? 'dakika' : 'minutes');
    await wait.getByLabel(words.unit).press('Tab');
    await wait.getByLabel(words.target, { exact: true }).fill('2');
    await wait.getByLabel(words.target, { exact: true }).press('Tab');
    // Call volumes with a thousands separator, and an exit rate typed as a percent.
    await sheet.getByRole('button', { name: words.add }).click();
    const calls = sheet.locator('.metric').last();
    await calls.getByLabel(words.kind).selectOption({ label: words.callsKind });
    await calls.getByLabel(words.value, { exact: true }).fill(words.thousands);
    await calls.getByLabel(words.value, { exact: true }).press('Tab');
    await sheet.getByLabel(words.isExit).check();
    await sheet.getByLabel(words.exitRate).fill(words.percent);
    await sheet.getByLabel(words.exitRate).press('Tab');
    await page.screenshot({ path: `${shots}/metrics-${locale}.png` });
    assert.deepEqual(await axeProblems(page), [], 'the metric editor passes axe-core');
    // The grid's metrics lane shows them computed, compactly.
    await page.keyboard.press('Escape');
    const lane = (await gridColumns(page)).find((c) => c.name === tp).lanes.Metrics;
    assert.ok(lane.some((l) => l.startsWith('NPS +40 · n 5')), lane.join(' | '));
    assert.ok(lane.includes(words.csat), lane.join(' | '));
    assert.ok(lane.includes(words.wait), lane.join(' | '));
    assert.ok(lane.includes(words.callsChip), lane.join(' | '));
    const column = (await gridColumns(page)).find((c) => c.name === tp);
    assert.deepEqual(column.lanes.Exit, [words.exitChip], 'the typed percent is 35 per 100');
    // The stage summary pools them: the calls and the NPS of the touchpoint's stage.
    await page.locator('.numbers summary').click();
    const stageName = words.stage ?? column.stage;
    const cells = await page.locator('.numbers table tr', { hasText: stageName }).locator('td').allTextContents();
    assert.equal(cells[0], '+40 (n 5)', cells.join(' | '));
    assert.equal(cells[4], words.thousands, cells.join(' | '));
    await page.locator('.numbers summary').click();
    // Out as JSON (format version 2) and back in: nothing lost.
    await openFileMenu(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: words.export }).click()]);
    const file = await download.path();
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(json.formatVersion, 2);
    const metrics = json.map.touchpoints.find((t) => t.name === tp).metrics;
    assert.deepEqual(metrics[0].counts, { 10: 2, 3: 1, 7: 1, 9: 1 });
    assert.equal(metrics[2].value, 12.5);
    assert.equal(metrics[2].direction, 'lower');
    assert.ok(metrics.every((m) => m.id));
    await page.getByRole('link', { name: /←/ }).first().click();
    await page.locator('#import-file').setInputFiles(file);
    // The file is a version of this very map: kept as a copy here (merging has its own test).
    await page.getByRole('button', { name: words.copy }).click();
    await page.locator('.grid-head .head-name').first().waitFor();
    const again = (await gridColumns(page)).find((c) => c.name === tp).lanes.Metrics;
    assert.deepEqual(again, lane, 'the same numbers after the file came back');
    // The metrics as their own CSV, in the map's language, and back onto the map: updated by id.
    await openFileMenu(page);
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: words.csv }).click()]);
    const csv = fs.readFileSync(await csvFile.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff' + words.header), csv.slice(0, 80));
    assert.ok(csv.includes(words.number), csv);
    await openFileMenu(page);
    await page.locator('#metrics-file').setInputFiles(await csvFile.path());
    await page.locator('.notice', { hasText: words.readBack }).waitFor();
    const third = (await gridColumns(page)).find((c) => c.name === tp).lanes.Metrics;
    assert.deepEqual(third, lane, 'the same numbers after the metrics CSV came back');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('tr-TR: the numbers panel rolls the stages up and draws the funnel, linked to the exits', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#import-file').setInputFiles('tests/fixtures/report/metrics-tr.json');
  await page.locator('.grid-head .head-name').first().waitFor();
  // The stage band says the stage's pooled NPS.
  await page.locator('.grid-band', { hasText: 'Satın alma sonrası' }).getByText('NPS +45').waitFor();
  await page.locator('.numbers summary').click();
  const table = page.locator('.numbers table');
  await table.waitFor();
  const row = (stage) => table.locator('tr', { hasText: stage }).locator('td').allTextContents();
  assert.deepEqual(await row('Satın alma sonrası'), ['+45 (n 100)', '—', '—', '—', '4.250', '5,3 (n 2.000)']);
  assert.deepEqual((await row('Satın alma')).slice(1, 4), ['70,0 (n 100)', '—', '95.600']);
  const steps = await page.locator('.funnel-steps li').allTextContents();
  assert.deepEqual(steps, [
    'Ürün sayfası → Sepet: Dönüşüm %25 · Kayıp %75',
    'Sepet → Ödeme: Dönüşüm %109,6 · daha çok müşteri geldi',
  ]);
  await page.locator('.funnel img').waitFor();
  assert.ok(await page.locator('.funnel img').evaluate((img) => img.decode().then(() => img.naturalWidth > 0)), 'the funnel picture loads');
  await page.locator('.numbers .hint', { hasText: 'ziyaret sayısı olan temas noktaları' }).waitFor();
  await page.locator('.numbers').screenshot({ path: `${shots}/numbers-tr.png` });
  // The user marks the steps: the product page's and the payment's visits; the basket drops out.
  const mark = 'Huni adımı: bu sayı buraya ulaşan müşterileri sayar';
  for (const name of ['Ürün sayfası', 'Ödeme']) {
    await selectTouchpoint(page, name);
    await page.locator('.details-sheet').getByLabel(mark).check();
  }
  await page.locator('.numbers .hint', { hasText: 'huni adımı olarak işaretlediğiniz' }).waitFor();
  assert.deepEqual(await page.locator('.funnel-steps li').allTextContents(), [
    'Ürün sayfası → Ödeme: Dönüşüm %27,4 · Kayıp %72,6',
  ]);
  // One undo step unmarks the payment: one marked step is no funnel.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await page.locator('.numbers .hint', { hasText: 'iki ölçümü huni adımı olarak işaretleyin' }).waitFor();
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
