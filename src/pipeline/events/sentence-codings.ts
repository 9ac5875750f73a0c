import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { ActorMention } from './find-actor-mentions.ts';

// What becomes of the codings already made in a sentence when a later trigger restates or completes them.

/** Records a coding with both actors coded; false when the sentence already has it. */
export function isNewCoding(coded: Set<string>, code: string, from: ActorMention | undefined, to: ActorMention | undefined): boolean {
  if (from?.code === undefined || to?.code === undefined) return true;
  const key = `${code}|${from.code}|${to.code}`;
  if (coded.has(key)) return false;
  coded.add(key);
  return true;
}

/** Gives the events coded at `trigger` with no target the target of the act they were for ("marched to demand…"). */
export function aimUntargeted(events: SentenceEvent[], trigger: number, target: ActorGroup): void {
  const aim = target.members[0];
  if (!aim) return;
  events.forEach((event, position) => {
    if (event.trigger !== trigger || event.target !== undefined || event.source?.code?.slice(0, 3) === aim.code) return;
    const { isTargetless: _, ...rest } = event;
    events[position] = { ...rest, target: aim };
  });
}
