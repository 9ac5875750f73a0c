import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { dayAfter } from './weekdays.ts';

/** Texts a state signs or passes whose content is its own act: "signed treaties annexing…", "passed a law banning…". */
const DECREES = new Set(['decree', 'order', 'directive', 'edict', 'law', 'treaty', 'bill']);

/**
 * The decree or order whose content a participle right after it tells, past a day ("signed a decree on Monday banning
 * imports"): what the signed text does, its signer does.
 */
function decreeBefore(tokens: readonly Token[], participle: number): number | undefined {
  if (DECREES.has(tokens[participle - 1]?.lemma ?? '')) return participle - 1;
  const decree = participle - 3;
  return DECREES.has(tokens[decree]?.lemma ?? '') && dayAfter(tokens, decree) === participle - 1 ? decree : undefined;
}

/**
 * "Putin signed a decree imposing sanctions", "signed a decree on Monday banning imports": what a signed decree, order or law
 * does, its signer does. The signer is the group before the decree, or one within a few words of it.
 */
export function decreeSigner(tokens: readonly Token[], groups: readonly ActorGroup[], participle: number, sentenceStart: number): ActorGroup | undefined {
  const decree = tokens[participle]?.text.endsWith('ing') ? decreeBefore(tokens, participle) : undefined;
  if (decree === undefined) return undefined;
  return groupBefore(tokens, groups, decree, sentenceStart) ?? groups.findLast((group) => group.last < decree && group.last >= decree - 5);
}

/**
 * "signed a treaty annexing Moldova's Transnistria region": an actor past the participle that tells what the signed text
 * does is that act's target (the participle's subject is the signer, above), not a party to the signing.
 */
export function isInSignedContent(tokens: readonly Token[], match: TriggerMatch, object: ActorGroup): boolean {
  const participle = dayAfter(tokens, match.lastWord) + 1;
  return object.first > participle && tokens[participle]?.pos === 'VERB' && tokens[participle].text.endsWith('ing') && decreeBefore(tokens, participle) !== undefined;
}
