import type { Topic } from '../../model/topic.ts';
import { type CompiledNaiveBayes, scoreKnownTerms } from '../../knowledge/topics/naive-bayes.ts';
import { TAXONOMY } from '../../knowledge/topics/taxonomy.ts';
import { contentWords } from '../../knowledge/topics/text-features.ts';
import type { TopicLexiconIndex } from '../../knowledge/topics/topic-lexicon-index.ts';
import { contentWordEntries } from '../../knowledge/topics/token-content-words.ts';
import { collectFeatureEntries, collectTopicFeatures, type TopicFeature, topicVocabulary } from '../../knowledge/topics/topic-vocabulary.ts';
import type { Token } from '../../model/token.ts';

/** Evidence from other stages (events, actors) for one topic, in logit units. */
export interface TopicHint {
  readonly slug: string;
  readonly weight: number;
  readonly evidence: string;
}

/** What the classifier reads: the text, the headline (counted twice), and hints from other layers. */
export interface TopicInput {
  readonly text: string;
  /** Absent or undefined: no headline. The topics stage always sets it, so its inputs share one hidden class. */
  readonly title?: string | undefined;
  readonly hints?: readonly TopicHint[];
  /** The text's tokens and their word ids (`tokenForms(…).id`), when segmented: its words are then read by id. */
  readonly tokens?: { readonly tokens: readonly Token[]; readonly ids: Int32Array };
}

/** How the three signals mix; tuned by `scripts/train-topics.ts` on BBC folds and the wire-lead dev set. */
export interface TopicMix {
  readonly modelWeight: number;
  readonly lexiconWeight: number;
  /** Words per unit of length normalisation: longer texts have proportionally more evidence. */
  readonly wordsPerUnit: number;
  /** 0: the model's pull is length-normalised like the lexicon's; 1: it grows with length (long texts trust it more). */
  readonly modelGrowth: number;
  /** How fast the lexicon's pull fades with length (1: like the model's; 2: lexicons matter mostly for short leads). */
  readonly lexiconFade: number;
  /**
   * The most the model may count against a class, in log-ratio units behind its best class. The built-in model knows
   * five classes from one outlet (BBC politics is British politics): a large gap says "not like those articles", not
   * "not this topic", and would otherwise sink a class below the topics it never saw, whatever the lexicons say.
   */
  readonly modelFloor: number;
  readonly bias: Readonly<Record<string, number>>;
}

export const DEFAULT_TOPIC_MIX: TopicMix = {
  modelWeight: 0.2,
  lexiconWeight: 1,
  wordsPerUnit: 15,
  modelGrowth: 0.5,
  lexiconFade: 1.5,
  modelFloor: 30,
  // The catch-all has no terms of its own: a constant logit, so it leads only when no topic has real evidence.
  bias: { 'general-news': 1 },
};

const SLUGS = TAXONOMY.map((entry) => entry.slug);
const IPTC = new Map(TAXONOMY.map((entry) => [entry.slug, entry.iptc]));

/** Scores every taxonomy slug for a text: a learnt model for the classes it knows, lexicons for all, hints on top. */
export function classifyTopics(
  input: TopicInput,
  model: CompiledNaiveBayes,
  lexicon: TopicLexiconIndex,
  mix: TopicMix = DEFAULT_TOPIC_MIX,
): Topic[] {
  const vocabulary = topicVocabulary(model, lexicon);
  const textEntries: (TopicFeature | undefined)[] = [];
  if (input.tokens) contentWordEntries(input.text, input.tokens.tokens, input.tokens.ids, vocabulary, textEntries);
  else for (const word of contentWords(input.text)) textEntries.push(vocabulary.get(word));
  const titleWords = input.title ? contentWords(input.title) : [];
  // As many words as `textFeatures` yields features: n unigrams and n - 1 bigrams (the text counted half, the title once).
  const words = featureCount(textEntries) / 2 + featureCount(titleWords);
  const length = Math.max(1, Math.sqrt(words / mix.wordsPerUnit));
  // The headline counts twice; features neither the model nor the lexicons know are never built.
  const all: TopicFeature[] = [];
  collectFeatureEntries(textEntries, all);
  collectTopicFeatures(titleWords, vocabulary, all);
  collectTopicFeatures(titleWords, vocabulary, all);
  const logits = new Map<string, number>(SLUGS.map((slug) => [slug, mix.bias[slug] ?? 0]));
  const evidence = new Map<string, string[]>(SLUGS.map((slug) => [slug, []]));

  // The loops over every feature are in functions of their own: V8 compiled this function on the spot (on-stack
  // replacement) in one of them on a long early article, before the code after it had run, and that code left for the
  // interpreter on every later call (`--trace-deopt`).
  const modelTerms: string[] = [];
  const modelRows: Float64Array[] = [];
  collectModelTerms(all, modelTerms, modelRows);
  const scores = scoreKnownTerms(model, modelTerms, modelRows);
  const best = Math.max(...scores.logRatio);
  model.model.classes.forEach((slug, c) => {
    const ratio = Math.max(-mix.modelFloor, (scores.logRatio[c] ?? 0) - best);
    logits.set(slug, (logits.get(slug) ?? 0) + (mix.modelWeight * ratio) / length ** (1 - mix.modelGrowth));
    // Copied by index: a sliced copy is holey from optimised code and packed from the interpreter, and the spread of it
    // failed its map check in every later call of code compiled on the spot.
    const terms = scores.evidence[c] ?? [];
    const list = evidence.get(slug);
    for (let k = 0; list && k < terms.length && k < 4; k++) list.push(terms[k] as string);
  });

  const termCounts = countLexiconFeatures(all);
  const lexiconEvidence = new Map<string, [string, number][]>();
  // forEach rather than for…of over the maps: the entry pairs the iterators allocate showed in allocation profiles.
  termCounts.forEach((count, { name: term, hits }) => {
    for (const hit of hits ?? []) {
      const gain = (mix.lexiconWeight * hit.weight * (1 + Math.log(count))) / length ** mix.lexiconFade;
      logits.set(hit.slug, (logits.get(hit.slug) ?? 0) + gain);
      const list = lexiconEvidence.get(hit.slug) ?? [];
      list.push([term, gain]);
      lexiconEvidence.set(hit.slug, list);
    }
  });
  lexiconEvidence.forEach((list, slug) => {
    const terms = list.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([term]) => term);
    evidence.get(slug)?.push(...terms);
  });

  for (const hint of input.hints ?? []) {
    logits.set(hint.slug, (logits.get(hint.slug) ?? 0) + hint.weight);
    evidence.get(hint.slug)?.push(hint.evidence);
  }
  return toTopics(logits, evidence);
}

/** The features the model knows, in text order, with their rows of `logProb`. */
function collectModelTerms(all: readonly TopicFeature[], terms: string[], rows: Float64Array[]): void {
  for (const feature of all) {
    if (!feature.logProb) continue;
    terms.push(feature.name);
    rows.push(feature.logProb);
  }
}

/** How often each feature a lexicon knows occurs, in order of first occurrence. */
function countLexiconFeatures(all: readonly TopicFeature[]): Map<TopicFeature, number> {
  const termCounts = new Map<TopicFeature, number>();
  for (const feature of all) if (feature.hits) termCounts.set(feature, (termCounts.get(feature) ?? 0) + 1);
  return termCounts;
}

function featureCount(words: readonly unknown[]): number {
  return words.length === 0 ? 0 : 2 * words.length - 1;
}

/** Softens the displayed scores so a clear second topic shows as more than noise; the ranking is unchanged. */
const DISPLAY_TEMPERATURE = 2;

function toTopics(logits: ReadonlyMap<string, number>, evidence: ReadonlyMap<string, string[]>): Topic[] {
  let max = -Infinity;
  logits.forEach((logit) => (max = Math.max(max, logit)));
  const slugs: string[] = [];
  const exps: number[] = [];
  logits.forEach((logit, slug) => {
    slugs.push(slug);
    exps.push(Math.exp((logit - max) / DISPLAY_TEMPERATURE));
  });
  const sum = exps.reduce((total, e) => total + e, 0);
  // Pushed, not `map`ped, so the array is packed in every tier: optimised `map` returns a holey one, and the `sort`
  // below failed its map check in every call of the code V8 compiled on the spot for `classifyTopics`.
  const topics: Topic[] = [];
  for (let i = 0; i < slugs.length; i++) {
    const slug = slugs[i] as string;
    topics.push({
      slug,
      ...(IPTC.get(slug) ? { iptc: IPTC.get(slug) as string } : {}),
      score: round((exps[i] as number) / sum),
      evidence: [...new Set(evidence.get(slug) ?? [])],
    });
  }
  return topics.sort((a, b) => b.score - a.score);
}

/** Four significant digits: readable, yet tiny scores keep their order for evaluation against mapped labels. */
function round(value: number): number {
  return Number(value.toPrecision(4));
}
