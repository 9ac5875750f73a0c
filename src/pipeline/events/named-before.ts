import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { countryOf } from './state-country.ts';

/**
 * "Tajik students threw stones at Uzbek guards, and the guards fired shots": a body named again without a country, by
 * the same noun and role as one named before it with a country, is that body, so it takes that country rather than a
 * place's or the sentence's first country. Two countries' bodies of that noun before it ("Russian and Ukrainian troops")
 * leave it open, and so does another country named since or just after it ("crossed into Sudan, where soldiers fired",
 * "and police in Nepal detained"): the noun may then be that country's body.
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
  return country !== undefined && isOtherCountryNear(tokens, mentions, mention, country) ? undefined : country;
}

/** Tokens past the noun in which a place still belongs to its phrase ("police across the border in Nepal"). */
const PLACE_REACH = 5;

// "Israeli troops in Hebron, and the troops fired": where the body named first stands says nothing of the second.
const OWN_PLACE_WORDS = new Set(['in', 'inside', 'at', 'near']);
const OWN_PLACE_REACH = 4;

function isOtherCountryNear(tokens: readonly Token[], mentions: readonly ActorMention[], mention: ActorMention, country: string): boolean {
  const named = mentions.find((other) => other.code?.slice(3) === mention.code?.slice(3) && countryOf(other) === country && other.last < mention.first);
  const from = named?.last ?? -1;
  const isOwnPlace = (other: ActorMention): boolean => other.first - from <= OWN_PLACE_REACH && OWN_PLACE_WORDS.has(tokens[from + 1]?.lemma ?? '');
  return mentions.some((other) => other.first > from && other.first <= mention.last + PLACE_REACH && other !== mention && countryOf(other) !== undefined && countryOf(other) !== country && !isOwnPlace(other));
}
