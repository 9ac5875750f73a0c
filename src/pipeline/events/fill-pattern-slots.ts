import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import type { TriggerMatch } from './find-trigger.ts';

const SLOT_GAP = 12;

/**
 * The actors a TABARI pattern names by place: `+ HAS * A MESSAGE $` takes its target from before the verb and its source
 * after "message"; `* EID AT ^ WITH +` passes over one actor before its target. A slot with no actor there stays empty.
 */
export function fillPatternSlots(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch, sentenceStart: number): { source?: ActorGroup; target?: ActorGroup } {
  const filled: { source?: ActorGroup; target?: ActorGroup } = {};
  for (const slot of match.slots ?? []) {
    const group = slot.side === 'after' ? nthGroupAfter(tokens, groups, slot.anchor, slot.skip) : groupBefore(tokens, groups, slot.anchor, sentenceStart) ?? groups.findLast((candidate) => candidate.last < slot.anchor && candidate.last >= slot.anchor - 4);
    if (group) filled[slot.role] = group;
  }
  return filled;
}

function nthGroupAfter(tokens: readonly Token[], groups: readonly ActorGroup[], anchor: number, skip: number): ActorGroup | undefined {
  let from = anchor;
  for (let passed = 0; passed <= skip; passed++) {
    const group = groupAfter(tokens, groups, from, SLOT_GAP);
    if (!group || passed === skip) return group;
    from = group.last;
    // "at the Gondor of the Prince": the noun phrase passed over takes its "of" phrase with it.
    for (let next = groupAfter(tokens, groups, from, 3); next && tokens[from + 1]?.lemma === 'of'; next = groupAfter(tokens, groups, from, 3)) from = next.last;
  }
  return undefined;
}

/**
 * A TABARI pattern that does not fit the sentence, so a plainer one may: `%` with no compound actor right before or
 * after its words, or a `+`/`$` with no actor where it points.
 */
export function isUnfit(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch, sentenceStart: number): boolean {
  if (!match.pattern.isExact) return false;
  if (match.slots) {
    const filled = fillPatternSlots(tokens, groups, match, sentenceStart);
    if (match.slots.some((slot) => !filled[slot.role])) return true;
  }
  if (!match.pattern.isSymmetric) return false;
  const before = groupBefore(tokens, groups, match.trigger, sentenceStart);
  const after = groupAfter(tokens, groups, match.preposition ?? match.lastWord, SLOT_GAP);
  return (before?.members.length ?? 0) < 2 && (after?.members.length ?? 0) < 2;
}

const CLAUSE_WORDS = new Set(['that']);

/**
 * The first actor of a TABARI verb's phrase when the usual object rules found none: the subject of a that-clause a few
 * words on ("expressed hopes on Thursday that Osgiliath…"), else the first actor after the pattern's words.
 */
export function verbPhraseActor(tokens: readonly Token[], groups: readonly ActorGroup[], match: TriggerMatch, maxGap: number): ActorGroup | undefined {
  const from = match.preposition ?? match.lastWord;
  // "conceded that Southmark is hardly a welcoming country": the clause may hold the pattern's own words.
  for (let index = match.trigger + 1; index <= from + 6; index++) {
    const token = tokens[index];
    if (!token || (token.pos === 'VERB' && index > from) || token.text === ';') break;
    if (CLAUSE_WORDS.has(token.lemma)) return groupAfter(tokens, groups, index, 3);
  }
  // Not past a comma ("…, a senior official said"), nor an actor that is the subject of a verb of its own.
  const group = groupAfter(tokens, groups, from, maxGap);
  if (!group || tokens.slice(from + 1, group.first).some((token) => token.text === ',')) return undefined;
  if (tokens[group.last + 1]?.pos !== 'VERB') return group;
  // "…for asylum in Gondor, AFP reported": the members after the group's last comma are the next verb's subject.
  const lastComma = tokens.slice(group.first, group.last).map((token) => token.text).lastIndexOf(',');
  const kept = lastComma < 0 ? [] : group.members.filter((member) => member.last < group.first + lastComma);
  return kept.length > 0 ? { members: kept, first: group.first, last: kept[kept.length - 1]?.last ?? group.first } : undefined;
}
