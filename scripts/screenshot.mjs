// Drives Agents Playground in headless Chromium: sends each message given on the command line and
// saves a screenshot after each, so a person can look at the cards as Teams users see them.
//   node scripts/screenshot.mjs out-prefix "help" "click:Ronde openen" "status regioagenda"
// A step "click:<label>" clicks the last button with that label instead of sending a message.
import { chromium } from 'playwright-core';

const [prefix = '/tmp/shot', ...messages] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
await page.goto(process.env.PLAYGROUND_URL ?? 'http://localhost:56150', { waitUntil: 'networkidle' });
await page.waitForTimeout(2000);
let n = 0;
for (const message of messages) {
  if (message.startsWith('click:')) {
    await page.getByRole('button', { name: message.slice(6) }).last().click();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `${prefix}-${++n}.png`, fullPage: false });
    continue;
  }
  const box = page.locator('[data-lexical-editor="true"]').first(); // the compose box
  await box.click();
  await page.keyboard.type(message);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${prefix}-${++n}.png`, fullPage: false });
}
await browser.close();
