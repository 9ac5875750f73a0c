import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { isPassiveAt } from './clause-shape.ts';
import { subjectOf } from './find-subject.ts';
import { hasObjectNear } from './object-near.ts';

/** Marks that end the clause a joined verb may look back into for its subject. */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':', '.', '"', '“', '”']);

/**
 * "Tadic laid a wreath at a mass grave on Thursday and apologised to Croatia": a verb joined by "and" to an earlier one
 * that coded nothing shares that verb's subject, however long the first verb phrase is.
 */
export function coordinatedSubject(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, sentenceStart: number, isAimedAtHome: boolean): ActorGroup | undefined {
  // Not predicateConjunctionBefore: "and was remanded" would reach back over the auxiliary to an earlier clause's subject.
  const link = tokens[trigger - 1]?.pos === 'ADV' ? trigger - 2 : trigger - 1;
  // ", and Islamabad vowed": a comma before "and" more often opens a clause with a subject of its own, named or not.
  if (tokens[link]?.lemma !== 'and' || tokens[link - 1]?.text === ',' || tokens[trigger]?.pos !== 'VERB' || tokens[trigger]?.text.endsWith('ing')) return undefined;
  // "saw its profits fall and warned that earnings may slide": a subject this far back is worth taking only for an act aimed at someone.
  // "closed schools and imposed a curfew": a measure a state takes at home is aimed at its own country, named or not.
  // "cut internet links and arrested three opposition leaders": people with no country named are someone aimed at too.
  if (!hasObjectNear(tokens, countryless ?? groups, trigger) && !isAimedAtHome) return undefined;
  for (let index = link - 1; index > sentenceStart; index--) {
    const token = tokens[index];
    if (!token || CLAUSE_ENDS.has(token.text)) return undefined;
    if (token.pos !== 'VERB') continue;
    // "the disputed border", "while visiting": a participle modifier or gerund is no predicate to share a subject with.
    if (token.text.endsWith('ing') || tokens[index - 1]?.pos === 'DET' || tokens[index - 1]?.pos === 'ADJ') continue;
    // "a clinic that was licensed by the regulators and opened in…": a passive's subject is what was acted on, not an agent to share.
    if (isPassiveAt(tokens, index)) return undefined;
    const subject = subjectOf(tokens, groups, countryless, index, sentenceStart, true);
    // An uncoded name ("Heineken … warned") found this far back adds no actor, only a doubtful event; nor does one after the verb.
    return subject !== undefined && subject.last < index && subject.members.some((member) => member.code !== undefined) ? subject : undefined;
  }
  return undefined;
}
