import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { isPassiveAt, REPORTING_VERBS } from './clause-shape.ts';
import { subjectOf } from './find-subject.ts';

// Acts done by speaking alone, not material ones (06–09): "said a cashier was bandaged and released" is no act of the speaker.
const SPOKEN_ROOTS = new Set(['01', '02', '03', '04', '05', '10', '11', '12', '13']);
const CLAUSE_ENDS = new Set([';', ':', '.', '"', '“', '”']);
// "would fall", "could collapse": a modal takes a bare verb, so a past-tense verb after "and" cannot share it and is the
// reporter's. "had" and "was" can be shared ("said gunmen had fled and threatened the mayor", "said the rebels were
// angry and threatened to fight": the threat is theirs), so after those only a comma closes the reported clause.
const SHIFTED_AUXILIARIES = new Set(['would', 'could', 'might', 'will', 'can', 'should', 'may', 'must']);

/**
 * "Lima's foreign minister said the talks had stalled, and urged Quito to return", "Oslo said the row would pass and
 * invited Moscow's ambassador to talks": a spoken act joined by "and" right after a reported clause is the reporter's
 * own second act, not one the report tells of, when that clause's verb is a modal's ("would", "could") or a comma
 * closes it. Read only when the act found no coded subject of its own.
 */
export function speakerAfterReport(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, code: string, sentenceStart: number): ActorGroup | undefined {
  const link = tokens[trigger - 1]?.pos === 'ADV' ? trigger - 2 : trigger - 1;
  const verb = tokens[trigger];
  if (!SPOKEN_ROOTS.has(code.slice(0, 2)) || tokens[link]?.lemma !== 'and' || verb?.pos !== 'VERB' || verb.text.endsWith('ing')) return undefined;
  // "would send police to help train and assist them": a bare verb is a second infinitive of the report, not a predicate of the reporter.
  if (verb.text.toLowerCase() === verb.lemma) return undefined;
  let isShifted = tokens[link - 1]?.text === ',';
  let hasReportedVerb = false;
  for (let index = link - 1; index > sentenceStart; index--) {
    const token = tokens[index] as Token;
    if (CLAUSE_ENDS.has(token.text)) return undefined;
    // "was flawed": a copula is the reported clause's predicate too.
    if (token.pos === 'AUX') hasReportedVerb = true;
    if (token.pos === 'AUX' && SHIFTED_AUXILIARIES.has(token.lemma)) isShifted = true;
    if (token.pos !== 'VERB' || token.text.endsWith('ing') || tokens[index - 1]?.pos === 'DET' || tokens[index - 1]?.pos === 'ADJ') continue;
    if (!REPORTING_VERBS.has(token.lemma) || tokens[index + 1]?.pos === 'PUNCT') {
      // "said a clerk was treated in hospital and released": the passive's auxiliary reaches the verb after "and" too.
      if (!hasReportedVerb && isPassiveAt(tokens, index)) return undefined;
      hasReportedVerb = true;
      continue;
    }
    if (!hasReportedVerb || !isShifted) return undefined;
    const speaker = subjectOf(tokens, groups, countryless, index, sentenceStart, true);
    return speaker !== undefined && speaker.last < index && speaker.members.some((member) => member.code !== undefined) ? speaker : undefined;
  }
  return undefined;
}
