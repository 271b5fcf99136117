// End-to-end: a person builds a small map, reloads, undoes and redoes, and switches language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, newPage, shots, gridColumns, gridNames, selectTouchpoint } from './helpers.mjs';

let srv, browser;
/** Opens the editor's File menu (exports, replace from file) unless it is open. */
const openFileMenu = async (page) => { if ((await page.locator('.export-menu').getAttribute('open')) === null) await page.locator('.export-menu summary').click(); };
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const saved = (page) => page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved', null, { timeout: 5000 });
const stageNames = (page) => page.locator('.stage-row .field input').evaluateAll((els) => els.map((e) => e.value));
const bandNames = (page) => page.locator('.grid-band .band-name').allTextContents();

/** Adds a touchpoint at the end of a stage with its band's "+", then names it and sets its
 * channel in the details that open for it. */
async function addTouchpoint(page, stage, name, channel) {
  await page.getByRole('button', { name: `Add touchpoint: ${stage}` }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'touchpoint-name-field');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.locator('.inspector').getByLabel('Channel').selectOption({ label: channel });
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
  await page.locator('.grid-band').first().waitFor();
  assert.match(page.url(), /#\/map\/.+/);

  // Replace the four default stages with three of our own, in the stages panel.
  await page.locator('.stages-panel summary').click();
  for (let i = 0; i < 4; i++) await page.locator('.stage-row').first().getByRole('button', { name: /^Remove stage/ }).click();
  assert.equal(await page.locator('.stage-row').count(), 0);
  for (const name of ['Awareness', 'Purchase', 'Support']) {
    await page.locator('.add-stage input').fill(name);
    await page.locator('.add-stage').getByRole('button', { name: '+ Add stage' }).click();
  }
  assert.deepEqual(await stageNames(page), ['Awareness', 'Purchase', 'Support']);
  assert.deepEqual(await bandNames(page), ['Awareness', 'Purchase', 'Support']);

  const tps = [
    ['Awareness', 'Sees an Instagram ad', 'Social media', 1],
    ['Awareness', 'Visits the web site', 'Web site', 0],
    ['Purchase', 'Orders in the app', 'Mobile app', 2],
    ['Support', 'Calls about a late parcel', 'Call centre', -2],
    ['Support', 'Returns it in the store', 'Store', -1],
  ];
  for (const [stage, name, channel, emotion] of tps) {
    await addTouchpoint(page, stage, name, channel);
    await setEmotion(page, emotion);
  }
  // A pain point on the call.
  await selectTouchpoint(page, 'Calls about a late parcel');
  await page.getByRole('button', { name: '+ Add pain point' }).click();
  const pain = page.locator('.inspector .pain');
  await pain.getByLabel('Problem').fill('Waits 20 minutes on hold');
  await pain.getByLabel('Problem').press('Tab');
  await pain.locator('select').selectOption('5');
  // Numbers as English writes them: a decimal comma is refused with a hint, nothing changes.
  const frequency = pain.locator('.number-field input');
  await frequency.fill('12,5');
  await frequency.press('Tab');
  await pain.locator('.number-field [role=alert]', { hasText: 'decimal separator is a point' }).waitFor();
  assert.equal(await frequency.getAttribute('aria-invalid'), 'true');
  await frequency.fill('40');
  await frequency.press('Tab');
  await pain.locator('.number-field [role=alert]').waitFor({ state: 'detached' });
  await page.waitForTimeout(400);
  await saved(page);
  await page.screenshot({ path: `${shots}/e2e-built-map.png`, fullPage: true });

  await page.reload();
  await page.locator('.grid-head .head-name').first().waitFor();
  assert.deepEqual(await bandNames(page), ['Awareness', 'Purchase', 'Support']);
  const columns = await gridColumns(page);
  assert.deepEqual(columns.map((c) => c.name), tps.map((t) => t[1]));
  assert.deepEqual(columns.map((c) => c.channel), tps.map((t) => t[2]));
  assert.deepEqual(columns.map((c) => c.stage), tps.map((t) => t[0]));
  tps.forEach((t, i) => assert.ok(columns[i].lanes.Emotion[0].startsWith((t[3] >= 0 ? '+' : '') + t[3]), `emotion of ${t[1]}: ${columns[i].lanes.Emotion}`));
  const call = columns.find((c) => c.name === 'Calls about a late parcel');
  assert.ok(call.lanes.PainPoints.join(' ').includes('Waits 20 minutes on hold'), call.lanes.PainPoints);
  assert.ok(call.lanes.Emotion[0].includes('Waits 20 minutes on hold'), 'its point says what hurts there');
  await selectTouchpoint(page, 'Calls about a late parcel');
  assert.equal(await page.locator('.inspector .pain').getByLabel('Problem').inputValue(), 'Waits 20 minutes on hold');
  assert.equal(await page.locator('.inspector .pain select').inputValue(), '5');
  assert.equal(await page.locator('.inspector .pain .number-field input').inputValue(), '40');
  // The curve is drawn in the grid's emotion lane, a line through the points.
  assert.ok((await page.locator('.grid-curve polyline').count()) >= 1);

  // Export: the canonical v1 file with what the user built.
  const [download] = await Promise.all([page.waitForEvent('download'), openFileMenu(page).then(() => page.getByRole('button', { name: 'Export JSON' }).click())]);
  assert.equal(download.suggestedFilename(), 'Untitled-map.json');
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(file.format, 'patika.journey-map');
  assert.equal(file.formatVersion, 2);
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
  // Removing a stage with touchpoints asks first; undoing brings them back.
  await page.locator('.stages-panel summary').click();
  await page.getByRole('button', { name: 'Remove stage: Support' }).click();
  await page.locator('.remove-stage').getByRole('button', { name: 'Remove stage' }).click();
  assert.deepEqual(await gridNames(page), tps.slice(0, 3).map((t) => t[1]));
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.deepEqual(await gridNames(page), tps.map((t) => t[1]));

  // Move a touchpoint to another stage (last there), then reorder it inside that stage.
  await selectTouchpoint(page, 'Visits the web site');
  await page.locator('.inspector').getByLabel('Stage').selectOption({ label: 'Purchase' });
  const column = async (stage) => (await gridColumns(page)).filter((c) => c.stage === stage).map((c) => c.name);
  assert.deepEqual(await column('Awareness'), ['Sees an Instagram ad']);
  assert.deepEqual(await column('Purchase'), ['Orders in the app', 'Visits the web site']);
  await page.getByRole('button', { name: /Move up/ }).click();
  assert.deepEqual(await column('Purchase'), ['Visits the web site', 'Orders in the app']);
  await page.getByRole('button', { name: /Move down/ }).click();
  assert.deepEqual(await column('Purchase'), ['Orders in the app', 'Visits the web site']);
  await page.getByRole('button', { name: /Undo/ }).click();
  await page.getByRole('button', { name: /Undo/ }).click();
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.deepEqual(await column('Awareness'), ['Sees an Instagram ad', 'Visits the web site']);
  // Reorder stages: Support moves left of Purchase.
  await page.getByRole('button', { name: 'Move left: Support' }).click();
  assert.deepEqual(await bandNames(page), ['Awareness', 'Support', 'Purchase']);
  await page.getByRole('button', { name: /Undo/ }).click();
  assert.deepEqual(await bandNames(page), ['Awareness', 'Purchase', 'Support']);

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
