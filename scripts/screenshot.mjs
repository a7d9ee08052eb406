#!/usr/bin/env node
// Development aid: a screenshot of a page, to look at what residents see. `node scripts/screenshot.mjs URL out.png [width]`
import { chromium } from 'playwright-core';
import { chromeArgs, requireChrome } from './chrome.mjs';

const [url, out, width = '390', action = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
if (action) await page.evaluate(action);
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
