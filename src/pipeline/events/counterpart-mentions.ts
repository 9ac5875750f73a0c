import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { OFFICE_ROLES, roleOf } from './agent-roles.ts';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);

/**
 * "Peru's foreign minister met his Chilean counterpart (Marco Diaz)": a counterpart holds the peer's office in the other
 * country, so the nationality and any name after it become one actor with that country and the peer's role (CHLGOV).
 */
export function withCounterparts(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  // The loop tests the word after each mention, not the whole document per sentence: a scan of every token here ran once a sentence.
  let result = mentions;
  for (const country of mentions) {
    const word = country.last + 1;
    if (tokens[word]?.lemma !== 'counterpart' || !POSSESSIVES.has(tokens[country.first - 1]?.lemma ?? '') || !/^[A-Z]{3}$/.test(country.code ?? '')) continue;
    const peer = result.findLast((mention) => mention.last < country.first - 1 && (mention.code?.length ?? 0) >= 6 && !mention.code?.startsWith(country.code ?? ''));
    const office = roleOf(peer?.code);
    const sector = OFFICE_ROLES.has(office) ? office : 'GOV';
    const nameAt = tokens[word + 1]?.text === ',' ? word + 2 : word + 1;
    // The peer's own dictionary code may be dated or partial ("KGZOPP"); the office matched is the peer's.
    const named = result.find((mention) => mention.first === nameAt && (mention.code === undefined || mention.code.startsWith(country.code ?? '') || mention.isPerson === true));
    const counterpart: ActorMention = actorMention({
      first: country.first,
      last: named?.last ?? word,
      code: `${country.code ?? ''}${sector}`,
      country: country.code ?? '',
      name: named ? named.name : `${country.name} counterpart`,
      ...(named?.actorId ? { actorId: named.actorId } : {}),
      ...(named ? { isPerson: true } : {}),
    });
    result = result.filter((mention) => mention !== named).map((mention) => (mention === country ? counterpart : mention));
  }
  return result;
}
