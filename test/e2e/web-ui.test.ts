import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { WebHarness } from './web-harness.ts';
import { browserSkipReason, screenshot, seriousAxeViolations, startWebHarness } from './web-harness.ts';

const skip = browserSkipReason();

describe('the web UI in headless Chromium', { skip: skip ?? false }, () => {
  let web: WebHarness;
  before(async () => { web = await startWebHarness(); });
  after(async () => { await web?.close(); });

  it('searches with filters kept in the URL and passes an accessibility check', async (t) => {
    for (const note of web.notes) t.diagnostic(note);
    const { page, errors } = await web.newPage();
    await page.goto('/');
    await page.getByLabel('Search text').fill('quotas');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/search\?q=quotas/);
    await page.getByRole('link', { name: 'Harbour ministers meet in Valdoria over fishing quotas' }).waitFor();
    assert.match(await page.getByRole('status').first().innerText(), /1 article/);
    await screenshot(page, 'search');
    await page.reload();
    assert.equal(await page.getByLabel('Search text').inputValue(), 'quotas', 'the filter survives a reload');
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps the words typed into the search box while the page is still loading its results', async () => {
    const { page, errors } = await web.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/api/**', async (route) => { await held; await route.continue(); });
    await page.goto('/');
    await page.getByLabel('Search text').fill('quotas');
    release();
    await page.getByRole('status').first().waitFor();
    await page.locator('ul.chips li').first().waitFor();
    assert.equal(await page.getByLabel('Search text').inputValue(), 'quotas', 'the results arriving re-render the page, not the field');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/search\?q=quotas/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens an article and shows what a highlighted event resolved to, by click and by keyboard', async () => {
    const { page, errors } = await web.newPage();
    await page.goto('/search?q=shelling');
    await page.getByRole('link', { name: /Border guards accuse/ }).click();
    await page.getByRole('heading', { level: 1, name: /Border guards accuse/ }).waitFor();
    const triggers = page.locator('button.mark[data-kind="event"]');
    assert.ok((await triggers.count()) >= 2, 'both events of the article are highlighted');
    await triggers.first().click();
    const detail = page.locator('.detail').first();
    assert.match(await detail.innerText(), /CAMEO\s+\d{2,4}\b[\s\S]*QuadClass[\s\S]*Rule/);
    const firstDetail = await detail.innerText();
    await triggers.nth(1).focus();
    assert.equal(await triggers.nth(1).getAttribute('aria-pressed'), 'true', 'keyboard focus selects the highlight');
    assert.notEqual(await detail.innerText(), firstDetail);
    await screenshot(page, 'article');
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens a story from the home page, or says how to get one', async (t) => {
    const { page, errors } = await web.newPage();
    await page.goto('/');
    const stories = page.locator('section[aria-labelledby="stories-h"]');
    await stories.locator('a, .empty').first().waitFor();
    const link = stories.locator('a[href^="/story/"]').first();
    if ((await link.count()) === 0) {
      t.diagnostic('no stories from this store: checking the empty state instead');
      assert.match(await stories.innerText(), /No stories yet/);
    } else {
      await link.click();
      await page.getByRole('heading', { name: 'Articles by outlet' }).waitFor();
      await page.getByRole('heading', { name: 'Facts', exact: true }).waitFor();
      assert.deepEqual(await seriousAxeViolations(page), []);
    }
    await screenshot(page, 'story');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('draws the offline map with places sized by count', async () => {
    const { page, errors } = await web.newPage();
    const outside: string[] = [];
    page.on('request', (req) => { if (!req.url().startsWith(web.server.url)) outside.push(req.url()); });
    await page.goto('/map');
    await page.locator('svg.map-svg path.land').first().waitFor();
    assert.ok((await page.locator('svg.map-svg circle').count()) >= 2);
    await screenshot(page, 'map');
    assert.deepEqual(outside, [], 'nothing is fetched from outside');
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('draws the actor network and opens an actor from it', async () => {
    const { page, errors } = await web.newPage();
    await page.goto('/network');
    await page.locator('svg.net-svg circle').first().waitFor();
    assert.ok((await page.locator('svg.net-svg line.edge-conflict, svg.net-svg line.edge-mixed').count()) >= 1);
    await screenshot(page, 'network');
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.locator('svg.net-svg a[href="/actor/VALGOV"]').click();
    await page.getByRole('heading', { level: 1, name: 'Valdoria' }).waitFor();
    await page.locator('svg.chart-svg rect').first().waitFor();
    await screenshot(page, 'actor');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('analyses a pasted text and stores it', async () => {
    const { page, errors } = await web.newPage();
    await page.goto('/ingest');
    await page.getByLabel('Text').first().fill('The council of Easthaven approved a new bridge on Tuesday, the mayor said.');
    await page.getByLabel('Title').fill('Easthaven approves bridge');
    await page.getByLabel('Published').fill('2025-05-07');
    await page.getByRole('button', { name: 'Analyse and store' }).click();
    await page.getByRole('link', { name: 'Open it as an article' }).waitFor();
    assert.match(await page.locator('.article-text').innerText(), /approved a new bridge/);
    await screenshot(page, 'ingest');
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('is readable at 360 px wide in the dark theme', async () => {
    const { page, errors } = await web.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/search?q=shelling');
    await page.getByRole('link', { name: /Border guards accuse/ }).click();
    await page.locator('.article-text').waitFor();
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    assert.ok(overflow <= 1, `no horizontal scrolling (overflow ${overflow}px)`);
    await page.locator('button.mark[data-kind="event"]').first().click();
    const panel = await page.locator('.detail.has-selection').boundingBox();
    assert.ok(panel && panel.y + panel.height <= 741, 'the detail panel floats on screen next to the text on a phone');
    await screenshot(page, 'article-mobile-dark');
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('sends a Content-Security-Policy on pages and shows API errors as a message', async () => {
    const { page } = await web.newPage();
    const response = await page.goto('/article/does-not-exist');
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /No document with id/);
    await page.close();
  });
});

if (skip) describe('the web UI in headless Chromium', () => { it('is skipped', (t) => t.skip(skip)); });
