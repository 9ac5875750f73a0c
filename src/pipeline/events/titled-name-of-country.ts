import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { isBareCountry } from './agent-roles.ts';

/**
 * "King Abdullah of Jordan", "President Ruto of Kenya": a title, a name no dictionary codes, then "of" and the country
 * the holder serves. Returns the name (to drop) and the country mention (to take the title's role).
 */
export function titledNameOfCountry(tokens: readonly Token[], mentions: readonly ActorMention[], agent: ActorDictionaryMatch): { name: ActorMention; country: ActorMention } | undefined {
  if (!/^[A-Z]/.test(tokens[agent.firstToken]?.text ?? '')) return undefined;
  const name = mentions.find((mention) => mention.first === agent.lastToken + 1 && mention.code === undefined);
  if (!name || tokens[name.last + 1]?.lemma !== 'of') return undefined;
  const country = mentions.find((mention) => mention.first === name.last + 2 && isBareCountry(mention.code));
  return country ? { name, country } : undefined;
}
