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

// "a truce in Yemen", "an end to the war in Sudan", "peace in Ukraine": what a call or a demand is about.
// "talks in Geneva", "a summit in Doha": where other parties meet, not where those the sentence leaves countryless live.
const MATTER_NOUNS = new Set(['ceasefire', 'truce', 'war', 'peace', 'conflict', 'genocide', 'crisis', 'hostility', 'talk', 'negotiation', 'table', 'summit', 'conference']);

/**
 * A place named as the matter or the venue of a noun just before its "in" ("rallied for a truce in Yemen, and police
 * arrested…", "urged the government to return to talks in Geneva"): it does not say where the sentence's unnamed police,
 * crowds or government are.
 */
export function isPlaceOfMatter(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  while (tokens[at]?.pos === 'DET' || tokens[at]?.pos === 'ADJ') at--;
  const link = tokens[at];
  const noun = tokens[at - 1];
  return link?.lemma === 'in' && noun?.pos === 'NOUN' && (MATTER_NOUNS.has(noun.lemma.toLowerCase()) || MATTER_NOUNS.has(noun.text.toLowerCase().replace(/s$/, '')));
}
