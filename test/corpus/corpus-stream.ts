import { articleWords, exactFingerprint } from '../../src/corpus/article-words.ts';
import type { CorpusArticle } from '../../src/corpus/corpus-article.ts';
import { minhashSignature } from '../../src/corpus/minhash.ts';

const DAY = 86_400_000;

/** One generated report: its text and headline, and the features ingest would compute for it. */
export interface StreamArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly published: string;
  readonly article: CorpusArticle;
}

/**
 * A deterministic stream of made-up reports for corpus tests: stories of a few articles sharing their own words and
 * figures over a common vocabulary, with exact copies, lightly edited copies and rewrites (same figures and day, other
 * words) mixed in, so every kind of decision the duplicate index and the clusterer make occurs.
 */
export function corpusStream(count: number, seed = 7): StreamArticle[] {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const common = Array.from({ length: 400 }, (_, i) => `word${i.toString(36)}`);
  const stories = Math.max(1, Math.floor(count / 4));
  const out: StreamArticle[] = [];
  const storyOf = new Map<string, number>();
  const make = (id: string, story: number, words: string[], facts: string[]): StreamArticle => {
    const title = words.slice(0, 6).join(' ');
    const text = words.join(' ');
    storyOf.set(id, story);
    const published = Date.UTC(2025, 0, 1) + (story % 40) * DAY + Math.floor(random() * DAY);
    return {
      id, title, text, published: new Date(published).toISOString(),
      article: {
        id, published, title, source: `outlet${Math.floor(random() * 9)}`, exactHash: exactFingerprint(title, text),
        signature: minhashSignature(articleWords(text)), length: words.length, facts,
        terms: termsOf(words),
      },
    };
  };
  for (let i = 0; i < count; i++) {
    const earlier = out.length > 0 ? pick(out) : undefined;
    const roll = random();
    const id = `n${i}`;
    if (earlier && roll < 0.08) {
      storyOf.set(id, storyOf.get(earlier.id) ?? 0);
      out.push({ ...earlier, id, article: { ...earlier.article, id } });
      continue;
    }
    if (earlier && roll < 0.18) {
      const words = earlier.text.split(' ').map((word) => (random() < 0.08 ? pick(common) : word));
      out.push(make(id, storyOf.get(earlier.id) ?? 0, words, [...earlier.article.facts]));
      continue;
    }
    const story = Math.floor(random() * stories);
    const own = Array.from({ length: 10 }, (_, k) => `story${story}term${k}`);
    const length = 60 + Math.floor(random() * 80);
    const words = Array.from({ length }, () => (random() < 0.3 ? pick(own) : pick(common)));
    const facts = [`quantity:${story}`, `quantity:${1000 + story}`, `date:2025-01-${String(1 + (story % 28)).padStart(2, '0')}`, `event:042:S${story}:-`, `actor:person ${story}`];
    out.push(make(id, story, words, earlier && roll < 0.25 ? [...earlier.article.facts] : facts.filter(() => random() < 0.9)));
  }
  return out;
}

function termsOf(words: readonly string[]): Map<string, number> {
  const terms = new Map<string, number>();
  for (const word of words) terms.set(word, (terms.get(word) ?? 0) + 1);
  return terms;
}
