// End-to-end (issue 18, item 5): on a slow network the first visit shows how much of the app has
// arrived (not just the bar), then "starting", then the app — in the browser's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, shots } from './helpers.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

for (const [locale, loading, said] of [['tr-TR', 'Patika indiriliyor', /^İndiriliyor %\d+$/], ['en-US', 'Downloading Patika', /^Downloading \d+%$/]]) {
  test(`${locale}: the first download shows its progress`, async () => {
    const errors = [];
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await newPage(context, errors);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // About 3 Mbps: the app's code (uncompressed here) takes a few seconds.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 400_000, uploadThroughput: 100_000 });
    await page.goto(srv.url, { waitUntil: 'commit' });
    const bar = page.locator('#boot progress');
    await bar.waitFor({ timeout: 10000 });
    await page.waitForFunction(() => { const p = document.querySelector('#boot progress'); return p && p.value > 0 && p.value < p.max; });
    assert.match(await page.locator('#boot .boot-said').textContent(), said);
    assert.equal(await bar.getAttribute('aria-label'), loading);
    await page.screenshot({ path: `${shots}/slow-network-${locale}.png` });
    const seen = [];
    await page.exposeFunction('__seen', (v) => seen.push(v));
    await page.evaluate(() => { const p = document.querySelector('#boot progress'); let last = -1; const tick = () => { if (!p.isConnected) return; if (p.value !== last) { last = p.value; window.__seen(p.value / p.max); } requestAnimationFrame(tick); }; tick(); });
    await page.locator('.library-head').waitFor({ timeout: 60000 });
    assert.equal(await page.locator('#boot').count(), 0, 'the app took over the bar');
    assert.ok(seen.length >= 3, `progress moved: ${seen}`);
    assert.ok(seen.every((v, i) => i === 0 || v >= seen[i - 1]), `progress only grows: ${seen}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
