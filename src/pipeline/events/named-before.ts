import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { countryOf } from './state-country.ts';

/**
 * "Tajik students threw stones at Uzbek guards, and the guards fired shots": a body named again without a country, by
 * the same noun and role as one named before it with a country, is that body, so it takes that country rather than a
 * place's or the sentence's first country. Two countries' bodies of that noun before it ("Russian and Ukrainian troops")
 * leave it open.
 */
export function countryNamedBefore(tokens: readonly Token[], mentions: readonly ActorMention[], mention: ActorMention): string | undefined {
  const head = tokens[mention.last]?.lemma.toLowerCase();
  const role = mention.code?.slice(3);
  if (!head || !role) return undefined;
  let country: string | undefined;
  for (const other of mentions) {
    if (other.last >= mention.first || other.code?.slice(3) !== role || tokens[other.last]?.lemma.toLowerCase() !== head) continue;
    const named = countryOf(other);
    if (!named) continue;
    if (country !== undefined && country !== named) return undefined;
    country = named;
  }
  return country;
}
