import { DuplicateIndex, type DuplicateIndexSnapshot } from './duplicate-index.ts';
import { packSections, unpackSections } from './packed-sections.ts';
import { StoryClusterer, type StoryClustererSnapshot } from './story-clusterer.ts';

/** The two incremental indexes behind corpus ingest, as one process holds them. */
export interface CorpusIndexes {
  readonly duplicates: DuplicateIndex;
  readonly clusterer: StoryClusterer;
}

/** Bumped whenever what the indexes hold (or how) changes: an old snapshot is then ignored, never misread. */
const FORMAT = 1;

interface Packed {
  readonly format: string;
  readonly duplicates: DuplicateIndexSnapshot;
  readonly clusterer: StoryClustererSnapshot;
}

/**
 * Saves the duplicate and story indexes as one compact blob (typed arrays for signatures, centroids, LSH buckets and
 * document frequencies), so a new process loads them instead of folding every stored article again.
 */
export function encodeCorpusSnapshot(indexes: CorpusIndexes): Uint8Array {
  const packed: Packed = { format: formatOf(indexes), duplicates: indexes.duplicates.snapshot(), clusterer: indexes.clusterer.snapshot() };
  return packSections(packed);
}

/**
 * Restores indexes saved by `encodeCorpusSnapshot`; undefined when the blob was written with other settings or by
 * another format version, in which case the caller rebuilds from the stored articles.
 */
export function decodeCorpusSnapshot(bytes: Uint8Array, fresh: () => CorpusIndexes = freshIndexes): CorpusIndexes | undefined {
  const indexes = fresh();
  const packed = unpackSections(bytes) as Packed;
  if (packed.format !== formatOf(indexes)) return undefined;
  indexes.duplicates.restore(packed.duplicates);
  indexes.clusterer.restore(packed.clusterer);
  return indexes;
}

function freshIndexes(): CorpusIndexes {
  return { duplicates: new DuplicateIndex(), clusterer: new StoryClusterer() };
}

/** What a snapshot's contents depend on besides the articles: the format and every tuning that shapes the indexes. */
function formatOf(indexes: CorpusIndexes): string {
  return JSON.stringify({ format: FORMAT, duplicates: indexes.duplicates.thresholds, stories: indexes.clusterer.options });
}
