// End-to-end: an "XSS canary" map, classic payloads in every text field, brought in through every
// door (JSON, CSV, CJML, Mermaid, share link) and shown in the editor and the presentation view:
// no dialog opens, no injected element or handler runs. User text is always text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newPage, shots } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const P = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=2;alert(2)</script>',
  '"><svg onload="window.__pwned=3;alert(3)">',
  'javascript:window.__pwned=4',
  "'><iframe srcdoc=\"<script>parent.__pwned=5</script>\">",
  '{{constructor.constructor("window.__pwned=6")()}}',
];
const pick = (i) => P[i % P.length];
const tp = (i, stage) => ({
  id: `t${i}`, stage, channel: 'c1', name: pick(i), description: pick(i + 1), customerAction: pick(i + 2), thoughts: pick(i + 3),
  expectation: pick(i + 4), experience: pick(i + 5), emotions: { p1: -1 }, owner: pick(i), systems: [pick(i + 1)], opportunities: [pick(i + 2)],
  painPoints: [{ id: `pp${i}`, text: pick(i + 3), severity: 4 }], exitPoint: { reason: { type: 'other', text: pick(i + 4) }, rate: 0.2 },
  sources: [
    { title: pick(i), url: 'javascript:window.__pwned=7' },
    { title: 'data', url: 'data:text/html,<script>parent.__pwned=8</script>' },
    { title: 'tabbed', url: ' java\tscript:window.__pwned=9' },
    { title: 'report', url: 'https://example.com/report' },
  ],
});
const canary = {
  format: 'patika.journey-map', formatVersion: 1,
  map: {
    id: 'canary', title: `Canary ${pick(0)}`, description: pick(1), language: 'en',
    personas: [{ id: 'p1', name: pick(2), description: pick(3), goals: pick(4), expectations: pick(5), frustrations: pick(0), quote: pick(1) }],
    stages: [{ id: 's1', name: pick(3) }, { id: 's2', name: pick(4) }],
    channels: [{ id: 'c1', name: pick(5), kind: 'digital' }],
    touchpoints: [tp(0, 's1'), tp(1, 's1'), tp(2, 's2')],
  },
};
const csv = `Stage,Channel,Touchpoint,Description,Pain points,Sources,Emotion: ${P[2].replace(/"/g, '""')}\r\n` +
  P.map((p, i) => [`"${pick(i + 1).replace(/"/g, '""')}"`, `"${pick(i + 2).replace(/"/g, '""')}"`, `"${p.replace(/"/g, '""')}"`, '"=HYPERLINK(""http://x"")"', `"${pick(i + 3).replace(/"/g, '""')} (3/5)"`, '"x javascript:window.__pwned=10\nok https://example.com/ok"', '-1'].join(',')).join('\r\n') + '\r\n';
const mermaid = `journey\n    title ${P[0]}\n    accDescr: ${P[1]}\n    section ${P[2]}\n${P.map((p) => `      ${p.replace(/[:;]/g, ' ')}: 2: ${P[3].replace(/[,:;]/g, ' ')}`).join('\n')}\n`;
const x = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cjml = `<CJML version="2.0"><actualJourney><journeyID>${x(P[0])}</journeyID><journeyTitle>${x(P[1])}</journeyTitle>
<actors><endUser actorID="u"><actorName>${x(P[2])}</actorName></endUser><serviceProvider actorID="c"><companyName>${x(P[3])}</companyName></serviceProvider></actors>
<journeyPhases><journeyPhase phaseID="ph"><phaseName><![CDATA[${P[4]}]]></phaseName></journeyPhase></journeyPhases>
<touchpoints>${P.map((p, i) => `<actualCommunicationPoint><touchpointID>T${i}</touchpointID><belongsTo phaseIDref="ph"/><initiator><refersTo actorIDref="u"/><initiatorLabel>${x(p)}</initiatorLabel></initiator><receiver><refersTo actorIDref="c"/><receiverLabel>${x(pick(i + 1))}</receiverLabel></receiver><channel><channelName>${x(pick(i + 2))}</channelName></channel><touchpointExperience><experienceDescription>${x(pick(i + 3))}</experienceDescription><experienceRating>2</experienceRating></touchpointExperience><comment>${x(pick(i + 4))}</comment></actualCommunicationPoint>`).join('')}</touchpoints></actualJourney></CJML>`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'patika-xss-'));
const files = { 'canary.json': JSON.stringify(canary), 'canary.csv': csv, 'canary.mmd': mermaid, 'canary.xml': cjml };
for (const [n, text] of Object.entries(files)) fs.writeFileSync(path.join(tmp, n), text);

/** Nothing ran: no dialog, no canary global, no injected element or inline handler in the page. */
async function assertInert(page, dialogs, where) {
  await page.waitForTimeout(150);
  assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, `${where}: an injected script ran`);
  assert.deepEqual(await page.evaluate(() => window.__csp ?? []), [], `${where}: Content-Security-Policy violations`);
  const injected = await page.evaluate(() => ({
    img: document.querySelectorAll('img[src="x"], iframe, svg[onload], [onerror], [onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__pwned')).length,
    // Every link in the page is http, https or mailto as the browser itself resolves it.
    links: [...document.querySelectorAll('a[href]')].filter((a) => !['http:', 'https:', 'mailto:'].includes(a.protocol)).length,
  }));
  assert.deepEqual(injected, { img: 0, scripts: 0, links: 0 }, `${where}: injected elements`);
}

test('an XSS canary map through every door stays inert', async () => {
  const errors = [];
  const dialogs = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const page = await newPage(context, errors);
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(srv.url);
  await page.locator('#map-search').waitFor();
  // The build put a strict policy in the page: scripts from this site or by hash, never inline.
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  assert.match(scriptSrc, /^script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'$/, `the page's policy: ${policy}`);
  assert.match(policy, /object-src 'none'/);
  for (const name of Object.keys(files)) {
    await page.goto(srv.url + '#/');
    await page.locator('#map-search').waitFor();
    await page.locator('#import-file').setInputFiles(path.join(tmp, name));
    await page.locator('.notice', { hasText: name }).waitFor();
    await page.locator('.editor .grid-band').first().waitFor();
    await assertInert(page, dialogs, `${name} in the editor`);
    // The first touchpoints into the details, and the emotion lane's points.
    const heads = Math.min(3, await page.locator('.grid-head:has(.head-name)').count());
    for (let i = 0; i < heads; i++) {
      await page.locator('.grid-head:has(.head-name)').nth(i).click();
      await page.locator('.inspector input').first().waitFor();
      await assertInert(page, dialogs, `${name} inspector`);
    }
    const point = page.locator('.grid-point').first();
    if (await point.count()) { await point.focus(); await assertInert(page, dialogs, `${name} point`); }
    await page.locator('.map-details summary').click();
    await page.getByRole('link', { name: 'Presentation view' }).click();
    await page.locator('.present h1').waitFor();
    await assertInert(page, dialogs, `${name} presentation`);
    await page.screenshot({ path: `${shots}/e2e-xss-${name}.png`, fullPage: true });
  }
  // The share link of the JSON canary, opened in a second page.
  await page.goto(srv.url + '#/');
  await page.locator('.map-row', { hasText: 'Canary <img' }).first().getByRole('link').first().click();
  await page.locator('.map-title input').waitFor();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.locator('#share-link').inputValue();
  const second = await newPage(context, errors);
  second.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await second.goto(link);
  await second.locator('.banner.shared').waitFor();
  await assertInert(second, dialogs, 'share link');
  assert.ok((await second.locator('.present h1').textContent()).includes('<img src=x onerror='), 'the payload is shown as text');
  assert.deepEqual(errors, []);
  await context.close();
});

test('sources typed in the inspector: only http, https and mailto become links', async () => {
  const errors = [];
  const dialogs = [];
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const page = await newPage(context, errors);
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(srv.url);
  await page.locator('#sample-choice').selectOption('broadband-en');
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await page.locator('.grid-head:has(.head-name)').first().click();
  const field = page.getByLabel('Sources');
  await field.fill('Call records https://example.com/calls?m=10\nTeam mailto:cx@example.com\nClick me javascript:window.__pwned=11\n  JaVa\tScript:window.__pwned=12\nInterviews, May');
  await field.blur();
  const links = page.locator('.inspector .sources a');
  await links.first().waitFor();
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => [a.textContent, a.href, a.rel, a.target])), [
    ['Call records', 'https://example.com/calls?m=10', 'noopener noreferrer nofollow', '_blank'],
    ['Team', 'mailto:cx@example.com', 'noopener noreferrer nofollow', '_blank'],
  ]);
  // Refused addresses stay in the map as text; the field shows what is kept.
  assert.deepEqual((await field.inputValue()).split('\n'), [
    'Call records https://example.com/calls?m=10', 'Team mailto:cx@example.com', 'Click me (javascript:window.__pwned=11)', 'JaVa (Script:window.__pwned=12)', 'Interviews, May',
  ]);
  await page.locator('.inspector').screenshot({ path: `${shots}/e2e-sources.png` });
  await page.getByRole('link', { name: 'Presentation view' }).click().catch(async () => {
    await page.locator('.map-details summary').click();
    await page.getByRole('link', { name: 'Presentation view' }).click();
  });
  await page.locator('.present h1').waitFor();
  assert.equal(await page.locator('.present .sources a[href="https://example.com/calls?m=10"]').count(), 1);
  await assertInert(page, dialogs, 'sources');
  assert.deepEqual(errors, []);
  await context.close();
});

test('refused links in an imported file are reported in the interface language', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'tr-TR', viewport: { width: 1300, height: 900 } });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await page.locator('#import-file').setInputFiles(path.resolve('tests/fixtures/import/unsafe-links.json'));
  const notice = page.locator('.notice', { hasText: 'unsafe-links.json' });
  await notice.waitFor();
  const items = await notice.locator('li').allTextContents();
  assert.equal(items.length, 4, items.join('\n'));
  for (const item of items) assert.match(item, /sources\[[2-5]\]\.url: http, https ya da mailto olmayan adres bağlantı yapılmadı, metin olarak saklandı$/);
  await page.screenshot({ path: `${shots}/e2e-repaired-tr.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
