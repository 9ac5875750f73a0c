import { lexiconKey } from './text-features.ts';
import { TOPIC_LEXICONS } from './topic-lexicons.ts';

/** One topic a lexicon feature points to, and how hard. */
export interface LexiconHit {
  readonly slug: string;
  readonly weight: number;
}

/** Feature key -> topics it signals: the lexicons compiled once into a look-up table. */
export type TopicLexiconIndex = ReadonlyMap<string, readonly LexiconHit[]>;

const STRONG = 2;
const NORMAL = 1;

/** Compiles the topic lexicons into feature keys matching `textFeatures` output. */
export function buildTopicLexiconIndex(lexicons = TOPIC_LEXICONS): TopicLexiconIndex {
  const index = new Map<string, LexiconHit[]>();
  const add = (slug: string, list: string, weight: number): void => {
    for (const entry of list.split(',')) {
      const key = lexiconKey(entry.trim());
      if (!key) continue;
      const hits = index.get(key) ?? [];
      const existing = hits.findIndex((hit) => hit.slug === slug);
      if (existing >= 0) hits[existing] = { slug, weight: Math.max(weight, hits[existing]?.weight ?? 0) };
      else hits.push({ slug, weight });
      index.set(key, hits);
    }
  };
  for (const [slug, { strong, normal }] of Object.entries(lexicons)) {
    add(slug, normal, NORMAL);
    add(slug, strong, STRONG);
  }
  return index;
}
