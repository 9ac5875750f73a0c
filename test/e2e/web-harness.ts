import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../src/api/start-server.ts';
import { startServer } from '../../src/api/start-server.ts';
import type { Analyzer } from '../../src/pipeline/analyzer.ts';
import { createAnalyzer } from '../../src/pipeline/analyzer.ts';
import { segment } from '../../src/pipeline/segment/segment.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { ingestArticles } from '../../src/service/ingest-articles.ts';
import { openStore } from '../../src/storage/open-store.ts';
import type { Store } from '../../src/storage/store.ts';
import { fixtureItems, withFixtureAnnotations } from '../api/fixture-documents.ts';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_ROOT = join(ROOT, 'dist/web');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');

export interface WebHarness {
  readonly server: RunningServer;
  readonly store: Store;
  readonly context: BrowserContext;
  readonly notes: readonly string[];
  /** A new page that records console errors (CSP violations included) into `errors`. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserSkipReason(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} absent: install Debian's chromium package to run the browser tests`;
}

/**
 * A real server on a free port over an in-memory store filled from the project's sample corpus (samples/) and the
 * hand-annotated test articles, plus a headless Chromium with a fresh profile.
 */
export async function startWebHarness(): Promise<WebHarness> {
  const notes: string[] = [];
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'src/web/app/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('Building the web UI failed (npx vite build --config src/web/app/vite.config.ts).');
  }
  const analyzer = withFixtureAnnotations(await loadAnalyzer(notes));
  const store = await openStore(':memory:');
  const summary = await ingestArticles(join(ROOT, 'samples'), { store, analyzer });
  notes.push(`sample corpus: ${summary.new} articles stored, ${summary.failed.length} failed`);
  await ingestArticles(fixtureItems(), { store, analyzer });
  const server = await startServer({ store, analyzer, port: 0, webRoot: WEB_ROOT, guards: { rateLimit: { limit: 100_000 }, readRateLimit: { limit: 100_000 } } });
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'tidings-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 760 },
    baseURL: server.url,
  });
  await warmUp(context);
  return {
    server, store, context, notes,
    newPage: async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
      page.on('pageerror', (err) => errors.push(err.message));
      return { page, errors };
    },
    close: async () => {
      await context.close();
      await server.close();
      await store.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * How long the warm-up may take: far beyond Chromium's first page and the server's first requests on a loaded machine,
 * but a stuck page fails the suite with a message instead of hanging it.
 */
const WARM_UP_LIMIT_MS = 5 * 60_000;

/**
 * Loads the home page once and waits for its data: Chromium's first page and the server's first requests are paid here,
 * not inside the first test's 30 s windows, which a loaded machine could outlast.
 */
async function warmUp(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    // A page that throws, or an API answer the store counts need that fails, would never show the data: stop on it.
    const failed = new Promise<never>((_, reject) => {
      page.once('pageerror', (error) => reject(new Error(`The web UI threw while the harness warmed it up: ${error.message}`)));
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (response.ok() || !path.startsWith('/api/') || (path !== '/api/stats' && response.status() < 500)) return;
        void response.text().catch(() => '').then((body) => reject(new Error(`The web UI's ${response.request().method()} ${path} answered ${response.status()} while the harness warmed it up, so the home page would never show its counts: ${body.slice(0, 300)}`)));
      });
    });
    // One limit for both steps, as the message says; Playwright reads a timeout of 0 as none, hence at least 1 ms.
    const deadline = Date.now() + WARM_UP_LIMIT_MS;
    await Promise.race([failed, (async () => {
      await page.goto('/', { timeout: WARM_UP_LIMIT_MS });
      await page.locator('ul.chips li').first().waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    })()]);
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') throw new Error(`The web UI's home page did not show the store's counts (ul.chips) within ${WARM_UP_LIMIT_MS / 60_000} minutes of the harness warming it up; is the server answering?`, { cause: error });
    throw error;
  } finally {
    await page.close();
  }
}

// The full pipeline is what users get; if another stage's data is missing locally the UI is still worth testing.
async function loadAnalyzer(notes: string[]): Promise<Analyzer> {
  try {
    return await createAnalyzer();
  } catch (error) {
    notes.push(`full analyzer unavailable (${error instanceof Error ? error.message : String(error)}); using segmentation only`);
    return createAnalyzer({}, [segment as Stage<unknown>]);
  }
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays on while axe runs.
  await page.evaluate(source);
  const violations = (await page.evaluate(
    'axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length })))',
  )) as { id: string; impact: string; help: string; count: number }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.count}): ${v.help}`);
}

/**
 * Takes a screenshot of the viewport. It is saved into docs/screenshots only when `UPDATE_SCREENSHOTS=1` (`npm run
 * screenshots`): a plain test run must leave the tree as it found it, and a PNG re-encoded by another Chromium build
 * differs byte for byte even when nothing visible changed.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const image = await page.screenshot(process.env.UPDATE_SCREENSHOTS === '1' ? { path: join(SCREENSHOTS, `${name}.png`) } : {});
  if (image.length === 0) throw new Error(`the ${name} screenshot is empty`);
}
