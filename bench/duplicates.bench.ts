// Near-duplicate detection at scale: BBC News articles (read from ../shared at run time, never copied) plus generated
// variants of them (bench/near-duplicate-variants.ts), scored over article pairs; same-topic articles that are not
// copies are the "different story, same actors" negatives. Also checks that MSRP non-paraphrase sentence pairs are
// not linked. Run: node --import tsx bench/duplicates.bench.ts [--variants-per 1] [--sweep]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { articleWords } from '../src/corpus/article-words.ts';
import { scorePairs } from '../src/corpus/cluster-metrics.ts';
import { corpusArticleFromDocument, type CorpusArticle } from '../src/corpus/corpus-article.ts';
import { DuplicateIndex, defaultDuplicateThresholds, type DuplicateThresholds } from '../src/corpus/duplicate-index.ts';
import { defaultMinhashOptions, minhashSignature } from '../src/corpus/minhash.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import { makeVariant, seededRandom, variantKinds, type VariantKind } from './near-duplicate-variants.ts';

const { values } = parseArgs({ options: { 'variants-per': { type: 'string', default: '1' }, sweep: { type: 'boolean', default: false }, limit: { type: 'string' }, cache: { type: 'string' } } });
const shared = join(import.meta.dirname, '../../shared/eval-data');
const bbcPath = join(shared, 'bbc-news/bbc-news.jsonl');
if (!existsSync(bbcPath)) {
  process.stderr.write(`skipped: ${bbcPath} is absent (the shared evaluation data is not mounted)\n`);
  process.exit(0);
}

interface Row { readonly id: string; readonly label: string; readonly title: string; readonly text: string }
const rows = readFileSync(bbcPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row)
  .slice(0, values.limit === undefined ? undefined : Number(values.limit));
const goldFile = JSON.parse(readFileSync(join(shared, 'bbc-news/duplicate-groups.json'), 'utf8')) as Record<string, string[][]>;
const gold = new Map<string, string>();
for (const group of [...(goldFile['exact_duplicate_groups'] ?? []), ...(goldFile['same_title_different_text_groups'] ?? [])]) {
  const label = group.map((id) => gold.get(id)).find((g) => g !== undefined) ?? group[0] ?? '';
  for (const id of group) gold.set(id, label);
}

// Variants: each base article (one per gold group) gets `variants-per` copies, kinds in rotation.
const random = seededRandom(7);
const byLabel = new Map<string, Row[]>();
for (const row of rows) byLabel.set(row.label, [...(byLabel.get(row.label) ?? []), row]);
const bases = rows.filter((row) => !gold.has(row.id) || gold.get(row.id) === row.id);
const perBase = Number(values['variants-per']);
const variants: { row: Row; kind: VariantKind; of: string }[] = [];
bases.forEach((base, index) => {
  for (let v = 0; v < perBase; v++) {
    const kind = variantKinds[(index * perBase + v) % variantKinds.length] as VariantKind;
    const sameTopic = byLabel.get(base.label) ?? [];
    const donor = sameTopic[Math.floor(random() * sameTopic.length)];
    const made = makeVariant({ title: base.title, body: base.text }, kind, random, donor && donor.id !== base.id ? { title: donor.title, body: donor.text } : undefined);
    variants.push({ row: { id: `${base.id}#${kind}${v}`, label: base.label, title: made.title, text: made.body }, kind, of: base.id });
  }
});
// Groups in the side file also name articles of the held-out half, which are not in this file.
const present = new Set(rows.map((row) => row.id));
for (const id of [...gold.keys()]) if (!present.has(id)) gold.delete(id);
for (const { row, of } of variants) {
  const group = gold.get(of) ?? of;
  gold.set(of, group);
  gold.set(row.id, group);
}

interface Features { readonly article: CorpusArticle; readonly words: readonly string[]; readonly label: string }
interface CachedFeatures { readonly key: string; readonly article: Omit<CorpusArticle, 'signature' | 'terms'>; readonly words: readonly string[]; readonly label: string }
const features: Features[] = [];
const started = Date.now();
const analyzer = await createAnalyzer();
// `--cache FILE` keeps analysed features between runs (scratch, outside the repository), keyed by id and text.
const keyOf = (row: Row) => `${row.id}\t${createHash('sha1').update(`${row.title}\n${row.text}`).digest('hex')}`;
const cache = new Map<string, CachedFeatures>(
  values.cache !== undefined && existsSync(values.cache) ? (JSON.parse(readFileSync(values.cache, 'utf8')) as CachedFeatures[]).map((c) => [c.key, c]) : [],
);
const fresh: CachedFeatures[] = [];
for (const row of [...rows, ...variants.map((v) => v.row)]) {
  let entry = cache.get(keyOf(row));
  if (!entry) {
    const doc = analyzer.analyze(row.text, { title: row.title });
    const { signature: _signature, terms: _terms, ...article } = { ...corpusArticleFromDocument(doc), id: row.id };
    entry = { key: keyOf(row), article, words: articleWords(doc.text), label: row.label };
  }
  fresh.push(entry);
  features.push({ article: { ...entry.article, signature: minhashSignature(entry.words), terms: new Map() }, words: entry.words, label: entry.label });
}
if (values.cache !== undefined) writeFileSync(values.cache, JSON.stringify(fresh));
process.stderr.write(`features of ${features.length} articles (${rows.length} BBC + ${variants.length} variants) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

interface Config { readonly shingle: number; readonly thresholds: DuplicateThresholds }

function evaluate(config: Config) {
  const signed = config.shingle === defaultMinhashOptions.shingle
    ? features
    : features.map((f) => ({ ...f, article: { ...f.article, signature: minhashSignature(f.words, { ...defaultMinhashOptions, shingle: config.shingle }) } }));
  const index = new DuplicateIndex(config.thresholds);
  const predicted = new Map<string, string>();
  for (const { article } of signed) {
    if (!index.add(article)) continue;
    const root = index.originalOf(article.id);
    predicted.set(root, root);
    predicted.set(article.id, root);
  }
  const scores = scorePairs(predicted, gold);
  const recallByKind: Record<string, number> = {};
  for (const kind of variantKinds) {
    const ofKind = variants.filter((v) => v.kind === kind);
    const found = ofKind.filter((v) => predicted.has(v.row.id) && predicted.get(v.row.id) === predicted.get(v.of)).length;
    recallByKind[kind] = Math.round((found / Math.max(1, ofKind.length)) * 1000) / 1000;
  }
  const labelOf = new Map(signed.map((f) => [f.article.id, f.label]));
  const byId = new Map(signed.map((f) => [f.article.id, f.article]));
  const groups = new Map<string, string[]>();
  for (const [id, root] of predicted) groups.set(root, [...(groups.get(root) ?? []), id]);
  let falseSameTopic = 0;
  const falsePairs: string[] = [];
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] ?? '';
        const b = members[j] ?? '';
        if (gold.get(a) !== undefined && gold.get(a) === gold.get(b)) continue;
        if (labelOf.get(a) === labelOf.get(b)) falseSameTopic++;
        if (falsePairs.length < 40) falsePairs.push(`${a} ~ ${b} (${index.find({ ...(byId.get(b) as CorpusArticle), id: `${b}?` })?.kind ?? '-'})`);
      }
    }
  }
  const missed: string[] = [];
  const goldGroups = new Map<string, string[]>();
  for (const [id, group] of gold) goldGroups.set(group, [...(goldGroups.get(group) ?? []), id]);
  for (const members of goldGroups.values()) {
    for (const a of members) for (const b of members) {
      if (a < b && byId.has(a) && byId.has(b) && (predicted.get(a) === undefined || predicted.get(a) !== predicted.get(b)) && missed.length < 40) missed.push(`${a} ~ ${b}`);
    }
  }
  return { shingle: config.shingle, near: config.thresholds.near, containment: config.thresholds.containment, republished: config.thresholds.republished, ...scores, recallByKind, falseSameTopic, falsePairs, missed };
}

const configs: Config[] = values.sweep
  ? [3, 4].flatMap((shingle) => [0.4, 0.5, 0.6].flatMap((near) => [0.6, 0.7, 0.8].flatMap((containment) => [0.2, 0.3].map((republished) => ({
    shingle, thresholds: { ...defaultDuplicateThresholds, near, containment, republished },
  })))))
  : [{ shingle: defaultMinhashOptions.shingle, thresholds: defaultDuplicateThresholds }];
for (const config of configs) {
  const result = evaluate(config);
  process.stdout.write(`${JSON.stringify(values.sweep ? { ...result, falsePairs: undefined, missed: undefined } : result)}\n`);
}

// MSRP: sentence pairs from one news cluster; the non-paraphrases must not be linked, the paraphrases are reported only.
const msrpPath = join(shared, 'msrp-paraphrase/msr_paraphrase_train.txt');
if (!values.sweep && existsSync(msrpPath)) {
  const pairs = readFileSync(msrpPath, 'utf8').replace(/^\uFEFF/, '').split('\n').filter(Boolean).map((line) => line.split('\t'));
  const linked = { paraphrase: 0, other: 0 };
  const totals = { paraphrase: 0, other: 0 };
  const kinds: string[] = [];
  for (const [label, , , first, second] of pairs) {
    const index = new DuplicateIndex();
    const side = (id: string, text: string) => ({ ...corpusArticleFromDocument(analyzer.analyze(text, {})), id });
    index.add(side('a', first ?? ''));
    const key = label === '1' ? 'paraphrase' : 'other';
    totals[key]++;
    const link = index.add(side('b', second ?? ''));
    if (!link) continue;
    linked[key]++;
    if (key === 'other') kinds.push(`${link.kind}:${link.similarity.toFixed(2)}`);
  }
  process.stdout.write(`${JSON.stringify({ msrp: { nonParaphrasesLinked: linked.other, nonParaphrases: totals.other, paraphrasesLinked: linked.paraphrase, paraphrases: totals.paraphrase, nonParaphraseLinks: kinds.sort() } })}\n`);
}
