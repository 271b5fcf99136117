// End-to-end: Patika's Mermaid export checked with Mermaid 11 itself (its browser bundle, fetched
// by scripts/setup.sh): names holding '#', ';' and commas parse and render as they are written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, newPage, createSample, gridShown } from './helpers.mjs';

const MERMAID = path.resolve('node_modules/.cache/patika/mermaid-11.12.2.min.js');
let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** Parses and renders `text` with Mermaid in a blank page; returns the drawing's visible text. */
async function mermaidReads(page, text) {
  await page.setContent('<!doctype html><div id="out"></div>');
  await page.addScriptTag({ path: MERMAID });
  return page.evaluate(async (text) => {
    window.mermaid.initialize({ startOnLoad: false });
    try {
      await window.mermaid.parse(text);
      const { svg } = await window.mermaid.render('journey', text);
      const out = document.getElementById('out');
      out.innerHTML = svg;
      return { ok: true, text: out.textContent };
    } catch (e) {
      return { ok: false, error: String(e.message ?? e) };
    }
  }, text);
}

test('Mermaid 11 parses the export and shows #, ; and commas as they were', async () => {
  const errors = [];
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await newPage(context, errors);
  await page.goto(srv.url);
  await createSample(page);
  // Names a team really writes: a hash, a semicolon, a comma in a persona's name.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('patika:map:'));
    const file = JSON.parse(localStorage.getItem(key));
    file.map.title = 'Kargo # kampanya; kasım';
    file.map.stages[0].name = 'Keşif #1';
    file.map.touchpoints[0].name = 'kargo # ücretsiz; bugün';
    file.map.personas[0].name = 'Ayşe, ilk kez';
    localStorage.setItem(key, JSON.stringify(file));
  });
  await page.reload();
  await gridShown(page);
  await page.locator('.export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Mermaid' }).click()]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  const viewer = await context.newPage();
  const read = await mermaidReads(viewer, text);
  assert.ok(read.ok, `Mermaid refused the export: ${read.error}\n${text}`);
  for (const shown of ['Kargo # kampanya; kasım', 'Keşif #1', 'kargo # ücretsiz; bugün', 'Ayşe, ilk kez']) {
    assert.ok(read.text.includes(shown), `Mermaid shows ${JSON.stringify(shown)}: ${read.text.slice(0, 300)}`);
  }
  // Written bare, the same name is what Mermaid could not parse (why the escapes are needed).
  const bare = await mermaidReads(viewer, 'journey\n  section A\n    kargo # ücretsiz: 3: Me\n');
  assert.ok(!bare.ok || !bare.text.includes('kargo # ücretsiz'), 'a bare # is not shown as written');
  assert.deepEqual(errors, []);
  await context.close();
});
