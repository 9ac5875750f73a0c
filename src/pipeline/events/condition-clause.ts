import type { Token } from '../../model/token.ts';
import { groupAfter, type ActorGroup } from './actor-groups.ts';
import { BROKERED_NOUNS } from './judged-move.ts';

const CONDITIONS = new Set(['if', 'unless']);

// "threatened to close the shipping lanes if Washington…": a threat's own act may stand between it and its condition.
const THREAT_REACH = 14;

/**
 * The actor opening an "if"/"unless" clause that follows the trigger's phrase ("… if Beijing supplied weapons"). A threat
 * reaches past the act it threatens ("warned it would strike if the rebels attacked"), though not past a comma.
 */
export function conditionSubject(tokens: readonly Token[], groups: readonly ActorGroup[], lastWord: number, isThreat = false, reach = isThreat ? THREAT_REACH : 8): ActorGroup | undefined {
  for (let index = lastWord + 1; index <= lastWord + reach; index++) {
    const token = tokens[index];
    if (!token || token.text === ';' || token.text === '.' || (isThreat ? token.text === ',' : token.pos === 'VERB')) return undefined;
    if (CONDITIONS.has(token.lemma)) return groupAfter(tokens, groups, index, 5);
  }
  return undefined;
}

// "that Ankara would do "whatever it takes" to defend its coast and its islands if…": the act and its purpose stand between.
const OWN_SIDE_REACH = 20;

/**
 * "warned that Ankara would defend its coast by every means if Greek warships entered the strait": a warning whose clause opens
 * with the warner's own side names who would act, not whom it is aimed at; that is whoever the clause's condition names.
 * Undefined when the clause opens with another side ("warned that Moscow would pay a price") or names no condition.
 */
export function ownSideThreatTarget(tokens: readonly Token[], groups: readonly ActorGroup[], warner: ActorGroup | undefined, clauseSubject: ActorGroup): ActorGroup | undefined {
  const countries = new Set(warner?.members.map((member) => member.code?.slice(0, 3)));
  const isOwnSide = clauseSubject.members.every((member) => member.code !== undefined && countries.has(member.code.slice(0, 3)));
  if (!isOwnSide) return undefined;
  const condition = conditionSubject(tokens, groups, clauseSubject.last, true, OWN_SIDE_REACH);
  return condition?.members.some((member) => countries.has(member.code?.slice(0, 3))) === false ? condition : undefined;
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
// Written instruments whose terms are as unfulfilled as a deal's: "a treaty under which the troops would withdraw".
const TREATY_NOUNS = new Set(['treaty', 'compact', 'arrangement', 'memorandum', 'protocol', 'framework']);

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
    if (BROKERED_NOUNS.has(token?.lemma ?? '') || TREATY_NOUNS.has(token?.lemma ?? '')) return true;
    if (token?.pos === 'VERB' || token?.text === ',') return false;
  }
  return false;
}
