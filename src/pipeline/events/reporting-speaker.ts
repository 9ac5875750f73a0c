import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { REPORTING_VERBS } from './clause-shape.ts';

/** "Chile said a shell was fired at it": the subject of the reporting verb before the trigger. */
export function reportingSpeaker(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number): ActorGroup | undefined {
  for (let index = trigger - 1; index > sentenceStart; index--) {
    const token = tokens[index];
    if (token?.pos === 'VERB' && REPORTING_VERBS.has(token.lemma)) return groupBefore(tokens, groups, index, sentenceStart);
  }
  return undefined;
}
