// Web UI and API at scale: API list/search latency over HTTP and the UI's first meaningful view, with 10,000 stored
// articles (segmented by the real pipeline, with synthetic events, actors and places). Corpus hooks are not run.
// Usage: node --import tsx bench/web.bench.ts [--n 10000]   (the browser part needs /usr/bin/chromium)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { argv } from 'node:process';
import { createApp } from '../src/api/app.ts';
import { startServer } from '../src/api/start-server.ts';
import type { AnalyzedDocument } from '../src/model/document.ts';
import type { QuadClass } from '../src/model/event.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import { segment } from '../src/pipeline/segment/segment.ts';
import type { Stage } from '../src/pipeline/stage.ts';
import { analyzeRawArticle } from '../src/service/analyze-raw-article.ts';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.ts';
import { syntheticArticle } from './synthetic-articles.ts';
import { writeBenchmarkSection } from './write-benchmark-section.ts';

const index = argv.indexOf('--n');
const count = Number(index >= 0 ? argv[index + 1] : 10_000);
const CODES = ['NORGOV', 'VALGOV', 'OSTMIL', 'CASGOV', 'TESREB', 'ARDMED'];
const PLACES = [['Orlen', 52.1, 4.3], ['Castra', 41.9, 12.5], ['Velm', 59.3, 18.1], ['Tesk', 50.1, 14.4]] as const;

function withSyntheticEvents(doc: AnalyzedDocument, i: number): AnalyzedDocument {
  const a = CODES[i % CODES.length] ?? 'NORGOV';
  const b = CODES[(i * 7 + 1) % CODES.length] ?? 'VALGOV';
  const quadClass = ((i % 4) + 1) as QuadClass;
  const place = PLACES[i % PLACES.length] ?? PLACES[0];
  const sentenceEnd = doc.sentences[0]?.span.end ?? 10;
  return {
    ...doc,
    actors: [a, b].map((code) => ({ id: code, kind: 'country' as const, name: code, code, mentions: [], roles: [] })),
    places: [{ id: 'p0', name: place[0], lat: place[1], lon: place[2], precision: 'city' as const, mentions: [] }],
    events: [{
      id: 'e0', code: '040', baseCode: '040', rootCode: '04', label: 'Consult', quadClass, goldstein: quadClass <= 2 ? 2 : -4,
      sourceActorId: a, targetActorId: b, sourceCode: a, targetCode: b, placeId: 'p0', date: doc.meta.published?.slice(0, 10) ?? '2025-01-01',
      isDateFromPublication: true, modality: 'happened', trigger: { start: 0, end: 5 }, sentence: { start: 0, end: sentenceEnd }, rule: 'bench', confidence: 1,
    }],
  };
}

// A new connection per request (no keep-alive): on a machine this loaded, reused sockets raced the server's idle timeout.
function httpGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

const percentile = (values: number[], p: number) => [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

const analyzer = await createAnalyzer({}, [segment as Stage<unknown>]);
const dir = mkdtempSync(join(tmpdir(), 'tidings-bench-web-'));
const store = new SqliteStore(join(dir, 'bench.db'));
process.stderr.write(`bench: storing ${count} articles (not timed)…\n`);
for (let i = 0; i < count; i++) {
  await store.putDocument(withSyntheticEvents(analyzeRawArticle(analyzer, syntheticArticle(i)), i));
  if (i % 1000 === 999) process.stderr.write(`  ${i + 1}\n`);
}
const guards = { rateLimit: { limit: 1_000_000 } };
const server = await startServer({ store, analyzer, port: 0, guards });
const app = createApp({ store, analyzer, guards });
const rows: string[] = [];
const api = async (label: string, path: string, runs = 40) => {
  await httpGet(server.url + path);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const status = await httpGet(server.url + path);
    times.push(performance.now() - started);
    if (status !== 200) throw new Error(`${path} answered ${status}`);
  }
  // CPU time spent per request in-process (no HTTP): what a request costs, whatever else the machine is doing.
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) await (await app.request(path)).arrayBuffer();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / runs;
  rows.push(`| ${label} | \`${path}\` | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} | ${cpuMs.toFixed(1)} |`);
};
try {
  await api('baseline: health (no store access)', '/api/health');
  await api('list, newest first', '/api/documents?limit=20');
  await api('list, page 100', '/api/documents?limit=20&offset=2000');
  await api('search, one word', '/api/search?q=harbour&limit=20');
  await api('search, phrase + source filter', '/api/search?q=%22copper%20mine%22&source=Valley%20Ledger&limit=20');
  await api('search, date range', '/api/search?since=2025-03-01&until=2025-03-31&limit=20');
  await api('one document', `/api/documents/${(await store.search({ limit: 1 })).hits[0]?.id ?? ''}`);
  await api('actors', '/api/actors?limit=50');
  await api('events of an actor', '/api/events?actor=VALGOV&limit=100');
  await api('stats', '/api/stats', 10);
  await api('network (newest 1,000 events)', '/api/network', 10);
  await api('map (newest 200 articles)', '/api/map', 5);
  const views = await firstViews(server.url);
  const date = new Date().toISOString().slice(0, 10);
  writeBenchmarkSection('Web UI and API at 10,000 articles', [
    `Command: \`node --import tsx bench/web.bench.ts --n ${count}\` · date ${date} · machine: ${availableParallelism()} cores, Node ${process.versions.node} (load average ${loadavg()[0]?.toFixed(0)} at the end of the run).`,
    `Store: SQLite file (WAL) with ${count.toLocaleString('en')} synthetic articles (segmented by the pipeline, one synthetic event, two actors and a place each); requests over HTTP on localhost through the full app (guards, security headers).`,
    '',
    '| API call | path | p50 ms (HTTP) | p95 ms (HTTP) | CPU ms per request |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
    '',
    views,
  ].join('\n'));
  process.stderr.write(`${rows.join('\n')}\n${views}\n`);
} finally {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

async function firstViews(base: string): Promise<string> {
  if (!existsSync('/usr/bin/chromium')) return 'First meaningful view: not measured (/usr/bin/chromium absent).';
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'tidings-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const lines = ['| view | what counts as meaningful | median ms (5 loads, cold cache each) |', '| --- | --- | ---: |'];
  const id = (await store.search({ limit: 1 })).hits[0]?.id ?? '';
  const cases = [
    ['baseline: a static JSON document, no app', '/api/health', 'body'],
    ['Home / search', '/', 'ul.hits li a'],
    ['Search with filters', '/search?q=harbour&since=2025-02-01', 'ul.hits li a'],
    ['Article', `/article/${id}`, '.article-text'],
    ['Network', '/network', 'svg.net-svg circle'],
    ['Map', '/map', 'svg.map-svg circle'],
  ] as const;
  try {
    for (const [label, path, selector] of cases) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page = await context.newPage();
        await context.clearCookies();
        const started = performance.now();
        await page.goto(base + path);
        await page.locator(selector).first().waitFor();
        times.push(performance.now() - started);
        await page.close();
      }
      lines.push(`| ${label} | \`${selector}\` visible | ${percentile(times, 0.5).toFixed(0)} |`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return lines.join('\n');
}
