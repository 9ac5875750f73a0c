import type { Token } from '../../model/token.ts';
import { POSSESSIVES, type ActorGroup } from './actor-groups.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { MEMBER_NOUNS } from './group-member-names.ts';
import { PLURAL_POSSESSIVE_MARKS, POSSESSIVE_MARKS } from './possessive-marks.ts';

/**
 * Acts two sides can only do together: meeting and talks (04), ties, agreements and truces (05, 0871), cooperation and
 * trade (06). Phone calls and visits carry their own reverse code; agreeing with someone's view (030) is one side's.
 */
const MUTUAL_CODE = /^(04[03-9]|05|06|0871)/;
/** Words that may stand between "with" and its partner's name ("with his Bolivian counterpart"). */
const PARTNER_DETERMINERS = new Set(['the', 'a', 'an', 'both', 'two', 'all', ...POSSESSIVES]);
/** Acts one side does to a deal the other side made or offered: "Congress approved a trade deal with Kenya". */
const ONE_SIDED_VERBS = new Set(['approve', 'ratify', 'endorse']);

/**
 * "Kenya signed a pact with Ethiopia", "established relations with Vietnam", "held talks with Norway's premier": the
 * partner named after "with" does the act too, as when both are the subject ("Kenya and Ethiopia signed a pact"), so the
 * act is coded both ways. Only a builtin symmetric act qualifies, only a target that the act's own "with" introduces, and
 * only between two sides whose country is known (an unplaced "the prime minister" may be the partner's own).
 */
export function isMutualWithPartner(tokens: readonly Token[], match: TriggerMatch, code: string, target: ActorGroup | undefined, from: ActorMention | undefined, to: ActorMention | undefined): boolean {
  if (!hasCountry(from) || !hasCountry(to)) return false;
  if (!target || match.pattern.isBuiltin !== true || match.pattern.isSymmetric !== true || match.pattern.reverseCode) return false;
  if (!MUTUAL_CODE.test(code) || target.first <= match.trigger || ONE_SIDED_VERBS.has(tokens[match.trigger]?.lemma ?? '')) return false;
  // "Kenya's president met his Tanzanian counterpart": whom one meets meets one too.
  if (isMetDirectly(tokens, match, target)) return true;
  let at = target.first - 1;
  while (at > match.trigger && PARTNER_DETERMINERS.has(tokens[at]?.lemma ?? '')) at -= 1;
  // The "with" must be the act's own ("signed a pact with"), not a later noun's ("accepted a truce at a meeting with").
  return tokens[at]?.lemma === 'with' && (at === match.preposition || at === match.lastWord + 1);
}

/** People a body sends to a meeting, named right after it ("met Hamas negotiators", "met his EU counterparts"). */
const SENT_PEOPLE = new Set([...MEMBER_NOUNS, 'leader', 'delegation', 'delegate', 'representative', 'mediator', 'minister', 'counterpart']);

/**
 * "met his Tanzanian counterpart", "met Karen rebels": `meet` with the one met as its direct object. "met the rebels'
 * demand", "met American resistance": what is met is a thing of theirs, not them.
 */
export function isMetDirectly(tokens: readonly Token[], match: TriggerMatch, object: ActorGroup | undefined): boolean {
  if (!object || tokens[match.trigger]?.lemma !== 'meet' || match.preposition !== undefined || object.first <= match.lastWord) return false;
  const after = tokens[object.last + 1];
  if ((after?.pos === 'NOUN' && !SENT_PEOPLE.has(after.lemma)) || isPossessiveMark(after?.text ?? '')) return false;
  let at = object.first - 1;
  while (at > match.lastWord && PARTNER_DETERMINERS.has(tokens[at]?.lemma ?? '')) at -= 1;
  return at === match.lastWord;
}

const isPossessiveMark = (text: string): boolean => POSSESSIVE_MARKS.has(text) || PLURAL_POSSESSIVE_MARKS.has(text);

function hasCountry(mention: ActorMention | undefined): boolean {
  return mention?.code !== undefined && !mention.code.startsWith('---');
}
