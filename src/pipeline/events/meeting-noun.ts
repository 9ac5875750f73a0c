import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import type { CompiledPattern } from './event-pattern.ts';

const OPENERS = new Set(['in', 'during', 'after', 'before', 'following', 'at', 'on', 'ahead']);
const MEETING_ROOT = '04';

/**
 * Who held a meeting named as a noun ("a summit with Moon", "talks with the IMF") when no possessor says so: the subject
 * of the clause after an opening phrase ("After a summit with Lula, Macron flew…"), or of the verb before it when the
 * nearest actor is only where someone went ("Kim crossed into South Korea for a summit with Moon").
 */
export function meetingHolder(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number, subject: ActorGroup | undefined): ActorGroup | undefined {
  if (!subject) return openingPhraseSubject(tokens, groups, trigger, sentenceStart);
  if (tokens[subject.first - 1]?.pos !== 'ADP') return subject;
  for (let index = subject.first - 2; index >= sentenceStart; index--) {
    if (tokens[index]?.pos === 'VERB') return groupBefore(tokens, groups, index, sentenceStart);
  }
  return undefined;
}

function openingPhraseSubject(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number): ActorGroup | undefined {
  if (!OPENERS.has(tokens[sentenceStart]?.lemma ?? '')) return undefined;
  for (let index = sentenceStart + 1; index < trigger; index++) if (tokens[index]?.pos === 'PUNCT' || tokens[index]?.pos === 'VERB') return undefined;
  for (let index = trigger + 1; index <= trigger + 15; index++) {
    const token = tokens[index];
    if (!token || token.pos === 'VERB' || token.text === '.' || token.text === ';') return undefined;
    if (token.text !== ',') continue;
    const first = tokens[index + 1]?.pos === 'DET' ? index + 2 : index + 1;
    return groups.find((group) => group.first === first);
  }
  return undefined;
}

/** A meeting noun with "with" ("talks with Glazer", "a meeting with Hearts"): coded only between two coded actors, as sports and business pages are full of them. */
export function isMeetingNounWith(pattern: CompiledPattern): boolean {
  return pattern.isNoun === true && pattern.code.startsWith(MEETING_ROOT) && pattern.targetPrepositions.includes('with');
}

/** Whether every side of a coding has a CAMEO code. */
export function isCoded(group: ActorGroup | undefined): boolean {
  return group !== undefined && group.members.length > 0 && group.members.every((member) => member.code !== undefined);
}
