import type { AnalyzedDocument } from '../../model/document.ts';
import type { ActorMention } from './find-actor-mentions.ts';

/**
 * "Gunmen attacked a church in Niger state", "in Mexico state": a country's name inside a longer name of a region or
 * town the places stage resolved to another country stands for that country. A bare name ("help Georgia rebuild" in a
 * story that names the United States) stays the country: the word after it is what settles it. Mentions that name a
 * place themselves (the places stage's own) are left alone.
 */
export function withNamesakeRegions(doc: AnalyzedDocument, mentions: readonly ActorMention[], places: readonly ActorMention[]): ActorMention[] {
  if (places.length === 0) return [...mentions];
  return mentions.map((mention) => {
    if (!mention.code || !/^[A-Z]{3}$/.test(mention.code) || mention.placeId !== undefined) return mention;
    const region = places.find((place) => place.first <= mention.first && place.last > mention.last && place.code !== mention.code && isSubnational(doc, place.placeId));
    return region?.code ? { ...mention, code: region.code } : mention;
  });
}

function isSubnational(doc: AnalyzedDocument, placeId: string | undefined): boolean {
  const place = placeId === undefined ? undefined : doc.places.find((candidate) => candidate.id === placeId);
  return place !== undefined && place.precision !== 'country';
}
