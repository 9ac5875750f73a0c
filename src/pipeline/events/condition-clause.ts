import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { BROKERED_NOUNS } from './agreement-nouns.ts';

const CONDITIONS = new Set(['if', 'unless']);

// "threatened to close the shipping lanes if Washington…": a threat's own act may stand between it and its condition.
const THREAT_REACH = 14;

/**
 * The actor opening an "if"/"unless" clause that follows the trigger's phrase ("… if Beijing supplied weapons"). A threat
 * reaches past the act it threatens ("warned it would strike if the rebels attacked"), though not past a comma.
 */
export function conditionSubject(tokens: readonly Token[], groups: readonly ActorGroup[], lastWord: number, isThreat = false): ActorGroup | undefined {
  for (let index = lastWord + 1; index <= lastWord + (isThreat ? THREAT_REACH : 8); index++) {
    const token = tokens[index];
    if (!token || token.text === ';' || token.text === '.' || (isThreat ? token.text === ',' : token.pos === 'VERB')) return undefined;
    if (CONDITIONS.has(token.lemma)) return groupAfter(tokens, groups, index, 5);
  }
  return undefined;
}

/** An "if"/"unless" a few words before the trigger, with no clause break between. */
export function isInCondition(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  for (let index = trigger - 1; index >= Math.max(sentenceStart, trigger - 6); index--) {
    if (CONDITIONS.has(tokens[index]?.lemma ?? '')) return true;
    if (tokens[index]?.text === ',' || tokens[index]?.text === ';') return false;
  }
  return false;
}

// "reached a pact in Rabat on Tuesday under which…": the agreement's noun may stand a place and a day before "under".
const AGREEMENT_REACH = 7;
const TERMS_REACH = 10;
// Written instruments beside the deals whose terms are as unfulfilled: "a memorandum under which the troops would withdraw".
const INSTRUMENT_NOUNS = new Set(['compact', 'arrangement', 'memorandum', 'framework']);

/**
 * "sealed a pact under which Madrid will fund Rabat", "an accord under which its soldiers would go home": what a deal's
 * terms say will happen has not happened; the deal is the event. Read back to the clause's "under which", not past a comma.
 */
export function isInAgreedTerms(tokens: readonly Token[], trigger: number, sentenceStart: number): boolean {
  for (let index = trigger - 1; index >= Math.max(sentenceStart + 1, trigger - TERMS_REACH); index--) {
    const token = tokens[index];
    if (token?.text === ',' || token?.text === ';') return false;
    if (token?.lemma === 'which' && tokens[index - 1]?.lemma === 'under') return hasAgreementBefore(tokens, index - 1, sentenceStart);
  }
  return false;
}

function hasAgreementBefore(tokens: readonly Token[], under: number, sentenceStart: number): boolean {
  for (let index = under - 1; index >= Math.max(sentenceStart, under - AGREEMENT_REACH); index--) {
    const token = tokens[index];
    if (BROKERED_NOUNS.has(token?.lemma ?? '') || INSTRUMENT_NOUNS.has(token?.lemma ?? '')) return true;
    if (token?.pos === 'VERB' || token?.text === ',') return false;
  }
  return false;
}
