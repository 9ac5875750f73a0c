import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';

const CONDITIONS = new Set(['if', 'unless']);
// "if Kosovo police attacked", "unless the new government in Lima…": how far past "if" the other side's name may start.
const CONDITION_SUBJECT_GAP = 5;

/**
 * "Peru warned that Lima would respond if Chile moved troops to the border": a warning whose complement opens with the
 * speaker's own side (the same codes, so no pair of sides is left) is aimed at the other country that opens its
 * condition. Without such a condition it is no threat to anyone ("warned that Rome would miss its targets, unlike
 * Paris", "warned that Athens would be crowded with visitors from Britain"). Undefined when the target is not the
 * speaker's own side or no other country opens an "if"/"unless" clause before the sentence ends.
 */
export function aimedPastOwnSide(tokens: readonly Token[], groups: readonly ActorGroup[], code: string, source: ActorGroup | undefined, target: ActorGroup | undefined, sentenceEnd: number): ActorGroup | undefined {
  if (!source || !target || !code.startsWith('13') || !isSameCoded(source, target)) return undefined;
  const countries = new Set(source.members.map((member) => member.code?.slice(0, 3)));
  for (let index = target.last + 1; index <= sentenceEnd; index++) {
    if (tokens[index]?.text === ';') return undefined;
    if (!CONDITIONS.has(tokens[index]?.lemma ?? '')) continue;
    const other = groupAfter(tokens, groups, index, CONDITION_SUBJECT_GAP);
    // "if exports to the United States slowed": a country behind a preposition is no subject of the condition.
    if (!other || tokens.slice(index + 1, other.first).some((token) => token.pos === 'ADP')) return undefined;
    return other.members.some((member) => member.code !== undefined && !member.isCountryless && !countries.has(member.code.slice(0, 3))) ? other : undefined;
  }
  return undefined;
}

/** Whether every coded member of `target` has a code of `source`'s: `pairUp` would pair none of them. */
function isSameCoded(source: ActorGroup, target: ActorGroup): boolean {
  return target.members.every((member) => member.code !== undefined && source.members.some((from) => from.code === member.code));
}
