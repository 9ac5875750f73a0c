// Synthetic corpus benchmark: incremental dedup + clustering cost per article on a store of N articles, a full
// re-clustering of N, and heap growth. Times are CPU time of this process (the machine is shared, so wall time
// overstates); per-article p95 is wall time. Run: node --expose-gc --import tsx bench/corpus.bench.ts [N]
import { clusterCorpus } from '../src/corpus/cluster-corpus.ts';
import type { CorpusArticle } from '../src/corpus/corpus-article.ts';
import { DuplicateIndex } from '../src/corpus/duplicate-index.ts';
import { minhashSignature } from '../src/corpus/minhash.ts';
import { StoryClusterer } from '../src/corpus/story-clusterer.ts';
import { syntheticCorpusArticles } from './synthetic-corpus-articles.ts';

const total = Number(process.argv[2] ?? 100_000);
const probes = 500;

const makeArticle = syntheticCorpusArticles(total);
let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
const zipf = (n: number) => Math.floor(n ** random()) - 1;
const vocabulary = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};
const started = process.cpuUsage();
const articles = Array.from({ length: total + probes }, (_, i) => makeArticle(i));
const generated = cpuMs(started);

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const duplicates = new DuplicateIndex();
const clusterer = new StoryClusterer();
const heapAt: Record<number, number> = {};
const buildStart = process.cpuUsage();
for (let i = 0; i < total; i++) {
  const article = articles[i] as CorpusArticle;
  const link = duplicates.add(article);
  clusterer.add(article, link?.originalId);
  if ((i + 1) % Math.ceil(total / 4) === 0 || i + 1 === total) {
    global.gc?.();
    heapAt[i + 1] = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
  }
}
const buildMs = cpuMs(buildStart);

// Probe: one new article (MinHash included) against the full index.
const words = Array.from({ length: 180 }, () => vocabulary[zipf(vocabulary.length)] ?? 'w0');
const timings: number[] = [];
const probeStart = process.cpuUsage();
for (let i = total; i < total + probes; i++) {
  const article = articles[i] as CorpusArticle;
  const t0 = performance.now();
  const signed = { ...article, signature: minhashSignature(words) };
  const link = duplicates.add(signed);
  clusterer.add(signed, link?.originalId);
  timings.push(performance.now() - t0);
}
const mean = process.cpuUsage(probeStart).user / 1000 / probes;
timings.sort((a, b) => a - b);
const p95 = timings[Math.floor(timings.length * 0.95)] ?? 0;

const reclusterStart = process.cpuUsage();
const result = clusterCorpus(articles.slice(0, total));
const reclusterMs = cpuMs(reclusterStart);

process.stdout.write(
  `${JSON.stringify({
    bench: 'corpus',
    articles: total,
    generateMs: generated,
    onlineBuildMs: buildMs,
    addOneArticleMs: { cpuMean: Math.round(mean * 100) / 100, wallP95: Math.round(p95 * 100) / 100 },
    reclusterMs,
    stories: result.stories.length,
    heapMiB: heapAt,
  })}\n`,
);
