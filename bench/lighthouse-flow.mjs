// One page's Lighthouse accessibility audit, signed in the way a person signs in: Chromium opens
// the login page, the demo user's name and password are typed and the form is sent, then
// Lighthouse audits the page in that same browser (a user flow). Handing Lighthouse a session
// cookie instead lost the session on some runs (the administrator's always).
//   node lighthouse-flow.mjs <base-url> <demo user, or "" for none> <path> <report.json>
// Run from the directory where Lighthouse 12.8.2 is installed (bench/lighthouse.sh does).
import {writeFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {startFlow} from 'lighthouse';

const [base, user, path, out] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  if (user) {
    await page.goto(base + 'login.xhtml');
    await page.type('[id="login:username"]', user);
    await page.type('[id="login:password"]', process.env.DEMO_PASSWORD || 'mentora-demo');
    await Promise.all([page.waitForNavigation(), page.click('[id="login:submit"]')]);
  }
  const flow = await startFlow(page, {
    config: {
      extends: 'lighthouse:default',
      settings: {onlyCategories: ['accessibility'], disableStorageReset: true},
    },
  });
  await flow.navigate(base + path);
  const lhr = (await flow.createFlowResult()).steps[0].lhr;
  writeFileSync(out, JSON.stringify(lhr));
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score === 0 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  console.log(
    `| ${path} | ${user || '(not signed in)'} | ${Math.round(lhr.categories.accessibility.score * 100)}` +
      ` | ${lhr.finalDisplayedUrl.replace(base, '')} | ${failed.join(', ') || 'none'} |`);
} finally {
  await browser.close();
}
