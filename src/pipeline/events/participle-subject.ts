import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup, NOUN_MODIFIER_TAGS } from './actor-groups.ts';
import { isParticipleClause } from './clause-shape.ts';

/**
 * "A fire swept through a clinic in the east of Freedonia, killing seven", "a quake hit southern Ruritania, killing ten",
 * "announced their departure from SADC, accusing the bloc…": a comma participle is done by its main clause's subject,
 * never by the main verb's object or a place or party a preposition names (a passive's "by" agent aside). That subject is
 * the actor opening the sentence, else the actor right before the main verb; a main clause whose subject is no actor (a
 * fire, a bus, a quake) leaves the participle with none.
 */
export function participleSubject(tokens: readonly Token[], groups: readonly ActorGroup[], subject: ActorGroup | undefined, index: number, sentenceStart: number, openingGroup: ActorGroup | undefined): ActorGroup | undefined {
  if (!subject || subject === openingGroup || !isParticipleClause(tokens, index)) return subject;
  let mainVerb = index - 2;
  while (mainVerb > sentenceStart && tokens[mainVerb]?.pos !== 'VERB') mainVerb--;
  if (mainVerb <= sentenceStart) return subject;
  const governor = prepositionOf(tokens, subject.first);
  if (governor === 'by' || (subject.last < mainVerb && governor === undefined)) return subject;
  if (openingGroup) return openingGroup.last < subject.first ? openingGroup : subject;
  const main = groupBefore(tokens, groups, mainVerb, sentenceStart);
  return main && main !== subject && main.last < mainVerb ? main : undefined;
}

/** "in Chad", "in eastern Chad", "by an Indian warship": the preposition governing a name, if any. */
function prepositionOf(tokens: readonly Token[], first: number): string | undefined {
  let before = first - 1;
  while (NOUN_MODIFIER_TAGS.has(tokens[before]?.pos ?? '')) before--;
  return tokens[before]?.pos === 'ADP' ? tokens[before]?.lemma : undefined;
}
