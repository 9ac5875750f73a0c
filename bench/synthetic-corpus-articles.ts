// Deterministic synthetic corpus articles for the corpus benchmarks: 180 words each, in stories of ~5 articles that
// share story-specific words, over a Zipf-distributed vocabulary; MinHash signatures included.
import type { CorpusArticle } from '../src/corpus/corpus-article.ts';
import { minhashSignature } from '../src/corpus/minhash.ts';

const DAY = 86_400_000;

/** A generator of `total` articles' worth of stories; call it in order for comparable runs. */
export function syntheticCorpusArticles(total: number, seed = 42): (index: number) => CorpusArticle {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
  const zipf = (n: number) => Math.floor(n ** random()) - 1;
  const vocabulary = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}`);
  const storyCount = Math.ceil(total / 5);
  return (index) => {
    const story = Math.floor(random() * storyCount);
    const words: string[] = [];
    for (let i = 0; i < 180; i++) {
      words.push(random() < 0.35 ? `s${story}n${Math.floor(random() * 12)}` : (vocabulary[zipf(vocabulary.length)] ?? 'w0'));
    }
    const terms = new Map<string, number>();
    for (const word of words) terms.set(word, (terms.get(word) ?? 0) + 1);
    return {
      id: `a${index}`,
      published: Date.UTC(2025, 0, 1) + (story % 365) * DAY + Math.floor(random() * DAY),
      title: words.slice(0, 8).join(' '),
      exactHash: `h${index}`,
      signature: minhashSignature(words),
      length: words.length,
      facts: [`quantity:${story}`, `date:${story % 365}`],
      terms,
    };
  };
}
