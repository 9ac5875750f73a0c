import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { toAfterTimePhrase } from './has-other-predicate.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { subjectOf } from './find-subject.ts';

/** A crowd come together "to demand" something protests (14) for it; its demand is no act of its own (10). */
const ASSEMBLIES = new Set(['gather', 'assemble', 'rally', 'march', 'converge', 'mass', 'flock', 'camp']);
/**
 * Coming, going and gathering: verbs that are no event of their own but whose purpose infinitive is their subject's act.
 * Verbs that send someone else ("urged the sides to talk", "called on donors to give") are left out on purpose.
 */
const MOVEMENTS = new Set([...ASSEMBLIES, 'cross', 'step', 'walk', 'drive', 'come', 'go', 'return', 'head', 'arrive', 'stay']);
/** "stepped up pressure to", "came under pressure to": the word after the verb makes it another verb, pressed, not moving. */
const OTHER_SENSES = new Set(['up', 'under']);
/** Words between the verb and "to" that keep the infinitive in its clause: a place, a day, a thing crossed. */
const PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'ADV', 'PART', 'AUX']);
const PHRASE_REACH = 10;

/**
 * "Tamar's president crossed the river on Monday to meet Ostrov's leader", "a crowd assembled outside the ministry to protest
 * against the junta": the subject of a purpose infinitive after a movement verb is that verb's subject.
 */
export function purposeSubject(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, sentenceStart: number, code: string, isBuiltin: boolean): ActorGroup | undefined {
  if (tokens[trigger - 1]?.lemma !== 'to' || tokens[trigger - 1]?.pos !== 'PART') return undefined;
  for (let index = trigger - 2; index >= Math.max(sentenceStart, trigger - PHRASE_REACH); index--) {
    const token = tokens[index];
    if (!token) return undefined;
    if (token.pos === 'VERB') {
      const isMovement = MOVEMENTS.has(token.lemma) && !OTHER_SENSES.has(tokens[index + 1]?.lemma ?? '');
      const isDemandOfCrowd = ASSEMBLIES.has(token.lemma) && code.startsWith('10');
      return isMovement && !isDemandOfCrowd ? subjectOf(tokens, groups, countryless, index, sentenceStart, isBuiltin) : undefined;
    }
    // A name between is where the movement went, never one sent to act ("came to Lima to sign" is the comer's).
    if (!PHRASE_WORDS.has(token.pos)) return undefined;
  }
  return undefined;
}

/**
 * "phoned the Thai king to express sympathy", "drove to the border on Monday to open a crossing": a purpose infinitive after
 * the last event's object (past a day) is the act of that event's subject, not of its object.
 */
export function isPurposeAfterObject(tokens: readonly Token[], trigger: number, subject: ActorGroup | undefined, lastSubject: ActorGroup | undefined, lastTarget: ActorGroup | undefined): boolean {
  return subject !== undefined && subject === lastTarget && lastSubject !== undefined && tokens[trigger - 1]?.lemma === 'to' && toAfterTimePhrase(tokens, subject.last + 1) === trigger - 1;
}

/** Whether the last event coded was the carried subject's own: an act of no one found leaves lastSubject an earlier clause's. */
export function isLastEventOf(events: readonly SentenceEvent[], lastTrigger: number, lastSubject: ActorGroup | undefined): boolean {
  return events.some((event) => event.trigger === lastTrigger && event.source !== undefined && lastSubject?.members.includes(event.source) === true);
}
