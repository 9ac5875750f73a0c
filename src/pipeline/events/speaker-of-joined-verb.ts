import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { REPORTING_VERBS } from './clause-shape.ts';
import { SPOKEN_ROOTS } from './attributed-participle.ts';
import { subjectOf } from './find-subject.ts';
import { CLAUSE_ENDS } from './coordinated-subject.ts';

/**
 * "Nairobi said Somali gunmen had raided a village, and vowed to hit back": a verb in the simple past joined by ", and"
 * to a reported clause in the past perfect goes with the reporting verb, not with the reported one, so its subject is
 * the speaker. Only an act done in words: in "said gunmen had attacked the convoy and killed four" the killing is the
 * gunmen's, its "had" left out. A reported clause in the simple past ("said jets struck … and vowed") is left as it is.
 */
export function speakerOfJoinedVerb(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, sentenceStart: number, code: string): ActorGroup | undefined {
  if (!SPOKEN_ROOTS.has(code.slice(0, 2))) return undefined;
  const link = tokens[trigger - 1]?.pos === 'ADV' ? trigger - 2 : trigger - 1;
  const verb = tokens[trigger];
  // The comma closes the reported clause: with none, "had seized the town and demanded talks" may share its "had".
  if (tokens[link]?.lemma !== 'and' || tokens[link - 1]?.text !== ',' || verb?.pos !== 'VERB' || !verb.text.endsWith('ed')) return undefined;
  let isPerfect = false;
  for (let index = link - 1; index > sentenceStart; index--) {
    const token = tokens[index];
    if (!token || CLAUSE_ENDS.has(token.text)) return undefined;
    if (token.lemma === 'have' && token.text.toLowerCase() === 'had' && tokens[index + 1]?.pos === 'VERB') isPerfect = true;
    if (!isPerfect || token.pos !== 'VERB' || !REPORTING_VERBS.has(token.lemma)) continue;
    const speaker = subjectOf(tokens, groups, countryless, index, sentenceStart, true);
    return speaker !== undefined && speaker.last < index && speaker.members.some((member) => member.code !== undefined) ? speaker : undefined;
  }
  return undefined;
}
