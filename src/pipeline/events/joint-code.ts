import { actorMention } from './actor-mention.ts';
import type { ActorMention } from './find-actor-mentions.ts';

/**
 * A TABARI actor coded `[FRO/BIL/SAM]` ("The Shire") stands for several actors at once: one member each, same words.
 * The mentions are returned as they are when none has a joint code, as in almost every sentence.
 */
export function splitJointCodes(named: readonly ActorMention[]): readonly ActorMention[] {
  if (!named.some(isJointCode)) return named;
  return named.flatMap((mention) => (isJointCode(mention) ? (mention.code as string).split('/').filter(Boolean).map((code) => actorMention({ ...mention, code })) : [mention]));
}

function isJointCode(mention: ActorMention): boolean {
  return mention.code?.includes('/') === true;
}
