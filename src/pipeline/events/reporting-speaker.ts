import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import { REPORTING_VERBS } from './clause-shape.ts';

/** "Chile said a shell was fired at it": the subject of the reporting verb (or another of `verbs`) before the trigger. */
export function reportingSpeaker(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: number, sentenceStart: number, verbs: ReadonlySet<string> = REPORTING_VERBS): ActorGroup | undefined {
  for (let index = trigger - 1; index > sentenceStart; index--) {
    const token = tokens[index];
    if (token?.pos === 'VERB' && verbs.has(token.lemma)) return groupBefore(tokens, groups, index, sentenceStart);
  }
  return undefined;
}
