import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { byAgent } from './find-agents.ts';
import { subjectOf } from './find-subject.ts';
import { ARMED_FORCE_ROLES, roleOf } from './agent-roles.ts';
import { BROKERED_THINGS } from './brokered-agreement.ts';

// Who acts in force events whose grammatical subject is a thing: a device that exploded, a victim who died.

/**
 * "A bomb planted by the rebels exploded outside the ministry": a pattern whose words before the trigger end in a
 * participle with its "by" agent ("plant * explode") is that agent's act, though the bomb is the verb's subject.
 */
export function participleAgent(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, match: TriggerMatch): ActorGroup | undefined {
  if (!match.pattern.isBuiltin || match.firstWord === undefined || tokens[match.firstWord + 1]?.lemma !== 'by') return undefined;
  const agent = byAgent(tokens, groups, countryless, match.firstWord);
  return agent && agent.last < match.trigger ? agent : undefined;
}

const DYING = new Set(['die', 'perish']);

/**
 * "Three soldiers died in an ambush by Taliban fighters", "lost their lives in an air strike": a death told without a
 * passive reads as one, the dead its target; it is coded only when the words name who killed them.
 */
export function isDeathVerb(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (!match.pattern.isBuiltin || match.pattern.code !== '190') return false;
  const lemma = tokens[match.trigger]?.lemma ?? '';
  return DYING.has(lemma) || (lemma === 'lose' && tokens[match.lastWord]?.lemma === 'life');
}

const AIMED_LINKS = new Set(['of', 'on', 'against']);

/**
 * "Several fishermen died in Saudi Arabia's bombardment of Hodeidah": dead with no country of their own leave the event
 * to the attack noun, which names what it was aimed at.
 */
export function isLeftToAttackNoun(tokens: readonly Token[], lastWord: number, dead: ActorGroup | undefined): boolean {
  if (!dead?.members.every((member) => member.isCountryless)) return false;
  for (let index = lastWord + 2; index <= lastWord + 8; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB') return false;
    if (AIMED_LINKS.has(token.lemma) && tokens[index - 1]?.pos === 'NOUN') return true;
  }
  return false;
}

const MEASURE_CODES = new Set(['163', '085']);

/**
 * "Sanctions on Belarus were lifted by the EU": a measure named as a noun that is the subject of a passive verb is
 * coded by that verb (lifted 085, tightened 163), not as a measure taken.
 */
export function isMeasureOfPassive(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (!match.pattern.isNoun || !MEASURE_CODES.has(match.pattern.code)) return false;
  const from = (match.preposition ?? match.lastWord) + 1;
  for (let index = from; index <= from + 7; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'ADP') return false;
    if (token.lemma === 'be' && tokens[index + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/** Armed forces, rebels, militias and militant groups (CAMEO's `IMG…` codes), by each member's code. */
export function isArmed(group: ActorGroup | undefined): boolean {
  return group !== undefined && group.members.every((member) => member.code !== undefined && (ARMED_FORCE_ROLES.has(roleOf(member.code)) || member.code.startsWith('IMG')));
}

const BACKING = new Set(['back', 'backed', 'lead', 'led', 'support', 'supported', 'arm', 'armed', 'fund', 'funded', 'sponsor', 'sponsored', 'train', 'trained', 'aid', 'aided']);

/**
 * "M23 rebels backed by Rwanda seized Goma": the agent of a participle describing the subject is not the subject; the
 * actor the participle describes is.
 */
export function subjectBeforeBacker(tokens: readonly Token[], groups: readonly ActorGroup[], subject: ActorGroup | undefined, trigger: number): ActorGroup | undefined {
  if (!subject || subject.last >= trigger || tokens[subject.first - 1]?.lemma !== 'by') return undefined;
  const participle = tokens[subject.first - 2];
  if (!participle || !(BACKING.has(participle.lemma) || BACKING.has(participle.text.toLowerCase()))) return undefined;
  const comma = tokens[subject.first - 3]?.text === ',' ? 1 : 0;
  return groups.find((group) => group.last === subject.first - 3 - comma);
}

const TOPIC_WORDS = new Set(['on', 'about', 'over']);

/**
 * "brokered talks between Serbia and Kosovo on the return of refugees": a noun event after talks is their topic, not a
 * time (a journey is still one: "met Biden on a visit to Washington").
 */
export function isTalkTopic(tokens: readonly Token[], noun: number, lastRoot: string | undefined): boolean {
  if (lastRoot !== '04') return false;
  let index = noun - 1;
  while (tokens[index]?.pos === 'DET' || tokens[index]?.pos === 'ADJ') index--;
  return TOPIC_WORDS.has(tokens[index]?.lemma ?? '');
}

/**
 * "talks on normalising relations", "an agreement on restoring flights": a gerund after "on", "about" or "over" that
 * follows a deal or talks is what they are about, not an act done.
 */
export function isTopicGerund(tokens: readonly Token[], trigger: number): boolean {
  return (tokens[trigger]?.text.endsWith('ing') ?? false) && TOPIC_WORDS.has(tokens[trigger - 1]?.lemma ?? '') && BROKERED_THINGS.has(tokens[trigger - 2]?.lemma ?? '');
}

const LIGHT_VERBS = new Set(['begin', 'start', 'launch', 'hold', 'conduct', 'stage', 'carry', 'mount', 'kick']);
// "Ostria hit back with tariffs on…", "Vellmark responded with air strikes": the means a response names are its subject's acts.
const RESPONSE_VERBS = new Set(['respond', 'retaliate', 'hit', 'strike', 'answer', 'react', 'reply']);

/**
 * "Russia started a week of joint naval drills near Japan": a noun event far into the object of a light verb is its
 * subject's; so is one the subject owns ("Niger and Mali announced their withdrawal"), and one a response is made with
 * ("Ostria hit back with a levy on Vellish steel").
 */
export function lightVerbSubject(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, noun: number, sentenceStart: number): ActorGroup | undefined {
  const verb = verbBefore(tokens, noun, sentenceStart);
  if (verb === undefined) return undefined;
  return LIGHT_VERBS.has(tokens[verb]?.lemma ?? '') || isOwnedNoun(tokens, noun) || isResponseMeans(tokens, verb, noun) ? subjectOf(tokens, groups, countryless, verb, sentenceStart, true) : undefined;
}

/** The response verb a noun event is the means of ("…, and Ostria hit back with tariffs"), or undefined. */
export function responseVerbOf(tokens: readonly Token[], noun: number, sentenceStart: number): number | undefined {
  const verb = verbBefore(tokens, noun, sentenceStart);
  return verb !== undefined && isResponseMeans(tokens, verb, noun) ? verb : undefined;
}

/** The nearest verb before a noun in its clause (no comma or semicolon between), within a few words. */
function verbBefore(tokens: readonly Token[], noun: number, sentenceStart: number): number | undefined {
  for (let index = noun - 1; index >= Math.max(sentenceStart, noun - 8); index--) {
    const token = tokens[index];
    if (!token || token.text === ',' || token.text === ';') return undefined;
    if (token.pos === 'VERB') return index;
  }
  return undefined;
}

/** "hit back with new tariffs", "responded on Friday with air strikes": the noun is what the response was made with. */
function isResponseMeans(tokens: readonly Token[], verb: number, noun: number): boolean {
  if (!RESPONSE_VERBS.has(tokens[verb]?.lemma ?? '')) return false;
  for (let index = verb + 1; index < noun; index++) if (tokens[index]?.lemma === 'with') return true;
  return false;
}

/** "announced their withdrawal", "confirmed its immediate exit": the possessive is the verb's subject, whatever the verb. */
function isOwnedNoun(tokens: readonly Token[], noun: number): boolean {
  let index = noun - 1;
  while (tokens[index]?.pos === 'ADJ') index--;
  const owner = tokens[index]?.text.toLowerCase();
  return owner === 'their' || owner === 'its';
}
