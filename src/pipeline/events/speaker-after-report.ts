import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { isPassiveAt, REPORTING_VERBS } from './clause-shape.ts';
import { CLAUSE_ENDS } from './coordinated-subject.ts';
import { subjectOf } from './find-subject.ts';
import { predicateConjunctionBefore } from './predicate-conjunction.ts';

// Acts done by speaking alone, not material ones (06–09): "said a cashier was bandaged and released" is no act of the speaker.
const SPEECH_ACT_ROOTS = new Set(['01', '02', '03', '04', '05', '10', '11', '12', '13']);
// "had stalled", "was losing", "would fall": auxiliaries a joined past form cannot share, or have/be. A modal takes a
// bare verb, so a past tense after "and" cannot share it; "had" and "was" can be shared ("said gunmen had fled and threatened
// the mayor": the threat is theirs), which is why, with no comma, an actor heading the reported clause keeps the act.
const SHIFTED_AUXILIARIES = new Set(['have', 'be', 'would', 'could', 'might', 'will', 'can', 'should', 'may', 'must']);

/**
 * "Lima's foreign minister said the talks had stalled, and urged Quito to return", "Oslo said the row would pass and invited
 * Moscow's ambassador to talks": a spoken act joined by "and" right after a reported clause is the reporter's own
 * second act, not one the report tells of, when that clause's verb was shifted back by the report ("had", "would") or a
 * comma closes it. With no comma, an actor heading the reported clause may be the one acting again ("said rebels had seized
 * the town and demanded talks": the rebels demand, their "had" left out), so the act is the reporter's only when that clause
 * is headed by no actor. An act that found a coded subject of its own keeps it, unless a comma closes a clause shifted
 * back ("Nairobi said Somali gunmen had raided a village, and vowed to hit back": the vow is Nairobi's, not the gunmen's).
 */
export function speakerAfterReport(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, code: string, sentenceStart: number, hasOwnSubject: boolean): ActorGroup | undefined {
  const link = predicateConjunctionBefore(tokens, trigger);
  const verb = tokens[trigger];
  if (!SPEECH_ACT_ROOTS.has(code.slice(0, 2)) || link === undefined || tokens[link]?.lemma !== 'and' || verb?.pos !== 'VERB' || verb.text.endsWith('ing')) return undefined;
  // "would send police to help train and assist them": a bare verb is a second infinitive of the report, not a predicate of the reporter.
  if (verb.text.toLowerCase() === verb.lemma) return undefined;
  const isClosed = tokens[link - 1]?.text === ',';
  let isShifted = false;
  let reportedVerb: number | undefined;
  for (let index = link - 1; index > sentenceStart; index--) {
    const token = tokens[index] as Token;
    if (CLAUSE_ENDS.has(token.text)) return undefined;
    // "was flawed": a copula is the reported clause's predicate too.
    if (token.pos === 'AUX') reportedVerb ??= index;
    if (token.pos === 'AUX' && SHIFTED_AUXILIARIES.has(token.lemma)) isShifted = true;
    if (token.pos !== 'VERB' || token.text.endsWith('ing') || tokens[index - 1]?.pos === 'DET' || tokens[index - 1]?.pos === 'ADJ') continue;
    if (!REPORTING_VERBS.has(token.lemma) || tokens[index + 1]?.pos === 'PUNCT') {
      // "said a clerk was treated in hospital and released": the passive's auxiliary reaches the verb after "and" too.
      if (reportedVerb === undefined && isPassiveAt(tokens, index)) return undefined;
      reportedVerb ??= index;
      continue;
    }
    if (reportedVerb === undefined || !(isShifted || isClosed) || (hasOwnSubject && !(isShifted && isClosed))) return undefined;
    if (!isClosed && hasActorSubject(tokens, groups, countryless, reportedVerb, index)) return undefined;
    const speaker = subjectOf(tokens, groups, countryless, index, sentenceStart, true);
    return speaker !== undefined && speaker.last < index && speaker.members.some((member) => member.code !== undefined) ? speaker : undefined;
  }
  return undefined;
}

/** Whether the reported clause whose verb is at `verb` has an actor for its subject, after the reporting verb at `report`. */
function hasActorSubject(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, verb: number, report: number): boolean {
  const subject = subjectOf(tokens, groups, countryless, verb, report + 1, true);
  return subject !== undefined && subject.first > report && subject.last < verb;
}
