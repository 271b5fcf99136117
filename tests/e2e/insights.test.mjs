// End-to-end (issue 17): from findings to action, by keyboard — open the sample, read the three
// worst pain points in the insights panel, make an action from the worst one, give it an owner,
// impact and effort, and find it in the matrix, the list, the grid's opportunities lane and the
// presentation; the plan as CSV, read back as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, shots, gridColumns, axeProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** Opens the library and makes a map from `sample` (the button after the choice, in either
 * language), then waits for its grid. */
const openSample = async (page, sample) => {
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption(sample);
  await page.locator('#sample-choice').locator('xpath=following::button[1]').click();
  await page.locator('.grid-head .head-name').first().waitFor();
};
const openFileMenu = async (page) => { if ((await page.locator('.export-menu').getAttribute('open')) === null) await page.locator('.export-menu summary').click(); };

for (const [locale, sample, w] of [
  ['tr-TR', 'online-shop-tr', {
    insights: 'İçgörüler: önce neyi düzeltmeli', plan: 'Aksiyon planı',
    worst: [
      'Çağrı merkezini arar — Uzun bekleme süresi: önem 4 × 100 müşteride 60 = 240',
      'Sepete ekler, ödeme adımına geçer — Kargo ücreti sürprizi: önem 4 × 100 müşteride 45 = 180',
      'Çağrı merkezini arar — Bilgileri tekrar sorma: önem 3 × 100 müşteride 50 = 150',
    ],
    title: 'Aksiyon', owner: 'Sorumlu departman', impact: 'Etki (1–5)', effort: 'Efor (1–5)', team: 'Çağrı merkezi',
    quick: 'Hızlı kazanım', idea: 'Fikir', csv: 'Aksiyon planı (CSV)', header: 'Sıra;Aksiyon;Açıklama;Sorumlu departman;',
    tp: 'Çağrı merkezini arar', present: 'Sunum görünümü',
  }],
  ['en-US', 'broadband-en', {
    insights: 'Insights: what to fix first', plan: 'Action plan',
    worst: [
      'Calls support — Long wait: severity 5 × 55 per 100 customers = 275',
      'Internet stops; checks the app — No outage information: severity 4 × 40 per 100 customers = 160',
      'Asks the chatbot — Chatbot cannot book an engineer: severity 4 × 35 per 100 customers = 140',
    ],
    title: 'Action', owner: 'Owner department', impact: 'Impact (1–5)', effort: 'Effort (1–5)', team: 'Contact centre',
    quick: 'Quick win', idea: 'Idea', csv: 'Action plan (CSV)', header: 'Rank,Action,Description,Owner department,',
    tp: 'Calls support', present: 'Presentation view',
  }],
]) {
  test(`${locale}: the worst pain point becomes an action, by keyboard, and shows everywhere`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 }, acceptDownloads: true, bypassCSP: true });
    const page = await newPage(context, errors);
    await openSample(page, sample);
    // The insights panel, opened from the keyboard.
    await page.locator('.insights summary').focus();
    await page.keyboard.press('Enter');
    const items = page.locator('.insight-list .insight');
    await items.first().waitFor();
    const texts = await page.locator('.insight-list .insight-text').allTextContents();
    assert.deepEqual(texts.slice(0, 3), w.worst, 'the three worst pain points, worst first');
    // An insight selects its touchpoint in the grid.
    await items.first().locator('.insight-text').focus();
    await page.keyboard.press('Enter');
    await page.locator('.details-sheet .inspector').waitFor();
    await page.keyboard.press('Escape');
    // "+ Action" on the worst one: the plan opens on the new action's title.
    await items.first().getByRole('button', { name: /\+/ }).focus();
    await page.keyboard.press('Enter');
    const form = page.locator('.action-form');
    await form.waitFor();
    const title = form.getByLabel(w.title, { exact: true });
    await title.waitFor();
    assert.equal(await title.evaluate((el) => el === document.activeElement), true, 'focus is on the title');
    assert.ok((await title.inputValue()).length > 0, 'the title comes from the pain point');
    // Owner, impact and effort by keyboard: typing, Tab to commit; a digit picks the option.
    await page.keyboard.press('Tab'); // description
    await page.keyboard.press('Tab'); // owner
    await page.keyboard.type(w.team);
    await page.keyboard.press('Tab'); // impact
    await page.keyboard.press('5');
    await page.keyboard.press('Tab'); // effort
    await page.keyboard.press('2');
    await page.keyboard.press('Tab');
    await page.locator('.plan-list td').getByText(w.team, { exact: true }).waitFor();
    // In the matrix: a focusable point, a quick win, ranked first.
    const dot = page.locator('.plan-dot', { hasText: '1' });
    await dot.waitFor();
    assert.match(await dot.getAttribute('aria-label'), new RegExp(`^1\\. .* · ${w.quick} · ${w.idea}$`));
    // In the list.
    const row = page.locator('.plan-list tbody tr').first();
    const cells = await row.locator('td, th').allTextContents();
    assert.equal(cells[0], '1');
    assert.deepEqual(cells.slice(2, 7), [w.quick, w.team, w.idea, '5', '2']);
    assert.ok(cells[8].includes(w.tp), cells.join(' | '));
    await page.screenshot({ path: `${shots}/plan-${locale}.png`, fullPage: true });
    assert.deepEqual(await axeProblems(page), [], 'insights and plan pass axe-core');
    // In the grid's opportunities lane.
    const lane = (await gridColumns(page)).find((c) => c.name === w.tp).lanes.Opportunities;
    assert.ok(lane.some((l) => l.startsWith('▶ ') && l.endsWith(` · ${w.idea}`)), lane.join(' | '));
    // The plan as CSV, in the map's language, read back as text.
    await openFileMenu(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.csv }).click()]);
    assert.match(download.suggestedFilename(), locale === 'tr-TR' ? /aksiyon-plani\.csv$/ : /action-plan\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff' + w.header), csv.slice(0, 120));
    assert.ok(csv.includes(w.team) && csv.includes(w.quick), csv);
    // In the presentation.
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: w.present }).click();
    const plan = page.locator('.present-plan');
    await plan.waitFor();
    assert.ok((await plan.textContent()).includes(w.team));
    assert.deepEqual(await axeProblems(page), [], 'the presentation passes axe-core');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('tr-TR on a phone: insights, plan, cycle and snapshots fit and pass axe-core', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, bypassCSP: true });
  const page = await newPage(context, errors);
  await openSample(page, 'online-shop-tr');
  // The cycle stepper says what the current step asks on a phone too.
  const asks = page.locator('.cycle .cycle-asks');
  assert.ok(await asks.isVisible(), 'what the step asks is shown on a phone');
  assert.match(await asks.textContent(), /haritalayın/);
  await page.locator('.insights summary').click();
  await page.locator('.insight-list .insight').first().waitFor();
  await page.locator('.insight-list .insight').first().getByRole('button', { name: /\+/ }).click();
  await page.locator('.action-form').waitFor();
  await page.locator('.snapshots summary').click();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width} px wide on a 390 px phone`);
  await page.screenshot({ path: `${shots}/plan-phone-tr-TR.png`, fullPage: true });
  assert.deepEqual(await axeProblems(page), [], 'the panels pass axe-core on a phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('tr-TR: an action straight from a pain point in the details', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await newPage(context, errors);
  await openSample(page, 'online-shop-tr');
  await page.locator('.grid-head', { hasText: 'Çağrı merkezini arar' }).click();
  await page.locator('.details-sheet').getByRole('button', { name: 'Bu acı noktası için aksiyon: Uzun bekleme süresi' }).click();
  const title = page.locator('.action-form').getByLabel('Aksiyon', { exact: true });
  await title.waitFor();
  assert.equal(await title.inputValue(), 'Uzun bekleme süresi');
  await page.locator('.plan-list th button', { hasText: 'Uzun bekleme süresi' }).waitFor();
  assert.ok((await page.locator('.action-form .hint').last().textContent()).includes('Bir acı noktasından oluşturuldu'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('tr-TR: the plan list filters by status, owner and stage, and sorts by owner', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await newPage(context, errors);
  await openSample(page, 'online-shop-tr');
  await page.locator('.plan summary').click();
  const titles = () => page.locator('.plan-list tbody th').allTextContents();
  const sample = 'Kargo ücretini ürün sayfasında göster'; // E-ticaret, planned, at "Sepete ekler"
  await page.locator('.plan-list tbody th', { hasText: sample }).waitFor();
  // A second action, by keyboard where a person would type: its title and owner.
  await page.getByRole('button', { name: '+ Yeni aksiyon' }).click();
  const form = page.locator('.action-form');
  const title = form.getByLabel('Aksiyon', { exact: true });
  await title.waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Fatura kontrolünü otomatikleştir');
  await page.keyboard.press('Tab'); // description
  await page.keyboard.press('Tab'); // owner
  await page.keyboard.type('Çağrı merkezi');
  await page.keyboard.press('Tab');
  await form.getByLabel('Durum', { exact: true }).selectOption({ label: 'Sürüyor' });
  // Linking a pain point links its touchpoint too; what is linked leaves the choices.
  const link = form.getByLabel('Temas ya da acı noktası bağla');
  await link.selectOption({ label: 'Faturayı inceler · Fatura hataları' });
  const linked = form.locator('.action-links li');
  await linked.nth(1).waitFor();
  assert.deepEqual(await linked.allTextContents(),
    ['Faturayı inceler ×', 'Faturayı inceler · Fatura hataları ×']);
  const left = await link.locator('option').allTextContents();
  assert.ok(!left.includes('Faturayı inceler') && !left.includes('Faturayı inceler · Fatura hataları'));
  await form.getByRole('button', { name: 'Kapat' }).click();
  await form.waitFor({ state: 'detached' });
  const mine = 'Fatura kontrolünü otomatikleştir';
  await page.locator('.plan-list tbody th', { hasText: mine }).waitFor();
  assert.deepEqual(await titles(), [sample, mine], 'priority order: the quick win first');
  const tools = page.locator('.plan-tools');
  const pick = async (label, option) => {
    await tools.getByLabel(label, { exact: true }).selectOption(option);
    await page.waitForTimeout(100);
  };
  await pick('Durum', { label: 'Sürüyor' });
  assert.deepEqual(await titles(), [mine], 'status: in progress');
  await pick('Durum', { index: 0 });
  await pick('Sorumlu departman', { label: 'E-ticaret' });
  assert.deepEqual(await titles(), [sample], 'owner: E-ticaret');
  await pick('Sorumlu departman', { index: 0 });
  await pick('Aşama', { label: 'Satın alma sonrası' });
  assert.deepEqual(await titles(), [mine], 'stage: after purchase');
  await pick('Aşama', { index: 0 });
  assert.deepEqual(await titles(), [sample, mine], 'no filter: both');
  await pick('Sırala', { label: 'Sorumlu' });
  assert.deepEqual(await titles(), [mine, sample], 'by owner: Çağrı merkezi before E-ticaret');
  await pick('Sırala', { label: 'Öncelik' });
  assert.deepEqual(await titles(), [sample, mine], 'by priority again');
  assert.deepEqual(await axeProblems(page), [], 'the filtered plan passes axe-core');
  assert.deepEqual(errors, []);
  await context.close();
});
