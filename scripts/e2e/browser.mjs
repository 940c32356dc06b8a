// Debian's Chromium driven by playwright-core (no browser download), headless, with a throwaway profile.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export async function launch(dir) {
  const udd = fs.mkdtempSync(path.join(dir, 'chrome-'));
  const ctx = await chromium.launchPersistentContext(udd, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  return { ctx, page, close: async () => { await ctx.close().catch(() => {}); fs.rmSync(udd, { recursive: true, force: true }); } };
}
