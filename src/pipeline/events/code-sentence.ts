import type { Modality } from '../../model/event.ts';
import type { Sentence, Token } from '../../model/token.ts';
import { groupAfter, groupBefore, groupMentions, type ActorGroup } from './actor-groups.ts';
import type { CompiledPattern, PatternIndex } from './event-pattern.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { findModality } from './find-modality.ts';
import { findTrigger } from './find-trigger.ts';

/** One coded who-did-what-to-whom in a sentence, before dates, places and claims are attached. */
export interface SentenceEvent {
  readonly pattern: CompiledPattern;
  /** Set when the event is the pattern's reverse reading ("X visited Y" → Y hosted X). */
  readonly code?: string;
  readonly trigger: number;
  readonly lastWord: number;
  readonly source?: ActorMention;
  readonly target?: ActorMention;
  readonly modality: Modality;
  readonly isPassive: boolean;
}

const TARGET_GAP = 13;
const BE = new Set(['be', 'get']);
const WITH = new Set(['with', 'alongside']);

/** Finds triggers left to right (linear in tokens), then fills their subject and object slots with actor groups. */
export function codeSentence(tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[], patterns: PatternIndex): SentenceEvent[] {
  const groups = groupMentions(tokens, mentions);
  const inMention = new Set<number>();
  for (const mention of mentions) for (let index = mention.first; index <= mention.last; index++) inMention.add(index);
  const events: SentenceEvent[] = [];
  let hasVerbEvent = false;
  let lastSubject: ActorGroup | undefined;
  // "met … to discuss": a purpose clause of the same kind restates the event it follows.
  let lastRoot: string | undefined;
  const consumed = new Set<number>();
  for (let index = sentence.firstToken; index <= sentence.lastToken; index++) {
    if (inMention.has(index) || consumed.has(index)) continue;
    const match = findTrigger(tokens, index, sentence.lastToken, patterns);
    if (!match || (match.pattern.isNoun && hasVerbEvent)) continue;
    if (tokens[index - 1]?.lemma === 'to' && lastRoot === match.pattern.code.slice(0, 2)) continue;
    const isPassive = isPassiveAt(tokens, index);
    const subject = isCoordinated(tokens, index) && lastSubject ? lastSubject : groupBefore(tokens, groups, index, sentence.firstToken);
    const byGroup = groupAfterWord(tokens, groups, match.lastWord, 'by');
    const objectFrom = match.preposition ?? index;
    let object = groupAfter(tokens, groups, objectFrom, match.preposition === undefined ? TARGET_GAP : 3, match.preposition !== undefined);
    if (match.pattern.isSymmetric && (subject?.members.length ?? 0) >= 2 && !WITH.has(tokens[match.preposition ?? -1]?.lemma ?? '')) object = undefined;
    if (object && object === byGroup && isPassive) object = undefined;
    let source = subject;
    let target = object;
    if (isPassive || (match.pattern.isNoun && byGroup)) {
      source = byGroup ?? (match.pattern.isNoun ? subject : undefined);
      target = isPassive ? subject : object;
    }
    if (match.pattern.isReversed) [source, target] = [target, source];
    const modality = findModality(tokens, subject?.last ?? sentence.firstToken - 1, index, sentence.firstToken);
    const pairs = pairUp(source, target, match.pattern.isSymmetric === true);
    const base = { pattern: match.pattern, trigger: index, lastWord: match.lastWord, modality, isPassive };
    for (const [from, to] of pairs) {
      events.push({ ...base, ...(from ? { source: from } : {}), ...(to ? { target: to } : {}) });
      if (match.pattern.reverseCode && from && to && target) events.push({ ...base, code: match.pattern.reverseCode, source: to, target: from });
    }
    if (pairs.length > 0 && !match.pattern.isNoun) hasVerbEvent = true;
    if (subject) lastSubject = subject;
    if (pairs.length > 0) lastRoot = match.pattern.code.slice(0, 2);
    for (const word of match.words) if (!hasMentionBetween(inMention, index, word)) consumed.add(word);
  }
  return events;
}

/**
 * Source × target members; for symmetric patterns with no target, members of a compound subject pair up with each
 * other ("Lee and Ishiba agreed…"), and "X met Y" also reads as "Y met X".
 */
function pairUp(source: ActorGroup | undefined, target: ActorGroup | undefined, isSymmetric: boolean): [ActorMention | undefined, ActorMention | undefined][] {
  const pairs: [ActorMention | undefined, ActorMention | undefined][] = [];
  const seen = new Set<string>();
  if (source && target) {
    for (const from of source.members) {
      for (const to of target.members) {
        const key = `${from.code ?? from.name}>${to.code ?? to.name}`;
        if ((from.code === to.code && from.code) || seen.has(key)) continue;
        seen.add(key);
        pairs.push([from, to]);
        if (isSymmetric && source.members.length === 1 && target.members.length === 1) pairs.push([to, from]);
      }
    }
  } else if (source && isSymmetric && source.members.length >= 2) {
    for (const from of source.members) {
      for (const to of source.members) {
        const key = `${from.code ?? from.name}>${to.code ?? to.name}`;
        if (from === to || from.code === to.code || seen.has(key)) continue;
        seen.add(key);
        pairs.push([from, to]);
      }
    }
  } else if (source) {
    for (const from of source.members) pairs.push([from, undefined]);
  } else if (target) {
    for (const to of target.members) pairs.push([undefined, to]);
  }
  return pairs;
}

/** "helped Moscow repel": a verb past an actor is a predicate of its own, so the pattern does not use it up. */
function hasMentionBetween(inMention: ReadonlySet<number>, from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) if (inMention.has(index)) return true;
  return false;
}

/** "condemned the attack and promised aid": a verb right after "and" shares the previous verb's subject. */
function isCoordinated(tokens: readonly Token[], trigger: number): boolean {
  const previous = tokens[trigger - 1];
  const beforeThat = tokens[trigger - 2];
  return previous?.lemma === 'and' || (previous?.pos === 'ADV' && beforeThat?.lemma === 'and');
}

function isPassiveAt(tokens: readonly Token[], trigger: number): boolean {
  const word = tokens[trigger]?.text.toLowerCase() ?? '';
  if (word.endsWith('ing')) return false;
  for (let index = trigger - 1; index >= Math.max(0, trigger - 5); index--) {
    const token = tokens[index];
    if (!token) return false;
    if (BE.has(token.lemma) && (token.pos === 'AUX' || token.pos === 'VERB')) return true;
    if (token.pos !== 'ADV' && token.lemma !== 'not' && token.lemma !== "n't" && token.lemma !== 'and') return false;
  }
  return false;
}

function groupAfterWord(tokens: readonly Token[], groups: readonly ActorGroup[], from: number, word: string): ActorGroup | undefined {
  for (let index = from + 1; index <= from + 6; index++) {
    const token = tokens[index];
    if (!token) return undefined;
    if (token.lemma === word) return groupAfter(tokens, groups, index, 3);
  }
  return undefined;
}
