import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { subjectOf } from './find-subject.ts';

/**
 * Coming, going and gathering: verbs that are no event of their own but whose purpose infinitive is their subject's act.
 * Verbs that send someone else ("urged the sides to talk", "called on donors to give") are left out on purpose.
 */
const MOVEMENTS = new Set(['gather', 'assemble', 'rally', 'march', 'converge', 'mass', 'flock', 'cross', 'step', 'walk', 'drive', 'come', 'go', 'return', 'head', 'arrive', 'stay', 'camp']);
/** A crowd come together "to demand" something protests (14) for it; its demand is no act of its own (10). */
const ASSEMBLIES = new Set(['gather', 'assemble', 'rally', 'march', 'converge', 'mass', 'flock', 'camp']);
/** Words between the verb and "to" that keep the infinitive in its clause: a place, a day, a thing crossed. */
const PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'ADV', 'PART']);
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
      // "stepped up to take the penalty", "stepped up pressure": "up" makes it another verb.
      const isMovement = MOVEMENTS.has(token.lemma) && tokens[index + 1]?.lemma !== 'up';
      const isDemandOfCrowd = ASSEMBLIES.has(token.lemma) && code.startsWith('10');
      return isMovement && !isDemandOfCrowd ? subjectOf(tokens, groups, countryless, index, sentenceStart, isBuiltin) : undefined;
    }
    // A name between is where the movement went, never one sent to act ("came to Lima to sign" is the comer's).
    if (!PHRASE_WORDS.has(token.pos) && token.pos !== 'AUX') return undefined;
  }
  return undefined;
}
