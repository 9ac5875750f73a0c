import type { AnalyzedDocument } from '../../model/document.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';

/**
 * "Gunmen attacked a church in Niger state", "storms hit Georgia and Florida": a country's name that the places stage
 * resolved to a region or town of another country (from a word after it or other places of that country named in
 * the article) stands for that country. Mentions that name a place themselves (the places stage's own) are left alone,
 * and so are those the user's own actor entries code (starting at `userStarts`): their code is the user's word.
 */
export function withNamesakeRegions(doc: AnalyzedDocument, mentions: readonly ActorMention[], places: readonly ActorMention[], userStarts: ReadonlySet<number>): readonly ActorMention[] {
  if (places.length === 0) return mentions;
  return mentions.map((mention) => {
    if (!mention.code || !/^[A-Z]{3}$/.test(mention.code) || mention.placeId !== undefined || userStarts.has(mention.first)) return mention;
    const region = places.find((place) => place.first <= mention.first && place.last >= mention.last && place.code !== mention.code && isSubnational(doc, place.placeId));
    return region?.code ? actorMention({ ...mention, code: region.code }) : mention;
  });
}

function isSubnational(doc: AnalyzedDocument, placeId: string | undefined): boolean {
  const place = placeId === undefined ? undefined : doc.places.find((candidate) => candidate.id === placeId);
  return place !== undefined && place.precision !== 'country';
}
