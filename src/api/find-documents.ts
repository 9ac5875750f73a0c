import type { AnalyzedDocument } from '../model/document.ts';
import type { SearchHit, Store } from '../storage/store.ts';
import type { SearchFilters } from './query-schemas.ts';

/** A page of search hits; `isTotalCapped` says the total counts only the first candidates (store cap or `SCAN_LIMIT`). */
export interface FoundDocuments {
  readonly total: number;
  readonly hits: readonly SearchHit[];
  readonly isTotalCapped: boolean;
}

const SCAN_LIMIT = 1000;
const PAGE = 200;

/**
 * Runs a search with every UI filter. The Store seam filters text, dates, topic, actor and source itself; place and
 * QuadClass need the analysed documents, so those filters scan at most SCAN_LIMIT candidates and say so.
 */
export async function findDocuments(store: Store, filters: SearchFilters, limit: number, offset: number): Promise<FoundDocuments> {
  const base = {
    ...(filters.q ? { text: filters.q } : {}),
    ...(filters.since ? { since: filters.since } : {}),
    ...(filters.until ? { until: filters.until } : {}),
    ...(filters.topic ? { topic: filters.topic } : {}),
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.source ? { source: filters.source } : {}),
  };
  if (!filters.place && filters.quadClass === undefined) {
    const result = await store.search({ ...base, limit, offset });
    return { total: result.total, hits: result.hits, isTotalCapped: result.isTotalCapped ?? false };
  }
  const kept: SearchHit[] = [];
  let scanned = 0;
  let total = Infinity;
  let isStoreCapped = false;
  while (scanned < Math.min(total, SCAN_LIMIT)) {
    const page = await store.search({ ...base, limit: PAGE, offset: scanned });
    total = page.total;
    isStoreCapped = page.isTotalCapped ?? false;
    if (page.hits.length === 0) break;
    scanned += page.hits.length;
    const docs = await Promise.all(page.hits.map((hit) => store.getDocument(hit.id)));
    page.hits.forEach((hit, i) => {
      const doc = docs[i];
      if (doc && matchesDocument(doc, filters)) kept.push(hit);
    });
  }
  return { total: kept.length, hits: kept.slice(offset, offset + limit), isTotalCapped: total > SCAN_LIMIT || isStoreCapped };
}

/** Whether an analysed document mentions the place and holds an event of the QuadClass asked for. */
function matchesDocument(doc: AnalyzedDocument, filters: Pick<SearchFilters, 'place' | 'quadClass'>): boolean {
  if (filters.quadClass !== undefined && !doc.events.some((e) => e.quadClass === filters.quadClass)) return false;
  if (filters.place) {
    const wanted = filters.place.toLowerCase();
    const isMatch = doc.places.some((p) => [p.name, p.region, p.country].some((v) => v?.toLowerCase() === wanted));
    if (!isMatch) return false;
  }
  return true;
}
