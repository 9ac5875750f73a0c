/** Whether the thing after a trigger ("a report", "the demand") names the actor it belongs to inside its own phrase. */

import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';

/** "rejected Moscow's demand", "rejected a UN demand", "rejected a report by UN experts": the thing is an actor's, named in its own phrase. */
export function isActorsThing(tokens: readonly Token[], groups: readonly ActorGroup[], lastWord: number): boolean {
  let head = lastWord + 1;
  while (head <= lastWord + 5 && !(tokens[head]?.pos === 'NOUN' && tokens[head + 1]?.pos !== 'NOUN')) head++;
  const owner = groups.some((group) => group.first > lastWord && group.last < head);
  const link = tokens[head + 1]?.lemma;
  return owner || ((link === 'by' || link === 'of' || link === 'from') && groups.some((group) => group.first === head + 2 || (group.first === head + 3 && tokens[head + 2]?.pos === 'DET')));
}
