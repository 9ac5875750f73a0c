// Throughput of the full analyzer against bare wink-nlp on the same synthetic corpus, in the same run.
// Each phase runs in its own child process so its peak RSS is its own. Figures go into BENCHMARKS.md.
// Usage: npm run bench [-- --mb 3] [-- --jsonl FILE]   (BENCH_WRITE=0 skips writing BENCHMARKS.md)
// --jsonl runs on real articles (`{text, title?, published?}` lines, read at run time) instead of the synthetic corpus.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { argv } from 'node:process';
import { fileURLToPath } from 'node:url';
import { BATCH_SIZE } from '../src/pipeline/analyzer.ts';
import { runPhase, type PhaseName, type PhaseResult } from './throughput-phases.ts';
import { writeBenchmarkSection } from './write-benchmark-section.ts';

const self = fileURLToPath(import.meta.url);
const flag = (name: string) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};

const phase = flag('phase') as PhaseName | undefined;
const jsonl = flag('jsonl');
if (phase) {
  process.stdout.write(`${JSON.stringify(await runPhase(phase, Number(flag('mb')), jsonl))}\n`);
} else {
  const megabytes = Number(flag('mb') ?? process.env['BENCH_MB'] ?? 3);
  const phases: PhaseName[] = ['wink', 'analyzer', 'analyzer-single', 'pool'];
  const results: PhaseResult[] = [];
  for (const name of phases) {
    process.stderr.write(`bench: ${name} over ${megabytes} MB…\n`);
    const corpusFlags = jsonl === undefined ? [] : ['--jsonl', jsonl];
    const out = execFileSync(process.execPath, [...process.execArgv, self, '--phase', name, '--mb', String(megabytes), ...corpusFlags], { encoding: 'utf8' });
    const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as PhaseResult;
    results.push(result);
    process.stderr.write(`bench: ${JSON.stringify(result)}\n`);
  }
  const [wink, analyzer, single, pool] = results as [PhaseResult, PhaseResult, PhaseResult, PhaseResult];
  const row = (label: string, r: PhaseResult) =>
    `| ${label} | ${r.articles.toLocaleString('en')} | ${(r.megabytes).toFixed(2)} | ${r.seconds.toFixed(1)} | ${Math.round(r.tokensPerSecond).toLocaleString('en')} | ${r.articlesPerSecond.toFixed(1)} | ${r.peakRssMb.toFixed(0)} |`;
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'cpu'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, load average ${loadavg()[0]?.toFixed(1)} at the start`;
  const section = [
    `Command: \`npm run bench -- --mb ${megabytes}${jsonl === undefined ? '' : ` --jsonl ${jsonl}`}\` · date ${date} · machine: ${machine}.`,
    jsonl === undefined
      ? 'Corpus: synthetic templated news (`bench/synthetic-articles.ts`: varied invented names, places, numbers, days).'
      : `Corpus: the articles of \`${jsonl}\` in file order, read at run time.`,
    '',
    '| run | articles | MB | seconds | tokens/s | articles/s | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('bare wink-nlp (sbd, pos, negation; tokens, POS, lemmas, sentences)', wink),
    row(`tidings analyzer, every stage, 1 thread, batches of ${BATCH_SIZE} (\`analyzeBatch\`)`, analyzer),
    row('tidings analyzer, every stage, 1 thread, article by article (`analyze`)', single),
    row(`tidings analyzer, worker pool (${pool.threads} threads)`, pool),
    '',
    `Ratio: the full analyzer runs at ${((100 * wink.seconds) / analyzer.seconds).toFixed(1)}% of bare wink-nlp's throughput ` +
      `(${(analyzer.seconds / wink.seconds).toFixed(1)}× its time) on one thread ` +
      `(wink-nlp is the segment stage alone; the other stages are the rest); article by article ${((100 * wink.seconds) / single.seconds).toFixed(1)}%. ` +
      `The pool runs at ${(pool.articlesPerSecond / analyzer.articlesPerSecond).toFixed(2)}× one thread.`,
    '',
    `Time per stage (1 thread, batches): ${Object.entries(analyzer.stageSeconds ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([name, seconds]) => `${name} ${((100 * seconds) / analyzer.seconds).toFixed(0)}%`)
      .join(', ')}.`,
  ].join('\n');
  process.stdout.write(`${section}\n`);
  const title = jsonl === undefined ? 'Throughput (analyzer vs bare wink-nlp)' : 'Throughput on real news';
  if (process.env['BENCH_WRITE'] !== '0') writeBenchmarkSection(title, section);
}
