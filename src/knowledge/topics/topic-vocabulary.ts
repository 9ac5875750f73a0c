import type { CompiledNaiveBayes } from './naive-bayes.ts';
import type { LexiconHit, TopicLexiconIndex } from './topic-lexicon-index.ts';

/**
 * A feature the topic model or the lexicons know, with everything scoring needs from it. Every field is always
 * present (undefined when unknown): one object shape for all features keeps the per-word look-ups monomorphic.
 */
export interface TopicFeature {
  readonly name: string;
  /** The model's log-probabilities (see `CompiledNaiveBayes.logProb`), when the model knows it. */
  readonly logProb: Float64Array | undefined;
  /** The topics the lexicons point to, when they list it. */
  readonly hits: readonly LexiconHit[] | undefined;
  /** For a word: the known bigrams it begins, by their second word. */
  readonly next: Map<TopicFeature, TopicFeature> | undefined;
}

/**
 * Every feature a model and a lexicon index know, keyed by word: one look-up per word of a text, and bigrams are found
 * from the two words' entries (never built as strings). Words that only occur inside bigrams have entries that score
 * nothing themselves.
 */
export type TopicVocabulary = ReadonlyMap<string, TopicFeature>;

const built = new WeakMap<CompiledNaiveBayes, WeakMap<TopicLexiconIndex, TopicVocabulary>>();

/** The vocabulary of a model and a lexicon index, built on first use and kept as long as both live. */
export function topicVocabulary(model: CompiledNaiveBayes, lexicon: TopicLexiconIndex): TopicVocabulary {
  let byLexicon = built.get(model);
  if (!byLexicon) built.set(model, (byLexicon = new WeakMap()));
  let vocabulary = byLexicon.get(lexicon);
  if (!vocabulary) byLexicon.set(lexicon, (vocabulary = buildVocabulary(model, lexicon)));
  return vocabulary;
}

function buildVocabulary(model: CompiledNaiveBayes, lexicon: TopicLexiconIndex): TopicVocabulary {
  const words = new Map<string, { -readonly [K in keyof TopicFeature]: TopicFeature[K] }>();
  const wordEntry = (word: string) => {
    let entry = words.get(word);
    if (!entry) words.set(word, (entry = { name: word, logProb: undefined, hits: undefined, next: undefined }));
    return entry;
  };
  for (const name of new Set([...model.logProb.keys(), ...lexicon.keys()])) {
    const logProb = model.logProb.get(name);
    const hits = lexicon.get(name);
    const parts = name.split(' ');
    // Texts yield unigrams and bigrams only: a longer lexicon key can never match, as before.
    if (parts.length === 1) {
      const entry = wordEntry(name);
      if (logProb) entry.logProb = logProb;
      if (hits) entry.hits = hits;
    } else if (parts.length === 2) {
      const first = wordEntry(parts[0] as string);
      const second = wordEntry(parts[1] as string);
      (first.next ??= new Map()).set(second, { name, logProb, hits, next: undefined });
    }
  }
  return words;
}

/**
 * Appends the known features of a text's content words to `out`, in `textFeatures` order (unigrams, then adjacent
 * bigrams), skipping the ones neither the model nor the lexicons know: those never counted.
 */
export function collectTopicFeatures(words: readonly string[], vocabulary: TopicVocabulary, out: TopicFeature[]): void {
  const entries = new Array<TopicFeature | undefined>(words.length);
  for (let i = 0; i < words.length; i++) entries[i] = vocabulary.get(words[i] as string);
  collectFeatureEntries(entries, out);
}

/** As `collectTopicFeatures`, from the content words' vocabulary entries (undefined for a word it does not know). */
export function collectFeatureEntries(entries: readonly (TopicFeature | undefined)[], out: TopicFeature[]): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry && (entry.logProb || entry.hits)) out.push(entry);
  }
  for (let i = 1; i < entries.length; i++) {
    const second = entries[i];
    const bigram = second && entries[i - 1]?.next?.get(second);
    if (bigram) out.push(bigram);
  }
}
