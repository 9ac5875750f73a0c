import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { attackNounOwner, isAttackNoun } from './find-agents.ts';
import { isGluedAfterHyphen } from './hyphen-glue.ts';

/** How far back from the trigger the relative word, and from it the attack noun, are looked for. */
const RELATIVE_GAP = 14;
const RELATIVE_PREPOSITIONS = new Set(['in', 'during']);

/**
 * "deplored a Chadian drone strike on a clinic near Abeche that left nine dead", "a Kenyan police raid on a camp
 * in which four herders were killed": the act told in a relative clause hanging from an owned attack noun is the owner's.
 */
export function attackRelativeOwner(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number, isPassive: boolean): ActorGroup | undefined {
  // "a drone strike that hit a village, killing nine people": a toll set off by a comma tells of the relative clause's act.
  const verb = tokens[trigger]?.text.endsWith('ing') && tokens[trigger - 1]?.text === ',' ? verbBefore(tokens, trigger - 1, sentenceStart) : trigger;
  const relative = relativeWordBefore(tokens, verb, sentenceStart);
  // "the massacre, in which Serb forces killed…": an active clause with an actor of its own as subject is that actor's act
  // ("in which three gunmen were killed" names those it was done to).
  if (relative < 0 || (!isPassive && groups.some((group) => group.first > relative && group.last < verb))) return undefined;
  // "the offensive in the northeast, in which jets hit…": a comma may set the clause off.
  const opener = RELATIVE_PREPOSITIONS.has(tokens[relative - 1]?.lemma ?? '') ? relative - 1 : relative;
  const end = tokens[opener - 1]?.text === ',' ? opener - 2 : opener - 1;
  // Back over the attack noun's own phrase ("on the northern town of Gao", "on a maternity ward in Mosul").
  for (let noun = end; noun >= Math.max(sentenceStart, end - RELATIVE_GAP); noun--) {
    const token = tokens[noun];
    // "against Kurdish-led forces": a participle glued by a hyphen is a modifier, no verb of a clause.
    const isVerb = (token?.pos === 'VERB' && !isGluedAfterHyphen(tokens, noun)) || token?.pos === 'AUX';
    if (!token || isVerb || token.text === ',' || token.pos === 'SCONJ') return undefined;
    if (!isAttackNoun(token, tokens[noun + 1])) continue;
    // "the Srebrenica massacre": a place before the noun says where it was, not who made it.
    const owner = attackNounOwner(tokens, groups, noun, sentenceStart - 1);
    return owner?.members.every((member) => member.placeId !== undefined) === true ? undefined : owner;
  }
  return undefined;
}

/**
 * "that killed", "which had hit": "that" or "which" right before the verb (auxiliaries and adverbs between); "in which
 * three gunmen were killed": after "in" or "during", the clause's own subject may stand between. -1 if none.
 */
function relativeWordBefore(tokens: readonly Token[], trigger: number, sentenceStart: number): number {
  let index = trigger - 1;
  while (index > sentenceStart && (tokens[index]?.pos === 'AUX' || tokens[index]?.pos === 'ADV')) index--;
  if (isRelativeWord(tokens[index])) return index;
  for (let at = index; at >= Math.max(sentenceStart + 1, trigger - RELATIVE_GAP); at--) {
    const token = tokens[at];
    if (!token || token.pos === 'VERB' || token.text === ',') return -1;
    if (isRelativeWord(token)) return RELATIVE_PREPOSITIONS.has(tokens[at - 1]?.lemma ?? '') ? at : -1;
  }
  return -1;
}

/** The last verb in the few words before `end`, with no comma between; -1 if none. */
function verbBefore(tokens: readonly Token[], end: number, sentenceStart: number): number {
  for (let index = end - 1; index >= Math.max(sentenceStart, end - RELATIVE_GAP); index--) {
    if (tokens[index]?.text === ',') return -1;
    if (tokens[index]?.pos === 'VERB') return index;
  }
  return -1;
}

function isRelativeWord(token: Token | undefined): boolean {
  return token?.lemma === 'that' || token?.lemma === 'which';
}
