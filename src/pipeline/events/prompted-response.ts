import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';

/** Participles that hand the next act to a new subject as a reaction ("…, prompting Madrid to warn…"). */
const PROMPTS = new Set(['prompting', 'forcing', 'leading', 'spurring', 'pushing', 'provoking', 'driving']);
// Acts a reaction aims back at whoever prompted it: appeals, demands, judgements, threats, protests, cut ties, coercion.
const REACTION_ROOTS = new Set(['02', '10', '11', '12', '13', '14', '16', '17']);

/**
 * "Argentina moved to seize Repsol's stake, prompting Madrid to warn of retaliation": the reaction of the actor prompted
 * is aimed at the actor whose act prompted it, the last subject before the participle or the actor opening the sentence.
 */
export function promptingActor(tokens: readonly Token[], groups: readonly ActorGroup[], subject: ActorGroup | undefined, trigger: number, code: string, lastSubject: ActorGroup | undefined, sentenceStart: number): ActorGroup | undefined {
  if (!subject || !REACTION_ROOTS.has(code.slice(0, 2)) || trigger - subject.last > 3 || tokens[subject.last + 1]?.lemma !== 'to') return undefined;
  if (!isPrompted(tokens, subject)) return undefined;
  if (lastSubject && lastSubject !== subject && lastSubject.last < subject.first) return lastSubject;
  const opening = groups[0];
  if (!opening || opening === subject || opening.last >= subject.first) return undefined;
  for (let index = sentenceStart; index < opening.first; index++) if (tokens[index]?.pos === 'VERB') return undefined;
  return opening;
}

/** ", prompting Madrid to warn…": the actor a prompting participle hands the infinitive at `trigger` to, who is its subject. */
export function promptedSubject(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number): ActorGroup | undefined {
  if (tokens[trigger - 1]?.lemma !== 'to') return undefined;
  const prompted = groups.find((group) => group.last === trigger - 2);
  return prompted && isPrompted(tokens, prompted) ? prompted : undefined;
}

/** ", prompting Madrid", ", forcing the EU": a group right after a prompting participle that opens a comma clause. */
function isPrompted(tokens: readonly Token[], group: ActorGroup): boolean {
  const before = tokens[group.first - 1]?.lemma === 'the' ? group.first - 2 : group.first - 1;
  return PROMPTS.has(tokens[before]?.text.toLowerCase() ?? '') && tokens[before - 1]?.text === ',';
}
