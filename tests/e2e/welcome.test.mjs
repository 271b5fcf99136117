// End-to-end (issue 18, item 3): the first screen explains what a journey map is and why, offers
// the four ways in, names no file format, and stays hidden once dismissed; axe-core finds nothing
// critical or serious, in Turkish and in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots, axeProblems } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

for (const [locale, w] of [
  ['tr-TR', { title: 'Müşteri yolculuğu haritası nedir?', ways: ['Adım adım başla', 'Bir sektör şablonuyla', 'Boş bir haritayla', 'Elimdeki bir dosyayla'], hide: 'Anladım, gizle', gallery: 'Şablondan başla' }],
  ['en-US', { title: 'What is a customer journey map?', ways: ['Step-by-step start', 'With a sector template', 'With a blank map', 'With a file I have'], hide: 'Got it, hide this', gallery: 'Start from a template' }],
]) {
  test(`${locale}: the welcome explains, offers four ways in and can be dismissed`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const page = await newPage(context, errors);
    await page.goto(srv.url);
    const welcome = page.locator('section.welcome');
    await welcome.getByRole('heading', { name: w.title }).waitFor();
    const ways = await welcome.locator('.welcome-ways > *').allTextContents();
    assert.deepEqual(ways.map((s) => s.trim()), w.ways);
    const said = await welcome.textContent();
    for (const format of ['Mermaid', 'CJML', '.mmd', '.json', '.csv', 'KB']) assert.ok(!said.includes(format), `the welcome names ${format}`);
    assert.equal(await page.locator('.storage-meter').count(), 0, 'no storage meter before anything is stored');
    await page.screenshot({ path: `${shots}/welcome-${locale}.png` });
    assert.deepEqual(await axeProblems(page), [], 'the welcome passes axe-core');
    // The template way opens the gallery.
    await welcome.getByRole('button', { name: w.ways[1] }).click();
    await page.locator('.template-card').first().waitFor();
    assert.ok((await page.locator('.templates summary').textContent()).startsWith(w.gallery));
    // Dismissed, it stays hidden.
    await welcome.getByRole('button', { name: w.hide }).click();
    await welcome.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.library-head').waitFor();
    assert.equal(await page.locator('section.welcome').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the web app manifest is valid and served under the subpath', async () => {
  const context = await browser.newContext({ bypassCSP: false });
  const page = await context.newPage();
  await page.goto(srv.url);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const url = new URL(href, srv.url);
  assert.ok(url.pathname.startsWith(new URL(srv.url).pathname), url.pathname);
  const res = await page.request.get(url.href);
  assert.equal(res.status(), 200);
  assert.equal(res.headers()['content-type'], 'application/manifest+json');
  const m = JSON.parse(await res.text());
  // Relative start URL and scope: the app installs from whatever subpath serves it.
  assert.equal(new URL(m.start_url, url).href, new URL('./', srv.url).href);
  assert.equal(new URL(m.scope, url).href, new URL('./', srv.url).href);
  assert.equal(m.display, 'standalone');
  assert.ok(m.name.includes('Müşteri yolculuğu') && m.translations.en.name.includes('Customer journey'));
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
  for (const icon of m.icons) {
    const r = await page.request.get(new URL(icon.src, url).href);
    assert.equal(r.status(), 200, icon.src);
  }
  assert.ok(m.icons.some((i) => i.sizes === '512x512') && m.icons.some((i) => i.sizes === '192x192'));
  // The tab's icon is a small PNG that is served: Chromium decodes a page's icon on the page's
  // own thread, and an SVG one (a whole SVG document) cost the start ≈ 10 ms.
  const icons = await page.locator('link[rel~=icon]').evaluateAll((ls) => ls.map((l) => l.href));
  assert.equal(icons.length, 1, 'one tab icon');
  const icon = await page.request.get(icons[0]);
  assert.equal(icon.status(), 200, icons[0]);
  assert.equal(icon.headers()['content-type'], 'image/png', icons[0]);
  await context.close();
});
