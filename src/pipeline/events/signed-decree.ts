import type { Token } from '../../model/token.ts';
import { groupBefore, type ActorGroup } from './actor-groups.ts';
import type { TriggerMatch } from './find-trigger.ts';
import { textBeforeParticiple } from './issued-document.ts';
import { dayAfter } from './weekdays.ts';

const DECREES = new Set(['decree', 'order', 'directive', 'edict']);

/**
 * Texts whose content is their signer's act only when the sentence has them signed or passed ("signed treaties annexing…",
 * "passed a law banning…"): a state that joins a treaty or criticises a law does not do what it says.
 */
const SIGNED_TEXTS = new Set(['law', 'treaty', 'bill']);
const SIGNING_VERBS = new Set(['sign', 'pass', 'adopt', 'enact', 'approve']);
/** "signed two new laws", "passed a sweeping bill": the words between the verb and the text. */
const SIGNED_TEXT_REACH = 4;

function isDecree(tokens: readonly Token[], at: number): boolean {
  const lemma = tokens[at]?.lemma ?? '';
  if (DECREES.has(lemma)) return true;
  if (!SIGNED_TEXTS.has(lemma)) return false;
  for (let index = at - 1; index >= Math.max(0, at - SIGNED_TEXT_REACH); index--) {
    if (tokens[index]?.pos === 'VERB') return SIGNING_VERBS.has(tokens[index]?.lemma ?? '');
  }
  return false;
}

/**
 * The decree or order whose content a participle right after it tells, past a day ("signed a decree on Monday banning
 * imports"): what the signed text does, its signer does.
 */
function decreeBefore(tokens: readonly Token[], participle: number): number | undefined {
  const decree = textBeforeParticiple(tokens, participle, 0);
  return isDecree(tokens, decree) ? decree : undefined;
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
