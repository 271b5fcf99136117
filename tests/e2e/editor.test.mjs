// End-to-end: a person builds a small map, reloads, undoes and redoes, and switches language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, shots } from './helpers.mjs';

let srv, browser;
/** Opens the editor's File menu (exports, replace from file) unless it is open. */
const openFileMenu = async (page) => { if ((await page.locator('.export-menu').getAttribute('open')) === null) await page.locator('.export-menu summary').click(); };
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const saved = (page) => page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved', null, { timeout: 5000 });
const stageNames = (page) => page.locator('.stage-name input').evaluateAll((els) => els.map((e) => e.value));
const cardNames = (page) => page.locator('.card-name').allTextContents();

async function addTouchpoint(page, stageIndex, name, channel) {
  const form = page.locator('.stage').nth(stageIndex).locator('.add-tp');
  await form.locator('input').fill(name);
  await form.locator('select').selectOption({ label: channel });
  await form.getByRole('button').click();
  await page.locator('.inspector input[type=text]').first().waitFor();
}

async function setEmotion(page, value) {
  await page.locator('.inspector fieldset', { hasText: 'Emotion' }).locator('select').selectOption(String(value));
}

test('build a map, reload, undo/redo, switch language', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1500, height: 950 }, acceptDownloads: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.getByText('You have no maps yet').waitFor();
  await page.getByRole('button', { name: 'New blank map' }).click();
  await page.locator('.stage').first().waitFor();
  assert.match(page.url(), /#\/map\/.+/);

  // Replace the four default stages with three of our own.
  for (let i = 0; i < 4; i++) await page.locator('.stage').first().getByRole('button', { name: /^Remove stage/ }).click();
  assert.equal(await page.locator('.stage').count(), 0);
  for (const name of ['Awareness', 'Purchase', 'Support']) {
    await page.getByRole('button', { name: '+ Add stage' }).click();
    const input = page.locator('.stage-name input').last();
    await input.fill(name);
    await input.press('Tab');
  }
  assert.deepEqual(await stageNames(page), ['Awareness', 'Purchase', 'Support']);

  const tps = [
    [0, 'Sees an Instagram ad', 'Social media', 1],
    [0, 'Visits the web site', 'Web site', 0],
    [1, 'Orders in the app', 'Mobile app', 2],
    [2, 'Calls about a late parcel', 'Call centre', -2],
    [2, 'Returns it in the store', 'Store', -1],
  ];
  for (const [stage, name, channel, emotion] of tps) {
    await addTouchpoint(page, stage, name, channel);
    await setEmotion(page, emotion);
  }
  // A pain point on the call.
  await page.locator('.card', { hasText: 'Calls about a late parcel' }).click();
  await page.getByRole('button', { name: '+ Add pain point' }).click();
  const pain = page.locator('.inspector .pain');
  await pain.locator('input[type=text]').fill('Waits 20 minutes on hold');
  await pain.locator('input[type=text]').press('Tab');
  await pain.locator('select').selectOption('5');
  await pain.locator('input[type=number]').fill('40');
  await pain.locator('input[type=number]').press('Tab');
  await page.waitForTimeout(400);
  await saved(page);
  await page.screenshot({ path: `${shots}/e2e-built-map.png`, fullPage: true });

  await page.reload();
  await page.locator('.stage').first().waitFor();
  assert.deepEqual(await stageNames(page), ['Awareness', 'Purchase', 'Support']);
  assert.deepEqual(await cardNames(page), tps.map((t) => t[1]));
  const channels = await page.locator('.card-channel').allTextContents();
  assert.deepEqual(channels, tps.map((t) => t[2]));
  const emotions = await page.locator('.card-emotions').allTextContents();
  tps.forEach((t, i) => assert.ok(emotions[i].includes((t[3] >= 0 ? '+' : '') + t[3]), `emotion of ${t[1]}: ${emotions[i]}`));
  const call = page.locator('.card', { hasText: 'Calls about a late parcel' });
  await assert.doesNotReject(call.getByText('Pain points: 1').waitFor({ timeout: 2000 }));
  await call.click();
  assert.equal(await page.locator('.inspector .pain input[type=text]').inputValue(), 'Waits 20 minutes on hold');
  assert.equal(await page.locator('.inspector .pain select').inputValue(), '5');
  assert.equal(await page.locator('.inspector .pain input[type=number]').inputValue(), '40');
  // The curve is drawn under the stage columns.
  const curve = page.locator('.curve img');
  assert.ok((await curve.getAttribute('src')).startsWith('blob:'));
  assert.ok(await curve.evaluate((img) => img.decode().then(() => img.naturalWidth > 0)), 'the picture loads under the page policy');

  // Export: the canonical v1 file with what the user built.
  const [download] = await Promise.all([page.waitForEvent('download'), openFileMenu(page).then(() => page.getByRole('button', { name: 'Export JSON' }).click())]);
  assert.equal(download.suggestedFilename(), 'Untitled-map.json');
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(file.format, 'patika.journey-map');
  assert.equal(file.formatVersion, 1);
  assert.deepEqual(file.map.stages.map((s) => s.name), ['Awareness', 'Purchase', 'Support']);
  assert.equal(file.map.touchpoints.find((t) => t.name === 'Calls about a late parcel').painPoints[0].severity, 5);

  // Undo and redo with the keyboard and the buttons.
  await setEmotion(page, 1);
  await page.locator('.curve figcaption').click();
  await page.keyboard.press('Control+z');
  assert.equal(await page.locator('.inspector fieldset', { hasText: 'Emotion' }).locator('select').inputValue(), '-2');
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await page.locator('.inspector fieldset', { hasText: 'Emotion' }).locator('select').inputValue(), '1');
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.equal(await page.locator('.inspector fieldset', { hasText: 'Emotion' }).locator('select').inputValue(), '-2');
  await page.getByRole('button', { name: /Redo/ }).click();
  assert.equal(await page.locator('.inspector fieldset', { hasText: 'Emotion' }).locator('select').inputValue(), '1');
  await page.getByRole('button', { name: /Undo/ }).click();
  // Removing a stage and undoing brings its touchpoints back.
  await page.locator('.stage').nth(2).getByRole('button', { name: /^Remove stage/ }).click();
  assert.equal(await page.locator('.card').count(), 3);
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.deepEqual(await cardNames(page), tps.map((t) => t[1]));

  // Move a touchpoint to another stage (last there), then reorder it inside that stage.
  await page.locator('.card', { hasText: 'Visits the web site' }).click();
  await page.locator('.inspector').getByLabel('Stage').selectOption({ label: 'Purchase' });
  const column = (i) => page.locator('.stage').nth(i).locator('.card-name').allTextContents();
  assert.deepEqual(await column(0), ['Sees an Instagram ad']);
  assert.deepEqual(await column(1), ['Orders in the app', 'Visits the web site']);
  await page.getByRole('button', { name: /Move up/ }).click();
  assert.deepEqual(await column(1), ['Visits the web site', 'Orders in the app']);
  await page.getByRole('button', { name: /Move down/ }).click();
  assert.deepEqual(await column(1), ['Orders in the app', 'Visits the web site']);
  await page.getByRole('button', { name: /Undo/ }).click();
  await page.getByRole('button', { name: /Undo/ }).click();
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.deepEqual(await column(0), ['Sees an Instagram ad', 'Visits the web site']);
  // Reorder stages: Support moves left of Purchase.
  await page.locator('.stage').nth(2).getByRole('button', { name: /^Move left/ }).click();
  assert.deepEqual(await stageNames(page), ['Awareness', 'Support', 'Purchase']);
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.deepEqual(await stageNames(page), ['Awareness', 'Purchase', 'Support']);

  // Personas: the panel opens (built on first open), a persona is added and named, undo removes it.
  await page.locator('.personas summary').click();
  const personaCount = await page.locator('.personas fieldset').count();
  await page.getByRole('button', { name: 'Add persona' }).click();
  assert.equal(await page.locator('.personas fieldset').count(), personaCount + 1);
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.equal(await page.locator('.personas fieldset').count(), personaCount);

  // Language: Turkish, remembered across reloads, and back.
  await page.getByLabel('Language').selectOption('tr');
  await page.getByRole('button', { name: /Geri al/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'tr');
  await page.waitForTimeout(400);
  await page.reload();
  await page.getByText('Duygu eğrisi').waitFor();
  await page.screenshot({ path: `${shots}/e2e-turkish.png`, fullPage: true });
  await page.getByLabel('Dil').selectOption('en');
  await page.getByText('Emotion curve').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
