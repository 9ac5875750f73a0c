// NER benchmarks: recogniser throughput on CoNLL eng.testa and on BBC news text (tokens per CPU-second, one core; the
// first pass over unseen words and warm passes), the entities stage on BBC text, load time of the recogniser and
// gazetteers, and the whole analyzer's load time and RSS. Run: node --import tsx bench/ner.bench.ts
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../src/knowledge/ner/conll.ts';
import { loadRecogniser } from '../src/knowledge/ner/load-recogniser.ts';
import { loadGazetteer } from '../src/knowledge/places/gazetteer.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import { entities } from '../src/pipeline/entities/entities.ts';
import { nerSentences } from '../src/pipeline/entities/ner-words.ts';
import { segment } from '../src/pipeline/segment/segment.ts';
import type { Stage } from '../src/pipeline/stage.ts';

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const report = (line: string): void => void process.stdout.write(`${line}\n`);
const rate = (tokens: number, seconds: number): string => `${Math.round(tokens / seconds).toLocaleString('en')} tokens/CPU-s`;
report(`load average at the start: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);

let cpu = process.cpuUsage();
let wall = performance.now();
const gazetteer = loadGazetteer();
// Built as the entities stage builds it, place names included, so the figures below count the place and club frames too.
const recogniser = loadRecogniser(gazetteer);
report(`recogniser + gazetteer load: ${(performance.now() - wall).toFixed(0)} ms wall, ${(cpuSeconds(cpu) * 1000).toFixed(0)} ms CPU; ${recogniser.model.featureCount} features`);

const testa = fileURLToPath(new URL('../../shared/eval-data/conll2003-ner/eng.testa', import.meta.url));
if (existsSync(testa)) {
  const documents = parseConll(readFileSync(testa, 'utf8'));
  const tokens = documents.reduce((n, doc) => n + doc.reduce((m, s) => m + s.words.length, 0), 0);
  for (const doc of documents.slice(0, 20)) recogniser.label(doc.map((s) => s.words));
  cpu = process.cpuUsage();
  wall = performance.now();
  for (let round = 0; round < 3; round++) for (const doc of documents) recogniser.label(doc.map((s) => s.words));
  const seconds = cpuSeconds(cpu);
  report(`recogniser: ${tokens * 3} tokens in ${seconds.toFixed(2)} CPU s (${((performance.now() - wall) / 1000).toFixed(2)} s wall) = ${Math.round((tokens * 3) / seconds)} tokens/CPU-s`);
} else {
  report('recogniser throughput: skipped (../shared/eval-data/conll2003-ner/eng.testa absent)');
}

cpu = process.cpuUsage();
wall = performance.now();
const analyzer = await createAnalyzer();
report(`whole analyzer load (all stages, after the above): ${(performance.now() - wall).toFixed(0)} ms wall, ${(cpuSeconds(cpu) * 1000).toFixed(0)} ms CPU`);
const example = fileURLToPath(new URL('../../shared/examples/kim-shoigu-kursk.txt', import.meta.url));
if (existsSync(example)) analyzer.analyze(readFileSync(example, 'utf8'), { published: '2025-06-18' });
report(`RSS after loading everything and analysing one article: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

// Real news text as the pipeline sees it: the segment stage's tokens regrouped into CoNLL-style words.
const bbc = fileURLToPath(new URL('../../shared/eval-data/bbc-news/bbc-news.jsonl', import.meta.url));
if (existsSync(bbc)) {
  const segmenter = await createAnalyzer({}, [segment] as Stage<unknown>[]);
  const docs = readFileSync(bbc, 'utf8')
    .trim()
    .split('\n')
    .slice(0, 400)
    .map((line) => segmenter.analyze((JSON.parse(line) as { text: string }).text, {}));
  const articles = docs.map((doc) => nerSentences(doc.tokens, doc.sentences).map((s) => s.words));
  const tokens = articles.reduce((n, doc) => n + doc.reduce((m, s) => m + s.length, 0), 0);
  cpu = process.cpuUsage();
  for (const doc of articles) recogniser.label(doc);
  const cold = cpuSeconds(cpu);
  cpu = process.cpuUsage();
  for (let round = 0; round < 3; round++) for (const doc of articles) recogniser.label(doc);
  report(`recogniser on ${articles.length} BBC articles (${tokens} words): first pass ${rate(tokens, cold)}, warm ×3 ${rate(tokens * 3, cpuSeconds(cpu))}`);
  const resources = await entities.prepare?.({});
  if (resources) {
    for (const doc of docs) entities.run(doc, resources);
    cpu = process.cpuUsage();
    for (let round = 0; round < 3; round++) for (const doc of docs) entities.run(doc, resources);
    report(`entities stage (recogniser, listed names, spans) on the same articles, warm ×3: ${rate(tokens * 3, cpuSeconds(cpu))}`);
  }
} else {
  report('BBC throughput: skipped (../shared/eval-data/bbc-news/bbc-news.jsonl absent)');
}
