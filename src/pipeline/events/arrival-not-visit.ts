import type { Sentence, Token } from '../../model/token.ts';
import { FORCES } from './body-exit.ts';
import type { SentenceEvent } from './code-sentence.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { singular } from '../quantities/counted-phrase.ts';

// Who arrives somewhere as a body of people, not as a guest: troops are deployed and refugees flee; neither is received on a visit.
const DEPLOYED = new Set([...FORCES, 'paratrooper', 'marine', 'commando', 'reinforcement', 'refugee', 'migrant']);
// Verbs a traveller's subject may stand before without ending it ("began arriving", "started to arrive").
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'be', 'have']);
const SUBJECT_REACH = 12;
// A force only when there are several: "a senior US officer arrived in Taipei" is a visit, "officers arrived" a deployment.
const PLURAL_ONLY = new Set(['officer']);

/**
 * "Kenyan soldiers arrived in Haiti", "troops from the regional bloc began arriving in the capital": forces reaching a
 * country are a deployment, not a visit (042) the country hosts (043). "A Cuban medical team arrived in Rome with
 * supplies": an arrival read as aid delivered (073, aid-arrival.ts) is that delivery, not a visit too. A leader, envoy or
 * army chief arriving keeps the visit.
 */
export function withoutDeployedVisitors(tokens: readonly Token[], sentence: Sentence, events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  if (!events.some(isJourney)) return events;
  const deliveries = new Set(events.filter((event) => sentenceEventCode(event) === '073').map((event) => event.trigger));
  return events.filter((event) => !isJourney(event) || (!deliveries.has(event.trigger) && !isDeployedSubject(tokens, sentence, event.trigger)));
}

/** A visit written with a verb of going ("arrived in", "flew to"), not a noun ("a visit to"). */
function isJourney(event: SentenceEvent): boolean {
  return event.pattern.code === '042' && !event.pattern.isNoun;
}

/**
 * "The ousted leader arrived in Ruritania and was granted asylum": a traveller sheltered (075) where he arrives has fled
 * there; the arrival is no visit the country hosts, and the shelter granted with no agent named is the host's.
 */
export function withAsylumArrivals(events: readonly SentenceEvent[]): readonly SentenceEvent[] {
  if (!events.some(isJourney)) return events;
  const shelters = events.filter((event) => event.pattern.code === '075' && event.target?.code !== undefined);
  if (shelters.length === 0) return events;
  const flight = events.find((event) => isJourney(event) && shelters.some((shelter) => shelter.target?.code === event.source?.code));
  const host = flight?.target;
  if (flight === undefined || host === undefined) return events;
  const isSheltered = (event: SentenceEvent): boolean => event.pattern.code === '075' && event.target?.code === flight.source?.code;
  return events.flatMap((event) => {
    if (event.trigger === flight.trigger) return [];
    return isSheltered(event) && (event.isPassive || event.source === undefined) ? [{ ...event, source: host }] : [event];
  });
}

/** The head of the verb's subject, read back to a clause break: "Russian paratroopers", "troops from the bloc", not "police chief". */
function isDeployedSubject(tokens: readonly Token[], sentence: Sentence, verb: number): boolean {
  let start = Math.max(sentence.firstToken, verb - SUBJECT_REACH);
  for (let index = verb - 1; index >= start; index--) {
    const token = tokens[index] as Token;
    // "the Russian-led bloc": a verb glued on by a hyphen qualifies a name, it ends no clause.
    const isClauseVerb = token.pos === 'VERB' && !ASPECT_VERBS.has(token.lemma) && tokens[index - 1]?.text !== '-';
    if (token.text === ',' || token.text === ';' || isClauseVerb || token.pos === 'SCONJ') {
      start = index + 1;
      break;
    }
  }
  // The tagger may take a plural force word for a name: a sentence's first word ("Troops from…") or a lower-case one
  // ("Egyptian marines"). Only a plural or lower-case one: "Marine Le Pen" is a person and her arrival a visit.
  // The lemmatiser leaves some plurals whole ("marines"): the singular is tried too.
  const word = (token: Token): string => singular(token.pos === 'PROPN' ? token.text.toLowerCase() : token.lemma);
  const isMistaggedForce = (index: number): boolean => {
    const token = tokens[index];
    if (token?.pos !== 'PROPN' || !DEPLOYED.has(word(token))) return false;
    return token.text === token.text.toLowerCase() || (index === sentence.firstToken && token.text.endsWith('s'));
  };
  const isNoun = (index: number): boolean => tokens[index]?.pos === 'NOUN' || isMistaggedForce(index);
  let head = start;
  while (head < verb && !isNoun(head)) head++;
  // "police chief", tagged noun then adjective, is headed by its last word.
  while (head + 1 < verb && (tokens[head + 1]?.pos === 'NOUN' || tokens[head + 1]?.pos === 'ADJ')) head++;
  const headToken = tokens[head] as Token;
  return head < verb && DEPLOYED.has(word(headToken)) && (!PLURAL_ONLY.has(word(headToken)) || headToken.text.endsWith('s'));
}
