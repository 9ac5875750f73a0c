// Soak: a local feed server (loopback only) that publishes new items continually, `tidings watch-feeds` polling it and
// `tidings serve` answering searches, all on one SQLite file; samples both processes' resident memory to show it stays
// flat. Usage: node --import tsx bench/soak.ts [--minutes 30] [--feeds 5] [--sample-seconds 10]
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticArticle } from './synthetic-articles.ts';

const { values } = parseArgs({ options: {
  minutes: { type: 'string', default: '30' }, feeds: { type: 'string', default: '5' }, 'sample-seconds': { type: 'string', default: '10' },
} });
const durationMs = Number(values.minutes) * 60_000;
const feedCount = Number(values.feeds);
const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'tidings-soak-'));
const db = join(dir, 'soak.db');
const CLI = fileURLToPath(new URL('./run-cli.ts', import.meta.url));

// Each feed shows its 20 newest items; one new item appears per feed every 5 seconds.
const server = createServer((req, res) => {
  const feed = Number(/\/feed\/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
  const newest = Math.floor((Date.now() - started) / 5000);
  const items = Array.from({ length: 20 }, (_, k) => newest - k).filter((i) => i >= 0).map((i) => {
    const a = syntheticArticle(i * feedCount + feed);
    return `<item><title>${a.title}</title><link>https://soak.example.test/${feed}/${i}</link><guid>${feed}-${i}</guid><description>${a.text}</description></item>`;
  });
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag: `"${newest}"` });
  res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Soak ${feed}</title><link>https://soak.example.test/</link><description>d</description>${items.join('')}</channel></rss>`);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
writeFileSync(join(dir, 'feeds.txt'), Array.from({ length: feedCount }, (_, f) => `${base}/feed/${f}`).join('\n'));

const cli = (...args: string[]): ChildProcess => spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
const watcher = cli('watch-feeds', join(dir, 'feeds.txt'), '--db', db, '--interval', '0.1', '--host-interval', '0', '--allow-private');
// The watcher reports every poll on stderr: it must be drained, or the pipe fills (64 KiB) and the watcher blocks on write.
const watcherLog = join(dir, 'watch-feeds.log');
watcher.stderr?.pipe(createWriteStream(watcherLog));
const serve = cli('serve', '--db', db, '--port', '0');
const serveUrl = await new Promise<string>((resolve) => {
  let err = '';
  serve.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
    const url = /serving (http:\/\/\S+)/.exec(err)?.[1];
    if (url) resolve(url);
  });
});

const rssMb = (pid: number | undefined) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};
const samples: { minute: number; watch: number; serve: number; articles: number }[] = [];
while (Date.now() - started < durationMs) {
  await new Promise((r) => setTimeout(r, Number(values['sample-seconds']) * 1000));
  const stats = (await (await fetch(`${serveUrl}/api/stats`)).json()) as { articles?: number };
  for (const q of ['copper', 'flood', 'ceasefire']) await fetch(`${serveUrl}/api/search?q=${q}`);
  samples.push({ minute: Math.round((Date.now() - started) / 6000) / 10, watch: rssMb(watcher.pid), serve: rssMb(serve.pid), articles: stats.articles ?? 0 });
  process.stderr.write(`${JSON.stringify(samples.at(-1))}\n`);
}
watcher.kill('SIGTERM');
serve.kill('SIGTERM');
server.close();
const half = Math.floor(samples.length / 2);
// A soak that stops ingesting measures an idle process: say so instead of reporting flat memory.
const articlesAt = (k: number) => samples[k]?.articles ?? 0;
const ingestedSecondHalf = articlesAt(samples.length - 1) - articlesAt(half);
if (ingestedSecondHalf <= 0) process.stderr.write(`ingest stalled in the second half; watcher log tail:\n${readFileSync(watcherLog, 'utf8').slice(-2000)}\n`);
const avg = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1));
process.stdout.write(`${JSON.stringify({
  minutes: Number(values.minutes), feeds: feedCount, articles: samples.at(-1)?.articles, ingestedSecondHalf,
  watchRssMb: { firstHalf: avg(samples.slice(0, half).map((s) => s.watch)), secondHalf: avg(samples.slice(half).map((s) => s.watch)), max: Math.max(...samples.map((s) => s.watch)) },
  serveRssMb: { firstHalf: avg(samples.slice(0, half).map((s) => s.serve)), secondHalf: avg(samples.slice(half).map((s) => s.serve)), max: Math.max(...samples.map((s) => s.serve)) },
})}\n`);
await new Promise((r) => setTimeout(r, 2000));
rmSync(dir, { recursive: true, force: true });
process.exit(0);
