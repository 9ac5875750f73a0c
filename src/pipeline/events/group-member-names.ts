import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';

/** Nouns for one member of a body, written between the body and the member's name ("Rwandan army officer X"). */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'officer', 'commander', 'general', 'colonel', 'captain', 'major', 'lieutenant', 'sergeant', 'soldier', 'spokesman',
  'spokeswoman', 'official', 'chief', 'member', 'lawmaker', 'diplomat', 'envoy', 'agent', 'negotiator', 'prosecutor', 'judge',
]);

/**
 * "Former Rwandan army officer Pascal Simbikangwa", "Hamas commander Yahya Sinwar": a name no knowledge codes, written
 * right after a coded body and a noun for one of its members, is that body's man; the three become one mention with
 * the body's code, so an act on the name reaches the body's country.
 */
export function withMembersOfGroups(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  let result = mentions;
  for (const person of mentions) {
    if (person.code !== undefined || person.isCountryless === true || person.placeId !== undefined || !MEMBER_NOUNS.has(tokens[person.first - 1]?.lemma ?? '')) continue;
    if (!isProperName(tokens, person)) continue;
    const body = result.find((mention) => mention.last === person.first - 2 && mention.code !== undefined && mention.code.length > 3 && mention.isPerson !== true && mention.isCountryless !== true);
    if (!body) continue;
    const joined: ActorMention = actorMention({ ...body, last: person.last, name: `${body.name} ${tokens[person.first - 1]?.text ?? ''} ${person.name}`, isPerson: true });
    result = result.filter((mention) => mention !== person).map((mention) => (mention === body ? joined : mention));
  }
  return result;
}

function isProperName(tokens: readonly Token[], mention: ActorMention): boolean {
  if (mention.isPerson === true) return true;
  for (let index = mention.first; index <= mention.last; index++) if (tokens[index]?.pos !== 'PROPN') return false;
  return true;
}
