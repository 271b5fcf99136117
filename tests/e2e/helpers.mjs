// Shared end-to-end helpers: serve dist/ on a free loopback port, launch Debian's Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve as serveDir } from '../../scripts/static-server.mjs';

/** Serves dist/ under a subpath (relative asset URLs must work there) on a free loopback port. */
export const serve = () => serveDir(path.resolve('dist'), '/patika/', 0);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A new page that fails the test on any uncaught page error. */
export async function newPage(context, errors) {
  const page = await context.newPage();
  // Content-Security-Policy violations are recorded in the page (and logged as console errors).
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window.__csp ||= []).push(`${e.violatedDirective} ${e.blockedURI}`)));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return page;
}

export const shots = path.resolve('test-results');
fs.mkdirSync(shots, { recursive: true });

/** Creates a map from a sample in the library (English UI: "Create from sample"), waits until its
 * first card is shown and it is saved. */
export async function createSample(page, sample = 'broadband-en') {
  await page.locator('#sample-choice').selectOption(sample);
  await page.getByRole('button', { name: 'Create from sample' }).click();
  await page.locator('.card').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
}
