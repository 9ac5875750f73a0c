import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { attackNounOwner, isAttackNoun } from './find-agents.ts';
import { isGluedAfterHyphen } from './hyphen-glue.ts';
import { headEndBefore, relativeWordBefore } from './relative-clause.ts';

/** How far back from the relative word the attack noun, and from a toll its clause's verb, are looked for. */
const RELATIVE_GAP = 14;
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "deplored a Chadian drone strike on a clinic near Abeche that left nine dead", "a Kenyan police raid on a camp
 * in which four herders were killed": the act told in a relative clause hanging from an owned attack noun is the owner's.
 */
export function attackRelativeOwner(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number, isPassive: boolean): ActorGroup | undefined {
  // "a drone strike that hit a village, killing nine people": a toll set off by a comma tells of the relative clause's act.
  const verb = tokens[trigger]?.text.endsWith('ing') && tokens[trigger - 1]?.text === ',' ? verbBefore(tokens, trigger - 1, sentenceStart) : trigger;
  const relative = relativeWordBefore(tokens, verb, sentenceStart);
  // "the raid, in which rebels shot two guards": an active clause with a subject of its own, named or not, is that
  // subject's act ("in which three gunmen were killed" names those it was done to).
  if (relative < 0 || (!isPassive && hasNominalBetween(tokens, relative, verb))) return undefined;
  // "the offensive in the northeast, in which jets hit…": a comma may set the clause off.
  const end = headEndBefore(tokens, relative);
  // Back over the attack noun's own phrase ("on the northern town of Kidal", "on a maternity ward in Kandahar").
  for (let noun = end; noun >= Math.max(sentenceStart, end - RELATIVE_GAP); noun--) {
    const token = tokens[noun];
    // "against Houthi-led forces": a participle glued by a hyphen is a modifier, no verb of a clause.
    const isVerb = (token?.pos === 'VERB' && !isGluedAfterHyphen(tokens, noun)) || token?.pos === 'AUX';
    if (!token || isVerb || token.text === ',' || token.pos === 'SCONJ') return undefined;
    if (!isAttackNoun(token, tokens[noun + 1])) continue;
    // "the Halabja massacre": a place before the noun says where it was, not who made it.
    const owner = attackNounOwner(tokens, groups, noun, sentenceStart - 1);
    return owner?.members.every((member) => member.placeId !== undefined) === true ? undefined : owner;
  }
  return undefined;
}

/** The last verb in the few words before `end`, with no comma between; -1 if none. */
function verbBefore(tokens: readonly Token[], end: number, sentenceStart: number): number {
  for (let index = end - 1; index >= Math.max(sentenceStart, end - RELATIVE_GAP); index--) {
    if (tokens[index]?.text === ',') return -1;
    if (tokens[index]?.pos === 'VERB') return index;
  }
  return -1;
}

function hasNominalBetween(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first + 1; index < last; index++) if (NOMINAL_TAGS.has(tokens[index]?.pos ?? '')) return true;
  return false;
}
