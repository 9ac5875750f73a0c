import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { isParticipleClause } from './clause-shape.ts';
import { subjectOf } from './find-subject.ts';

/**
 * "A fire swept through a clinic in the east of Freedonia, killing seven", "announced their departure from SADC, accusing
 * the bloc…": a comma participle is done by its main clause's subject, never by the place or party a preposition names
 * before the comma. That subject is the actor opening the sentence, else the main verb's own subject; a main clause
 * whose subject is no actor (a fire, a bus, a blast) leaves the participle with none.
 */
export function participleSubject(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, subject: ActorGroup | undefined, index: number, sentenceStart: number, openingGroup: ActorGroup | undefined): ActorGroup | undefined {
  if (!subject || subject === openingGroup || !isParticipleClause(tokens, index) || !isPrepositionObject(tokens, subject.first)) return subject;
  if (openingGroup) return openingGroup.last < subject.first ? openingGroup : subject;
  let mainVerb = index - 2;
  while (mainVerb > sentenceStart && tokens[mainVerb]?.pos !== 'VERB') mainVerb--;
  if (mainVerb <= sentenceStart) return subject;
  const main = subjectOf(tokens, groups, countryless, mainVerb, sentenceStart, true);
  return main && main.last < mainVerb ? main : undefined;
}

// Words between a preposition and its object's name: "in eastern Chad", "near the northern town of".
const MODIFIERS = new Set(['DET', 'ADJ', 'NUM']);

/** "in Chad", "in eastern Chad", "near the border town of Gao": a name a preposition governs. */
function isPrepositionObject(tokens: readonly Token[], first: number): boolean {
  let before = first - 1;
  while (MODIFIERS.has(tokens[before]?.pos ?? '')) before--;
  return tokens[before]?.pos === 'ADP';
}
