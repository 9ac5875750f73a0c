// Trains the built-in topic model on ../shared/eval-data/bbc-news (never copied into the repo), prints 5-fold
// cross-validated figures for the BBC classes and the wire-lead dev set, and writes the committed weights.
// Usage: npm run train:topics [-- --tune] [-- --no-write]
import { existsSync, readFileSync } from 'node:fs';
import { compileNaiveBayes, type LabelledText, trainNaiveBayes } from '../src/knowledge/topics/naive-bayes.ts';
import { foldsOf } from '../src/knowledge/topics/cross-validate.ts';
import { BUILTIN_TOPIC_WEIGHTS, saveTopicModel } from '../src/knowledge/topics/topic-model-files.ts';
import { buildTopicLexiconIndex } from '../src/knowledge/topics/topic-lexicon-index.ts';
import { TOPIC_LEXICONS } from '../src/knowledge/topics/topic-lexicons.ts';
import { classifyTopics, DEFAULT_TOPIC_MIX, type TopicMix } from '../src/pipeline/topics/topic-classifier.ts';
import { createAnalyzer } from '../src/pipeline/analyzer.ts';
import type { Stage } from '../src/pipeline/stage.ts';
import { stages } from '../src/pipeline/stages.ts';
import { type LabelMapping, predictMappedLabel, scoreTopicPredictions } from '../src/pipeline/topics/topic-metrics.ts';

const BBC = '../shared/eval-data/bbc-news';
const BBC_MAP: Record<string, string> = {
  business: 'business',
  entertainment: 'arts-culture-entertainment',
  politics: 'politics',
  sport: 'sports',
  tech: 'technology',
};
const BBC_LABELS: LabelMapping = Object.fromEntries(Object.entries(BBC_MAP).map(([label, slug]) => [label, slug]));
const LEADS = 'test/fixtures/topics/wire-leads-dev.jsonl';
const LEADS_MAP: LabelMapping = JSON.parse(readFileSync('test/fixtures/topics/wire-leads-map.json', 'utf8'));

interface Article {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly text: string;
}

if (!existsSync(`${BBC}/bbc-news.jsonl`)) {
  console.error(`${BBC} is absent: the built-in topic model cannot be retrained here.`);
  process.exit(1);
}
const duplicates = JSON.parse(readFileSync(`${BBC}/duplicate-groups.json`, 'utf8')) as { exact_duplicate_groups: string[][] };
const dropped = new Set(duplicates.exact_duplicate_groups.flatMap((group) => group.slice(1)));
const articles = readFileSync(`${BBC}/bbc-news.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Article)
  .filter((article) => !dropped.has(article.id));
const leads = readFileSync(LEADS, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { title?: string; text: string; label: string });
const lexicon = buildTopicLexiconIndex();
const LEXICON_REPEATS = Number(process.env['LEXICON_REPEATS'] ?? 0);
// The project's own lexicons as pseudo-documents: they widen BBC's British politics towards world politics, etc.
const lexiconDocs: LabelledText[] = Object.values(BBC_MAP).flatMap((slug) => {
  const entry = TOPIC_LEXICONS[slug];
  if (!entry || LEXICON_REPEATS === 0) return [];
  const terms = [...entry.strong.split(','), ...entry.strong.split(','), ...entry.normal.split(',')].map((term) => term.trim());
  return Array.from({ length: LEXICON_REPEATS }, () => ({ text: terms.join('. '), labels: [slug] }));
});
const examplesOf = (list: readonly Article[]): LabelledText[] => [
  ...lexiconDocs,
  ...list.map((article) => ({ text: `${article.title}\n${article.text}`, labels: [BBC_MAP[article.label] ?? article.label] })),
];

function evaluate(mix: TopicMix): { bbc: number; leads: number; leadsMetrics: ReturnType<typeof scoreTopicPredictions> } {
  const folds = foldsOf(articles, 5);
  const pairs: [string, string | undefined][] = [];
  folds.forEach((test, f) => {
    const model = compileNaiveBayes(trainNaiveBayes(examplesOf(folds.filter((_, g) => g !== f).flat()), 'fold', { minCount: 2 }));
    for (const article of test) {
      const topics = classifyTopics({ text: article.text, title: article.title }, model, lexicon, mix);
      pairs.push([article.label, predictMappedLabel(topics, BBC_LABELS)]);
    }
  });
  const full = compileNaiveBayes(trainNaiveBayes(examplesOf(articles), 'bbc', { minCount: 2 }));
  const leadPairs = leads.map((lead): [string, string | undefined] => [
    lead.label,
    predictMappedLabel(classifyTopics({ text: lead.text, ...(lead.title ? { title: lead.title } : {}) }, full, lexicon, mix), LEADS_MAP),
  ]);
  const leadsMetrics = scoreTopicPredictions(leadPairs);
  return { bbc: scoreTopicPredictions(pairs).macroF1, leads: leadsMetrics.accuracy, leadsMetrics };
}

if (process.argv.includes('--timing')) {
  // Share of analysis time spent in each stage, timed inside one run so machine load affects all alike.
  const spent = new Map<string, number>();
  const timed = stages.map((stage): Stage<unknown> => ({
    ...stage,
    run(doc, resources) {
      const started = performance.now();
      const patch = stage.run(doc, resources);
      spent.set(stage.name, (spent.get(stage.name) ?? 0) + performance.now() - started);
      return patch;
    },
  }));
  const analyzer = await createAnalyzer({}, timed);
  const sample = articles.slice(0, 300);
  for (const article of sample.slice(0, 20)) analyzer.analyze(article.text, { title: article.title });
  spent.clear();
  for (const article of sample) analyzer.analyze(article.text, { title: article.title });
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  const share = (name: string): number => Number(((spent.get(name) ?? 0) / (total - (spent.get(name) ?? 0))).toFixed(3));
  console.log(JSON.stringify({ articles: sample.length, msTotal: Math.round(total), topicsAddedShare: share('topics'), registerAddedShare: share('register'), msPerStage: Object.fromEntries([...spent].map(([k, v]) => [k, Math.round(v)])) }));
  process.exit(0);
}
if (process.argv.includes('--tune')) {
  for (const modelWeight of [0.2]) {
    for (const modelFloor of [15, 20]) {
      const result = evaluate({ ...DEFAULT_TOPIC_MIX, modelWeight, modelFloor });
      console.log(JSON.stringify({ modelWeight, modelFloor, bbcMacroF1: result.bbc, leadsAccuracy: result.leads }));
    }
  }
} else {
  const started = Date.now();
  const result = evaluate(DEFAULT_TOPIC_MIX);
  console.log(JSON.stringify(result.leadsMetrics.confusion));
  console.log(JSON.stringify({ bbcArticles: articles.length, bbc5FoldMacroF1: result.bbc, leads: leads.length, leadsAccuracy: result.leads, ms: Date.now() - started }));
}
if (!process.argv.includes('--no-write') && !process.argv.includes('--tune')) {
  const model = trainNaiveBayes(examplesOf(articles), 'builtin-bbc', {
    minCount: 3,
    trainedOn: `BBC News (Greene & Cunningham 2006), ${articles.length} public articles after removing exact duplicates; labels mapped to slugs`,
  });
  saveTopicModel(BUILTIN_TOPIC_WEIGHTS, model);
  console.log(`wrote ${BUILTIN_TOPIC_WEIGHTS} (${Object.keys(model.terms).length} terms)`);
}
