import type { AnalyzedDocument } from '../model/document.ts';
import type { Watch, WatchMatch } from '../model/watch.ts';

/**
 * Evaluates a saved query against one new article: every field given must match (actors, event codes, places,
 * topics by any of their values; text by all of its words). Returns the match with the reasons, or undefined.
 */
export function matchWatch(watch: Watch, doc: AnalyzedDocument): WatchMatch | undefined {
  const { query } = watch;
  const reasons: string[] = [];
  if (query.actors?.length) {
    const hit = query.actors.find((wanted) =>
      doc.actors.some((actor) => same(actor.name, wanted) || startsWith(actor.code, wanted) || (actor.aliases ?? []).some((alias) => same(alias, wanted))),
    );
    if (!hit) return undefined;
    reasons.push(`actor ${hit}`);
  }
  if (query.eventCodes?.length) {
    const hit = query.eventCodes.find((code) => doc.events.some((event) => event.code.startsWith(code)));
    if (!hit) return undefined;
    reasons.push(`event ${hit}`);
  }
  if (query.places?.length) {
    const hit = query.places.find((wanted) => doc.places.some((place) => same(place.name, wanted) || same(place.country, wanted) || same(place.region, wanted)));
    if (!hit) return undefined;
    reasons.push(`place ${hit}`);
  }
  if (query.topics?.length) {
    const hit = query.topics.find((slug) => doc.topics.some((topic) => topic.slug === slug && topic.score >= 0.3));
    if (!hit) return undefined;
    reasons.push(`topic ${hit}`);
  }
  if (query.text?.trim()) {
    const haystack = `${doc.meta.title ?? ''}\n${doc.text}`.toLowerCase();
    const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.every((word) => haystack.includes(word))) return undefined;
    reasons.push(`text "${query.text.trim()}"`);
  }
  if (reasons.length === 0) return undefined;
  return {
    watchId: watch.id,
    watchName: watch.name,
    documentId: doc.id,
    title: doc.meta.title ?? doc.text.trim().split('\n')[0]?.slice(0, 120) ?? '',
    ...(doc.meta.url ? { url: doc.meta.url } : {}),
    ...(doc.meta.published ? { published: doc.meta.published } : {}),
    reasons,
  };
}

function same(value: string | undefined, wanted: string): boolean {
  return value !== undefined && value.toLowerCase() === wanted.toLowerCase();
}

function startsWith(code: string | undefined, wanted: string): boolean {
  return code !== undefined && /^[A-Z]{3,}$/.test(wanted) && code.startsWith(wanted);
}
