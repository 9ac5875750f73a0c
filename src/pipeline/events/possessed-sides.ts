import type { Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { roleOf } from './agent-roles.ts';
import { PLURAL_POSSESSIVE_MARKS, POSSESSIVE_MARKS } from './possessive-marks.ts';
import { countryOf, stateCountry } from './state-country.ts';
import { isPluralNoun } from './plural-noun.ts';

const GROUP_OWNERS = new Set(['its', 'their']);
const PERSON_OWNERS = new Set(['his', 'her']);
/** "its most senior military commanders", "their 25 crew members": words that may stand between the possessive and the agent noun. */
const OWNED_MODIFIER_TAGS = new Set(['ADJ', 'ADV', 'NUM', 'NOUN']);
const MODIFIER_GAP = 3;
/** What stands between a subject and the possessive of its own verb's object: "Kenya recalled its envoy", "had quickly sent all their troops". */
const VERB_PHRASE_TAGS = new Set(['VERB', 'AUX', 'ADV', 'PART', 'DET']);
const SUBJECT_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "struck Iran and killed several of its commanders", "dissolved the party and banned its leaders": an agent noun owned
 * by "its"/"their" (or "his"/"her") and done to is the people of the actor the pronoun points back to, the latest one
 * named before it (a person for "his"/"her", no plural noun for "its"), so it takes that actor's country: a country or
 * its state or a person lends its country to the noun's role (IRNMIL, "his ministers" NERGOV), a party is its own
 * people (THAOPP). Left as it is:
 * - when that actor is the subject of the verb the noun is the object of ("Kenya recalled its envoy", "coast guards
 *   boarded its boats"): the pronoun may be the subject's own or a third side's;
 * - when the noun opens a clause of its own ("warned that his troops would…", "said its forces had…"): the reported
 *   subject is read by the speaker readings (reported-speaker-pronouns.ts), and coded here it would become the
 *   speaker's target;
 * - when the noun owns a thing ("his fighters' march"), the owner is a place ("left its residents…"), or the noun is a
 *   leader's own office ("his government").
 */
export function withOwnersOfPossessed(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  if (!mentions.some((mention) => mention.isCountryless === true)) return mentions;
  return mentions.map((owned) => {
    if (owned.isCountryless !== true || isClauseSubject(tokens, owned.last) || POSSESSIVE_MARKS.has(tokens[owned.last + 1]?.text ?? '') || PLURAL_POSSESSIVE_MARKS.has(tokens[owned.last + 1]?.text ?? '')) return owned;
    const at = possessiveBefore(tokens, owned.first);
    const pronoun = tokens[at]?.text.toLowerCase() ?? '';
    if (!GROUP_OWNERS.has(pronoun) && !PERSON_OWNERS.has(pronoun)) return owned;
    // "acknowledged that its forces shot down…": a possessive opening a that-clause heads its subject, however the verb is tagged.
    if (tokens[at - 1]?.lemma === 'that' || mentions.some((mention) => mention.first <= at && at <= mention.last)) return owned;
    const isPerson = PERSON_OWNERS.has(pronoun);
    const owner = mentions.findLast((mention) => mention.last < at && mention.code !== undefined && (mention.isPerson === true) === isPerson && (isPerson || isSingular(tokens, pronoun, mention)));
    // An owner with no state's country (an international body, a movement) lends none.
    const country = countryOf(owner);
    if (!owner?.code || country === undefined || owner.placeId !== undefined || isSubjectOfOwnedObject(tokens, owner.last, at)) return owned;
    const role = roleOf(owned.code);
    const code = (stateCountry(owner) !== undefined || owner.isPerson === true) && role !== '' ? `${country}${role}` : owner.code;
    // "an attack on his government": a leader's own office is the leader, no other side.
    if (owner.isPerson === true && code === owner.code) return owned;
    // The possessive opens the noun's phrase, so a preposition or verb before it is read as the phrase's.
    return actorMention({ ...owned, first: at, code, country, isCountryless: undefined });
  });
}

/** "three American citizens and demanded that its…": "its" stands for no plural noun. */
function isSingular(tokens: readonly Token[], pronoun: string, mention: ActorMention): boolean {
  const head = tokens[mention.last];
  return pronoun !== 'its' || !isPluralNoun(head);
}

/** The possessive pronoun before an agent noun, past a few modifiers ("its most senior military"), or -1. */
function possessiveBefore(tokens: readonly Token[], first: number): number {
  for (let index = first - 1; index >= Math.max(0, first - 1 - MODIFIER_GAP); index--) {
    const token = tokens[index];
    if (!token) return -1;
    const word = token.text.toLowerCase();
    if (GROUP_OWNERS.has(word) || PERSON_OWNERS.has(word)) return index;
    if (!OWNED_MODIFIER_TAGS.has(token.pos)) return -1;
  }
  return -1;
}

/** "its forces had shelled", "his troops would": a verb follows the owned noun. */
function isClauseSubject(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next?.pos === 'VERB' || next?.pos === 'AUX';
}

/** "Kenya recalled its envoy", "Russian drones had hit its soldiers": only the rest of the owner's phrase and a verb phrase before the possessive. */
function isSubjectOfOwnedObject(tokens: readonly Token[], ownerLast: number, possessive: number): boolean {
  let from = ownerLast + 1;
  while (from < possessive && SUBJECT_PHRASE_TAGS.has(tokens[from]?.pos ?? '')) from++;
  const between = tokens.slice(from, possessive);
  return between.some((token) => token.pos === 'VERB') && between.every((token) => VERB_PHRASE_TAGS.has(token.pos));
}
