import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { subjectOf } from './find-subject.ts';

/** "the first", "the only", "the latest": ranks that make "became the first leader to visit" a deed done, not an intent. */
const RANKS = new Set(['first', 'second', 'third', 'last', 'latest', 'only', 'youngest', 'oldest']);
/** Words of the ranked noun phrase between the rank and "to": "the first foreign head of state in 20 years to". */
const RANKED_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP', 'DET', 'NUM', 'PRON']);
const PHRASE_REACH = 10;

/**
 * Where the verb "become" of "X became the first Y to act" stands, when the infinitive at `trigger` ends such a ranked
 * phrase: its subject did the act, which happened ("became the first state to quit the treaty"). Not "be": "the strike
 * was the first test of the cabinet's resolve to push on" ranks a thing, and the infinitive is the resolve's.
 */
export function firstToActVerb(tokens: readonly Token[], trigger: number): number | undefined {
  if (tokens[trigger - 1]?.lemma !== 'to') return undefined;
  for (let index = trigger - 2; index >= Math.max(0, trigger - PHRASE_REACH); index--) {
    const token = tokens[index];
    if (!token) return undefined;
    if (RANKS.has(token.lemma)) {
      const verb = tokens[index - 2];
      return tokens[index - 1]?.lemma === 'the' && verb?.lemma === 'become' ? index - 2 : undefined;
    }
    if (!RANKED_PHRASE.has(token.pos)) return undefined;
  }
  return undefined;
}

/** The subject of "became the first … to" before the infinitive at `trigger`: "Ghana became the first African state to recognise…". */
export function firstToActSubject(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, sentenceStart: number, isBuiltin: boolean): ActorGroup | undefined {
  const verb = firstToActVerb(tokens, trigger);
  const subject = verb === undefined ? undefined : subjectOf(tokens, groups, countryless, verb, sentenceStart, isBuiltin);
  // A name the actors stage does not know ("Acme has become the first firm to…") leaves the act to no one.
  return subject?.members.some((member) => member.code !== undefined) === true ? subject : undefined;
}
