import type { TermVector } from './term-vector.ts';

/** One article as the refinement pass sees it. */
export interface RefinableArticle {
  readonly vector: TermVector;
  readonly published?: number;
  /** Copies stay with the article they copy. */
  readonly pinnedTo?: number;
}

/** Scores a leave-one-out similarity between an article and a story (e.g. decayed by the time gap). */
export type StoryScore = (similarity: number, article: RefinableArticle, span: readonly [number, number] | undefined) => number;

const LOOKUP_TERMS = 12;
const MAX_POSTING_SCAN = 150;

/**
 * K-means-style refinement of an online clustering: every article is compared with each candidate story's centroid
 * *without itself* and moves to the best one above `threshold`, or leaves to stand alone. This undoes the order
 * effects of a single pass (an early article that opened the wrong story) at the cost of a few passes.
 */
export function refineStories(
  articles: readonly RefinableArticle[],
  initial: readonly number[],
  threshold: number,
  score: StoryScore,
  passes = 2,
  isCommon: (termId: number) => boolean = () => false,
): number[] {
  const labels = [...initial];
  for (let pass = 0; pass < passes; pass++) {
    const members = new Map<number, number[]>();
    labels.forEach((label, index) => {
      const list = members.get(label);
      if (list) list.push(index);
      else members.set(label, [index]);
    });
    const centroids = new Map<number, Map<number, number>>();
    const spans = new Map<number, [number, number]>();
    const postings = new Map<number, number[]>();
    for (const [label, indices] of members) {
      const centroid = new Map<number, number>();
      for (const index of indices) {
        const { vector, published } = articles[index] as RefinableArticle;
        if (published !== undefined) {
          const span = spans.get(label);
          if (!span) spans.set(label, [published, published]);
          else span.splice(0, 2, Math.min(span[0], published), Math.max(span[1], published));
        }
        vector.ids.forEach((id, i) => centroid.set(id, (centroid.get(id) ?? 0) + (vector.weights[i] ?? 0)));
        for (let i = 0; i < Math.min(LOOKUP_TERMS, vector.ids.length); i++) {
          const id = vector.ids[i] ?? -1;
          if (isCommon(id)) continue;
          const list = postings.get(id);
          if (!list) postings.set(id, [label]);
          else if (list.at(-1) !== label) list.push(label);
        }
      }
      centroids.set(label, centroid);
    }
    const norms = new Map<number, number>();
    for (const [label, centroid] of centroids) {
      let sum = 0;
      for (const w of centroid.values()) sum += w * w;
      norms.set(label, sum);
    }
    let nextLabel = labels.reduce((max, label) => Math.max(max, label), -1) + 1;
    let moved = 0;
    articles.forEach((article, index) => {
      if (article.pinnedTo !== undefined) return;
      const current = labels[index] ?? -1;
      const candidates = new Set<number>([current]);
      for (let i = 0; i < Math.min(LOOKUP_TERMS, article.vector.ids.length); i++) {
        const list = postings.get(article.vector.ids[i] ?? -1) ?? [];
        for (let j = list.length - 1; j >= Math.max(0, list.length - MAX_POSTING_SCAN); j--) candidates.add(list[j] ?? -1);
      }
      let best = { label: -1, score: -1 };
      for (const label of candidates) {
        const centroid = centroids.get(label);
        const isOwn = label === current;
        const size = (members.get(label)?.length ?? 0) - (isOwn ? 1 : 0);
        if (!centroid || size <= 0) continue;
        let dot = 0;
        let ownDot = 0;
        article.vector.ids.forEach((id, i) => {
          const w = article.vector.weights[i] ?? 0;
          dot += w * (centroid.get(id) ?? 0);
          ownDot += w * w;
        });
        // Leave-one-out: remove the article's own contribution from its current story's centroid.
        const normSquared = isOwn ? (norms.get(label) ?? 0) - 2 * dot + ownDot : (norms.get(label) ?? 0);
        const cosine = normSquared > 1e-12 ? (isOwn ? dot - ownDot : dot) / Math.sqrt(normSquared) : 0;
        const value = score(cosine, article, spans.get(label));
        if (value > best.score) best = { label, score: value };
      }
      const target = best.score >= threshold ? best.label : (members.get(current)?.length ?? 0) > 1 ? nextLabel++ : current;
      if (target !== current) moved++;
      labels[index] = target;
    });
    articles.forEach((article, index) => {
      if (article.pinnedTo !== undefined) labels[index] = labels[article.pinnedTo] ?? labels[index] ?? 0;
    });
    if (moved === 0) break;
  }
  return labels;
}
